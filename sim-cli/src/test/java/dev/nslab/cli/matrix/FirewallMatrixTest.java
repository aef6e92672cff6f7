package dev.nslab.cli.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.nslab.cli.KernelAvailability;
import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.kernel.KernelBackend;

/**
 * The matrix honours each namespace's firewall: a probe a DROP rule or policy stopped is "filtered", one a REJECT
 * answered shows the type it was given, on the simulator as on the kernel.
 */
class FirewallMatrixTest
{
    private static final Path SCENARIO = Path.of("src/test/resources/matrix/firewall.sh");

    @Test
    void shouldTellFilteredAndRejectedProbesFromUnansweredOnes() throws Exception
    {
        final ReachabilityMatrix matrix = SimulatorMatrix.compute(Scenario.read(SCENARIO), 1);
        assertEquals(Reachability.FILTERED, matrix.get("a", new Target("b", "10.0.0.2")), "b's INPUT drops a");
        assertEquals(Reachability.FILTERED, matrix.get("c", new Target("b", "10.0.0.2")), "c rejects b's replies");
        assertEquals(Reachability.FILTERED, matrix.get("c", new Target("host", "10.0.0.254")), "the host's reply");
        assertEquals(Reachability.REACHABLE, matrix.get("d", new Target("b", "10.0.0.2")));
        assertEquals(Reachability.REJECTED_PORT_UNREACHABLE, matrix.get("a", new Target("c", "10.0.0.3")));
        assertEquals(Reachability.REJECTED_HOST_PROHIBITED, matrix.get("b", new Target("c", "10.0.0.3")));
        assertEquals(Reachability.REJECTED_ADMIN_PROHIBITED, matrix.get("d", new Target("c", "10.0.0.3")));
        assertEquals(Reachability.FILTERED, matrix.get("host", new Target("c", "10.0.0.3")), "the host's OUTPUT");
        assertEquals(Reachability.FILTERED, matrix.get("a", new Target("d", "10.0.0.4")), "d's policy");
        assertEquals(Reachability.REACHABLE, matrix.get("d", new Target("a", "10.0.0.1")), "d's replies come in");
        assertEquals(Reachability.REACHABLE, matrix.get("host", new Target("a", "10.0.0.1")));
        assertTrue(matrix.render().contains("rejected (icmp-host-prohibited)"), matrix.render());
    }

    @Test
    void shouldMatchTheKernelsMatrix() throws Exception
    {
        final String unavailable = KernelAvailability.judgeUnavailable();
        if (unavailable != null)
        {
            System.out.println("Skipping the kernel's firewall matrix: " + unavailable);
        }
        Assumptions.assumeTrue(unavailable == null, () -> "kernel backend unavailable: " + unavailable);
        final Scenario scenario = Scenario.read(SCENARIO);
        final ReachabilityMatrix simulated = SimulatorMatrix.compute(scenario, 1);
        final ReachabilityMatrix kernel = KernelMatrix.compute(scenario, scenario.text(),
            new KernelBackend(KernelMatrix.gate(EmulationGate.INSTANCE)));
        final List<String> differences = simulated.differences(kernel, "simulator", "kernel");
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences) + "\n" + kernel.render());
        assertFalse(kernel.render().isEmpty());
    }

    @Test
    void shouldCountDropsAndRejectsFromAListing()
    {
        final FirewallCounters counters = FirewallCounters.parse(List.of(
            "Chain INPUT (policy DROP 5 packets, 420 bytes)",
            "    pkts      bytes target     prot opt in     out     source               destination         ",
            "       0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           ",
            "  169998 14279832 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate "
                + "RELATED,ESTABLISHED",
            "       3      252 DROP       0    --  !vb    *       192.168.0.0/16       0.0.0.0/0           ",
            "       2      168 REJECT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            "
                + "reject-with icmp-host-prohibited",
            "       1       84            0    --  *      *       172.17.0.0/16        0.0.0.0/0           ",
            "",
            "Chain FORWARD (policy ACCEPT 7 packets, 588 bytes)",
            "Chain DROPPER (1 references)",
            "       4      336 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           "));
        assertEquals(new FirewallCounters(12, 2, true), counters);
        assertEquals(new FirewallCounters(0, 0, false), FirewallCounters.parse(List.of(
            "Chain INPUT (policy ACCEPT 0 packets, 0 bytes)",
            "    pkts      bytes target     prot opt in     out     source               destination         ",
            "       9      756 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           ")));
    }

    @Test
    void shouldJudgeAProbeByWhatPingPrintedAndWhatCounted()
    {
        final List<String> rejected = List.of("PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.",
            "From 10.0.0.3 icmp_seq=1 Destination Host Prohibited", "");
        assertEquals(Reachability.REJECTED_HOST_PROHIBITED, Reachability.of(1, rejected, false, true));
        assertEquals(Reachability.UNREACHABLE, Reachability.of(1, rejected, false, false), "nothing counted");
        assertEquals(Reachability.FILTERED, Reachability.of(1, List.of(), false, true), "its own error caught too");
        assertEquals(Reachability.FILTERED, Reachability.of(1, List.of(), true, false));
        assertEquals(Reachability.REACHABLE, Reachability.of(0, List.of(), true, false), "a reply is a reply");
        assertEquals(Reachability.NO_ROUTE, Reachability.of(2, List.of(), false, false));
        assertEquals(Reachability.NO_ROUTE, Reachability.of(2, List.of(), true, true), "connect failed: nothing sent");
    }
}
