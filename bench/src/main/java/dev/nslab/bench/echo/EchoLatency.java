package dev.nslab.bench.echo;

import dev.nslab.stack.Simulation;

import org.HdrHistogram.Histogram;

/**
 * Wall-clock nanoseconds per echo round trip between two namespaces (capture off), one {@link System#nanoTime()}
 * pair around each: the distribution behind {@link EchoBenchmark}'s mean rate, with the pauses (GC, JIT, the other
 * tenant of a 2-core VM) that a mean hides. Reading the clock costs some 20 ns of each figure.
 */
public final class EchoLatency
{
    private static final long HIGHEST_TRACKABLE_NS = 10_000_000_000L;

    private EchoLatency()
    {
    }

    /** Warms up with as many round trips as it records, then records {@code roundTrips}. */
    public static Histogram measure(final int roundTrips)
    {
        final Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NS, 3);
        try (EchoDriver driver = EchoPair.build(new Simulation(42)))
        {
            for (int i = 0; i < roundTrips; i++)
            {
                driver.roundTrip();
            }
            for (int i = 0; i < roundTrips; i++)
            {
                final long start = System.nanoTime();
                driver.roundTrip();
                histogram.recordValue(System.nanoTime() - start);
            }
        }
        return histogram;
    }
}
