package dev.nslab.stack.app;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Ipv4Namespace;
import dev.nslab.stack.ipv4.RawIcmpEndpoint;
import dev.nslab.stack.ipv4.RouteResult;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.sock.SendStatus;
import dev.nslab.stack.sock.SocketSendBuffer;

/**
 * ping4_run and its socket: bind to {@code -I ADDRESS}, the probe connect() that picks the source, the warning about
 * {@code -I DEV}, IP_TTL; echo requests checksummed by ping itself; replies, ICMP errors and redirects parsed from
 * the raw socket as ping4_parse_reply does.
 */
final class Ping4Socket implements EchoSocket, RawIcmpEndpoint.Receiver
{
    private final Ipv4Namespace namespace;
    private final Ping ping;
    private final PingOptions options;
    private final IcmpView icmp = new IcmpView();
    private final Ipv4View ip = new Ipv4View();
    /** The quoted header of an ICMP error or redirect. */
    private final Ipv4View innerIp = new Ipv4View();
    /**
     * The raw socket's send buffer, as ping4_run's sock_setbufs sizes it. Echo requests waiting for ARP stay
     * charged to it, so a ping to an absent neighbour gets ENOBUFS once a few are queued.
     */
    private final SocketSendBuffer sendBuffer;
    /** ping's raw socket: bound to -I's device or address, charged to {@link #sendBuffer}. */
    private final RawIcmpEndpoint socket;
    private int source;
    private PingAddress sourceAddress = PingAddress.ipv4(0);
    /** The last reply's source, kept so that a run of replies from one address makes one object. */
    private PingAddress lastFrom = PingAddress.ipv4(0);

    Ping4Socket(final Ipv4Namespace namespace, final Ping ping)
    {
        this.namespace = namespace;
        this.ping = ping;
        this.options = ping.options();
        this.sendBuffer = new SocketSendBuffer(Math.min(Ping.packetMemory(options.dataLength,
            Ipv4View.MIN_HEADER_LENGTH), Ping.MAX_DEFAULT_SEND_BUFFER));
        this.socket = new RawIcmpEndpoint(namespace, this, options.device, options.sourceAddress, sendBuffer);
    }

    @Override
    public PingResult.StartupFailure start(final int ident)
    {
        final RouteResult route = new RouteResult();
        final int oif = options.device == null ? 0 : options.device.ifindex();
        // ping4_run's startup, in its order: bind() to -I's address, the probe connect() (a UDP route lookup, rules
        // included) when no address was given, the warning about -I DEV, then IP_TTL.
        if (options.sourceAddress != 0 && !namespace.isLocalAddress(options.sourceAddress))
        {
            return new PingResult.StartupFailure(PingResult.StartupFailure.Step.BIND,
                NetlinkException.Errno.EADDRNOTAVAIL);
        }
        if (options.sourceAddress == 0 && !namespace.routeConnect(options.destination, oif, route))
        {
            return new PingResult.StartupFailure(PingResult.StartupFailure.Step.CONNECT, route.error());
        }
        if (options.device != null && options.sourceAddress == 0)
        {
            ping.listener().interfacesListed();
            if (!Ipv4Device.of(options.device).hasAddress(route.source()))
            {
                ping.listener().sourceMayBeOffDevice();
            }
        }
        if (options.ttl == 0)
        {
            return new PingResult.StartupFailure(PingResult.StartupFailure.Step.SET_TTL,
                NetlinkException.Errno.EINVAL);
        }
        source = options.sourceAddress != 0 ? options.sourceAddress : route.source();
        sourceAddress = PingAddress.ipv4(source);
        ping.listener().started(sourceAddress, ident);
        socket.open();
        return null;
    }

    @Override
    public PingAddress source()
    {
        return sourceAddress;
    }

    @Override
    public boolean sourceOffDevice()
    {
        return options.device != null && !Ipv4Device.of(options.device).hasAddress(source);
    }

