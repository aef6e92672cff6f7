package dev.nslab.stack.app;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.ipv4.PmtuDiscovery;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.ipv6.Ipv6InterfaceAddress;
import dev.nslab.stack.ipv6.Ipv6Namespace;
import dev.nslab.stack.ipv6.RawIcmpv6Endpoint;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.sock.SendStatus;
import dev.nslab.stack.sock.SocketSendBuffer;

/**
 * ping6_run and its socket: the probe connect() that picks the source (skipped for a link-local target, whose
 * source stays ::, since iputils connects with an unset family there), SO_BINDTODEVICE and the warning for
 * {@code -I DEV}, bind for {@code -I ADDRESS}; echo requests the kernel checksums (IPV6_CHECKSUM); echo replies
 * through ICMP6_FILTER, and errors from the error queue (IPV6_RECVERR) as receive_error_msg reads them: they count
 * as errors but, unlike IPv4's, do not acknowledge the sequence.
 */
final class Ping6Socket implements EchoSocket, RawIcmpv6Endpoint.Receiver
{
    private static final int ICMPV6_ECHO_REQUEST = 128;
    private static final int ICMPV6_ECHO_REPLY = 129;

    private final Ipv6Namespace namespace;
    private final Ping ping;
    private final PingOptions options;
    private final IcmpView icmp = new IcmpView();
    private final Ipv6View ip = new Ipv6View();
    private final Ipv6View innerIp = new Ipv6View();
    private final RawIcmpv6Endpoint socket;
    private final long[] chosen = new long[2];
    private PingAddress sourceAddress = PingAddress.ipv6(0, 0, null);
    /** The last reply's source, kept so that a run of replies from one address makes one object. */
    private PingAddress lastFrom = PingAddress.ipv6(0, 0, null);

    Ping6Socket(final Ipv6Namespace namespace, final Ping ping)
    {
        this.namespace = namespace;
        this.ping = ping;
        this.options = ping.options();
        final SocketSendBuffer sendBuffer = new SocketSendBuffer(Math.min(Ping.packetMemory(options.dataLength,
            Ipv6View.HEADER_LENGTH), Ping.MAX_DEFAULT_SEND_BUFFER));
        // SO_BINDTODEVICE is set on ping's socket with -I DEV when no source address was given.
        this.socket = new RawIcmpv6Endpoint(namespace, this, options.hasSource6 ? null : options.device, sendBuffer);
    }

    @Override
    public PingResult.StartupFailure start(final int ident)
    {
        final long high = options.destinationHigh;
        final long low = options.destinationLow;
        if (options.hasSource6)
        {
            // -I ADDRESS: opt_strictsource, bound after the other socket options.
            if (!namespace.isUsableLocalAddress(options.sourceHigh, options.sourceLow))
            {
                return new PingResult.StartupFailure(PingResult.StartupFailure.Step.BIND,
                    NetlinkException.Errno.EADDRNOTAVAIL);
            }
            sourceAddress = PingAddress.ipv6(options.sourceHigh, options.sourceLow, null);
        }
        else if (!Ipv6Address.needsScope(high))
        {
            final NetlinkException.Errno error = namespace.connect(high, low, options.device, chosen);
            if (error != null)
            {
                return new PingResult.StartupFailure(PingResult.StartupFailure.Step.CONNECT, error);
            }
            sourceAddress = PingAddress.ipv6(chosen[0], chosen[1], null);
        }
        if (options.device != null && !options.hasSource6)
        {
            ping.listener().interfacesListed();
            if (sourceOffDevice())
            {
                ping.listener().sourceMayBeOffDevice();
            }
        }
        ping.listener().started(sourceAddress, ident);
        socket.open();
        return null;
    }

    @Override
    public PingAddress source()
    {
        return sourceAddress;
    }

    /** getifaddrs() lists every address of the device, tentative ones too: ping looks for the source among them. */
    @Override
    public boolean sourceOffDevice()
    {
        if (options.device == null)
        {
            return false;
        }
        final Ipv6Device idev = Ipv6Device.of(options.device);
        if (idev == null)
        {
            return true;
        }
        for (final Ipv6InterfaceAddress address : idev.addresses())
        {
            if (address.high() == sourceAddress.high() && address.low() == sourceAddress.low())
            {
                return false;
            }
        }
        return true;
    }

