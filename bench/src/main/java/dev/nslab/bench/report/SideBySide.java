package dev.nslab.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.nslab.bench.ns3.Ns3Program;
import dev.nslab.bench.ns3.Ns3Result;
import dev.nslab.bench.ns3.Ns3Unavailable;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.kernel.KernelBackendException;

import org.openjdk.jmh.runner.RunnerException;

/**
 * Issue 15's side-by-side figures, measured in interleaved rounds: each round runs the bare loop, nslab's echo and
 * chain (JMH, one fork each), ns-3's two-node ping and chain (where ns-3 was built), and the kernel's
 * {@code ping -f} over a veth and through the chain (where the sandbox runs), one after the other. A part that is
 * missing or fails says so in one note and the others go on.
 */
final class SideBySide
{
    /** Routers in the chain, as {@code RouterChainBenchmark}'s parameter. */
    static final int CHAIN_ROUTERS = 8;
    private static final int NS3_ECHO_WARM_UP = 10_000;
    private static final int NS3_CHAIN_WARM_UP = 2_000;

    private final RunMode mode;
    private final JmhSuite jmh;
    private final KernelRuns kernel;
    private final Consumer<String> progress;
    private final Rounds rounds = new Rounds();
    private final List<String> notes = new ArrayList<>();
    private Ns3Program ns3;
    private boolean kernelFailed;

    /**
     * @param ns3 the built ns-3 program, or null when ns-3 is not measured (its reason is the caller's note).
     */
    SideBySide(final RunMode mode, final JmhSuite jmh, final Ns3Program ns3, final KernelRuns kernel,
        final Consumer<String> progress)
    {
        this.mode = mode;
        this.jmh = jmh;
        this.ns3 = ns3;
        this.kernel = kernel;
        this.progress = progress;
    }

    Rounds rounds()
    {
        return rounds;
    }

    List<String> notes()
    {
        return notes;
    }

    void run() throws RunnerException
    {
        for (int round = 1; round <= mode.rounds; round++)
        {
            progress.accept("side by side, round " + round + " of " + mode.rounds);
            for (final Figure figure : jmh.sideBySideRound())
            {
                rounds.record(round, figure.id(), figure.label(), figure.value(), figure.unit());
            }
            if (ns3 != null)
            {
                ns3Round(round);
            }
            if (!kernelFailed && kernel.unavailableReason() == null)
            {
                kernelRound(round);
            }
        }
    }

    private void ns3Round(final int round)
    {
        try
        {
            record(round, "ns3.echo", "ns-3: two-node point-to-point ping",
                ns3.run(0, Math.min(NS3_ECHO_WARM_UP, mode.ns3EchoRoundTrips), mode.ns3EchoRoundTrips));
            record(round, "ns3.chain." + CHAIN_ROUTERS, "ns-3: ping through " + CHAIN_ROUTERS + " routers",
                ns3.run(CHAIN_ROUTERS, Math.min(NS3_CHAIN_WARM_UP, mode.ns3ChainRoundTrips),
                    mode.ns3ChainRoundTrips));
        }
        catch (final Ns3Unavailable e)
        {
            skip("ns-3 stopped in round " + round + ": " + e.getMessage());
            ns3 = null;
        }
    }

    private void record(final int round, final String id, final String label, final Ns3Result result)
    {
        final double perSecond = result.roundTripsPerSecond();
        rounds.record(round, id, label, perSecond, "ops/s");
        progress.accept(String.format("  %-60s %s", label, Format.figure(perSecond, "ops/s")));
    }

    private void kernelRound(final int round)
    {
        for (final int routers : new int[] {0, CHAIN_ROUTERS})
        {
            final String id = routers == 0 ? "kernel.echo" : "kernel.chain." + routers;
            final String label = "kernel: ping -f -q -c " + mode.kernelEchoCount
                + (routers == 0 ? ", veth" : ", through " + routers + " routers");
            try
            {
                final PingSummary summary = kernel.echo(routers);
                rounds.record(round, id, label, summary.roundTripsPerSecond(), "ops/s");
                rounds.record(round, id + ".rtt.mean", "kernel: ping's mean round trip"
                    + (routers == 0 ? "" : ", " + routers + " routers"), summary.averageRttMs() * 1e6, "ns");
                progress.accept(String.format("  %-60s %s", label,
                    Format.figure(summary.roundTripsPerSecond(), "ops/s")));
            }
            catch (final KernelBackendException | ScenarioException | IllegalArgumentException
                | IllegalStateException e)
            {
                skip("kernel echo (" + routers + " routers) stopped in round " + round + ": " + e.getMessage());
                kernelFailed = true;
                return;
            }
        }
    }

    private void skip(final String reason)
    {
        notes.add(reason);
        progress.accept("  " + reason);
    }
}
