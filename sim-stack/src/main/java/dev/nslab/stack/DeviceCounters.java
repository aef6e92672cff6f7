package dev.nslab.stack;

/**
 * Per-device counters, named as {@code ip -s link} shows them (struct rtnl_link_stats64). Simulation thread only.
 */
public final class DeviceCounters
{
    public long rxPackets;
    public long rxBytes;
    public long rxErrors;
    public long rxDropped;
    public long rxMissed;
    public long rxMulticast;
    public long txPackets;
    public long txBytes;
    public long txErrors;
    public long txDropped;
    public long txCarrierErrors;
    public long collisions;
    /** Frames shorter than an Ethernet header, counted inside rxErrors as rx_length_errors. */
    public long rxLengthErrors;
    /** Frames longer than the MTU allows, counted inside rxErrors as rx_over_errors. */
    public long rxOverErrors;

    void countRx(final int bytes)
    {
        rxPackets++;
        rxBytes += bytes;
    }

    void countTx(final int bytes)
    {
        txPackets++;
        txBytes += bytes;
    }

    void clear()
    {
        rxPackets = rxBytes = rxErrors = rxDropped = rxMissed = rxMulticast = 0;
        txPackets = txBytes = txErrors = txDropped = txCarrierErrors = collisions = 0;
        rxLengthErrors = rxOverErrors = 0;
    }
}
