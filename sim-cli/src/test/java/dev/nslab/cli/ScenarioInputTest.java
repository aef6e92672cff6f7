package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.nslab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.pcap.CaptureFiles;

/**
 * Hostile scenario input and capture places: one clear line, a documented exit code, no stack trace, and nothing
 * left half-written.
 */
class ScenarioInputTest
{
    @TempDir
    Path directory;

    private Path write(final String name, final String text) throws IOException
    {
        final Path file = directory.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void assertOneLineExit(final InProcessNslab.Run run, final int exitCode, final String start)
    {
        assertEquals(exitCode, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), "one line:\n" + run.err());
        assertTrue(run.err().startsWith(start), run.err());
        run.assertNoStackTrace();
    }

    @Test
    void shouldRefuseAMissingFileADirectoryAndBinaryGarbage() throws IOException
    {
        final Path missing = directory.resolve("missing.sh");
        assertOneLineExit(nslab("run", missing.toString()), 2, missing + ": no such file");
        assertOneLineExit(nslab("run", directory.toString()), 2, directory + ": is a directory");
        final byte[] garbage = new byte[64 * 1024];
        new SplittableRandom(5).nextBytes(garbage);
        final Path binary = directory.resolve("garbage.sh");
        Files.write(binary, garbage);
        final InProcessNslab.Run run = nslab("run", "--pcap", directory.resolve("pcap").toString(), binary.toString());
        assertOneLineExit(run, 2, binary + ":");
        assertEquals("", run.out(), "nothing runs");
        assertTrue(!Files.exists(directory.resolve("pcap")), "no capture is started for a scenario that cannot run");
    }

    @Test
    void shouldRefuseUnknownCommandsWithTheirLine() throws IOException
    {
        final Path file = write("unknown.sh", "ip netns add a\nifconfig eth0 up\n");
        assertOneLineExit(nslab("run", file.toString()), 2, file + ":2: ");
        final Path nested = write("nested.sh", "ip netns add a\nip netns exec a bash -c 'echo hi'\n");
        assertOneLineExit(nslab("run", nested.toString()), 2, nested + ":2: ");
    }

    @Test
    void shouldRefuseALineOfOneMegabyteWithItsLineNumber() throws IOException
    {
        final Path file = write("long.sh", "ip link show\nip link show " + "x".repeat(1024 * 1024) + "\n");
        assertOneLineExit(nslab("run", file.toString()), 2, file + ":2: line longer than 1 MiB");
    }

    @Test
    void shouldRunALineJustUnderTheLimit() throws IOException
    {
        final Path file = write("long-ok.sh", "ip link show " + "x".repeat(1000 * 1000) + "\n");
        final InProcessNslab.Run run = nslab("run", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[exit 1]") || run.out().contains("[exit 255]"), "ip refuses the name");
    }

    @Test
    void shouldRunAHundredThousandLinesInReasonableTime() throws IOException
    {
        final StringBuilder text = new StringBuilder("ip netns add a\nip -n a link set lo up\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.append(switch (i % 4)
            {
                case 0 -> "ip link show\n";
                case 1 -> "ip -n a addr add 10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)
                    + "/32 dev lo\n";
                case 2 -> "ip -n a link show lo\n";
                default -> "# a comment line\n";
            });
        }
        final Path file = write("big.sh", text.toString());
        final long start = System.nanoTime();
        final InProcessNslab.Run run = nslab("run", file.toString());
        final long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("100k-line scenario: %d ms, transcript %d bytes%n", millis, run.out().length());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(75_002, run.out().lines().filter(line -> line.startsWith("$ ")).count());
        assertTrue(millis < 60_000, "took " + millis + " ms");
    }

