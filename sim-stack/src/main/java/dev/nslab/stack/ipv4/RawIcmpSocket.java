package dev.nslab.stack.ipv4;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.frame.FramePool;
import dev.nslab.stack.sock.SendStatus;

/**
 * A raw ICMP socket in a namespace ({@code socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)}), for programs that talk ICMP
 * themselves: it sends ICMP messages that the stack wraps in IPv4 and routes, and receives a view of every ICMP
 * packet delivered to the namespace. It allocates nothing per packet, so benchmarks and custom probes can drive the
 * stack's hot path directly. Simulation thread only.
 */
public final class RawIcmpSocket implements AutoCloseable
{
    /** Receives ICMP packets; must not keep or release the frame. */
    @FunctionalInterface
    public interface Receiver
    {
        /**
         * @param packet the IPv4 packet, positioned at its IP header.
         * @param now    virtual time in nanoseconds.
         */
        void onIcmp(Frame packet, long now);
    }

    private final Ipv4Namespace namespace;
    private final RawIcmpEndpoint endpoint;

    public RawIcmpSocket(final Ipv4Namespace namespace, final Receiver receiver)
    {
        this.namespace = namespace;
        this.endpoint = new RawIcmpEndpoint(namespace, (packet, inputIfindex, now) -> receiver.onIcmp(packet, now),
            null, 0, null);
        endpoint.open();
    }

    /** @return the pool to take message frames from (frames must come from the simulation's pool). */
    public FramePool pool()
    {
        return namespace.machine.pool();
    }

    /**
     * Sends an ICMP message (the frame holds the ICMP header and data, checksum already set; ownership passes).
     *
     * @param source      source address, 0 to let routing choose.
     * @param destination destination address.
     * @param ttl         time to live.
     * @return false when there is no route (the frame was released), as sendto would fail with ENETUNREACH.
     */
    public boolean send(final Frame message, final int source, final int destination, final int ttl)
    {
        // raw sockets default to IP_PMTUDISC_WANT: DF set when the datagram fits the path MTU.
        final SendStatus status = endpoint.send(message, source, destination, ttl, 0, PmtuDiscovery.WANT,
            namespace.machine.loop().now());
        return status == SendStatus.SENT || status == SendStatus.NO_BUFFER_SPACE;
    }

    @Override
    public void close()
    {
        endpoint.close();
    }
}
