package dev.nslab.stack.link;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.EventHandler;

/**
 * One end of a veth pair. A frame sent on one end arrives on the other after the link latency, as an event. The
 * pair has carrier when both ends are up; a frame sent while the peer is down (or too big for it) is dropped and
 * counted as the sender's TX dropped, as veth_xmit does.
 */
public final class VethDevice extends NetDevice implements EventHandler
{
    VethDevice peer;

    VethDevice(final Machine machine, final String name, final long mac)
    {
        super(machine, name, mac, 1500);
        carrierStartsOff(true);
    }

    @Override
    public DeviceKind kind()
    {
        return DeviceKind.VETH;
    }

    public VethDevice peer()
    {
        return peer;
    }

    @Override
    public NetDevice livePeer()
    {
        return peer != null && peer.alive ? peer : null;
    }

    @Override
    public boolean hasCarrier()
    {
        return peer != null && peer.alive && peer.adminUp && adminUp;
    }

    @Override
    public int iflink()
    {
        return peer != null && peer.alive ? peer.ifindex : ifindex;
    }

    @Override
    public int maxMtu()
    {
        return 65535;
    }

    @Override
    void transmitToMedium(final Frame frame, final long now)
    {
        captureOutbound(frame, now);
        final VethDevice peer = this.peer;
        // is_skb_forwardable: the peer must be up and the frame must fit its MTU plus the link header.
        if (peer == null || !peer.alive || !peer.adminUp)
        {
            counters().txDropped++;
            if (txActive && peer != null && peer.alive)
            {
                // Still on its real queue (linkwatch has not yet seen the carrier go), the frame reaches
                // veth_xmit, whose __dev_forward_skb counts the drop on the down peer too.
                peer.counters().rxDropped++;
            }
            frame.release();
            return;
        }
        if (frame.length() > peer.mtu + 14 + 4)
        {
            // __dev_forward_skb counts the peer's RX drop, veth_xmit its own TX drop, and NET_XMIT_DROP goes back
            // up to the sender, whose sendmsg fails with ENOBUFS.
            peer.counters().rxDropped++;
            counters().txDropped++;
            namespace.linkLayer.noteTransmitDropped();
            frame.release();
            return;
        }
        counters().countTx(frame.length());
        machine.loop().post(now + machine.linkLatencyNs(), peer, frame, 0);
    }

    @Override
    public void onEvent(final long now, final Object attachment, final long argument)
    {
        receive((Frame) attachment, now);
    }
}
