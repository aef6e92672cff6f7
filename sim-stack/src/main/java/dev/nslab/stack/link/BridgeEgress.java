package dev.nslab.stack.link;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.Ipv4Fragmenter;
import dev.nslab.core.wire.Ipv4View;

/**
 * The last steps of a frame a bridge sends out of a port (net/bridge/br_forward.c, br_netfilter_hooks.c).
 *
 * <p>br_dev_queue_push_xmit drops, uncounted, a frame longer than the port's MTU plus its link header and a VLAN
 * tag (is_skb_forwardable). Before it, a frame bridged from another port passes br_nf_dev_queue_xmit, since
 * bridge-nf-call-iptables and -ip6tables are on in every namespace: an IP packet longer than the port's MTU is cut
 * again, IPv4 without DF into fragments of the bridge's own MTU (the MTU of its fake rtable, which follows the
 * bridge device's), while IPv4 with DF and IPv6 over the bridge's MTU are dropped there (FRAGFAILS; ICMPv6's packet
 * too big finds no route back from the bridge's namespace), uncounted by any device. The bridge's IP statistics
 * are not kept: the link layer has none, and nothing nslab prints shows them.
 */
final class BridgeEgress
{
    /** is_skb_forwardable's room for a VLAN tag. */
    private static final int VLAN_HEADER_LENGTH = 4;
    private final BridgeDevice bridge;
    private final Machine machine;

    BridgeEgress(final BridgeDevice bridge, final Machine machine)
    {
        this.bridge = bridge;
        this.machine = machine;
    }

    /** br_forward's end for a frame that came in on a port: br_nf_dev_queue_xmit, then the port. */
    void forward(final NetDevice port, final Frame frame, final long now)
    {
        final byte[] buffer = frame.buffer();
        final int offset = frame.offset();
        final int ipLength = frame.length() - EthernetView.HEADER_LENGTH;
        if (ipLength <= port.mtu || frame.length() < EthernetView.HEADER_LENGTH)
        {
            push(port, frame, now);
            return;
        }
        final int etherType = Bytes.u16(buffer, offset + EthernetView.ETHERTYPE_OFFSET);
        if (etherType == EthernetView.ETHERTYPE_IPV4)
        {
            refragment(port, frame, now);
        }
        else if (etherType == EthernetView.ETHERTYPE_IPV6 && ipLength > bridge.mtu)
        {
            // ip6_fragment: a packet not from a local socket is never cut, only refused.
            frame.release();
        }
        else
        {
            push(port, frame, now);
        }
    }

    /** br_dev_queue_push_xmit: the port takes what fits it. */
    void push(final NetDevice port, final Frame frame, final long now)
    {
        if (frame.length() > port.mtu + EthernetView.HEADER_LENGTH + VLAN_HEADER_LENGTH)
        {
            frame.release();
            return;
        }
        port.transmit(frame, now);
    }

    /**
     * br_nf_ip_fragment: ip_do_fragment at the fake rtable's MTU, each piece behind the frame's own Ethernet header
     * (br_nf_push_frag_xmit). The frame was checked when it came in (br_validate_ipv4).
     */
    private void refragment(final NetDevice port, final Frame frame, final long now)
    {
        final byte[] buffer = frame.buffer();
        final int ipOffset = frame.offset() + EthernetView.HEADER_LENGTH;
        final int flags = Bytes.u16(buffer, ipOffset + Ipv4View.FLAGS_FRAGMENT_OFFSET);
        final int headerLength = (buffer[ipOffset] & 0x0F) * 4;
        final int payloadLength = Bytes.u16(buffer, ipOffset + Ipv4View.TOTAL_LENGTH_OFFSET) - headerLength;
        final int chunk = Ipv4Fragmenter.pieceSize(bridge.mtu, headerLength);
        if ((flags & Ipv4View.FLAG_DONT_FRAGMENT) != 0 || chunk <= 0)
        {
            frame.release();
            return;
        }
        for (int done = 0; done < payloadLength; done += chunk)
        {
            final int length = Math.min(chunk, payloadLength - done);
            final Frame piece = machine.pool().acquire()
                .reset(EthernetView.HEADER_LENGTH + headerLength + length);
            System.arraycopy(buffer, frame.offset(), piece.buffer(), piece.offset(), EthernetView.HEADER_LENGTH);
            Ipv4Fragmenter.writePiece(buffer, ipOffset, done, length, piece.buffer(),
                piece.offset() + EthernetView.HEADER_LENGTH);
            push(port, piece, now);
        }
        frame.release();
    }
}
