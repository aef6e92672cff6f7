package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.CaptureSummary;

/**
 * A run with captures that is interrupted (SIGTERM, as a CLI's Ctrl+C or a service stop) still delivers complete
 * pcaps; one whose JVM is killed (SIGKILL) leaves no namespace, tcpdump or mount, and its staging directory is
 * removed by the next run.
 */
class KernelCaptureInterruptTest
{
    private static final String PING = "$ ip netns exec red ping -i 0.2 10.0.1.2";
    private static final String SCENARIO = String.join("\n",
        "ip netns add red",
        "ip netns add blue",
        "ip link add veth-red type veth peer name veth-blue",
        "ip link set veth-red netns red",
        "ip link set veth-blue netns blue",
        "ip -n red addr add 10.0.1.1/24 dev veth-red",
        "ip -n blue addr add 10.0.1.2/24 dev veth-blue",
        "ip -n red link set veth-red up",
        "ip -n blue link set veth-blue up",
        "ip netns exec red ping -i 0.2 10.0.1.2",
        "");

    @TempDir
    Path dir;

    @BeforeEach
    void requireKernelAndTcpdump()
    {
        KernelAssumptions.assumeKernelCapture();
    }

    @Test
    void shouldDeliverCompletePcapsWhenTheJvmIsInterrupted() throws Exception
    {
        final HostNetworkSnapshot before = HostNetworkSnapshot.settled();
        final Process victim = startVictimUntilPinging();
        Thread.sleep(1000); // a few echoes

        victim.destroy(); // SIGTERM: shutdown hooks run, as after Ctrl+C
        assertTrue(victim.waitFor(20, TimeUnit.SECONDS), "the interrupted JVM exits");

        final List<String> lines = CaptureSummary.of(dir);
        assertTrue(lines.contains("red/veth-red ICMP echo request 10.0.1.1 > 10.0.1.2 seq 1 ttl 64"), lines.toString());
        assertTrue(lines.contains("blue/veth-blue ICMP echo reply 10.0.1.2 > 10.0.1.1 seq 2 ttl 64"), lines.toString());
        assertEquals(List.of("netns/blue/veth-blue.pcap", "netns/red/veth-red.pcap"), names(dir));
        assertNoStagingOf(victim.pid());
        assertSandboxGone(before, victim.pid());
    }

    @Test
    void shouldLeaveNothingRunningWhenTheJvmIsKilledAndTidyItsStagingNextRun() throws Exception
    {
        final HostNetworkSnapshot before = HostNetworkSnapshot.settled();
        final Process victim = startVictimUntilPinging();

        victim.destroyForcibly(); // SIGKILL: no hook, no finally runs in that JVM
        assertTrue(victim.waitFor(10, TimeUnit.SECONDS));
        assertSandboxGone(before, victim.pid());
        assertTrue(stagingOf(victim.pid()), "a killed JVM cannot tidy its staging directory");

        new KernelBackend(TestGate.OWN_LINES).run(Scenario.parse("t.sh", "ip link show lo\n"), text -> { },
            KernelCapture.toDirectory(dir.resolve("next")));
        assertNoStagingOf(victim.pid());
    }

    private Process startVictimUntilPinging() throws Exception
    {
        final String java = ProcessHandle.current().info().command().orElse("java");
        final Process victim = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            CaptureVictim.class.getName(), dir.toString(), SCENARIO).redirectErrorStream(true).start();
        final BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while ((line = out.readLine()) != null && !line.startsWith(PING))
        {
            if (System.nanoTime() > deadline)
            {
                victim.destroyForcibly();
                fail("the victim never reached its ping");
            }
        }
        if (line == null)
        {
            fail("the victim JVM ended before its ping");
        }
        // Keep draining its output so it never blocks on a full pipe.
        final Thread drain = new Thread(() ->
        {
            try
            {
                while (out.readLine() != null)
                {
                    // discard
                }
            }
            catch (final Exception e)
            {
                // The victim is gone.
            }
        });
        drain.setDaemon(true);
        drain.start();
        return victim;
    }

    private static void assertSandboxGone(final HostNetworkSnapshot before, final long owner) throws Exception
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!HostNetworkSnapshot.sandboxMounts(owner).isEmpty() && System.nanoTime() < deadline)
        {
            Thread.sleep(50);
        }
        final HostNetworkSnapshot after = HostNetworkSnapshot.settled();
        assertEquals(List.of(), SandboxProcesses.named("tcpdump"));
        assertEquals(List.of(), HostNetworkSnapshot.sandboxMounts(owner));
        assertEquals(before, after);
    }

    private static void assertNoStagingOf(final long pid) throws Exception
    {
        assertFalse(stagingOf(pid), "staging of " + pid + " removed");
    }

    private static boolean stagingOf(final long pid) throws Exception
    {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir"))))
        {
            final String prefix = "nslab-capture-" + pid + "-";
            return temporary.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        }
    }

    /** @return the capture directory's pcaps, relative to it. */
    private static List<String> names(final Path directory) throws Exception
    {
        return CaptureFiles.pcapFilesIn(directory).stream().map(p -> directory.relativize(p).toString()).sorted()
            .toList();
    }
}
