package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.CapturedPacket;
import dev.nslab.pcap.PcapFileReader;
import dev.nslab.pcap.PcapngFileReader;

/**
 * {@code nslab run --pcap --pcapng} stopped by SIGINT or SIGTERM in the middle of a long scenario: the shutdown
 * hook closes the captures, so both files are whole (every record complete) and hold what was captured.
 */
class InterruptedCaptureTest
{
    private static final int PINGS = 4000;

    private static Path longScenario(final Path dir) throws IOException
    {
        final StringBuilder text = new StringBuilder("""
            ip netns add a
            ip netns add b
            ip link add va netns a type veth peer name vb netns b
            ip -n a addr add 10.0.1.1/24 dev va
            ip -n b addr add 10.0.1.2/24 dev vb
            ip -n a link set va up
            ip -n b link set vb up
            """);
        for (int i = 0; i < PINGS; i++)
        {
            text.append("ip netns exec a ping -q -c 500 -i 0 10.0.1.2\n");
        }
        return Files.writeString(dir.resolve("long.sh"), text.toString(), StandardCharsets.UTF_8);
    }

    private static void interrupt(final String signal, final Path dir) throws Exception
    {
        final Path scenario = longScenario(dir);
        final Path pcapng = dir.resolve("run.pcapng");
        final Path pcaps = dir.resolve("pcaps");
        final String java = ProcessHandle.current().info().command().orElse("java");
        final List<String> command = new ArrayList<>();
        if (new File("/usr/bin/env").canExecute())
        {
            // A build started in the background of a script inherits SIGINT ignored, and the JVM then never
            // handles it: give nslab the default disposition, as a terminal would (coreutils env).
            command.addAll(List.of("/usr/bin/env", "--default-signal=" + signal));
        }
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), Nslab.class.getName(), "run",
            "--pcap", pcaps.toString(), "--pcapng", pcapng.toString(), scenario.toString()));
        final Process nslab = new ProcessBuilder(command).redirectOutput(new File("/dev/null"))
            .redirectErrorStream(true).start();
        try
        {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(pcapng) && Files.size(pcapng) > 4 << 20) && System.nanoTime() < deadline)
            {
                assertTrue(nslab.isAlive(), "nslab ended before it was interrupted");
                Thread.sleep(20);
            }
            new ProcessBuilder("kill", "-" + signal, Long.toString(nslab.pid())).start().waitFor();
            assertTrue(nslab.waitFor(30, TimeUnit.SECONDS), "nslab stops on SIG" + signal);
            assertTrue(nslab.exitValue() > 128, "it was stopped by the signal, not at the scenario's end: exit "
                + nslab.exitValue());
        }
        finally
        {
            nslab.destroyForcibly();
        }
        final PcapngFileReader reader = PcapngFileReader.open(pcapng);
        long packets = 0;
        while (reader.next() != null)
        {
            packets++;
        }
        assertFalse(reader.truncated(), "the pcapng ends with a whole block");
        assertTrue(packets > 10_000, "it holds what was captured: " + packets);
        final List<Path> files = CaptureFiles.pcapFilesIn(pcaps);
        assertTrue(files.size() == 2, "one pcap per veth end: " + files);
        for (final Path file : files)
        {
            final PcapFileReader pcap = PcapFileReader.open(file, file.getFileName().toString());
            CapturedPacket packet;
            long count = 0;
            while ((packet = pcap.next()) != null)
            {
                count++;
            }
            assertFalse(pcap.truncated(), file + " ends with a whole record");
            assertTrue(count > 5_000, file + ": " + count);
        }
    }

    @Test
    void shouldLeaveWholeCapturesAfterSigint(@TempDir final Path dir) throws Exception
    {
        Assumptions.assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute(),
            "no kill command to send the signal with");
        interrupt("INT", dir);
    }

    @Test
    void shouldLeaveWholeCapturesAfterSigterm(@TempDir final Path dir) throws Exception
    {
        Assumptions.assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute(),
            "no kill command to send the signal with");
        interrupt("TERM", dir);
    }
}
