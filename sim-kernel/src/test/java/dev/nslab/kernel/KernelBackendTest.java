package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioLineFailure;
import dev.nslab.core.scenario.TranscriptSink;

class KernelBackendTest
{
    @BeforeEach
    void requireKernel()
    {
        KernelAssumptions.assumeKernelBackend();
    }

    @Test
    void shouldStartWithOnlyLoUpAndNoNamespaces() throws Exception
    {
        final String transcript = run("ip netns list\nip -br link\nip route\n");
        assertEquals("$ ip netns list\n$ ip -br link\nlo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n$ ip route\n",
            transcript);
    }

    @Test
    void shouldRecordOutputAndNonZeroExitCodes() throws Exception
    {
        final String transcript = run("ip link set nslab0 up\nip netns exec nowhere ip a\n");
        assertEquals("$ ip link set nslab0 up\nCannot find device \"nslab0\"\n[exit 1]\n"
            + "$ ip netns exec nowhere ip a\nCannot open network namespace \"nowhere\": No such file or directory\n[exit 255]\n",
            transcript);
    }

    @Test
    void shouldRunWordsWithoutShellInterpretation() throws Exception
    {
        final String transcript = run("ip netns add '$x;y*'\nip netns list\nip netns add 'a b/c'\n");
        assertEquals("$ ip netns add '$x;y*'\n$ ip netns list\n$x;y*\n$ ip netns add 'a b/c'\nInvalid netns name \"a b/c\"\n[exit 255]\n",
            transcript);
    }

    @Test
    void shouldResolveNetnsOneInsideTheSandbox() throws Exception
    {
        final String transcript = run("ip netns add a\n"
            + "ip link add va type veth peer name vb netns a\n"
            + "ip -n a link set vb netns 1\n"
            + "ip -br link show vb\n");
        assertTrue(transcript.contains("$ ip -br link show vb\nvb@va            DOWN"), transcript);
    }

    @Test
    void shouldInterruptUncountedPingsAfterTheConfiguredTime() throws Exception
    {
        final KernelBackend backend = new KernelBackend(TestGate.OWN_LINES, Duration.ofMillis(1500), Duration.ofSeconds(30));
        final long started = System.nanoTime();
        final String transcript = backend.run(Scenario.parse("t.sh", "ping -i 0.2 127.0.0.1\nping -c 1 127.0.0.1\n"));
        final double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 5, "took " + seconds + " s");
        assertTrue(transcript.contains("--- 127.0.0.1 ping statistics ---\n8 packets transmitted, 8 received, 0% packet loss"),
            transcript);
        assertTrue(transcript.contains("1 packets transmitted, 1 received"), transcript);
    }

    @Test
    void shouldStreamTheTranscriptInPiecesAndMarkEachCommandsEnd() throws Exception
    {
        final List<String> chunks = new ArrayList<>();
        new KernelBackend(TestGate.OWN_LINES).run(
            Scenario.parse("t.sh", "ip netns add a\nping -c 2 -i 0.2 127.0.0.1\nip link del nothing\n"),
            new TranscriptSink()
            {
                @Override
                public void print(final String text)
                {
                    chunks.add(text);
                }

                @Override
                public void commandEnded()
                {
                    chunks.add("<end>");
                }
            });
        final String transcript = String.join("", chunks);
        assertTrue(transcript.startsWith("$ ip netns add a\n<end>$ ping -c 2 -i 0.2 127.0.0.1\nPING 127.0.0.1"),
            transcript);
        assertTrue(transcript.endsWith("$ ip link del nothing\nCannot find device \"nothing\"\n[exit 1]\n<end>"),
            transcript);
        assertTrue(chunks.size() > 6, "output arrives in pieces: " + chunks.size());
    }

    @Test
    void shouldReportAFailureInsideNslabAsTheLineThatWasRunning() throws Exception
    {
        final KernelBackend backend = new KernelBackend(TestGate.OWN_LINES);
        final ScenarioLineFailure failure = assertThrows(ScenarioLineFailure.class, () -> backend.run(
            Scenario.parse("t.sh", "ip netns add a\nping -c 1 127.0.0.1\n"), text ->
            {
                if (text.startsWith("PING"))
                {
                    throw new OutOfMemoryError("Java heap space");
                }
            }));
        assertEquals("t.sh:2: internal error running 'ping -c 1 127.0.0.1': OutOfMemoryError: Java heap space",
            failure.getMessage());
    }

    @Test
    void shouldFailAndCleanUpWhenACommandOutlivesItsLimit() throws Exception
    {
        final KernelBackend backend = new KernelBackend(TestGate.OWN_LINES, Duration.ofSeconds(3), Duration.ofSeconds(1));
        final KernelBackendException e = org.junit.jupiter.api.Assertions.assertThrows(KernelBackendException.class,
            () -> backend.run(Scenario.parse("t.sh", "ping -c 5 127.0.0.1\n")));
        assertEquals(KernelBackendException.Reason.SANDBOX_FAILED, e.reason());
        assertEquals("kernel backend: a command ran longer than 1 s; the sandbox was killed", e.getMessage());
    }

    private static String run(final String scenario) throws Exception
    {
        return new KernelBackend(TestGate.OWN_LINES).run(Scenario.parse("t.sh", scenario));
    }
}
