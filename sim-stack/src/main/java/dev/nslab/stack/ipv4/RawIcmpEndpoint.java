package dev.nslab.stack.ipv4;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.sock.SendStatus;
import dev.nslab.stack.sock.SocketSendBuffer;

/**
 * The stack's side of one raw ICMP socket ({@code socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)}): what it is bound to
 * (a device by SO_BINDTODEVICE, a source address by bind), its send buffer, and the ICMP messages raw_v4_input
 * hands it. Programs (ping) and the public {@link RawIcmpSocket} are built on it; neither reaches into IPv4.
 */
public final class RawIcmpEndpoint implements Icmp.Listener
{
    /** Hears what the socket receives; must not keep or release the frame. */
    @FunctionalInterface
    public interface Receiver
    {
        /**
         * @param packet       the IP packet, positioned at its header.
         * @param inputIfindex inet_iif: the device it counts as received on.
         */
        void onIcmp(Frame packet, int inputIfindex, long now);
    }

    private final Ipv4Namespace namespace;
    private final Receiver receiver;
    private final int boundIfindex;
    private final int boundSource;
    /** Null for a socket whose memory is not accounted (the Java API's socket, for custom probes). */
    private final SocketSendBuffer sendBuffer;
    private boolean open;

    /**
     * @param boundDevice SO_BINDTODEVICE, or null.
     * @param boundSource the address bound to, or 0.
     */
    public RawIcmpEndpoint(final Ipv4Namespace namespace, final Receiver receiver, final NetDevice boundDevice,
        final int boundSource, final SocketSendBuffer sendBuffer)
    {
        this.namespace = namespace;
        this.receiver = receiver;
        this.boundIfindex = boundDevice == null ? 0 : boundDevice.ifindex();
        this.boundSource = boundSource;
        this.sendBuffer = sendBuffer;
    }

    /** Starts receiving (the socket exists from here on). */
    public void open()
    {
        if (!open)
        {
            open = true;
            namespace.ipv4.icmp.addListener(this);
        }
    }

    public void close()
    {
        if (open)
        {
            open = false;
            namespace.ipv4.icmp.removeListener(this);
        }
    }

    /**
     * raw_sendmsg without IP_HDRINCL: the message (ICMP header and data, checksum set; taken over) in an IPv4 packet
     * routed from the bound source (or {@code source}, or one routing picks) out of the bound device, if any.
     */
    public SendStatus send(final Frame message, final int source, final int destination, final int ttl, final int tos,
        final PmtuDiscovery discovery, final long now)
    {
        if (!open)
        {
            message.release();
            return SendStatus.CLOSED;
        }
        return namespace.ipv4.sendFromSocket(message, boundSource != 0 ? boundSource : source, destination,
            Ipv4View.PROTOCOL_ICMP, ttl, tos, boundIfindex, discovery, sendBuffer, now);
    }

    /**
     * raw_v4_match: a socket bound to a device skips a packet whose inet_iif is another device (a reply to our own
     * address on another device comes back through lo as received on that device, so a socket bound to lo never
     * sees it); a closed socket hears nothing, even from a delivery already under way.
     */
    @Override
    public boolean matchesError(final int ourSource, final int inputIfindex)
    {
        return open && (boundSource == 0 || boundSource == ourSource)
            && (boundIfindex == 0 || boundIfindex == inputIfindex);
    }

    @Override
    public int boundIfindex()
    {
        return boundIfindex;
    }

    @Override
    public void onIcmp(final Frame packet, final int inputIfindex, final long now)
    {
        if (open && (boundIfindex == 0 || boundIfindex == inputIfindex))
        {
            receiver.onIcmp(packet, inputIfindex, now);
        }
    }
}
