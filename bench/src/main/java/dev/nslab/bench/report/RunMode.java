package dev.nslab.bench.report;

import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long each part of {@code nslab bench} runs. {@code QUICK} must keep the whole command under two minutes on a
 * 2-core machine (JMH alone forks 12 JVMs), so its error bars are wide; {@code FULL} takes about ten minutes.
 */
public enum RunMode
{
    QUICK(1, TimeValue.milliseconds(500), 3, TimeValue.seconds(1), 50_000, 50_000, 20_000, false),
    FULL(3, TimeValue.seconds(1), 5, TimeValue.seconds(2), 200_000, 200_000, 100_000, true);

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

    RunMode(final int warmupIterations, final TimeValue warmupTime, final int measurementIterations,
        final TimeValue measurementTime, final int ringLatencyRoundTrips, final int echoLatencyRoundTrips,
        final int kernelEchoCount, final boolean coveredFibDestinations)
    {
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.measurementIterations = measurementIterations;
        this.measurementTime = measurementTime;
        this.ringLatencyRoundTrips = ringLatencyRoundTrips;
        this.echoLatencyRoundTrips = echoLatencyRoundTrips;
        this.kernelEchoCount = kernelEchoCount;
        this.coveredFibDestinations = coveredFibDestinations;
    }
}
