package dev.nslab.stack.ipv4;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.EventLoop;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4Fragmenter;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.PacketHandler;
import dev.nslab.stack.netfilter.HookPoint;
import dev.nslab.stack.netfilter.HookVerdict;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourState;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.sock.SendStatus;
import dev.nslab.stack.sock.SocketSendBuffer;

/**
 * IPv4 for one namespace (RFC 791; net/ipv4/ip_input.c, ip_forward.c, ip_output.c): header validation, local
 * delivery with reassembly, forwarding with TTL and ICMP errors, output with routing, fragmentation and neighbour
 * resolution, with the five netfilter hooks where Linux has them. ICMP is {@link Icmp}'s.
 *
 * <p>Every stage returns an {@link Ipv4Verdict}: the frame went on, or it ends here, counted by its named reason and
 * freed in one place ({@link #settle}); nothing here throws on bad input. Frames travel as IP packets (positioned at
 * the IP header); the link layer adds Ethernet.
 */
final class Ipv4 implements PacketHandler
{
    /** How many link latencies the softirq after a solicitation may run for: a request and answer over a bridge. */
    private static final int SOFTIRQ_HOPS = 4;
    private final Ipv4Namespace namespace;
    private final Ipv4View ip = new Ipv4View();
    private final RouteResult route = new RouteResult();
    /** The input route of the packet being received; kept apart from {@link #route}, which its errors reuse. */
    private final RouteResult inputRoute = new RouteResult();
    /**
     * The route of a packet whose destination the OUTPUT hook changed (NAT): ip_route_me_harder's. Made on first use:
     * most namespaces never translate, and a million of them would carry it for nothing.
     */
    private RouteResult reroute;
    final Reassembly reassembly;
    /** ICMP (icmp.c): the messages this namespace receives, answers and sends about others' packets. */
    final Icmp icmp;
    final PathMtuCache pathMtu = new PathMtuCache();
    /** The MTU of the last {@link SendStatus#MESSAGE_TOO_LONG}: the ee_info of its local error. */
    private int localErrorMtu;
    private int nextIdentification;

    Ipv4(final Ipv4Namespace namespace)
    {
        this.namespace = namespace;
        this.reassembly = new Reassembly(namespace);
        this.nextIdentification = namespace.machine.random().nextInt(0x10000);
        this.icmp = new Icmp(namespace, this);
    }

    // ---------------------------------------------------------------------------------------------------- input

    /** ip_rcv: a frame for us arrived on {@code device}, positioned at the IP header (taken over). */
    @Override
    public void receive(final NetDevice device, final Frame frame, final boolean toDeviceAddress, final long now)
    {
        settle(frame, input(device, frame, now));
    }

    /** ip_rcv_core, the PREROUTING hook, ip_rcv_finish's input route and what it leads to. */
    private Ipv4Verdict input(final NetDevice device, final Frame frame, final long now)
    {
        namespace.stats().inReceives++;
        final byte[] buffer = frame.buffer();
        final int offset = frame.offset();
        switch (Ipv4View.check(buffer, offset, frame.length()))
        {
            case NONE:
                break;
            case BAD_CHECKSUM:
                return Ipv4Verdict.HEADER_CHECKSUM;
            case TRUNCATED:
            case BAD_TOTAL_LENGTH:
                return Ipv4Verdict.TRUNCATED;
            default:
                return Ipv4Verdict.BAD_HEADER;
        }
        final Ipv4View ip = this.ip.wrap(buffer, offset);
        // Ethernet may pad short packets: the IP total length is the truth.
        frame.truncate(ip.totalLength());
        final Ipv4Verdict filtered = hook(HookPoint.PRE_ROUTING, frame, device.ifindex(), 0, now);
        if (filtered != null)
        {
            return filtered;
        }
        final int destination = ip.destination();
        final int source = ip.source();
        if (device.isLoopback())
        {
            // A looped-back packet keeps the output route it was sent with (skb_valid_dst), and every route out of
            // lo is RTCF_LOCAL (__mkroute_output): no input lookup, local delivery. Sockets see it arrive on that
            // route's rt_iif when it has one (inet_iif), else on lo.
            return deliverLocally(frame, device.ifindex(),
                frame.loopedRouteIfindex != 0 ? frame.loopedRouteIfindex : device.ifindex(), now);
        }
        if (Ipv4View.isMulticast(destination))
        {
            return Ipv4Verdict.MULTICAST_NOT_JOINED;
        }
        final RouteResult input = this.inputRoute;
        if (!namespace.routes.routeInput(destination, source, device, false, input))
        {
            return routeError(device, frame, input.error, now);
        }
        if (input.kind != RouteResult.Kind.UNICAST)
        {
            // An input route has no rt_iif: inet_iif is skb_iif, the device (or bridge) the frame came in on.
            return deliverLocally(frame, device.ifindex(), frame.ingressIfindex, now);
        }
        return forward(input, frame, now);
    }

