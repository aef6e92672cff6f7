package dev.nslab.stack.link;

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
    /**
     * The multicast column of {@code ip -s link}: of nslab's devices only a bridge counts it, for the multicast
     * frames its own stack receives; veth, lo and tun do not.
     */
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
    /** rx_crc_errors, rx_frame_errors, rx_fifo_errors: what a NIC counts; simulated media have none. */
    public long rxCrcErrors;
    public long rxFrameErrors;
    public long rxFifoErrors;
    /** rx_nohandler: frames no protocol took, where the kernel counts them so (exact-match deliveries). */
    public long rxNohandler;
    /** rx_otherhost_dropped: IP packets in frames for another host's MAC, which ip_rcv drops (kernel 6.0+). */
    public long rxOtherhostDropped;
    /** tx_aborted_errors, tx_fifo_errors, tx_window_errors, tx_heartbeat_errors: NIC errors, none here. */
    public long txAbortedErrors;
    public long txFifoErrors;
    public long txWindowErrors;
    public long txHeartbeatErrors;

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
        rxLengthErrors = rxOverErrors = rxCrcErrors = rxFrameErrors = rxFifoErrors = rxNohandler = 0;
        rxOtherhostDropped = txAbortedErrors = txFifoErrors = txWindowErrors = txHeartbeatErrors = 0;
    }
}
