package dev.nslab.stack.ipv6;

import java.util.Arrays;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.link.LinkLayer;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.sock.SendStatus;
import dev.nslab.stack.sock.SocketSendBuffer;

/**
 * IPv6 out of one namespace: the packets the kernel's own protocols make for a link (MLD reports, neighbour and
 * router solicitations and advertisements, to the Ethernet multicast address their group maps to), and packets
 * routed from here (ip6_local_out): echo replies, ICMPv6 errors and what sockets send, through lo to one of our
 * addresses, to a multicast group, or to the next hop's neighbour. The ICMPv6 checksum is filled in over the
 * pseudo-header, as the kernel does for its own messages and for a raw socket with IPV6_CHECKSUM.
 */
final class Ipv6Output
{
    /** ICMPv6 message types (RFC 4443, 4861, 3810). */
    static final int ICMPV6_ROUTER_SOLICITATION = 133;
    static final int ICMPV6_NEIGHBOUR_SOLICITATION = 135;
    static final int ICMPV6_NEIGHBOUR_ADVERTISEMENT = 136;
    static final int ICMPV6_MLDV2_REPORT = 143;
    /** IPV6_MAXPLEN: the largest payload without a jumbogram option. */
    private static final int MAX_PAYLOAD = 0xFFFF;

    private final Ipv6Namespace namespace;
    private final Machine machine;
    private final LinkLayer linkLayer;
    private Ipv6View ipField;
    /** The MTU of the last {@link SendStatus#MESSAGE_TOO_LONG}: the ee_info of its local error. */
    private int localErrorMtu;


    Ipv6Output(final Ipv6Namespace namespace, final Machine machine, final LinkLayer linkLayer)
    {
        this.namespace = namespace;
        this.machine = machine;
        this.linkLayer = linkLayer;
    }

    /** @return an empty report to add records to and send. */
    MldReport mldReport()
    {
        return new MldReport(this);
    }

    /**
     * @return a frame holding an IPv6 header for {@code payloadLength} bytes (hop limit, next header and addresses
     *         to be written), positioned at that header.
     */
    Frame packet(final int payloadLength)
    {
        final Frame frame = machine.pool().acquire().reset(Ipv6View.HEADER_LENGTH + payloadLength);
        final byte[] b = frame.buffer();
        Arrays.fill(b, frame.offset(), frame.end(), (byte) 0);
        ip().wrap(b, frame.offset()).versionClassFlow().payloadLength(payloadLength);
        return frame;
    }

    /**
     * Fills in the ICMPv6 checksum of a packet made by {@link #packet} whose ICMPv6 message starts
     * {@code icmpOffset} bytes after the IPv6 header, and sends it to the multicast address it is for.
     */
    void sendIcmp(final NetDevice device, final Frame packet, final int icmpOffset, final long now)
    {
        fillIcmpChecksum(packet, icmpOffset);
        final Ipv6View ip = ip().wrap(packet.buffer(), packet.offset());
        sendMulticast(device, packet, ip.destinationHigh(), ip.destinationLow(), now);
    }