    @Test
    void shouldFailBeforeRunningWhenTheCaptureDirectoryCannotBeMade() throws IOException
    {
        final Path scenario = write("ok.sh", "ip link set lo up\nping -c 1 127.0.0.1\n");
        final Path notADirectory = write("file", "");
        final InProcessNslab.Run run = nslab("run", "--pcap", notADirectory.resolve("pcap").toString(),
            scenario.toString());
        assertOneLineExit(run, 5, "nslab: cannot create capture directory ");
        assertEquals("", run.out(), "nothing ran");
        final InProcessNslab.Run pcapng = nslab("run", "--pcapng",
            directory.resolve("no-such-dir").resolve("run.pcapng").toString(), scenario.toString());
        assertOneLineExit(pcapng, 5, "nslab: cannot write capture ");
        assertEquals("", pcapng.out(), "nothing ran");
    }

    @Test
    void shouldLeaveValidCapturesWhenScenarioCommandsFail() throws Exception
    {
        final Path scenario = write("failing.sh", String.join("\n",
            "ip netns add a", "ip -n a link set lo up", "ip netns exec a ping -c 2 -i 0.2 127.0.0.1",
            "ip -n a addr add 300.1.1.1/24 dev lo", "ip -n a link set nosuchdev up",
            "ip netns exec a ping -c 1 -W 1 10.9.9.9", "ip netns exec a ping -c 1 127.0.0.1", ""));
        final Path pcapng = directory.resolve("run.pcapng");
        final InProcessNslab.Run run = nslab("run", "--pcap", directory.resolve("pcap").toString(), "--pcapng",
            pcapng.toString(), scenario.toString());
        assertEquals(0, run.exitCode(), "a failing command is part of the transcript, not a failed run");
        assertTrue(run.out().contains("[exit 1]") || run.out().contains("[exit 2]"), run.out());
        assertEquals(6, CaptureFiles.read(pcapng).size(), "3 echo requests and 3 replies on a/lo");
        assertEquals(6, CaptureFiles.read(directory.resolve("pcap").resolve("netns/a/lo.pcap")).size());
        if (Tshark.isInstalled())
        {
            assertEquals(java.util.List.of(), Tshark.problems(pcapng));
        }
    }

    @Test
    void shouldRefuseBadCaptureOptionsWithOneLine() throws IOException
    {
        final Path scenario = write("ok.sh", "ip link show lo\n");
        for (final String bad : java.util.List.of("a/b/c", "/lo", "a/", "..", ","))
        {
            assertEquals(2, nslab("run", "--capture", bad, "--pcap", directory.toString(), scenario.toString())
                .exitCode(), bad);
        }
        assertEquals(2, nslab("run", "--capture", "lo", scenario.toString()).exitCode());
        assertEquals(2, nslab("run", "--epoch", "yesterday", "--pcap", directory.toString(), scenario.toString())
            .exitCode());
        assertEquals(2, nslab("run", "--epoch", "1960-01-01T00:00:00Z", "--pcap", directory.toString(),
            scenario.toString()).exitCode());
        assertEquals(2, nslab("run", "--backend", "kernel", "--epoch", "0", "--pcap", directory.toString(),
            scenario.toString()).exitCode());
    }

    @Test
    void shouldWriteTheEpochAndFilterAsked() throws Exception
    {
        final Path scenario = write("two.sh", String.join("\n", "ip netns add a", "ip netns add b",
            "ip link add va netns a type veth peer name vb netns b", "ip -n a addr add 10.0.0.1/24 dev va",
            "ip -n b addr add 10.0.0.2/24 dev vb", "ip -n a link set va up", "ip -n b link set vb up",
            "ip netns exec a ping -c 1 10.0.0.2", ""));
        final Path pcaps = directory.resolve("pcap");
        final InProcessNslab.Run run = nslab("run", "--pcap", pcaps.toString(), "--capture", "b/vb", "--epoch",
            "1700000000.25", scenario.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(java.util.List.of(pcaps.resolve("netns/b/vb.pcap")), CaptureFiles.pcapFilesIn(pcaps));
        final long first = CaptureFiles.read(pcaps).get(0).timestampNanos();
        assertTrue(first >= 1_700_000_000_250_000_000L && first < 1_700_000_001_250_000_000L,
            "virtual time from the epoch: " + first);
    }
}
