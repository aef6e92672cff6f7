package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.core.wire.NdiscOptionsView;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.Neighbour;

/**
 * Neighbour discovery (RFC 4861, net/ipv6/ndisc.c) on one namespace's devices. Sent: the solicitation a neighbour
 * entry's resolution or probe asks for (ndisc_solicit), the duplicate address detection solicitation from :: with
 * its nonce (RFC 7527), the advertisements that answer solicitations, the router solicitation. Received: a
 * solicitation for one of our addresses (its sender learnt STALE, a solicited advertisement back), an
 * advertisement (an existing entry updated, or our tentative address failed), a router solicitation on a router
 * (the host learnt STALE). Messages with a hop limit other than 255, a code, a multicast target or malformed
 * options are dropped, as ndisc_rcv and ndisc_parse_options drop them.
 */
final class Ndisc
{
    private static final int HOP_LIMIT = 255;
    private static final int MESSAGE_LENGTH = 24;
    private static final int ROUTER_SOLICITATION_LENGTH = 8;
    private static final int OPTION_SOURCE_LINK_ADDRESS = NdiscOptionsView.TYPE_SOURCE_LINK_ADDRESS;
    private static final int OPTION_TARGET_LINK_ADDRESS = NdiscOptionsView.TYPE_TARGET_LINK_ADDRESS;
    private static final int OPTION_NONCE = NdiscOptionsView.TYPE_NONCE;
    private static final int NA_FLAG_ROUTER = 0x8000_0000;
    private static final int NA_FLAG_SOLICITED = 0x4000_0000;
    private static final int NA_FLAG_OVERRIDE = 0x2000_0000;

    private final Ipv6Namespace namespace;
    private final Ipv6Output output;
    private Ipv6View ipField;
    /** What the last {@link #parseOptions} found, made at the first message received. */
    private NdiscOptionsView options;

