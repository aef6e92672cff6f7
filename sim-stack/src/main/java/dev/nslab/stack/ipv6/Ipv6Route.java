package dev.nslab.stack.ipv6;

import dev.nslab.stack.link.NetDevice;

/**
 * One IPv6 route (struct fib6_info with its one nexthop): a prefix, its type, the device it leads out of, its
 * metric and protocol, and RTNH_F_LINKDOWN as the nexthop carries it.
 */
public final class Ipv6Route
{
    /** RTN_* types as {@code ip -6 route} names them (unicast unnamed). */
    public enum Type
    {
        UNICAST(""), LOCAL("local"), ANYCAST("anycast"), MULTICAST("multicast"), UNREACHABLE("unreachable"),
        BLACKHOLE("blackhole"), PROHIBIT("prohibit");

        private final String label;

        Type(final String label)
        {
            this.label = label;
        }

        /** @return the word {@code ip route} prints before the prefix, empty for unicast. */
        public String label()
        {
            return label;
        }
    }

    /** RTPROT_KERNEL: routes the kernel made from addresses and devices. */
    public static final int PROTOCOL_KERNEL = 2;
    /** RTPROT_BOOT: what {@code ip route add} gives a route unless told otherwise. */
    public static final int PROTOCOL_BOOT = 3;

    final long high;
    final long low;
    final int prefixLength;
    final Type type;
    final NetDevice device;
    final long metric;
    final int protocol;
    /** The gateway ({@code via}), when the route has one. */
    final boolean hasGateway;
    final long gatewayHigh;
    final long gatewayLow;
    /** RTNH_F_LINKDOWN: the device had no carrier when the route was made or at its last NETDEV_CHANGE. */
    boolean linkDown;
    /** How many users an anycast route has (__ipv6_dev_ac_inc's refcount); 1 for the others. */
    int users = 1;

    Ipv6Route(final long high, final long low, final int prefixLength, final Type type, final NetDevice device,
        final long metric, final int protocol)
    {
        this(high, low, prefixLength, type, device, metric, protocol, false, 0, 0);
    }

    Ipv6Route(final long high, final long low, final int prefixLength, final Type type, final NetDevice device,
        final long metric, final int protocol, final boolean hasGateway, final long gatewayHigh,
        final long gatewayLow)
    {
        this.hasGateway = hasGateway;
        this.gatewayHigh = gatewayHigh;
        this.gatewayLow = gatewayLow;
        this.high = high;
        this.low = low;
        this.prefixLength = prefixLength;
        this.type = type;
        this.device = device;
        this.metric = metric;
        this.protocol = protocol;
    }

    public long high()
    {
        return high;
    }

    public long low()
    {
        return low;
    }

    public int prefixLength()
    {
        return prefixLength;
    }

    public Type type()
    {
        return type;
    }

    public NetDevice device()
    {
        return device;
    }

    public long metric()
    {
        return metric;
    }

    public int protocol()
    {
        return protocol;
    }

    public boolean hasGateway()
    {
        return hasGateway;
    }

    public long gatewayHigh()
    {
        return gatewayHigh;
    }

    public long gatewayLow()
    {
        return gatewayLow;
    }

    public boolean isLinkDown()
    {
        return linkDown;
    }

    boolean samePrefix(final long otherHigh, final long otherLow, final int otherLength)
    {
        return prefixLength == otherLength && high == otherHigh && low == otherLow;
    }

    /**
     * fib6_is_reject's promotion: a unicast route out of the loopback (but for ::1's) would loop, so the kernel
     * makes it a reject route that still shows as unicast and whose error is 0: sockets connect and send along it,
     * and what follows it is dropped with an ICMPv6 "no route" (ip6_pkt_discard_out, ip6_pkt_discard).
     */
    boolean discards()
    {
        return type == Type.UNICAST && device.isLoopback() && !(prefixLength == 128 && high == 0 && low == 1);
    }

    /** @return whether a packet may follow the route (reject routes and anycast entries lead nowhere). */
    boolean isUsable()
    {
        return type == Type.UNICAST || type == Type.LOCAL || type == Type.MULTICAST;
    }
}
