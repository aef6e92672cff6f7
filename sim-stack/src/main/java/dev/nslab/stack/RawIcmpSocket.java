package dev.nslab.stack;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.frame.FramePool;

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

    private final NetNamespace namespace;
    private final Ipv4.IcmpListener listener;
    private boolean open = true;

    public RawIcmpSocket(final NetNamespace namespace, final Receiver receiver)
    {
        this.namespace = namespace;
        // A delivery already under way still walks this socket; once closed it hears nothing more.
        this.listener = (packet, inputIfindex, now) ->
        {
            if (open)
            {
                receiver.onIcmp(packet, now);
            }
        };
        namespace.ipv4.addIcmpListener(listener);
    }

    /** @return the pool to take message frames from (frames must come from the simulation's pool). */
    public FramePool pool()
    {
        return namespace.simulation.pool;
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
        if (!open)
        {
            message.release();
            return false;
        }
        return namespace.ipv4.sendDatagram(message, source, destination, dev.nslab.core.wire.Ipv4View.PROTOCOL_ICMP,
            ttl, 0, 0, true, namespace.simulation.loop.now());
    }

    @Override
    public void close()
    {
        if (open)
        {
            open = false;
            namespace.ipv4.removeIcmpListener(listener);
        }
    }
}
