package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.PacketHandler;

/**
 * IPv6 in (ipv6_rcv and the ICMPv6 neighbour discovery it leads to), as far as nslab carries IPv6 today: a packet
 * for this host (a group the device joined, or one of its addresses) that is a valid neighbour solicitation or
 * advertisement may end another node's or our own duplicate address detection; everything else is consumed, as the
 * kernel consumes traffic for protocols that have nothing to say to it (no device drop is counted).
 */
final class Ipv6Input implements PacketHandler
{
    private static final int ND_HOP_LIMIT = 255;
    private static final int OPTION_NONCE = 14;

    private final Ipv6Namespace namespace;
    private Ipv6View ipField;

    Ipv6Input(final Ipv6Namespace namespace)
    {
        this.namespace = namespace;
    }

    @Override
    public void receive(final NetDevice device, final Frame frame, final boolean toDeviceAddress, final long now)
    {
        try
        {
            final Ipv6Device idev = Ipv6Device.of(device);
            final byte[] b = frame.buffer();
            final int offset = frame.offset();
            if (idev == null || idev.config.disableIpv6 != 0 || !Ipv6View.isValid(b, offset, frame.length()))
            {
                return;
            }
            ip().wrap(b, offset);
            final long destinationHigh = ip().destinationHigh();
            final long destinationLow = ip().destinationLow();
            final boolean forUs = Ipv6Address.isMulticast(destinationHigh)
                ? idev.mld.isJoined(destinationHigh, destinationLow)
                : idev.find(destinationHigh, destinationLow) != null;
            if (!forUs || ip().nextHeader() != Ipv6View.NEXT_HEADER_ICMPV6 || ip().hopLimit() != ND_HOP_LIMIT)
            {
                return;
            }
            final int icmp = offset + Ipv6View.HEADER_LENGTH;
            final int icmpLength = ip().payloadLength();
            if (icmpLength < 24 || Bytes.u8(b, icmp + 1) != 0
                || ip().upperLayerSum(icmp, icmpLength, Ipv6View.NEXT_HEADER_ICMPV6) != 0xFFFF)
            {
                return;
            }
            final int type = Bytes.u8(b, icmp);
            final Ipv6InterfaceAddress target = idev.find(Bytes.i64(b, icmp + 8), Bytes.i64(b, icmp + 16));
            if (target == null)
            {
                return;
            }
            if (type == Ipv6Output.ICMPV6_NEIGHBOUR_SOLICITATION)
            {
                receiveSolicitation(idev, target, b, icmp, icmpLength, now);
            }
            else if (type == Ipv6Output.ICMPV6_NEIGHBOUR_ADVERTISEMENT && target.isTentative())
            {
                namespace.addrconf().dadFailure(idev, target, now);
            }
        }
        finally
        {
            frame.release();
        }
    }

    /**
     * ndisc_recv_ns for one of our addresses, from :: (DAD): our own looped nonce is ignored; another node testing an
     * address we test too fails ours; one we hold already is defended with an advertisement to all nodes.
     */
    private void receiveSolicitation(final Ipv6Device idev, final Ipv6InterfaceAddress target, final byte[] b,
        final int icmp, final int icmpLength, final long now)
    {
        final boolean dad = Ipv6Address.isUnspecified(ip().sourceHigh(), ip().sourceLow());
        if (!dad)
        {
            return;
        }
        if (target.isTentative())
        {
            final long nonce = nonceOf(b, icmp, icmpLength);
            if (nonce != 0 && nonce == target.dadNonce)
            {
                return;
            }
            namespace.addrconf().dadFailure(idev, target, now);
            return;
        }
        namespace.ndisc().sendDadAdvertisement(idev, target, now);
    }

    /** @return the 48-bit nonce option's value, or 0 when the solicitation has none. */
    private static long nonceOf(final byte[] b, final int icmp, final int icmpLength)
    {
        int at = icmp + 24;
        final int end = icmp + icmpLength;
        while (at + 2 <= end)
        {
            final int length = Bytes.u8(b, at + 1) * 8;
            if (length == 0 || at + length > end)
            {
                return 0;
            }
            if (Bytes.u8(b, at) == OPTION_NONCE && length == 8)
            {
                return (long) Bytes.u16(b, at + 2) << 32 | Bytes.i32(b, at + 4) & 0xFFFF_FFFFL;
            }
            at += length;
        }
        return 0;
    }

    /** @return the scratch Ipv6View, made when first used: most namespaces never need it. */
    private Ipv6View ip()
    {
        if (ipField == null)
        {
            ipField = new Ipv6View();
        }
        return ipField;
    }
}
