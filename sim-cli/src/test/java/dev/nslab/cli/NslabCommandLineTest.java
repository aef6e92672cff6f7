package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code nslab} command line run in-process: exit codes, where messages go, no stack traces. */
class NslabCommandLineTest
{
    @TempDir
    Path directory;

    /** What one in-process run printed and returned. */
    private record Run(int exitCode, String out, String err)
    {
    }

    private static Run nslab(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode = Nslab.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path scenario(final String text) throws IOException
    {
        final Path file = directory.resolve("scenario.sh");
        Files.writeString(file, text);
        return file;
    }

    private static void assertNoStackTrace(final Run run)
    {
        final String all = run.out() + run.err();
        assertFalse(all.contains("Exception") || all.contains("\tat "), "a stack trace leaked:\n" + all);
    }

    @Test
    void shouldPrintTheTranscriptAndExitZeroWhenTheScenarioRuns() throws IOException
    {
        final Run run = nslab("run", scenario("ip netns add a\nip netns add a\nip netns list\n").toString());
        assertEquals(0, run.exitCode());
        assertEquals("$ ip netns add a\n$ ip netns add a\nCannot create namespace file \"/run/netns/a\": File exists\n"
            + "[exit 1]\n$ ip netns list\na\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void shouldListEveryCommandInItsHelp()
    {
        final Run run = nslab("--help");
        assertEquals(0, run.exitCode());
        for (final String command : new String[] {"run", "diff", "matrix", "graph", "bench", "golden", "help"})
        {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in:\n" + run.out());
        }
        final Run bench = nslab("bench", "--quick");
        assertEquals(2, bench.exitCode());
        assertEquals("nslab: bench runs through the launcher, which builds the benchmark jar: ./nslab bench --quick\n",
            bench.err());
    }

    @Test
    void shouldReadTheScenarioFromStandardInputForADash()
    {
        final java.io.InputStream before = System.in;
        try
        {
            System.setIn(new java.io.ByteArrayInputStream("ip netns add a\nip netns list\n".getBytes()));
            final Run run = nslab("run", "-");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("$ ip netns add a\n$ ip netns list\na\n", run.out());
            System.setIn(new java.io.ByteArrayInputStream("ip netns add a\nip -d link\n".getBytes()));
            final Run refused = nslab("run", "-");
            assertEquals(2, refused.exitCode());
            assertEquals("<stdin>:2: 'ip -d link' is not emulated\n", refused.err());
            assertEquals("", refused.out());
        }
        finally
        {
            System.setIn(before);
        }
    }

    @Test
    void shouldExitTwoWithOneLineForAnUnsupportedLine() throws IOException
    {
        final Path file = scenario("ip netns add a\n# a comment\necho hello\nip netns add b\n");
        final Run run = nslab("run", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(file + ":3: cannot run 'echo': nslab emulates ip, bridge, ping, sysctl, iptables, iptables-save, nft and conntrack\n", run.err());
        assertEquals("", run.out(), "nothing may run before the scenario is known to be runnable");
        assertNoStackTrace(run);
    }

    @Test
    void shouldExitTwoWithOneLineForAMissingScenario()
    {
        final String missing = directory.resolve("no-such.sh").toString();
        final Run run = nslab("run", missing);
        assertEquals(2, run.exitCode());
        assertEquals(missing + ": no such file\n", run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void shouldExitTwoWithOneLineForADirectory()
    {
        final Run run = nslab("run", directory.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void shouldExitTwoWhenDiffIsGivenAMissingScenario()
    {
        final Run run = nslab("diff", directory.resolve("no-such.sh").toString());
        assertEquals(2, run.exitCode());
        assertNoStackTrace(run);
    }

    @Test
    void shouldExitTwoForABadOptionValue() throws IOException
    {
        final Path file = scenario("ip netns add a\n");
        assertEquals(2, nslab("run", "--interrupt-after", "soon", file.toString()).exitCode());
        assertEquals(2, nslab("run", "--backend", "qemu", file.toString()).exitCode());
        assertEquals(2, nslab("run").exitCode());
        assertEquals(2, nslab("frobnicate").exitCode());
    }

    @Test
    void shouldAcceptDurationsInSecondsAndMilliseconds() throws IOException
    {
        final Path file = scenario("ip link set lo up\nping 127.0.0.1\n");
        final Run halfSecond = nslab("run", "--interrupt-after", "500ms", file.toString());
        assertTrue(halfSecond.out().contains("1 packets transmitted, 1 received"), halfSecond.out());
        final Run oneAndAHalf = nslab("run", "--interrupt-after", "1.5s", file.toString());
        assertTrue(oneAndAHalf.out().contains("2 packets transmitted, 2 received"), oneAndAHalf.out());
    }

    @Test
    void shouldPrintTheVersionAndTheHelp()
    {
        final Run version = nslab("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("nslab "), version.out());
        final Run help = nslab("run", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--interrupt-after"), help.out());
    }
}
