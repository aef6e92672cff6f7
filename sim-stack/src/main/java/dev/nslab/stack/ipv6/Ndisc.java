package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Ipv6View;

/**
 * The neighbour discovery messages addrconf needs (RFC 4861, net/ipv6/ndisc.c): the duplicate address detection
 * solicitation from :: with its nonce (RFC 7527), the advertisement a holder of the address answers it with, the
 * router solicitation with the source link-layer address option; and, received, the two ways DAD fails: another
 * node's solicitation for an address we are still testing, or an advertisement for it.
 */
final class Ndisc
{
    private static final int HOP_LIMIT = 255;
    private static final int OPTION_SOURCE_LINK_ADDRESS = 1;
    private static final int OPTION_TARGET_LINK_ADDRESS = 2;
    private static final int OPTION_NONCE = 14;
    private static final int NA_FLAG_ROUTER = 0x8000_0000;
    private static final int NA_FLAG_OVERRIDE = 0x2000_0000;

    private final Ipv6Output output;
    private Ipv6View ipField;

    Ndisc(final Ipv6Output output)
    {
        this.output = output;
    }

    /**
     * @return a packet of {@code icmpLength} ICMPv6 bytes of {@code type} (the rest zero), with the hop limit
     *         neighbour discovery requires and the given addresses.
     */
    private Frame message(final int icmpLength, final int type, final long sourceHigh, final long sourceLow,
        final long destinationHigh, final long destinationLow)
    {
        final Frame packet = output.packet(icmpLength);
        ip().wrap(packet.buffer(), packet.offset())
            .nextHeader(Ipv6View.NEXT_HEADER_ICMPV6)
            .hopLimit(HOP_LIMIT)
            .source(sourceHigh, sourceLow)
            .destination(destinationHigh, destinationLow);
        packet.buffer()[packet.offset() + Ipv6View.HEADER_LENGTH] = (byte) type;
        return packet;
    }

    /** ndisc_send_ns from :: to the target's solicited-node group (addrconf_dad_work): 86 bytes with the nonce. */
    void sendDadSolicitation(final Ipv6Device device, final Ipv6InterfaceAddress target, final long now)
    {
        final int length = 24 + (target.dadNonce != 0 ? 8 : 0);
        final Frame packet = message(length, Ipv6Output.ICMPV6_NEIGHBOUR_SOLICITATION, 0, 0,
            Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.solicitedNodeLow(target.low));
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        Bytes.i64(b, icmp + 8, target.high);
        Bytes.i64(b, icmp + 16, target.low);
        if (target.dadNonce != 0)
        {
            b[icmp + 24] = OPTION_NONCE;
            b[icmp + 25] = 1;
            Bytes.u16(b, icmp + 26, (int) (target.dadNonce >>> 32));
            Bytes.i32(b, icmp + 28, (int) target.dadNonce);
        }
        output.sendIcmp(device.device, packet, 0, now);
    }

    /**
     * ndisc_send_na to ff02::1 from the address itself, override set, with the target link-layer address: what a
     * holder of an address answers a DAD solicitation for it with.
     */
    void sendDadAdvertisement(final Ipv6Device device, final Ipv6InterfaceAddress address, final long now)
    {
        final Frame packet = message(32, Ipv6Output.ICMPV6_NEIGHBOUR_ADVERTISEMENT, address.high, address.low,
            Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_NODES_LOW);
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        Bytes.i32(b, icmp + 4, NA_FLAG_OVERRIDE | (device.config.forwarding != 0 ? NA_FLAG_ROUTER : 0));
        Bytes.i64(b, icmp + 8, address.high);
        Bytes.i64(b, icmp + 16, address.low);
        b[icmp + 24] = OPTION_TARGET_LINK_ADDRESS;
        b[icmp + 25] = 1;
        Bytes.mac(b, icmp + 26, device.device.mac());
        output.sendIcmp(device.device, packet, 0, now);
    }

    /** ndisc_send_rs from the valid link-local address to ff02::2, with the source link-layer address: 70 bytes. */
    void sendRouterSolicitation(final Ipv6Device device, final Ipv6InterfaceAddress source, final long now)
    {
        final Frame packet = message(16, Ipv6Output.ICMPV6_ROUTER_SOLICITATION, source.high, source.low,
            Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_ROUTERS_LOW);
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        b[icmp + 8] = OPTION_SOURCE_LINK_ADDRESS;
        b[icmp + 9] = 1;
        Bytes.mac(b, icmp + 10, device.device.mac());
        output.sendIcmp(device.device, packet, 0, now);
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