    @Override
    public SendStatus send(final Frame message, final int sequence, final long now)
    {
        icmp.wrap(message.buffer(), message.offset()).type(ICMPV6_ECHO_REQUEST).code(0).identifier(ping.ident())
            .sequence(sequence);
        Bytes.u16(message.buffer(), message.offset() + 2, 0);
        // The target's scope (ADDR%DEV) names the device for a link-local target; else -I DEV (IPV6_PKTINFO).
        final NetDevice oif = options.scopeDevice != null && Ipv6Address.needsScope(options.destinationHigh)
            ? options.scopeDevice : options.device;
        return socket.send(message, options.destinationHigh, options.destinationLow, oif, options.hasSource6,
            options.sourceHigh, options.sourceLow, options.ttl, options.tos, dontFragment(), now);
    }

    /** IPV6_PMTUDISC_DO: with -M do, and for a group unless -M says otherwise (ping6_run: a group is not fragmented). */
    private boolean dontFragment()
    {
        return options.pmtuDiscovery == PmtuDiscovery.DO || Ipv6Address.isMulticast(options.destinationHigh)
            && options.pmtuDiscoveryDefault;
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

    @Override
    public void onEchoReply(final Frame packet, final int inputIfindex, final long now)
    {
        final byte[] buffer = packet.buffer();
        final Ipv6View ip = this.ip.wrap(buffer, packet.offset());
        final int icmpOffset = packet.offset() + Ipv6View.HEADER_LENGTH;
        final IcmpView icmp = this.icmp.wrap(buffer, icmpOffset);
        if (icmp.type() != ICMPV6_ECHO_REPLY || icmp.identifier() != ping.ident())
        {
            return;
        }
        ping.onReply(icmp.sequence(), ip.payloadLength(), from(ip.sourceHigh(), ip.sourceLow(), inputIfindex),
            ip.hopLimit(), buffer, icmp.dataOffset(), now);
    }

    /**
     * receive_error_msg's ICMPv6 branch: the offending packet went to our target and was one of our echo requests;
     * the error is then counted and printed with the sequence it quotes.
     */
    @Override
    public void onError(final Frame packet, final int quotedIcmp, final int inputIfindex, final long now)
    {
        final byte[] buffer = packet.buffer();
        final Ipv6View ip = this.ip.wrap(buffer, packet.offset());
        final int errorIcmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        final int inner = errorIcmp + IcmpView.HEADER_LENGTH;
        final Ipv6View quoted = innerIp.wrap(buffer, inner);
        if (quoted.destinationHigh() != options.destinationHigh || quoted.destinationLow() != options.destinationLow
            || Bytes.u8(buffer, quotedIcmp) != ICMPV6_ECHO_REQUEST
            || Bytes.u16(buffer, quotedIcmp + IcmpView.IDENTIFIER_OFFSET) != ping.ident())
        {
            return;
        }
        ping.onError(Bytes.u16(buffer, quotedIcmp + IcmpView.SEQUENCE_OFFSET),
            from(ip.sourceHigh(), ip.sourceLow(), inputIfindex), Bytes.u8(buffer, errorIcmp),
            Bytes.u8(buffer, errorIcmp + 1), Bytes.i32(buffer, errorIcmp + 4), false, now);
    }

    /** @return the address a reply or error came from, with its scope's device when it is link-local. */
    private PingAddress from(final long high, final long low, final int inputIfindex)
    {
        String scope = null;
        if (Ipv6Address.needsScope(high))
        {
            final NetDevice device = namespace.deviceByIndex(inputIfindex);
            scope = device == null ? Integer.toString(inputIfindex) : device.name();
        }
        if (!lastFrom.isIpv6(high, low, scope))
        {
            lastFrom = PingAddress.ipv6(high, low, scope);
        }
        return lastFrom;
    }
}
