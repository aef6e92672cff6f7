package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.link.NetDevice;

/**
 * ICMPv6 (RFC 4443, net/ipv6/icmp.c) in one namespace: echo requests answered (icmpv6_echo_reply), echo replies and
 * errors handed to the raw ICMPv6 sockets (rawv6_rcv, and raw6_icmp_error into the error queue of a socket that
 * asked for IPV6_RECVERR), neighbour discovery passed to {@link Ndisc}, and the errors this host sends about a
 * packet (icmp6_send, rate limited per destination): address unreachable when neighbour discovery fails, and
 * what the forwarding path sends (no route, prohibited, beyond scope, hop limit exceeded).
 */
final class Icmpv6
{
    static final int TYPE_DESTINATION_UNREACHABLE = 1;
    static final int TYPE_PACKET_TOO_BIG = 2;
    static final int TYPE_TIME_EXCEEDED = 3;
    static final int TYPE_PARAMETER_PROBLEM = 4;
    static final int TYPE_ECHO_REQUEST = 128;
    static final int TYPE_ECHO_REPLY = 129;
    static final int CODE_ADDRESS_UNREACHABLE = 3;
    static final int HEADER_LENGTH = 8;
    /** IPV6_MIN_MTU: an error quotes as much of the offending packet as fits in 1280 bytes. */
    private static final int MAX_ERROR_PACKET = Ipv6Device.MIN_MTU;
    /** net.ipv6.icmp.ratelimit, in ms. */
    private static final long RATELIMIT_MS = 1000;
    private static final int XRLIM_BURST_FACTOR = 6;

    private final Ipv6Namespace namespace;
    private static final RawIcmpv6Endpoint[] NO_SOCKETS = new RawIcmpv6Endpoint[0];

    private RawIcmpv6Endpoint[] sockets = NO_SOCKETS;
    private Ipv6View ipField;
    private Ipv6View innerField;
    /** rate_tokens and rate_last (jiffies) per peer, made when the first error is limited. */
    private java.util.Map<Peer, long[]> peers;

    Icmpv6(final Ipv6Namespace namespace)
    {
        this.namespace = namespace;
    }

    void open(final RawIcmpv6Endpoint socket)
    {
        final RawIcmpv6Endpoint[] grown = java.util.Arrays.copyOf(sockets, sockets.length + 1);
        grown[sockets.length] = socket;
        sockets = grown;
    }

    void close(final RawIcmpv6Endpoint socket)
    {
        for (int i = 0; i < sockets.length; i++)
        {
            if (sockets[i] == socket)
            {
                final RawIcmpv6Endpoint[] shrunk = new RawIcmpv6Endpoint[sockets.length - 1];
                System.arraycopy(sockets, 0, shrunk, 0, i);
                System.arraycopy(sockets, i + 1, shrunk, i, sockets.length - i - 1);
                sockets = shrunk;
                return;
            }
        }
    }

    /**
     * icmpv6_rcv for a packet whose checksum was verified: {@code packet} is at its IPv6 header and is not taken
     * over (the caller releases it unless this returns true).
     *
     * @param device       the device it arrived on.
     * @param inputIfindex inet6_iif: the device it counts as received on (for one looped through lo, the device of
     *                     the address it is for).
     * @return true when the packet was taken over (reused for the reply).
     */
    boolean receive(final NetDevice device, final Frame packet, final int inputIfindex, final long now)
    {
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        final int type = Bytes.u8(b, icmp);
        switch (type)
        {
            case TYPE_ECHO_REQUEST ->
            {
                return echoReply(packet, inputIfindex, now);
            }
            case TYPE_ECHO_REPLY ->
            {
                for (final RawIcmpv6Endpoint socket : sockets)
                {
                    socket.deliverEchoReply(packet, inputIfindex, now);
                }
            }
            case TYPE_DESTINATION_UNREACHABLE, TYPE_PACKET_TOO_BIG, TYPE_TIME_EXCEEDED, TYPE_PARAMETER_PROBLEM ->
                notifySockets(packet, inputIfindex, now);
            default -> namespace.ndisc().receive(device, packet, now);
        }
        return false;
    }