    /**
     * The one place a packet that ends its way here is freed, after the counters its verdict names were bumped.
     */
    void settle(final Frame frame, final Ipv4Verdict verdict)
    {
        if (verdict != Ipv4Verdict.PASSED_ON)
        {
            verdict.count(namespace.stats());
            frame.release();
        }
    }

    /** @return null when the namespace's filter accepts the packet at {@code point}, else its verdict. */
    private Ipv4Verdict hook(final HookPoint point, final Frame frame, final int inIfindex, final int outIfindex,
        final long now)
    {
        final HookVerdict verdict = namespace.packetFilter.filter(point, frame, inIfindex, outIfindex, now);
        if (verdict == HookVerdict.ACCEPT)
        {
            return null;
        }
        return verdict == HookVerdict.DROP ? Ipv4Verdict.FILTERED : Ipv4Verdict.PASSED_ON;
    }

    /**
     * A packet the input route refused. A martian (EINVAL) or a source the reverse-path filter refused (EXDEV,
     * counted as IPReversePathFilter) is dropped at once (ip_rcv_finish_core's drop_error), as is a blackhole route's
     * EINVAL, which ip_error drops without a word either way. The rest goes to ip_error:
     * without forwarding on the input device it is counted and dropped; with it, no route is ICMP net unreachable
     * (and InNoRoutes), an unreachable route host unreachable, a prohibit route or rule "packet filtered"
     * (communication administratively prohibited), anything else (a blackhole) silence, each error subject to the
     * per-source token bucket.
     */
    private Ipv4Verdict routeError(final NetDevice device, final Frame frame, final NetlinkException.Errno error,
        final long now)
    {
        if (error == NetlinkException.Errno.EXDEV)
        {
            return Ipv4Verdict.REVERSE_PATH_FILTER;
        }
        if (error == NetlinkException.Errno.EINVAL)
        {
            return Ipv4Verdict.MARTIAN_OR_BLACKHOLE;
        }
        if (!Ipv4Sysctls.forwards(device))
        {
            return switch (error)
            {
                case EHOSTUNREACH -> Ipv4Verdict.ADDRESS_ERROR;
                case ENETUNREACH -> Ipv4Verdict.NO_ROUTE;
                default -> Ipv4Verdict.ROUTE_ERROR;
            };
        }
        final int code;
        final Ipv4Verdict verdict;
        switch (error)
        {
            case EHOSTUNREACH ->
            {
                code = IcmpView.CODE_HOST_UNREACHABLE;
                verdict = Ipv4Verdict.ROUTE_ERROR;
            }
            case ENETUNREACH ->
            {
                code = IcmpView.CODE_NET_UNREACHABLE;
                verdict = Ipv4Verdict.NO_ROUTE;
            }
            case EACCES ->
            {
                code = IcmpView.CODE_PACKET_FILTERED;
                verdict = Ipv4Verdict.ROUTE_ERROR;
            }
            default ->
            {
                return Ipv4Verdict.ROUTE_ERROR;
            }
        }
        final Ipv4View ip = this.ip.wrap(frame.buffer(), frame.offset());
        if (icmp.rateLimiter.ipErrorAllows(ip.source(), now))
        {
            icmp.sendError(frame, IcmpView.TYPE_DEST_UNREACHABLE, code, 0, now);
        }
        return verdict;
    }

