package dev.nslab.core.ring;

import java.util.concurrent.locks.LockSupport;

/**
 * Waiting without burning a core: spin a little, then yield, then park for growing intervals. This machine class has
 * two cores, where a pure busy-spin starves the thread it waits for. Not thread-safe: one per waiting thread.
 */
public final class BackoffIdler
{
    private static final int SPINS = 64;
    private static final int YIELDS = 64;
    private static final long MIN_PARK_NS = 1_000;
    private static final long MAX_PARK_NS = 1_000_000;

    private int idleCount;
    private long parkNs = MIN_PARK_NS;

    /** Waits a little longer than last time. */
    public void idle()
    {
        if (idleCount < SPINS)
        {
            Thread.onSpinWait();
        }
        else if (idleCount < SPINS + YIELDS)
        {
            Thread.yield();
        }
        else
        {
            LockSupport.parkNanos(parkNs);
            parkNs = Math.min(parkNs * 2, MAX_PARK_NS);
        }
        idleCount++;
    }

    /** Call after doing work: the next wait starts from a spin again. */
    public void reset()
    {
        idleCount = 0;
        parkNs = MIN_PARK_NS;
    }
}