    /**
     * icmpv6_notify, then raw6_icmp_error: an error about an ICMPv6 packet of ours reaches every raw ICMPv6 socket
     * (their error queues); an error quoting anything else has no socket here to tell.
     */
    private void notifySockets(final Frame packet, final int inputIfindex, final long now)
    {
        final byte[] b = packet.buffer();
        final int icmpLength = packet.length() - Ipv6View.HEADER_LENGTH;
        if (icmpLength < HEADER_LENGTH + Ipv6View.HEADER_LENGTH)
        {
            return;
        }
        final int inner = packet.offset() + Ipv6View.HEADER_LENGTH + HEADER_LENGTH;
        if (quotedUpperLayer(b, inner, packet.end()) != Ipv6View.NEXT_HEADER_ICMPV6)
        {
            // ipv6_skip_exthdr stops at a later fragment: no upper layer (and no socket) to tell.
            return;
        }
        final Ipv6View quoted = inner().wrap(b, inner);
        final int type = Bytes.u8(b, packet.offset() + Ipv6View.HEADER_LENGTH);
        if (type == TYPE_PACKET_TOO_BIG)
        {
            // icmpv6_err's ip6_update_pmtu, toward the quoted packet's destination.
            final long destinationHigh = quoted.destinationHigh();
            final long destinationLow = quoted.destinationLow();
            final Ipv6Route route = namespace.routeOutput(destinationHigh, destinationLow, null);
            if (route != null && route.isUsable())
            {
                namespace.pathMtu().learn(destinationHigh, destinationLow,
                    Bytes.i32(b, packet.offset() + Ipv6View.HEADER_LENGTH + 4), route.device.mtu(), now);
            }
        }
        final int quotedIcmp = quotedUpperLayerOffset(b, inner);
        if (quotedIcmp + HEADER_LENGTH > packet.end())
        {
            return;
        }
        for (final RawIcmpv6Endpoint socket : sockets)
        {
            socket.deliverError(packet, quotedIcmp, inputIfindex, now);
        }
    }

    /**
     * @return the upper layer of a quoted packet: its next header, or past a first fragment's header the next
     *         one; -1 for a later fragment or one cut short.
     */
    static int quotedUpperLayer(final byte[] b, final int inner, final int end)
    {
        final int nextHeader = Bytes.u8(b, inner + Ipv6View.NEXT_HEADER_OFFSET);
        if (nextHeader != Ipv6View.NEXT_HEADER_FRAGMENT)
        {
            return nextHeader;
        }
        final int fragment = inner + Ipv6View.HEADER_LENGTH;
        if (fragment + Ipv6View.FRAGMENT_HEADER_LENGTH > end || (Bytes.u16(b, fragment + 2) & 0xFFF8) != 0)
        {
            return -1;
        }
        return Bytes.u8(b, fragment);
    }

    /** @return where the quoted packet's upper-layer header starts (past a first fragment's header). */
    static int quotedUpperLayerOffset(final byte[] b, final int inner)
    {
        return inner + Ipv6View.HEADER_LENGTH
            + (Bytes.u8(b, inner + Ipv6View.NEXT_HEADER_OFFSET) == Ipv6View.NEXT_HEADER_FRAGMENT
                ? Ipv6View.FRAGMENT_HEADER_LENGTH : 0);
    }

