package dev.nslab.bench.echo;

import java.lang.management.ManagementFactory;

import dev.nslab.stack.Simulation;

/**
 * Bytes the simulation thread allocates per echo round trip in steady state, from the JVM's per-thread allocation
 * counter around many round trips after a warm-up. JMH's {@code gc.alloc.rate.norm} also counts what an
 * iteration's setup allocates (a fresh topology, a capture ring), spread over the round trips; this counts the
 * round trips alone. A capture sink's writer thread is not counted: it is pcap-out's, off the simulation thread.
 */
public final class EchoAllocation
{
    private EchoAllocation()
    {
    }

    /**
     * @param capture {@code off} or {@code pcapng}.
     * @return bytes per round trip over {@code roundTrips} after as many warm-up round trips.
     */
    public static double bytesPerRoundTrip(final String capture, final int roundTrips) throws Exception
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long self = Thread.currentThread().getId();
        final Simulation simulation = new Simulation(42);
        final CaptureChoice choice = CaptureChoice.apply(capture, simulation);
        try (choice; EchoDriver driver = EchoPair.build(simulation))
        {
            for (int i = 0; i < roundTrips; i++)
            {
                driver.roundTrip();
            }
            final long before = threads.getThreadAllocatedBytes(self);
            for (int i = 0; i < roundTrips; i++)
            {
                driver.roundTrip();
            }
            final long after = threads.getThreadAllocatedBytes(self);
            return (double) (after - before) / roundTrips;
        }
    }
}
