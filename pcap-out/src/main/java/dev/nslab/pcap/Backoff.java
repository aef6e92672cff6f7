package dev.nslab.pcap;

import java.util.concurrent.locks.LockSupport;

/**
 * How a thread waits for the other side of the ring: spin briefly, then yield, then park for growing times.
 * Never a pure busy spin: this runs on 2-core machines where the other side needs the core.
 *
 * <p>Not thread-safe: one instance per waiting thread. No allocation.
 */
final class Backoff
{
    private static final int SPINS = 100;
    private static final int YIELDS = 20;
    private static final long MIN_PARK_NS = 1_000L;

    private final long maxParkNs;
    private int spins;
    private int yields;
    private long parkNs;

    /**
     * @param maxParkNs the longest single park; bounds how late the thread notices new work.
     */
    Backoff(final long maxParkNs)
    {
        this.maxParkNs = maxParkNs;
        reset();
    }

    /** Waits a little longer than last time. */
    void idle()
    {
        if (spins < SPINS)
        {
            spins++;
            Thread.onSpinWait();
        }
        else if (yields < YIELDS)
        {
            yields++;
            Thread.yield();
        }
        else
        {
            LockSupport.parkNanos(parkNs);
            parkNs = Math.min(parkNs << 1, maxParkNs);
        }
    }

    /** Work was found: the next wait starts with spinning again. */
    void reset()
    {
        spins = 0;
        yields = 0;
        parkNs = MIN_PARK_NS;
    }
}
