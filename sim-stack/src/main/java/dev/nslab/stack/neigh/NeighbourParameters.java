package dev.nslab.stack.neigh;

import java.util.SplittableRandom;

import dev.nslab.core.time.KernelTimers;

/**
 * The neighbour parameters of one device (net.ipv4.neigh.DEV.*), copied from the namespace's defaults when the
 * device is registered there, as neigh_parms_alloc does. Values are the kernel's defaults.
 */
public final class NeighbourParameters
{
    public int mcastSolicit = 3;
    public int ucastSolicit = 3;
    public int appSolicit = 0;
    public int mcastResolicit = 0;
    public long retransTimeMs = 1000;
    public long baseReachableTimeMs = 30_000;
    public long delayFirstProbeTimeS = 5;
    public long gcStaleTimeS = 60;
    public long locktimeMs = 1000;
    /** unres_qlen: packets queued per entry while it resolves (the kernel bounds bytes; this is its 101 packets). */
    public int unresolvedQueueLength = 101;

    /** The randomised reachable time in ns (neigh_rand_reach_time), drawn anew every 300 s. */
    private long reachableTimeNs;
    private long lastRandomisedNs = Long.MIN_VALUE;

    public NeighbourParameters copy()
    {
        final NeighbourParameters copy = new NeighbourParameters();
        copy.mcastSolicit = mcastSolicit;
        copy.ucastSolicit = ucastSolicit;
        copy.appSolicit = appSolicit;
        copy.mcastResolicit = mcastResolicit;
        copy.retransTimeMs = retransTimeMs;
        copy.baseReachableTimeMs = baseReachableTimeMs;
        copy.delayFirstProbeTimeS = delayFirstProbeTimeS;
        copy.gcStaleTimeS = gcStaleTimeS;
        copy.locktimeMs = locktimeMs;
        copy.unresolvedQueueLength = unresolvedQueueLength;
        return copy;
    }

    /**
     * @return the reachable time: uniform in [base/2, 3*base/2), re-drawn when 300 s have passed since the last
     *         draw (neigh_periodic_work).
     */
    long reachableTimeNs(final long nowNs, final SplittableRandom random)
    {
        if (lastRandomisedNs == Long.MIN_VALUE || nowNs - lastRandomisedNs >= 300_000_000_000L)
        {
            final long baseJiffies = KernelTimers.toJiffies(baseReachableTimeMs * 1_000_000L);
            final long jiffies = baseJiffies == 0 ? 0 : random.nextLong(baseJiffies) + (baseJiffies >> 1);
            reachableTimeNs = jiffies * KernelTimers.NS_PER_JIFFY;
            lastRandomisedNs = nowNs;
        }
        return reachableTimeNs;
    }

    /** Writes base_reachable_time_ms; the reachable time is re-drawn at once, as the sysctl handler does. */
    public void setBaseReachableTimeMs(final long milliseconds)
    {
        baseReachableTimeMs = milliseconds;
        redraw();
    }

    /** A change of base_reachable_time takes effect at once, as the sysctl handler re-draws it. */
    void redraw()
    {
        lastRandomisedNs = Long.MIN_VALUE;
    }

    int maxProbes(final boolean probeState)
    {
        return ucastSolicit + appSolicit + (probeState ? mcastResolicit : mcastSolicit);
    }
}