    boolean isBroadcastFor(final int destination)
    {
        if (destination == 0xFFFF_FFFF)
        {
            return true;
        }
        final Route local = namespace.fib.localLookup(destination);
        return local != null && isBroadcastRouteFor(local, destination);
    }

    /** @return true when {@code local} is the /32 broadcast route of exactly {@code destination}. */
    private static boolean isBroadcastRouteFor(final Route local, final int destination)
    {
        return local.type == Route.Type.BROADCAST && local.prefixLength == 32 && local.destination == destination;
    }

    /**
     * ip_local_deliver: reassemble, then the LOCAL_IN hook and the protocol.
     *
     * @param deviceIfindex skb->dev, the device (lo for a looped packet, the bridge for a port's) LOCAL_IN's
     *                      {@code -i} sees.
     * @param inputIfindex  inet_iif: the ifindex a socket bound to a device (SO_BINDTODEVICE) compares with its own.
     */
    private Ipv4Verdict deliverLocally(final Frame frame, final int deviceIfindex, final int inputIfindex,
        final long now)
    {
        final Ipv4View ip = this.ip.wrap(frame.buffer(), frame.offset());
        if (!ip.isFragment())
        {
            return deliverWhole(frame, deviceIfindex, inputIfindex, now);
        }
        // The fragment is reassembly's now; a completed datagram is a frame of its own, settled here.
        final Frame whole = reassembly.add(frame, now);
        if (whole != null)
        {
            settle(whole, deliverWhole(whole, deviceIfindex, inputIfindex, now));
        }
        return Ipv4Verdict.PASSED_ON;
    }

    /** ip_local_deliver_finish: a whole datagram for this namespace, through LOCAL_IN to its protocol. */
    private Ipv4Verdict deliverWhole(final Frame frame, final int deviceIfindex, final int inputIfindex,
        final long now)
    {
        final Ipv4Verdict filtered = hook(HookPoint.LOCAL_IN, frame, deviceIfindex, 0, now);
        if (filtered != null)
        {
            return filtered;
        }
        namespace.stats().inDelivers++;
        final Ipv4View whole = this.ip.wrap(frame.buffer(), frame.offset());
        if (whole.protocol() == Ipv4View.PROTOCOL_ICMP)
        {
            return icmp.receive(frame, inputIfindex, now);
        }
        return Ipv4Verdict.UNKNOWN_PROTOCOL;
    }

    /** ip_forward, along the input route {@code input} found, through the FORWARD hook. */
    private Ipv4Verdict forward(final RouteResult input, final Frame frame, final long now)
    {
        final Ipv4View ip = this.ip.wrap(frame.buffer(), frame.offset());
        if (ip.ttl() <= 1)
        {
            icmp.sendError(frame, IcmpView.TYPE_TIME_EXCEEDED, IcmpView.CODE_TTL_EXCEEDED_IN_TRANSIT, 0, now);
            return Ipv4Verdict.TTL_EXCEEDED;
        }
        final NetDevice outDevice = input.device;
        final int mtu = outDevice.mtu();
        if (ip.totalLength() > mtu && ip.dontFragment())
        {
            icmp.sendError(frame, IcmpView.TYPE_DEST_UNREACHABLE, IcmpView.CODE_FRAGMENTATION_NEEDED, mtu, now);
            return Ipv4Verdict.FRAGMENTATION_FAILED;
        }
        ip.decrementTtl();
        if (input.redirect)
        {
            // ip_forward, after the TTL went down: the source could have sent it to the next hop itself.
            icmp.sendRedirect(frame, input.nextHop, now);
        }
        final int nextHop = input.nextHop;
        final Ipv4Verdict filtered = hook(HookPoint.FORWARD, frame, frame.ingressIfindex, outDevice.ifindex(), now);
        if (filtered != null)
        {
            return filtered;
        }
        namespace.stats().forwDatagrams++;
        return output(frame, outDevice, nextHop, outDevice.mtu(), 0, now);
    }

    // --------------------------------------------------------------------------------------------------- output

