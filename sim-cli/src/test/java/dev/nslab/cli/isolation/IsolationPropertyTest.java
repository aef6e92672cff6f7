package dev.nslab.cli.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.matrix.KernelMatrix;
import dev.nslab.cli.matrix.Reachability;
import dev.nslab.cli.matrix.ReachabilityMatrix;
import dev.nslab.cli.matrix.SimulatorMatrix;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * Proof of isolation on random topologies with random firewall rules: in the simulator alone, a namespace reaches
 * an address only if the topology has a path there and back (and has a route exactly when the oracle finds one),
 * a probe a rule in the sender's OUTPUT names is filtered, one a rule in the target's INPUT names is never
 * answered (filtered, or rejected with the rule's type), and only a rule naming an address of either end stops a
 * probe; where root,
 * the simulator's matrix equals the kernel's.
 */
class IsolationPropertyTest
{
    private static final int SIMULATOR_TOPOLOGIES = Integer.getInteger("nslab.isolation.sim", 2000);
    private static final int KERNEL_TOPOLOGIES = Integer.getInteger("nslab.isolation.kernel", 50);
    private static final int KERNEL_PARALLELISM = 6;

    @Test
    void shouldReachOnlyAlongPathsOfLinksUpDevicesAndRoutes() throws Exception
    {
        int probes = 0;
        int reachable = 0;
        int pathButNoReply = 0;
        int stopped = 0;
        for (long seed = 1; seed <= SIMULATOR_TOPOLOGIES; seed++)
        {
            final RandomTopology topology = RandomTopology.generate(seed);
            final ReachabilityOracle oracle = new ReachabilityOracle(topology);
            final ReachabilityMatrix matrix = SimulatorMatrix.compute(Scenario.parse("seed-" + seed,
                topology.scenario()), seed);
            for (final ReachabilityMatrix.Probe probe : matrix.probes())
            {
                probes++;
                final Reachability found = matrix.get(probe.from(), probe.target());
                final String context = "seed " + seed + ": " + probe.command() + "\n" + topology.scenario();
                if (probe.from().equals("host"))
                {
                    assertEquals(Reachability.NO_ROUTE, found, context);
                    continue;
                }
                final int from = Integer.parseInt(probe.from().substring(1));
                final int to = Integer.parseInt(probe.target().namespace().substring(1));
                final String address = probe.target().address();
                assertEquals(!oracle.hasRoute(from, address), found == Reachability.NO_ROUTE, context);
                final RandomTopology.FirewallRule sent = topology.rule(from, "OUTPUT", address);
                final RandomTopology.FirewallRule received = topology.rule(to, "INPUT", address);
                if (sent != null && oracle.hasRoute(from, address))
                {
                    // Stopped in the sender's OUTPUT: DROP and REJECT alike (lo is down: REJECT's error is lost).
                    assertEquals(Reachability.FILTERED, found, "the sender's OUTPUT: " + context);
                    stopped++;
                }
                else if (received != null && found != Reachability.NO_ROUTE && found != Reachability.UNREACHABLE)
                {
                    // Stopped in the target's INPUT: a REJECT's error comes back where a route leads it.
                    assertTrue(found == Reachability.FILTERED || found == received.rejected(),
                        "the target's INPUT (" + received.target() + "): " + found + ": " + context);
                    stopped++;
                }
                else if (found != Reachability.REACHABLE && found != Reachability.NO_ROUTE
                    && found != Reachability.UNREACHABLE)
                {
                    // A rule for the other direction (a reply to an address a rule names) or for an ICMP error.
                    assertTrue(topology.rulesConcern(from, to), "stopped by no rule: " + context);
                    stopped++;
                }
                if (found == Reachability.REACHABLE)
                {
                    reachable++;
                    assertTrue(oracle.mayReach(from, address), "reached without a path: " + context);
                }
                else if (oracle.mayReach(from, address))
                {
                    pathButNoReply++;
                }
            }
        }
        System.out.printf("isolation (simulator): %d topologies, %d probes, %d reachable, all along a path; "
            + "%d with a path but no reply (the oracle over-approximates); %d stopped by a rule as its chain says%n",
            SIMULATOR_TOPOLOGIES, probes, reachable, pathButNoReply, stopped);
    }

    @Test
    void shouldMatchTheKernelsMatrix() throws Exception
    {
        String unavailable = null;
        try
        {
            KernelBackend.checkAvailable();
        }
        catch (final KernelBackendException e)
        {
            unavailable = e.getMessage();
        }
        final String reason = unavailable;
        if (reason != null)
        {
            System.out.println("isolation (kernel): skipped: " + reason);
        }
        Assumptions.assumeTrue(reason == null, () -> "kernel backend unavailable: " + reason);
        final long started = System.nanoTime();
        final ExecutorService pool = Executors.newFixedThreadPool(KERNEL_PARALLELISM);
        try
        {
            final List<Future<String>> results = new ArrayList<>();
            for (long seed = 1; seed <= KERNEL_TOPOLOGIES; seed++)
            {
                final long topologySeed = seed;
                // Each task runs its sandbox on the pool thread, which lives until the run returns.
                results.add(pool.submit(() -> compare(topologySeed)));
            }
            final List<String> failures = new ArrayList<>();
            int probes = 0;
            for (final Future<String> result : results)
            {
                final String outcome = result.get();
                if (outcome.startsWith("ok "))
                {
                    probes += Integer.parseInt(outcome.substring(3));
                }
                else
                {
                    failures.add(outcome);
                }
            }
            System.out.printf("isolation (kernel): %d topologies, %d probes, %d differing, %.0f s%n",
                KERNEL_TOPOLOGIES, probes, failures.size(), (System.nanoTime() - started) / 1e9);
            assertTrue(failures.isEmpty(), String.join("\n\n", failures));
        }
        finally
        {
            pool.shutdownNow();
        }
    }

    private static String compare(final long seed) throws Exception
    {
        final RandomTopology topology = RandomTopology.generate(seed);
        final String text = topology.scenario();
        final Scenario scenario = Scenario.parse("seed-" + seed, text);
        final ReachabilityMatrix simulated = SimulatorMatrix.compute(scenario, seed);
        final ReachabilityMatrix kernel = KernelMatrix.compute(scenario, text, new KernelBackend(KernelMatrix.gate(EmulationGate.INSTANCE)));
        final List<String> differences = simulated.differences(kernel, "sim", "kernel");
        if (differences.isEmpty())
        {
            return "ok " + simulated.probes().size();
        }
        return "seed " + seed + ":\n" + String.join("\n", differences) + "\n" + text;
    }
}