    Ndisc(final Ipv6Namespace namespace, final Ipv6Output output)
    {
        this.namespace = namespace;
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

    private static void linkAddressOption(final byte[] b, final int at, final int type, final long mac)
    {
        b[at] = (byte) type;
        b[at + 1] = 1;
        Bytes.mac(b, at + 2, mac);
    }

    /** ndisc_send_ns from :: to the target's solicited-node group (addrconf_dad_work): 86 bytes with the nonce. */
    void sendDadSolicitation(final Ipv6Device device, final Ipv6InterfaceAddress target, final long now)
    {
        final int length = MESSAGE_LENGTH + (target.dadNonce != 0 ? 8 : 0);
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
     * ndisc_solicit: a solicitation for the entry's address, from the waiting packet's source when that is a valid
     * address of the device, else from the device's link-local address (none yet: nothing is sent); multicast to
     * the solicited-node group while resolving, unicast to the known address when probing; with the source
     * link-layer address option.
     */
    void solicit(final Ipv6Device idev, final Neighbour neighbour, final boolean unicast, final long now)
    {
        long sourceHigh;
        long sourceLow;
        final Frame waiting = neighbour.newestQueued();
        final Ipv6InterfaceAddress waitingSource = waiting == null ? null : idev.find(
            ip().wrap(waiting.buffer(), waiting.offset()).sourceHigh(), ip().sourceLow());
        if (waitingSource != null && !waitingSource.isTentative()
            && (waitingSource.flags & Ipv6InterfaceAddress.FLAG_OPTIMISTIC) == 0)
        {
            sourceHigh = waitingSource.high;
            sourceLow = waitingSource.low;
        }
        else
        {
            final Ipv6InterfaceAddress linkLocal = idev.linkLocalSource();
            if (linkLocal == null)
            {
                return;
            }
            sourceHigh = linkLocal.high;
            sourceLow = linkLocal.low;
        }
        final long targetHigh = neighbour.keyHigh();
        final long targetLow = neighbour.keyLow();
        final Frame packet = message(MESSAGE_LENGTH + 8, Ipv6Output.ICMPV6_NEIGHBOUR_SOLICITATION, sourceHigh,
            sourceLow, unicast ? targetHigh : Ipv6Address.LINK_MULTICAST_HIGH,
            unicast ? targetLow : Ipv6Address.solicitedNodeLow(targetLow));
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        Bytes.i64(b, icmp + 8, targetHigh);
        Bytes.i64(b, icmp + 16, targetLow);
        linkAddressOption(b, icmp + MESSAGE_LENGTH, OPTION_SOURCE_LINK_ADDRESS, idev.device.mac());
        if (unicast)
        {
            output.sendIcmpTo(idev.device, packet, neighbour.mac(), now);
        }
        else
        {
            output.sendIcmp(idev.device, packet, 0, now);
        }
    }

    /**
     * ndisc_send_na to ff02::1 from the address itself, override set, with the target link-layer address: what a
     * holder of an address answers a DAD solicitation for it with.
     */
    void sendDadAdvertisement(final Ipv6Device device, final Ipv6InterfaceAddress address, final long now)
    {
        final Frame packet = message(MESSAGE_LENGTH + 8, Ipv6Output.ICMPV6_NEIGHBOUR_ADVERTISEMENT, address.high,
            address.low, Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_NODES_LOW);
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        Bytes.i32(b, icmp + 4, NA_FLAG_OVERRIDE | (device.config.forwarding != 0 ? NA_FLAG_ROUTER : 0));
        Bytes.i64(b, icmp + 8, address.high);
        Bytes.i64(b, icmp + 16, address.low);
        linkAddressOption(b, icmp + MESSAGE_LENGTH, OPTION_TARGET_LINK_ADDRESS, device.device.mac());
        output.sendIcmp(device.device, packet, 0, now);
    }

    /** ndisc_send_rs from the valid link-local address to ff02::2, with the source link-layer address: 70 bytes. */
    void sendRouterSolicitation(final Ipv6Device device, final Ipv6InterfaceAddress source, final long now)
    {
        final Frame packet = message(16, Ipv6Output.ICMPV6_ROUTER_SOLICITATION, source.high, source.low,
            Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_ROUTERS_LOW);
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        linkAddressOption(b, icmp + 8, OPTION_SOURCE_LINK_ADDRESS, device.device.mac());
        output.sendIcmp(device.device, packet, 0, now);
    }

    /**
     * ndisc_rcv: a neighbour discovery message (checksum verified) that arrived on {@code device}; anything else of
     * ICMPv6's informational kinds that nslab does not answer (MLD from others) is ignored. Not taken over.
     */
    void receive(final NetDevice device, final Frame packet, final long now)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        final int icmpLength = packet.length() - Ipv6View.HEADER_LENGTH;
        final int type = Bytes.u8(b, icmp);
        if (idev == null || type != Ipv6Output.ICMPV6_NEIGHBOUR_SOLICITATION
            && type != Ipv6Output.ICMPV6_NEIGHBOUR_ADVERTISEMENT && type != Ipv6Output.ICMPV6_ROUTER_SOLICITATION)
        {
            return;
        }
        final Ipv6View ip = ip().wrap(b, packet.offset());
        if (ip.hopLimit() != HOP_LIMIT || Bytes.u8(b, icmp + 1) != 0)
        {
            return;
        }
        if (type == Ipv6Output.ICMPV6_ROUTER_SOLICITATION)
        {
            receiveRouterSolicitation(idev, b, icmp, icmpLength, now);
            return;
        }
        if (icmpLength < MESSAGE_LENGTH || Ipv6Address.isMulticast(Bytes.i64(b, icmp + 8)))
        {
            return;
        }
        if (!parseOptions(b, icmp + MESSAGE_LENGTH, icmp + icmpLength,
            type == Ipv6Output.ICMPV6_NEIGHBOUR_SOLICITATION ? OPTION_SOURCE_LINK_ADDRESS
                : OPTION_TARGET_LINK_ADDRESS))
        {
            return;
        }
        if (type == Ipv6Output.ICMPV6_NEIGHBOUR_SOLICITATION)
        {
            receiveSolicitation(idev, b, icmp, now);
        }
        else
        {
            receiveAdvertisement(idev, b, icmp, now);
        }
    }

    /**
     * ndisc_recv_ns. From :: (DAD): our own looped nonce is ignored; another node testing an address we test too
     * fails ours; one we hold already is defended with an advertisement to all nodes. From a node: for an address
     * of ours that DAD passed, the sender is learnt STALE (made for a unicast solicitation, or a multicast one with
     * its link-layer address) and gets a solicited advertisement, overriding and with our link-layer address when
     * the solicitation was multicast.
     */
    private void receiveSolicitation(final Ipv6Device idev, final byte[] b, final int icmp, final long now)
    {
        final Ipv6View ip = ip();
        final long sourceHigh = ip.sourceHigh();
        final long sourceLow = ip.sourceLow();
        final boolean dad = Ipv6Address.isUnspecified(sourceHigh, sourceLow);
        final boolean multicast = Ipv6Address.isMulticast(ip.destinationHigh());
        if (dad && (!multicast || options.hasLinkAddress()))
        {
            return;
        }
        final Ipv6InterfaceAddress target = idev.find(Bytes.i64(b, icmp + 8), Bytes.i64(b, icmp + 16));
        if (target == null)
        {
            return;
        }
        if (target.isTentative())
        {
            if (dad && !(options.nonce() != 0 && options.nonce() == target.dadNonce))
            {
                namespace.addrconf().dadFailure(idev, target, now);
            }
            return;
        }
        if (dad)
        {
            sendDadAdvertisement(idev, target, now);
            return;
        }
        if (!options.hasLinkAddress())
        {
            // A unicast solicitation without the option would leave an entry still unresolved; every Linux
            // solicitation carries it, so nslab answers only those that do.
            return;
        }
        idev.neighbours().learnFromRequest(sourceHigh, sourceLow, options.linkAddress(), now);
        sendSolicitedAdvertisement(idev, target, sourceHigh, sourceLow, multicast, now);
    }

    /**
     * ndisc_send_na answering a solicitation: from the target, to the solicitation's source through the device's
     * neighbour table without a route lookup (icmp6_dst_alloc; the entry just learnt goes to DELAY), router flag when
     * forwarding, solicited; override and the target link-layer address only for a multicast solicitation.
     */
    private void sendSolicitedAdvertisement(final Ipv6Device idev, final Ipv6InterfaceAddress target,
        final long toHigh, final long toLow, final boolean multicastSolicitation, final long now)
    {
        final int length = MESSAGE_LENGTH + (multicastSolicitation ? 8 : 0);
        final Frame packet = message(length, Ipv6Output.ICMPV6_NEIGHBOUR_ADVERTISEMENT, target.high, target.low,
            toHigh, toLow);
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        Bytes.i32(b, icmp + 4, NA_FLAG_SOLICITED | (multicastSolicitation ? NA_FLAG_OVERRIDE : 0)
            | (idev.config.forwarding != 0 ? NA_FLAG_ROUTER : 0));
        Bytes.i64(b, icmp + 8, target.high);
        Bytes.i64(b, icmp + 16, target.low);
        if (multicastSolicitation)
        {
            linkAddressOption(b, icmp + MESSAGE_LENGTH, OPTION_TARGET_LINK_ADDRESS, idev.device.mac());
        }
        output.sendToNeighbour(idev, packet, toHigh, toLow, now);
    }

    /**
     * ndisc_recv_na: a solicited advertisement to a multicast address is invalid; one for our tentative address
     * fails DAD, one for another of our addresses is ignored; otherwise an existing entry learns from it.
     */
    private void receiveAdvertisement(final Ipv6Device idev, final byte[] b, final int icmp, final long now)
    {
        final int flags = Bytes.i32(b, icmp + 4);
        final boolean solicited = (flags & NA_FLAG_SOLICITED) != 0;
        if (solicited && Ipv6Address.isMulticast(ip().destinationHigh()))
        {
            return;
        }
        final long targetHigh = Bytes.i64(b, icmp + 8);
        final long targetLow = Bytes.i64(b, icmp + 16);
        final Ipv6InterfaceAddress ours = idev.find(targetHigh, targetLow);
        if (ours != null)
        {
            if (ours.isTentative())
            {
                namespace.addrconf().dadFailure(idev, ours, now);
            }
            return;
        }
        idev.neighbours().learnFromNeighbourAdvertisement(targetHigh, targetLow, options.hasLinkAddress(),
            options.linkAddress(),
            solicited, (flags & NA_FLAG_OVERRIDE) != 0, (flags & NA_FLAG_ROUTER) != 0, now);
    }

    /** ndisc_recv_rs: only a router listens; a host with a source address and link-layer address is learnt STALE. */
    private void receiveRouterSolicitation(final Ipv6Device idev, final byte[] b, final int icmp, final int length,
        final long now)
    {
        if (length < ROUTER_SOLICITATION_LENGTH || idev.config.forwarding == 0)
        {
            return;
        }
        final long sourceHigh = ip().sourceHigh();
        final long sourceLow = ip().sourceLow();
        if (Ipv6Address.isUnspecified(sourceHigh, sourceLow)
            || !parseOptions(b, icmp + ROUTER_SOLICITATION_LENGTH, icmp + length, OPTION_SOURCE_LINK_ADDRESS)
            || !options.hasLinkAddress())
        {
            return;
        }
        idev.neighbours().learnFromRouterSolicitation(sourceHigh, sourceLow, options.linkAddress(), now);
    }

    /**
     * ndisc_parse_options, then ndisc_opt_addr_data's length check of the link-layer address option.
     *
     * @return false when the message is to be dropped.
     */
    private boolean parseOptions(final byte[] b, final int from, final int end, final int linkAddressType)
    {
        if (options == null)
        {
            options = new NdiscOptionsView();
        }
        return options.read(b, from, end, linkAddressType) && !options.linkAddressLengthWrong();
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