    /**
     * raw_sendmsg for a socket without IP_HDRINCL (ping's): the length check, the route, ip_append_data's EMSGSIZE
     * (over 65535 bytes, or over the path MTU under {@link PmtuDiscovery#DO}), the DF bit of __ip_make_skb,
     * fragmentation at the path MTU, and the device's verdict (ENOBUFS when it dropped the frame at once).
     *
     * @param sendBuffer the socket's send buffer, which must admit every skb of the datagram (ENOBUFS otherwise)
     *                   and is charged for each; null for the kernel's own sockets, which are not limited here.
     * @return what sendmsg returned; the frame is sent or released either way.
     */
    SendStatus sendFromSocket(final Frame frame, final int source, final int destination, final int protocol,
        final int ttl, final int tos, final int oif, final PmtuDiscovery discovery, final SocketSendBuffer sendBuffer,
        final long now)
    {
        if (frame.length() > 0xFFFF)
        {
            settle(frame, Ipv4Verdict.SEND_REFUSED);
            return SendStatus.TOO_LONG;
        }
        final RouteResult route = this.route;
        if (!namespace.routes.routeOutput(destination, source, oif, route))
        {
            settle(frame, Ipv4Verdict.OUTPUT_NO_ROUTE);
            return SendStatus.NO_ROUTE;
        }
        final int from = source != 0 ? source : route.source;
        final int totalLength = frame.length() + Ipv4View.MIN_HEADER_LENGTH;
        // dst_mtu: the device's MTU, at most IP_MAX_MTU, lowered by what ICMP taught (ipv4_mtu).
        final int pathMtu = this.pathMtu.mtu(destination, Math.min(route.device.mtu(), 0xFFFF), now);
        final int maxUnfragmented = discovery == PmtuDiscovery.DO ? pathMtu : 0xFFFF;
        if (totalLength > maxUnfragmented)
        {
            // ip_local_error(EMSGSIZE, mtu): ping reads it from the error queue.
            localErrorMtu = pathMtu;
            settle(frame, Ipv4Verdict.SEND_REFUSED);
            return SendStatus.MESSAGE_TOO_LONG;
        }
        if (sendBuffer != null)
        {
            if (!sendBuffer.admits(totalLength, Ipv4View.MIN_HEADER_LENGTH, pathMtu))
            {
                settle(frame, Ipv4Verdict.NO_BUFFER_SPACE);
                return SendStatus.NO_BUFFER_SPACE;
            }
            // Charged as one skb; one cut into fragments is charged again fragment by fragment as fragment() makes
            // them (as ip_append_data does), the whole going back when it is freed there.
            sendBuffer.charge(frame, totalLength);
        }
        final int offset = frame.push(Ipv4View.MIN_HEADER_LENGTH);
        final boolean dontFragment = discovery == PmtuDiscovery.DO
            || discovery == PmtuDiscovery.WANT && totalLength <= pathMtu;
        ip.wrap(frame.buffer(), offset).write(tos, totalLength, nextIdentification(),
            dontFragment ? Ipv4View.FLAG_DONT_FRAGMENT : 0, ttl, protocol, from, destination);
        // A device that drops the frame at once (NET_XMIT_DROP) makes the sender's sendmsg see ENOBUFS.
        namespace.linkLayer.clearTransmitDropped();
        settle(frame, localOut(frame, route, pathMtu, now));
        return namespace.linkLayer.transmitDropped() ? SendStatus.NO_BUFFER_SPACE : SendStatus.SENT;
    }

    /** @return the MTU the last {@link SendStatus#MESSAGE_TOO_LONG} reported. */
    int localErrorMtu()
    {
        return localErrorMtu;
    }

