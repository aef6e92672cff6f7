package dev.nslab.stack.link;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.EventHandler;
import dev.nslab.core.wire.EthernetView;

/**
 * The loopback device: what it sends comes back in to its own namespace after a small latency, as a new event
 * (never a recursive call). Always has carrier; MTU 65536.
 *
 * <p>tcpdump sees each looped frame once (libpcap drops the outgoing copy on lo), so only the receive side is
 * captured. Its counters leave the Ethernet header out: loopback_xmit counts the frame after eth_type_trans has
 * pulled it (84 bytes for a default ping's request, not 98).
 */
public final class LoopbackDevice extends NetDevice implements EventHandler
{
    public static final int MTU = 65536;

    LoopbackDevice(final Machine machine)
    {
        super(machine, "lo", 0L, MTU);
        carrierStartsOff(false);
    }

    @Override
    boolean isNetnsImmutable()
    {
        return true; // loopback_net_init sets NETIF_F_NETNS_LOCAL
    }

    @Override
    public DeviceKind kind()
    {
        return DeviceKind.LOOPBACK;
    }

    @Override
    public boolean hasCarrier()
    {
        return true;
    }

    @Override
    public int maxMtu()
    {
        return Integer.MAX_VALUE;
    }

    /** loopback_setup leaves min_mtu 0: any MTU goes, even one that leaves no room for IPv4 or IPv6. */
    @Override
    public int minMtu()
    {
        return 0;
    }

    @Override
    void transmitToMedium(final Frame frame, final long now)
    {
        counters().countTx(countedLength(frame.length()));
        machine.loop().post(now + machine.loopbackLatencyNs(), this, frame, 0);
    }

    @Override
    int countedLength(final int frameLength)
    {
        return frameLength - EthernetView.HEADER_LENGTH;
    }

    @Override
    public void onEvent(final long now, final Object attachment, final long argument)
    {
        receive((Frame) attachment, now);
    }
}
