package dev.nslab.bench.report;

import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long each part of {@code nslab bench} runs. {@code QUICK} must keep the whole command around two minutes on a
 * 2-core machine (JMH forks one JVM per benchmark and round), so its error bars are wide; {@code FULL} takes about
 * fifteen minutes.
 */
public enum RunMode
{
    QUICK(1, TimeValue.milliseconds(500), 3, TimeValue.seconds(1), 50_000, 50_000, 20_000, false, 3, 50_000, 10_000),
    FULL(3, TimeValue.seconds(1), 5, TimeValue.seconds(2), 200_000, 200_000, 100_000, true, 5, 200_000, 40_000);

    final int warmupIterations;
    final TimeValue warmupTime;
    final int measurementIterations;
    final TimeValue measurementTime;
    final int ringLatencyRoundTrips;
    final int echoLatencyRoundTrips;
    /** ping -f -q -c N on the kernel. */
    final int kernelEchoCount;
    /** Whether FIB lookups are also measured with destinations inside a route. */
    final boolean coveredFibDestinations;
    /** Interleaved rounds of the side-by-side echo figures (bare loop, nslab, ns-3, kernel). */
    final int rounds;
    /** Timed round trips of ns-3's two-node ping per round (after as many again of warm-up, up to 10,000). */
    final int ns3EchoRoundTrips;
    /** Timed round trips of ns-3's chain of routers per round. */
    final int ns3ChainRoundTrips;

    RunMode(final int warmupIterations, final TimeValue warmupTime, final int measurementIterations,
        final TimeValue measurementTime, final int ringLatencyRoundTrips, final int echoLatencyRoundTrips,
        final int kernelEchoCount, final boolean coveredFibDestinations, final int rounds,
        final int ns3EchoRoundTrips, final int ns3ChainRoundTrips)
    {
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.measurementIterations = measurementIterations;
        this.measurementTime = measurementTime;
        this.ringLatencyRoundTrips = ringLatencyRoundTrips;
        this.echoLatencyRoundTrips = echoLatencyRoundTrips;
        this.kernelEchoCount = kernelEchoCount;
        this.coveredFibDestinations = coveredFibDestinations;
        this.rounds = rounds;
        this.ns3EchoRoundTrips = ns3EchoRoundTrips;
        this.ns3ChainRoundTrips = ns3ChainRoundTrips;
    }
}