    /**
     * __ip_local_out: every packet made here (a socket's, an echo reply, an ICMP error) leaves through the LOCAL_OUT
     * hook and {@link #output}, to the route's next hop (the broadcast address for a broadcast route).
     *
     * @param mtu the MTU to fragment at: the path MTU for sockets, the device's for the kernel's ICMP.
     */
    Ipv4Verdict localOut(final Frame frame, final RouteResult route, final int mtu, final long now)
    {
        namespace.stats().outRequests++;
        final NetDevice device = route.device;
        final int nextHop = route.kind == RouteResult.Kind.BROADCAST ? -1 : route.nextHop;
        final int inputIfindex = route.inputIfindex;
        final int destination = ip.wrap(frame.buffer(), frame.offset()).destination();
        final Ipv4Verdict filtered = hook(HookPoint.LOCAL_OUT, frame, 0, device.ifindex(), now);
        if (filtered != null)
        {
            return filtered;
        }
        final Ipv4View mapped = ip.wrap(frame.buffer(), frame.offset());
        if (mapped.destination() != destination)
        {
            // ip_route_me_harder: the hook mapped the destination (NAT), so the packet goes where the new one routes.
            RouteResult again = reroute;
            if (again == null)
            {
                again = reroute = new RouteResult();
            }
            if (!namespace.routes.routeOutput(mapped.destination(), mapped.source(), 0, again))
            {
                return Ipv4Verdict.OUTPUT_NO_ROUTE;
            }
            return output(frame, again.device, again.kind == RouteResult.Kind.BROADCAST ? -1 : again.nextHop,
                again.device == device ? mtu : again.device.mtu(), again.inputIfindex, now);
        }
        return output(frame, device, nextHop, mtu, inputIfindex, now);
    }

    /**
     * ip_output / ip_finish_output: the POST_ROUTING hook, then fragment if bigger than {@code mtu} (the device's,
     * or a path MTU below it), then resolve and transmit. A next hop of -1 means the limited or subnet broadcast.
     *
     * @param inputIfindex the route's rt_iif ({@link RouteResult#inputIfindex}), which a packet looped through lo
     *                     carries back in.
     */
    private Ipv4Verdict output(final Frame frame, final NetDevice device, final int nextHop, final int mtu,
        final int inputIfindex, final long now)
    {
        final Ipv4Verdict filtered = hook(HookPoint.POST_ROUTING, frame, 0, device.ifindex(), now);
        if (filtered != null)
        {
            return filtered;
        }
        if (!device.isUp())
        {
            // Only lo can be down here (local routes outlive it): ip_finish_output2 still makes lo's NOARP entry,
            // then the send succeeds and lo counts a TX drop.
            Ipv4Device.of(device).neighbours.ensureNoArp(0, 0, now);
            device.counters().txDropped++;
            return Ipv4Verdict.OUTPUT_DEVICE_DOWN;
        }
        final Ipv4View ip = this.ip.wrap(frame.buffer(), frame.offset());
        if (ip.totalLength() > mtu)
        {
            if (ip.dontFragment())
            {
                return Ipv4Verdict.FRAGMENTATION_FAILED;
            }
            return fragment(frame, device, nextHop, mtu, inputIfindex, now);
        }
        transmit(frame, device, nextHop, inputIfindex, now);
        return Ipv4Verdict.PASSED_ON;
    }

    /**
     * ip_finish_output2: through lo, to the broadcast address, or to the next hop's neighbour (taken over). A
     * broadcast makes no NOARP entry here (the kernel keys one by the broadcast address, which nslab's only
     * broadcast sender, none yet, would need).
     */
    private void transmit(final Frame frame, final NetDevice device, final int nextHop, final int inputIfindex,
        final long now)
    {
        if (device.isLoopback())
        {
            // ip_neigh_gw4 keys every next hop on lo as INADDR_ANY: one NOARP entry, 0.0.0.0, made by the first
            // packet (even through a down lo, whose queue then drops it); a full table drops the packet.
            if (!Ipv4Device.of(device).neighbours.ensureNoArp(0, 0, now))
            {
                frame.release();
                return;
            }
            // The looped packet keeps its dst: the frame carries the route's rt_iif back to receive().
            frame.loopedRouteIfindex = inputIfindex;
            namespace.linkLayer.sendIpv4(device, frame, 0L, now);
        }
        else if (nextHop == -1)
        {
            namespace.linkLayer.sendIpv4(device, frame, dev.nslab.core.wire.EthernetView.BROADCAST, now);
        }
        else
        {
            Ipv4Device.of(device).neighbours.output(frame, nextHop, now);
        }
    }

