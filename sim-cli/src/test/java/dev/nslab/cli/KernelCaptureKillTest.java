package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * {@code kill -9} of {@code nslab run --backend kernel --pcap DIR --pcapng FILE} midway (no shutdown hook runs):
 * what was captured until shortly before is already in the outputs, and tshark reads every file to its end with
 * whole records (tshark fails on a record cut short). Needs root, tcpdump and tshark.
 */
class KernelCaptureKillTest
{
    private static final String LONG_PING = "$ ip netns exec red ping -c 100 -i 0.2 10.0.1.2";
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
        "ip netns exec red ping -c 3 -i 0.2 10.0.1.2",
        "ip netns exec red ping -c 100 -i 0.2 10.0.1.2",
        "");

    @TempDir
    Path directory;

    @Test
    void shouldLeaveWholeReadableCapturesOfWhatRanWhenKilledWithSigkill() throws Exception
    {
        final String unavailable = unavailableReason();
        Assumptions.assumeTrue(null == unavailable, () -> "kernel capture kill test skipped: " + unavailable);
        final Path caps = directory.resolve("caps");
        final Path pcapng = directory.resolve("run.pcapng");
        final Process nslab = startUntilTheLongPing(caps, pcapng);
        Thread.sleep(2_000); // about ten echoes of the long ping

        nslab.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        assertTrue(nslab.waitFor(10, TimeUnit.SECONDS));

        final Path red = caps.resolve("netns/red/veth-red.pcap");
        final Path blue = caps.resolve("netns/blue/veth-blue.pcap");
        for (final Path file : List.of(red, blue, pcapng))
        {
            // Tshark.read fails when tshark exits non-zero, as it does for a file cut short in a record.
            assertEquals(List.of(), Tshark.problems(file), file.toString());
        }
        for (final Path file : List.of(red, blue))
        {
            final List<String> icmp = Tshark.read(file, "-Y", "icmp.type == 0", "-T", "fields", "-e", "icmp.seq");
            assertTrue(icmp.containsAll(List.of("1", "2", "3")), "the first ping's replies in " + file + ": " + icmp);
            assertTrue(icmp.size() >= 3 + 3, "and some of the long ping's, delivered while it ran: " + icmp);
        }
        final Set<String> names = new TreeSet<>(Tshark.read(pcapng, "-T", "fields", "-e", "frame.interface_name"));
        assertEquals(Set.of("blue/veth-blue", "red/veth-red"), names);
        final List<String> replies = Tshark.read(pcapng, "-Y", "icmp.type == 0", "-T", "fields", "-e", "icmp.seq");
        assertTrue(replies.size() >= 2 * (3 + 3), "both ends' replies in the pcapng: " + replies);
    }

    private Process startUntilTheLongPing(final Path caps, final Path pcapng) throws Exception
    {
        final Path scenario = Files.writeString(directory.resolve("victim.sh"), SCENARIO);
        final String java = ProcessHandle.current().info().command().orElse("java");
        final Process nslab = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            Nslab.class.getName(), "run", "--backend", "kernel", "--pcap", caps.toString(), "--pcapng",
            pcapng.toString(), scenario.toString()).redirectErrorStream(true).start();
        final BufferedReader out = new BufferedReader(new InputStreamReader(nslab.getInputStream(),
            StandardCharsets.UTF_8));
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = out.readLine()) != null && !line.startsWith(LONG_PING))
        {
            if (System.nanoTime() > deadline)
            {
                nslab.destroyForcibly();
                fail("nslab never reached its long ping");
            }
        }
        if (line == null)
        {
            fail("nslab ended before its long ping");
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
                // nslab is gone.
            }
        }, "drain-nslab");
        drain.setDaemon(true);
        drain.start();
        return nslab;
    }

    private static String unavailableReason()
    {
        if (System.getenv("NSLAB_SKIP_KERNEL_TESTS") != null)
        {
            return "NSLAB_SKIP_KERNEL_TESTS is set";
        }
        if (!Tshark.isInstalled())
        {
            return Tshark.missingReason();
        }
        try
        {
            KernelBackend.checkCaptureAvailable();
            return null;
        }
        catch (final KernelBackendException e)
        {
            return e.getMessage();
        }
    }
}