    /**
     * icmpv6_echo_reply: the request becomes the reply in place, from the address it was sent to when that is one
     * of ours (else the source the kernel picks), back to its sender with the device's hop limit.
     */
    private boolean echoReply(final Frame packet, final int inputIfindex, final long now)
    {
        final Ipv6View ip = ip().wrap(packet.buffer(), packet.offset());
        final long toHigh = ip.sourceHigh();
        final long toLow = ip.sourceLow();
        if (Ipv6Address.isMulticast(toHigh) || Ipv6Address.isUnspecified(toHigh, toLow))
        {
            return false;
        }
        long fromHigh = ip.destinationHigh();
        long fromLow = ip.destinationLow();
        final boolean scoped = Ipv6Address.needsScope(toHigh);
        final NetDevice inputDevice = scoped || Ipv6Address.isMulticast(fromHigh)
            ? namespace.deviceByIndex(inputIfindex) : null;
        if (Ipv6Address.isMulticast(fromHigh))
        {
            if (!namespace.chooseSource(inputDevice, toHigh, toLow, source()))
            {
                return false;
            }
            fromHigh = source()[0];
            fromLow = source()[1];
        }
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        b[icmp] = (byte) TYPE_ECHO_REPLY;
        // RFC 1624: only the type word changed (the pseudo-header's sum is the same with the addresses swapped),
        // unless the source did, which only a multicast request's reply has.
        final boolean sourceChanged = Ipv6Address.isMulticast(ip.destinationHigh());
        ip.source(fromHigh, fromLow).destination(toHigh, toLow);
        if (sourceChanged)
        {
            namespace.output().fillIcmpChecksum(packet, 0);
        }
        else
        {
            final int checksum = Bytes.u16(b, icmp + 2);
            int sum = (~checksum & 0xFFFF) + (~(TYPE_ECHO_REQUEST << 8) & 0xFFFF) + (TYPE_ECHO_REPLY << 8);
            sum = (sum & 0xFFFF) + (sum >>> 16);
            sum = (sum & 0xFFFF) + (sum >>> 16);
            Bytes.u16(b, icmp + 2, ~sum & 0xFFFF);
        }
        namespace.output().sendLocal(packet, scoped ? inputDevice : null, now);
        return true;
    }

    /**
     * ip6_link_failure's icmpv6_send(ICMPV6_DEST_UNREACH, ICMPV6_ADDR_UNREACH): the packet that waited for a
     * neighbour that never answered goes back to its sender, quoted (taken over, released here).
     */
    void addressUnreachable(final NetDevice device, final Frame packet, final long now)
    {
        try
        {
            sendError(packet, TYPE_DESTINATION_UNREACHABLE, CODE_ADDRESS_UNREACHABLE, 0, device, now);
        }
        finally
        {
            packet.release();
        }
    }

    /**
     * icmp6_send about {@code offending} (at its IPv6 header; not taken over): not about an ICMPv6 error, nor to a
     * source that names no single node; from the offending packet's destination when that is ours and usable
     * (not tentative), else the source the kernel picks; within the rate limit; as much of the packet quoted as
     * fits in the minimum MTU.
     *
     * @param device the device the offending packet came in by (or was to leave by): the scope of a link-local
     *               sender.
     */
    void sendError(final Frame offending, final int type, final int code, final int info, final NetDevice device,
        final long now)
    {
        final byte[] ob = offending.buffer();
        final int offset = offending.offset();
        final Ipv6View original = inner().wrap(ob, offset);
        final long toHigh = original.sourceHigh();
        final long toLow = original.sourceLow();
        if (Ipv6Address.isMulticast(original.destinationHigh()) && type != TYPE_PACKET_TOO_BIG
            || Ipv6Address.isMulticast(toHigh) || Ipv6Address.isUnspecified(toHigh, toLow) || isError(offending))
        {
            return;
        }
        long fromHigh = original.destinationHigh();
        long fromLow = original.destinationLow();
        final NetDevice oif = Ipv6Address.needsScope(toHigh) ? device : null;
        final Ipv6Route back = namespace.routeOutput(toHigh, toLow, oif);
        if (back == null || !back.isUsable())
        {
            return;
        }
        if (!rateAllows(type, back, toHigh, toLow, now))
        {
            namespace.stats().icmpOutRateLimited++;
            return;
        }
        // ipv6_chk_addr: a destination of ours still tentative is not taken as the error's source.
        if (!namespace.isUsableLocalAddress(fromHigh, fromLow))
        {
            if (!namespace.chooseSource(back.device, toHigh, toLow, source()))
            {
                return;
            }
            fromHigh = source()[0];
            fromLow = source()[1];
        }
        final int quoted = Math.min(offending.length(), MAX_ERROR_PACKET - Ipv6View.HEADER_LENGTH - HEADER_LENGTH);
        final Frame error = namespace.output().packet(HEADER_LENGTH + quoted);
        final byte[] b = error.buffer();
        final int icmp = error.offset() + Ipv6View.HEADER_LENGTH;
        ip().wrap(b, error.offset()).nextHeader(Ipv6View.NEXT_HEADER_ICMPV6).source(fromHigh, fromLow)
            .destination(toHigh, toLow);
        b[icmp] = (byte) type;
        b[icmp + 1] = (byte) code;
        Bytes.i32(b, icmp + 4, info);
        System.arraycopy(ob, offset, b, icmp + HEADER_LENGTH, quoted);
        namespace.output().fillIcmpChecksum(error, 0);
        namespace.stats().icmpOutErrors++;
        namespace.output().sendLocal(error, oif, now);
    }