    /**
     * ip_do_fragment: pieces of (MTU - header) rounded down to 8 bytes, the last one the rest; it stops at the
     * first piece the device drops at once, as the kernel's loop stops at the first error. The original is done
     * with either way.
     *
     * <p>A piece that starts a neighbour resolution is followed by the softirq the kernel runs at local_bh_enable
     * right after the solicitation: over a veth the answer comes back and the queue is flushed before the next
     * piece, which then goes straight out (and a drop there fails the send, where the flushed piece's drop did
     * not).
     */
    private Ipv4Verdict fragment(final Frame frame, final NetDevice device, final int nextHop, final int mtu,
        final int inputIfindex, final long sentAt)
    {
        long now = sentAt;
        final boolean fromProcess = frame.owner() instanceof SocketSendBuffer;
        final byte[] buffer = frame.buffer();
        final Ipv4View ip = this.ip.wrap(buffer, frame.offset());
        final int headerLength = ip.headerLength();
        final int payloadLength = ip.totalLength() - headerLength;
        final int chunk = Ipv4Fragmenter.pieceSize(mtu, headerLength);
        if (chunk <= 0)
        {
            return Ipv4Verdict.FRAGMENTATION_FAILED;
        }
        for (int done = 0; done < payloadLength; done += chunk)
        {
            final int length = Math.min(chunk, payloadLength - done);
            final boolean last = done + length >= payloadLength;
            final Frame piece = namespace.machine.pool().acquire().reset(headerLength + length);
            Ipv4Fragmenter.writePiece(buffer, frame.offset(), done, length, piece.buffer(), piece.offset());
            if (frame.owner() instanceof SocketSendBuffer sendBuffer)
            {
                sendBuffer.charge(piece, headerLength + length);
            }
            // Only a socket's send is in process context; a forwarded or kernel-made packet is already in the
            // softirq, whose local_bh_enable runs nothing.
            final boolean mayStartResolution = !last && fromProcess && !isResolving(device, nextHop);
            namespace.linkLayer.clearTransmitDropped();
            transmit(piece, device, nextHop, inputIfindex, now);
            if (namespace.linkLayer.transmitDropped())
            {
                return Ipv4Verdict.FRAGMENTATION_FAILED;
            }
            namespace.stats().fragCreates++;
            if (mayStartResolution && isResolving(device, nextHop))
            {
                now = runSoftirq(device, nextHop, now);
            }
        }
        namespace.stats().fragOKs++;
        return Ipv4Verdict.CONSUMED;
    }

    /** @return true when the next hop's neighbour on {@code device} is being resolved (INCOMPLETE). */
    private static boolean isResolving(final NetDevice device, final int nextHop)
    {
        if (nextHop == -1 || device.isLoopback())
        {
            return false;
        }
        final Ipv4Device idev = Ipv4Device.of(device);
        final Neighbour neighbour = idev == null ? null : idev.neighbours.lookup(nextHop);
        return neighbour != null && neighbour.state() == NeighbourState.INCOMPLETE;
    }

    /**
     * The softirq after a solicitation: link deliveries run until the neighbour is resolved or none is due within
     * a few hops' latency (the answer through a bridge takes four). Drops while the queue is flushed are not the
     * sender's error.
     *
     * @return the time the sender goes on at.
     */
    private long runSoftirq(final NetDevice device, final int nextHop, final long now)
    {
        final EventLoop loop = namespace.machine.loop();
        final long deadline = now + SOFTIRQ_HOPS * namespace.machine.linkLatencyNs();
        while (isResolving(device, nextHop) && loop.runNextDueBy(deadline))
        {
            // Each event is one delivery (or whatever else falls due in that window, at its own time).
        }
        namespace.linkLayer.clearTransmitDropped();
        return Math.max(now, loop.now());
    }

    int nextIdentification()
    {
        final int id = nextIdentification;
        nextIdentification = (nextIdentification + 1) & 0xFFFF;
        return id;
    }
}