    /**
     * ip6_finish_output2 to a multicast group: through the group's neighbour entry, made NOARP the first time (as
     * {@code ip -6 neigh show nud all} lists them); a full table drops the packet.
     */
    private void sendMulticast(final NetDevice device, final Frame packet, final long destinationHigh,
        final long destinationLow, final long now)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev != null && !idev.neighbours().ensureNoArp(destinationHigh, destinationLow, now))
        {
            namespace.stats().outNoRoutes++;
            packet.release();
            return;
        }
        linkLayer.send(device, packet, Ipv6Address.multicastMac(destinationLow), EthernetView.ETHERTYPE_IPV6, now);
    }

    /**
     * Sends a packet to a neighbour's link-layer address on {@code device} (the ICMPv6 checksum filled in): a
     * unicast neighbour solicitation to the entry it probes.
     */
    void sendIcmpTo(final NetDevice device, final Frame packet, final long mac, final long now)
    {
        fillIcmpChecksum(packet, 0);
        linkLayer.send(device, packet, mac, EthernetView.ETHERTYPE_IPV6, now);
    }

    /**
     * ndisc_send_skb of a unicast message: straight to the destination's neighbour entry on the device (the ICMPv6
     * checksum filled in), with no route lookup.
     */
    void sendToNeighbour(final Ipv6Device idev, final Frame packet, final long destinationHigh,
        final long destinationLow, final long now)
    {
        fillIcmpChecksum(packet, 0);
        idev.neighbours().output(packet, destinationHigh, destinationLow, now);
    }

    /**
     * Fills in the ICMPv6 checksum over the pseudo-header; the packet is then known right (CHECKSUM_PARTIAL): a
     * simulated receiver takes it as is.
     */
    void fillIcmpChecksum(final Frame packet, final int icmpOffset)
    {
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH + icmpOffset;
        final int icmpLength = packet.length() - Ipv6View.HEADER_LENGTH - icmpOffset;
        ip().wrap(b, packet.offset());
        Bytes.u16(b, icmp + 2, 0);
        Bytes.u16(b, icmp + 2, ip().upperLayerChecksum(icmp, icmpLength, Ipv6View.NEXT_HEADER_ICMPV6));
        packet.checksumUnnecessary = true;
    }


    /**
     * rawv6_sendmsg for ping's socket: the route (out of {@code oif} when given), the source the kernel picks
     * unless one is bound, ip6_append_data's limits, the header with the hop limit, and the send.
     *
     * @param hopLimit IPV6_UNICAST_HOPS, or -1 for the device's {@code net.ipv6.conf.DEV.hop_limit}.
     * @param trafficClass IPV6_TCLASS (0 to 255), which an echo reply reflects.
     * @return what sendmsg returned; the message is sent or released either way.
     */
    SendStatus sendFromSocket(final Frame message, final long destinationHigh, final long destinationLow,
        final NetDevice oif, final boolean hasSource, final long sourceHigh, final long sourceLow, final int hopLimit,
        final int trafficClass, final boolean dontFragment, final SocketSendBuffer sendBuffer, final long now)
    {
        final Ipv6Route route = namespace.routeOutput(destinationHigh, destinationLow, oif);
        if (route == null || !route.isUsable())
        {
            namespace.stats().outNoRoutes++;
            message.release();
            return SendStatus.NO_ROUTE;
        }
        long fromHigh = sourceHigh;
        long fromLow = sourceLow;
        if (!hasSource)
        {
            final long[] source = namespace.traffic().source;
            if (!namespace.chooseSource(route.device, destinationHigh, destinationLow, source))
            {
                message.release();
                return SendStatus.NO_ROUTE;
            }
            fromHigh = source[0];
            fromLow = source[1];
        }
        final NetDevice out = outputDevice(route);
        final int mtu = namespace.pathMtu(destinationHigh, destinationLow, out.mtu(), now);
        final int totalLength = message.length() + Ipv6View.HEADER_LENGTH;
        // ip6_append_data: nothing past IPV6_MAXPLEN, and under IPV6_PMTUDISC_DO nothing past the path MTU; the
        // local error reports that MTU.
        if (message.length() > MAX_PAYLOAD || dontFragment && totalLength > mtu)
        {
            localErrorMtu = mtu;
            message.release();
            return SendStatus.MESSAGE_TOO_LONG;
        }
        if (sendBuffer != null)
        {
            if (!sendBuffer.admits(totalLength, Ipv6View.HEADER_LENGTH, mtu))
            {
                message.release();
                return SendStatus.NO_BUFFER_SPACE;
            }
            sendBuffer.charge(message, totalLength);
        }
        final int payloadLength = message.length();
        final int offset = message.push(Ipv6View.HEADER_LENGTH);
        final Ipv6Device idev = Ipv6Device.of(out);
        final int hops = hopLimit >= 0 ? hopLimit : idev != null ? idev.config.hopLimit : 64;
        ip().wrap(message.buffer(), offset).versionClassFlow(trafficClass).payloadLength(payloadLength)
            .nextHeader(Ipv6View.NEXT_HEADER_ICMPV6).hopLimit(hops).source(fromHigh, fromLow)
            .destination(destinationHigh, destinationLow);
        fillIcmpChecksum(message, 0);
        linkLayer.clearTransmitDropped();
        if (Ipv6Address.isMulticast(destinationHigh))
        {
            loopMulticast(message, route, destinationHigh, destinationLow, now);
        }
        if (totalLength > mtu)
        {
            fragment(message, route, mtu, now);
        }
        else
        {
            transmit(message, route, destinationHigh, destinationLow, now);
        }
        return linkLayer.transmitDropped() ? SendStatus.NO_BUFFER_SPACE : SendStatus.SENT;
    }

    /**
     * ip6_finish_output's multicast loop for a socket (IPV6_MULTICAST_LOOP is on by default): when the device has
     * joined the group, a copy is received on the device itself (dev_loopback_xmit), uncounted by it, so that this
     * host answers its own ping of a group too.
     */
    private void loopMulticast(final Frame packet, final Ipv6Route route, final long destinationHigh,
        final long destinationLow, final long now)
    {
        final NetDevice device = route.device;
        final Ipv6Device idev = Ipv6Device.of(device);
        if (device.isLoopback() || idev == null || !idev.mld.isJoined(destinationHigh, destinationLow))
        {
            return;
        }
        final Frame copy = machine.pool().acquireCopy(packet.buffer(), packet.offset(), packet.length());
        copy.checksumUnnecessary = true;
        namespace.input().receive(device, copy, false, now);
    }

    /**
     * Fragmentation at the source (ip6_fragment, RFC 8200 4.5): pieces of (MTU - 48) bytes rounded down to 8, the
     * last one the rest, each behind a copy of the header and a fragment header with one identification; the
     * whole is done with after. A router never fragments what it forwards (it answers packet too big).
     */
    private void fragment(final Frame packet, final Ipv6Route route, final int mtu, final long now)
    {
        final byte[] b = packet.buffer();
        final int offset = packet.offset();
        final Ipv6View ip = ip().wrap(b, offset);
        final long destinationHigh = ip.destinationHigh();
        final long destinationLow = ip.destinationLow();
        final int nextHeader = ip.nextHeader();
        final int payload = packet.length() - Ipv6View.HEADER_LENGTH;
        final int chunk = (mtu - Ipv6View.HEADER_LENGTH - Ipv6View.FRAGMENT_HEADER_LENGTH) & ~7;
        final int identification = nextIdentification();
        for (int at = 0; at < payload; at += chunk)
        {
            final int length = Math.min(chunk, payload - at);
            final boolean more = at + length < payload;
            final Frame piece = machine.pool().acquire()
                .reset(Ipv6View.HEADER_LENGTH + Ipv6View.FRAGMENT_HEADER_LENGTH + length);
            final byte[] p = piece.buffer();
            final int start = piece.offset();
            System.arraycopy(b, offset, p, start, Ipv6View.HEADER_LENGTH);
            ip().wrap(p, start).payloadLength(Ipv6View.FRAGMENT_HEADER_LENGTH + length)
                .nextHeader(Ipv6View.NEXT_HEADER_FRAGMENT);
            final int fragment = start + Ipv6View.HEADER_LENGTH;
            p[fragment] = (byte) nextHeader;
            p[fragment + 1] = 0;
            Bytes.u16(p, fragment + 2, at | (more ? 1 : 0));
            Bytes.i32(p, fragment + 4, identification);
            System.arraycopy(b, offset + Ipv6View.HEADER_LENGTH + at, p, fragment + Ipv6View.FRAGMENT_HEADER_LENGTH,
                length);
            // A fragment's receiver can check nothing until the whole is back together.
            piece.checksumUnnecessary = false;
            transmit(piece, route, destinationHigh, destinationLow, now);
        }
        packet.release();
    }

    /**
     * ipv6_select_ident draws each identification from a keyed hash; nslab counts from a seeded start, so that a
     * run's captures are the same every time.
     */
    private int nextIdentification()
    {
        final Ipv6Traffic traffic = namespace.traffic();
        if (traffic.identification == 0)
        {
            traffic.identification = machine.addrconfRandom().nextInt() | 1;
        }
        return traffic.identification++;
    }

    /** @return the MTU the last {@link SendStatus#MESSAGE_TOO_LONG} reported. */
    int localErrorMtu()
    {
        return localErrorMtu;
    }

    /**
     * ip6_local_out of a packet the kernel made (an echo reply, an ICMPv6 error; at its IPv6 header, addresses and
     * checksum written, taken over): routed out of {@code oif} when given, with the output device's hop limit, in
     * fragments when it is bigger than the device's MTU (an echo reply to a fragmented request). One with no route
     * is dropped.
     */
    void sendLocal(final Frame packet, final NetDevice oif, final long now)
    {
        final Ipv6View ip = ip().wrap(packet.buffer(), packet.offset());
        final long destinationHigh = ip.destinationHigh();
        final long destinationLow = ip.destinationLow();
        final Ipv6Route route = namespace.routeOutput(destinationHigh, destinationLow, oif);
        if (route == null || !route.isUsable())
        {
            packet.release();
            return;
        }
        final NetDevice out = outputDevice(route);
        final Ipv6Device idev = Ipv6Device.of(out);
        ip.hopLimit(idev != null ? idev.config.hopLimit : 64);
        final int mtu = namespace.pathMtu(destinationHigh, destinationLow, out.mtu(), now);
        if (packet.length() > mtu)
        {
            fragment(packet, route, mtu, now);
            return;
        }
        transmit(packet, route, destinationHigh, destinationLow, now);
    }

    /** ip6_forward_finish: a forwarded packet (hop limit already decremented; taken over) to its next hop. */
    void forward(final Frame packet, final Ipv6Route route, final long now)
    {
        final Ipv6View ip = ip().wrap(packet.buffer(), packet.offset());
        transmit(packet, route, ip.destinationHigh(), ip.destinationLow(), now);
    }

    /** @return the device a packet along the route leaves by: lo for one of our addresses. */
    private NetDevice outputDevice(final Ipv6Route route)
    {
        return route.type == Ipv6Route.Type.LOCAL ? namespace.loopback() : route.device;
    }

    /**
     * ip6_finish_output2: through lo to one of our addresses (a packet a down lo cannot take is counted as its
     * TX drop, and the send still succeeds), to a group's multicast address, or to the next hop's neighbour.
     */
    private void transmit(final Frame packet, final Ipv6Route route, final long destinationHigh,
        final long destinationLow, final long now)
    {
        if (route.discards())
        {
            // ip6_pkt_discard_out: the sender is told (this host, through lo), and the packet goes.
            namespace.stats().outNoRoutes++;
            namespace.icmp().sendError(packet, Icmpv6.TYPE_DESTINATION_UNREACHABLE, Ipv6Forwarding.CODE_NO_ROUTE, 0,
                route.device, now);
            packet.release();
            return;
        }
        if (route.type == Ipv6Route.Type.LOCAL)
        {
            final NetDevice loopback = namespace.loopback();
            // the next hop's entry on lo, NOARP with lo's all-zero address (ndisc_constructor), made even when lo
            // is down and its queue then drops the packet
            final Ipv6Device onLoopback = Ipv6Device.of(loopback);
            if (onLoopback != null && !onLoopback.neighbours().ensureNoArp(destinationHigh, destinationLow, now))
            {
                packet.release();
                return;
            }
            if (!loopback.isUp())
            {
                loopback.counters().txDropped++;
                packet.release();
                return;
            }
            // The looped packet keeps its route: it is received as if on the device of the address it is for.
            packet.loopedRouteIfindex = route.device.ifindex();
            linkLayer.send(loopback, packet, 0L, EthernetView.ETHERTYPE_IPV6, now);
        }
        else if (route.type == Ipv6Route.Type.MULTICAST || Ipv6Address.isMulticast(destinationHigh))
        {
            sendMulticast(route.device, packet, destinationHigh, destinationLow, now);
        }
        else
        {
            final Ipv6Device idev = Ipv6Device.of(route.device);
            if (idev == null)
            {
                packet.release();
                return;
            }
            final long nextHopHigh = route.hasGateway ? route.gatewayHigh : destinationHigh;
            final long nextHopLow = route.hasGateway ? route.gatewayLow : destinationLow;
            idev.neighbours().output(packet, nextHopHigh, nextHopLow, now);
        }
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
