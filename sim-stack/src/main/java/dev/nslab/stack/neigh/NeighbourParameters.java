package dev.nslab.stack.neigh;

import dev.nslab.core.time.KernelTimers;

/**
 * The neighbour parameters of one device (net.ipv4.neigh.DEV.*), the namespace's defaults when the device is
 * registered there, as neigh_parms_alloc copies them. Values are the kernel's defaults. A device shares
 * {@link #DEFAULTS} until one of its settings is written; its randomised reachable time is its table's.
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

    /**
     * How often base_reachable_time was written: a table whose draw is older draws its reachable time again, as the
     * sysctl handler re-draws it at once.
     */
    int baseReachableGeneration;
    /** Held by every table still on the defaults: never written; see {@link NeighbourTable#writableParameters}. */
    boolean shared;

    /** The kernel's defaults, shared by every device that never had one of its settings written. */
    public static final NeighbourParameters DEFAULTS = new NeighbourParameters().share();

    NeighbourParameters share()
    {
        shared = true;
        return this;
    }

    /**
     * nd_tbl's defaults (net.ipv6.neigh.DEV.*): the same as ARP's but for locktime, which IPv6 leaves at 0, since
     * an advertisement says itself whether it may override (its O flag).
     */
    public static final NeighbourParameters NDISC_DEFAULTS = ndiscDefaults().share();

    private static NeighbourParameters ndiscDefaults()
    {
        final NeighbourParameters parameters = new NeighbourParameters();
        parameters.locktimeMs = 0;
        return parameters;
    }

    /** @return a copy nobody else holds. */
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
        copy.baseReachableGeneration = baseReachableGeneration;
        return copy;
    }

    /** Writes base_reachable_time_ms; the reachable time is re-drawn at once, as the sysctl handler does. */
    public void setBaseReachableTimeMs(final long milliseconds)
    {
        baseReachableTimeMs = milliseconds;
        baseReachableGeneration++;
    }

    /** A change of base_reachable_time takes effect at once, as the sysctl handler re-draws it. */
    int maxProbes(final boolean probeState)
    {
        return ucastSolicit + appSolicit + (probeState ? mcastResolicit : mcastSolicit);
    }
}