    @Override
    public SendStatus send(final Frame message, final int sequence, final long now)
    {
        icmp.wrap(message.buffer(), message.offset()).type(IcmpView.TYPE_ECHO_REQUEST).code(0)
            .identifier(ping.ident()).sequence(sequence).updateChecksum(message.length());
        final int ttl = options.ttl > 0 ? options.ttl : namespace.sysctls().defaultTtl;
        // The raw socket is bound to a source only with -I ADDRESS: each packet's route lookup sees that, or none.
        return socket.send(message, 0, options.destination, ttl, options.tos, options.pmtuDiscovery, now);
    }

    @Override
    public int localErrorMtu()
    {
        return namespace.localErrorMtu();
    }

    @Override
    public void close()
    {
        socket.close();
    }

    /** What ping's socket receives (the socket has already skipped packets from devices it is not bound to). */
    @Override
    public void onIcmp(final Frame packet, final int inputIfindex, final long now)
    {
        final byte[] buffer = packet.buffer();
        final Ipv4View ip = this.ip.wrap(buffer, packet.offset());
        final int icmpOffset = ip.payloadOffset();
        final int icmpLength = ip.totalLength() - ip.headerLength();
        final IcmpView icmp = this.icmp.wrap(buffer, icmpOffset);
        final int type = icmp.type();
        if (type == IcmpView.TYPE_ECHO_REPLY)
        {
            if (icmp.identifier() != ping.ident())
            {
                return;
            }
            ping.onReply(icmp.sequence(), icmpLength, from(ip.source()), ip.ttl(), buffer, icmp.dataOffset(), now);
        }
        else if (type == IcmpView.TYPE_DEST_UNREACHABLE || type == IcmpView.TYPE_TIME_EXCEEDED
            || type == IcmpView.TYPE_PARAMETER_PROBLEM)
        {
            final int sequence = quotedSequence(buffer, icmp, icmpLength);
            if (sequence < 0)
            {
                return;
            }
            ping.onError(sequence, from(ip.source()), type, icmp.code(),
                type == IcmpView.TYPE_DEST_UNREACHABLE ? icmp.rest() & 0xFFFF : icmp.rest() >>> 24, true, now);
        }
        else if (type == IcmpView.TYPE_REDIRECT)
        {
            // ping4_parse_reply: a redirect about one of ours is printed as it is, neither an error nor an answer.
            final int sequence = quotedSequence(buffer, icmp, icmpLength);
            if (sequence < 0 || options.quiet
                || icmpLength < IcmpView.HEADER_LENGTH + innerIp.headerLength() + IcmpView.HEADER_LENGTH)
            {
                return;
            }
            ping.listener().event(new PingResult.Redirect(now, sequence, ip.source(), icmp.code(), icmp.rest()));
        }
    }

    private PingAddress from(final int address)
    {
        if (lastFrom.ipv4() != address)
        {
            lastFrom = PingAddress.ipv4(address);
        }
        return lastFrom;
    }

    /**
     * ping4_parse_reply's test of an ICMP error or redirect: it quotes one of our echo requests (to our destination,
     * with our identifier).
     *
     * @return the quoted echo's sequence number, or -1 when the message is not about one of ours.
     */
    private int quotedSequence(final byte[] buffer, final IcmpView icmp, final int icmpLength)
    {
        if (icmpLength < IcmpView.HEADER_LENGTH + Ipv4View.MIN_HEADER_LENGTH + IcmpView.HEADER_LENGTH)
        {
            return -1;
        }
        final int innerOffset = icmp.dataOffset();
        final Ipv4View inner = innerIp.wrap(buffer, innerOffset);
        final int innerIcmp = innerOffset + inner.headerLength();
        if (inner.destination() != options.destination || inner.protocol() != Ipv4View.PROTOCOL_ICMP
            || (buffer[innerIcmp] & 0xFF) != IcmpView.TYPE_ECHO_REQUEST
            || Bytes.u16(buffer, innerIcmp + IcmpView.IDENTIFIER_OFFSET) != ping.ident())
        {
            return -1;
        }
        return Bytes.u16(buffer, innerIcmp + IcmpView.SEQUENCE_OFFSET);
    }
}