    /**
     * icmpv6_xrlim_allow: packet too big is never limited, nor anything to this host (a route through lo);
     * others share a token bucket per destination (inet_peer_xrlim_allow, burst 6) whose cost is
     * net.ipv6.icmp.ratelimit, divided by 2 for every 32 bits the route's prefix is shorter than 128 ("more
     * bandwidth to wider prefixes": a /64 costs a quarter).
     */
    private boolean rateAllows(final int type, final Ipv6Route back, final long toHigh, final long toLow,
        final long now)
    {
        if (type == TYPE_PACKET_TOO_BIG || back.type == Ipv6Route.Type.LOCAL)
        {
            return true;
        }
        final long timeout = KernelTimers.toJiffies(RATELIMIT_MS * 1_000_000L) >> ((128 - back.prefixLength) >> 5);
        if (peers == null)
        {
            peers = new java.util.HashMap<>();
        }
        final long jiffies = namespace.jiffies(now);
        // inet_getpeer: a new peer's rate_last lies 60 s back, so that its first burst is allowed.
        final long[] bucket = peers.computeIfAbsent(new Peer(toHigh, toLow),
            peer -> new long[] {0, jiffies - 60L * KernelTimers.HZ});
        long tokens = bucket[0] + (jiffies - bucket[1]);
        bucket[1] = jiffies;
        if (tokens > XRLIM_BURST_FACTOR * timeout)
        {
            tokens = XRLIM_BURST_FACTOR * timeout;
        }
        boolean allowed = false;
        if (tokens >= timeout)
        {
            tokens -= timeout;
            allowed = true;
        }
        bucket[0] = tokens;
        return allowed;
    }

    /** An inet_peer of the IPv6 base: the address errors are limited for. */
    private record Peer(long high, long low)
    {
    }

    /** @return true when the packet is itself an ICMPv6 error (is_ineligible: never answered with another). */
    private boolean isError(final Frame packet)
    {
        final Ipv6View ip = inner().wrap(packet.buffer(), packet.offset());
        if (ip.nextHeader() != Ipv6View.NEXT_HEADER_ICMPV6 || packet.length() < Ipv6View.HEADER_LENGTH + 1)
        {
            return false;
        }
        return Bytes.u8(packet.buffer(), packet.offset() + Ipv6View.HEADER_LENGTH) < TYPE_ECHO_REQUEST;
    }

    /** @return the scratch for a chosen source address. */
    private long[] source()
    {
        return namespace.traffic().source;
    }

    private Ipv6View ip()
    {
        if (ipField == null)
        {
            ipField = new Ipv6View();
        }
        return ipField;
    }

    private Ipv6View inner()
    {
        if (innerField == null)
        {
            innerField = new Ipv6View();
        }
        return innerField;
    }
}
