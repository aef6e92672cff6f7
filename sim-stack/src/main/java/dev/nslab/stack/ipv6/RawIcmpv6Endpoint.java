package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.sock.SendStatus;
import dev.nslab.stack.sock.SocketSendBuffer;

/**
 * The stack's side of one raw ICMPv6 socket ({@code socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6)}) as ping6 sets it
 * up: the kernel computes the checksum (IPV6_CHECKSUM at 2), ICMP6_FILTER passes echo replies only, errors about
 * its packets arrive in the error queue (IPV6_RECVERR), and SO_BINDTODEVICE limits both to one device.
 */
public final class RawIcmpv6Endpoint
{
    /** Hears what the socket receives; must not keep or release the frame. */
    public interface Receiver
    {
        /**
         * An echo reply (rawv6_rcv through the filter).
         *
         * @param packet       the IPv6 packet, positioned at its header.
         * @param inputIfindex inet6_iif, which a link-local source's scope id names.
         */
        void onEchoReply(Frame packet, int inputIfindex, long now);

        /**
         * An ICMPv6 error about an ICMPv6 packet (raw6_icmp_error into the error queue).
         *
         * @param packet     the error's IPv6 packet, positioned at its header; the offending packet follows its
         *                   ICMPv6 header.
         * @param quotedIcmp where the offending packet's ICMPv6 header starts in the frame's buffer (past a first
         *                   fragment's header), as the error queue hands it to the program.
         */
        void onError(Frame packet, int quotedIcmp, int inputIfindex, long now);
    }

    private final Ipv6Namespace namespace;
    private final Receiver receiver;
    private final NetDevice boundDevice;
    private final SocketSendBuffer sendBuffer;
    private boolean open;

    /**
     * @param boundDevice SO_BINDTODEVICE, or null.
     * @param sendBuffer  the socket's send buffer, or null for one whose memory is not accounted.
     */
    public RawIcmpv6Endpoint(final Ipv6Namespace namespace, final Receiver receiver, final NetDevice boundDevice,
        final SocketSendBuffer sendBuffer)
    {
        this.namespace = namespace;
        this.receiver = receiver;
        this.boundDevice = boundDevice;
        this.sendBuffer = sendBuffer;
    }

    public void open()
    {
        if (!open)
        {
            open = true;
            namespace.icmp().open(this);
        }
    }

    public void close()
    {
        if (open)
        {
            open = false;
            namespace.icmp().close(this);
        }
    }

    /**
     * rawv6_sendmsg: the ICMPv6 message (header and data; taken over) to a destination, out of {@code oif} when
     * given (the scope of a link-local destination, or IPV6_PKTINFO), else the bound device; from {@code source}
     * when one is bound, else the address the kernel picks for the route.
     *
     * @param hopLimit     IPV6_UNICAST_HOPS, or -1 for the route device's {@code hop_limit}.
     * @param dontFragment IPV6_MTU_DISCOVER as IPV6_PMTUDISC_DO: bigger than the path MTU is a local error, not
     *                     fragments.
     */
    public SendStatus send(final Frame message, final long destinationHigh, final long destinationLow,
        final NetDevice oif, final boolean hasSource, final long sourceHigh, final long sourceLow, final int hopLimit,
        final boolean dontFragment, final long now)
    {
        return send(message, destinationHigh, destinationLow, oif, hasSource, sourceHigh, sourceLow, hopLimit, 0,
            dontFragment, now);
    }

    /** As above, with IPV6_TCLASS: the traffic class of the packets (ping -Q). */
    public SendStatus send(final Frame message, final long destinationHigh, final long destinationLow,
        final NetDevice oif, final boolean hasSource, final long sourceHigh, final long sourceLow, final int hopLimit,
        final int trafficClass, final boolean dontFragment, final long now)
    {
        if (!open)
        {
            message.release();
            return SendStatus.CLOSED;
        }
        return namespace.output().sendFromSocket(message, destinationHigh, destinationLow,
            oif != null ? oif : boundDevice, hasSource, sourceHigh, sourceLow, hopLimit, trafficClass, dontFragment,
            sendBuffer, now);
    }

    /** raw_v6_match's device test: a socket bound to a device hears only what counts as received there. */
    private boolean matches(final int inputIfindex)
    {
        return open && (boundDevice == null || boundDevice.ifindex() == inputIfindex);
    }

    void deliverEchoReply(final Frame packet, final int inputIfindex, final long now)
    {
        if (matches(inputIfindex))
        {
            receiver.onEchoReply(packet, inputIfindex, now);
        }
    }

    void deliverError(final Frame packet, final int quotedIcmp, final int inputIfindex, final long now)
    {
        if (matches(inputIfindex))
        {
            receiver.onError(packet, quotedIcmp, inputIfindex, now);
        }
    }
}
