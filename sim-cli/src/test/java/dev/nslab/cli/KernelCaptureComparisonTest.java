package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.nslab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.pcap.CaptureSummary;

/**
 * Where root, namespaces and tcpdump are there: one example captured on both backends gives the same protocol
 * summary (ARP and IPv4 per interface; times, MACs and IP ids differ by nature and are left out), file names match,
 * and {@code nslab diff --pcap} agrees.
 *
 * <p>Known difference, not tested here: in examples/seed-tap-isolation.sh the last ping's ARP resolution fails
 * 3 s after it starts, the same moment its Ctrl+C comes. The kernel keeps running in wall time until its tcpdumps
 * stop and captures the three "host unreachable" errors sent over lo; the simulator's virtual time ends with the
 * last command, so they never happen there.
 */
class KernelCaptureComparisonTest
{
    @TempDir
    Path directory;

    @Test
    void shouldCaptureTheSameSummaryOfVethPairOnBothBackends() throws Exception
    {
        final String unavailable = KernelAvailability.captureUnavailable();
        if (null != unavailable)
        {
            System.out.println("Skipping the sim/kernel capture comparison: " + unavailable);
        }
        Assumptions.assumeTrue(null == unavailable, () -> "kernel capture unavailable: " + unavailable);
        final String example = InProcessNslab.EXAMPLES.resolve("veth-pair.sh").toString();
        final Path kernel = directory.resolve("kernel");
        final Path simulator = directory.resolve("simulator");
        final InProcessNslab.Run kernelRun = nslab("run", "--backend", "kernel", "--pcap", kernel.toString(), example);
        assertEquals(0, kernelRun.exitCode(), kernelRun.err());
        final InProcessNslab.Run simulatorRun = nslab("run", "--pcap", simulator.toString(), example);
        assertEquals(0, simulatorRun.exitCode(), simulatorRun.err());

        assertEquals(CaptureSummary.of(kernel), CaptureSummary.of(simulator));
        assertTrue(CaptureSummary.of(simulator).size() >= 16, "ARP and 3 echo exchanges on each end");

        final InProcessNslab.Run diff = nslab("diff", "--pcap", example);
        assertEquals(0, diff.exitCode(), diff.out() + diff.err());
    }
}
