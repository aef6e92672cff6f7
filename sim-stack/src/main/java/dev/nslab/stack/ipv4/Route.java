package dev.nslab.stack.ipv4;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException.Errno;
import dev.nslab.stack.netlink.Scope;

/**
 * One route of a FIB table, with the attributes {@code ip route} prints. Identity for duplicate detection is
 * (table, destination, prefix length, metric), as fib_table_insert has it (tos is always 0 here).
 *
 * <p>Routes of the error types (unreachable, prohibit, blackhole, throw) have no device and no gateway: a lookup
 * that lands on one fails with the type's errno (fib_props in net/ipv4/fib_semantics.c).
 */
public final class Route
{
    /** Route types (RTN_*) that the simulation uses, with their number and what a lookup landing on them gives. */
    public enum Type
    {
        UNICAST("unicast", 1, null),
        LOCAL("local", 2, null),
        BROADCAST("broadcast", 3, null),
        /** fib_props: -EINVAL. */
        BLACKHOLE("blackhole", 6, Errno.EINVAL),
        /** fib_props: -EHOSTUNREACH. */
        UNREACHABLE("unreachable", 7, Errno.EHOSTUNREACH),
        /** fib_props: -EACCES. */
        PROHIBIT("prohibit", 8, Errno.EACCES),
        /** fib_props: -EAGAIN: the lookup goes on with the next rule (or the default table). */
        THROW("throw", 9, null);

        private final String label;
        private final int value;
        private final Errno error;

        Type(final String label, final int value, final Errno error)
        {
            this.label = label;
            this.value = value;
            this.error = error;
        }

        public String label()
        {
            return label;
        }

        /** @return the RTN_* number. */
        public int value()
        {
            return value;
        }

        /** @return what a lookup that lands on a route of this type fails with, or null (throw: go on). */
        public Errno error()
        {
            return error;
        }

        /** @return true for the types without a nexthop: unreachable, prohibit, blackhole, throw. */
        public boolean isReject()
        {
            return value >= 6;
        }

        /** @return the type with this RTN_* number, or null when the simulation has none. */
        public static Type ofValue(final int value)
        {
            for (final Type type : values())
            {
                if (type.value == value)
                {
                    return type;
                }
            }
            return null;
        }
    }

    /**
     * Who made the route (RTPROT_*, 0 to 255). Instances are interned, one per number, so {@code ==} compares them;
     * the names are those of iproute2's rt_protos (the build-in table and Debian's {@code /etc/iproute2/rt_protos}).
     */
    public static final class Protocol
    {
        private static final Protocol[] ALL = new Protocol[256];
        private static final String[] NAMES = new String[256];

        static
        {
            final Object[] names = {0, "unspec", 1, "redirect", 2, "kernel", 3, "boot", 4, "static", 8, "gated",
                9, "ra", 10, "mrt", 11, "zebra", 12, "bird", 13, "dnrouted", 14, "xorp", 15, "ntk", 16, "dhcp",
                18, "keepalived", 42, "babel", 99, "openr", 186, "bgp", 187, "isis", 188, "ospf", 189, "rip",
                192, "eigrp"};
            for (int i = 0; i < names.length; i += 2)
            {
                NAMES[(Integer) names[i]] = (String) names[i + 1];
            }
            for (int i = 0; i < ALL.length; i++)
            {
                ALL[i] = new Protocol(i);
            }
        }

        public static final Protocol UNSPEC = ALL[0];
        public static final Protocol KERNEL = ALL[2];
        public static final Protocol BOOT = ALL[3];
        public static final Protocol STATIC = ALL[4];

        private final int value;

        private Protocol(final int value)
        {
            this.value = value;
        }

        /** @return the protocol with this number (0 to 255). */
        public static Protocol of(final int value)
        {
            return ALL[value & 0xFF];
        }

        /** @return the protocol with this rt_protos name, or null. */
        public static Protocol named(final String name)
        {
            for (int i = 0; i < NAMES.length; i++)
            {
                if (name.equals(NAMES[i]))
                {
                    return ALL[i];
                }
            }
            return null;
        }

        public int value()
        {
            return value;
        }

        /** @return the name {@code ip} prints ({@code kernel}, {@code static}, ...), or the number. */
        public String label()
        {
            return NAMES[value] != null ? NAMES[value] : Integer.toString(value);
        }

        @Override
        public String toString()
        {
            return label();
        }
    }

    /** The tables with names (RT_TABLE_*); any other table is a number from 1 to 2^32 - 1. */
    public enum Table
    {
        LOCAL(255), MAIN(254), DEFAULT(253);

        private final int id;

        Table(final int id)
        {
            this.id = id;
        }

        public int id()
        {
            return id;
        }
    }

    final Type type;
    /** The table's id (unsigned 32 bits in an int). */
    final int table;
    final int destination;
    /** 0 to 32, in a byte (with {@link #scope}'s, the route fits 64 bytes instead of 72). */
    final byte prefixLength;
    final int gateway;
    /** null for the error types. */
    final NetDevice device;
    final Protocol protocol;
    /** RT_SCOPE_* value, 0 to 255, in an unsigned byte: read it through {@link #scopeValue()}. */
    private final byte scope;
    final int preferredSource;
    final int metric;
    /**
     * rt_uses_gateway: the gateway is a neighbour on the link (the nexthop's scope is link). A gateway found through
     * a local or host-scope route (one of our addresses, 127.0.0.1) is not: packets go to the destination itself.
     */
    boolean gatewayOnLink;
    /**
     * RTNH_F_LINKDOWN: set when the route is made on a device without carrier (fib_check_nh), then by the device's
     * NETDEV_CHANGE events (fib_sync_down_dev, fib_sync_up), so after a carrier change it waits for linkwatch.
     */
    boolean linkDown;
    long sequence;
    /** Next route with the same destination and prefix length in its table's index (metric order). */
    Route nextSamePrefix;

    public Route(final Type type, final Table table, final int destination, final int prefixLength,
        final int gateway, final NetDevice device, final Protocol protocol, final Scope scope,
        final int preferredSource, final int metric)
    {
        this(type, table.id(), destination, prefixLength, gateway, device, protocol, scope.value(), preferredSource,
            metric);
    }

    public Route(final Type type, final int table, final int destination, final int prefixLength,
        final int gateway, final NetDevice device, final Protocol protocol, final int scope,
        final int preferredSource, final int metric)
    {
        this.type = type;
        this.table = table;
        this.destination = destination & Prefix.mask(prefixLength);
        this.prefixLength = (byte) prefixLength;
        this.gateway = gateway;
        this.device = device;
        this.protocol = protocol;
        this.scope = (byte) scope;
        this.preferredSource = preferredSource;
        this.metric = metric;
        this.gatewayOnLink = gateway != 0;
        this.linkDown = device != null && !device.hasCarrier();
    }

    public Type type()
    {
        return type;
    }

    /** @return the id of the table the route is in (255 local, 254 main, 253 default, or any other). */
    public int tableId()
    {
        return table;
    }

    public int destination()
    {
        return destination;
    }

    public int prefixLength()
    {
        return prefixLength;
    }

    /** @return the gateway, or 0 for a directly connected route. */
    public int gateway()
    {
        return gateway;
    }

    /** @return the output device, or null for the error types. */
    public NetDevice device()
    {
        return device;
    }

    public Protocol protocol()
    {
        return protocol;
    }

    /** @return the scope, or null when its number has no name ({@link #scopeValue()} has it). */
    public Scope scope()
    {
        return Scope.ofValue(scopeValue());
    }

    /** @return the RT_SCOPE_* number, 0 to 255. */
    public int scopeValue()
    {
        return scope & 0xFF;
    }

    /** @return the preferred source address ({@code src}), or 0. */
    public int preferredSource()
    {
        return preferredSource;
    }

    public int metric()
    {
        return metric;
    }

    /**
     * @return true when the nexthop is marked RTNH_F_LINKDOWN: {@code ip route} prints {@code linkdown}. Routes of
     *         host scope never are (local ones, and {@code scope host} ones: their nexthop's scope is "nowhere", which
     *         fib_sync_down_dev leaves alone and fib_check_nh never checks), nor are routes without a nexthop.
     */
    public boolean isLinkDown()
    {
        return scopeValue() != Scope.HOST.value() && linkDown;
    }

    /** @return true when packets go to the gateway (rt_uses_gateway), false when to the destination itself. */
    public boolean usesGateway()
    {
        return gatewayOnLink;
    }

    /** The destinations ICMP redirects sent elsewhere (the nexthop's exceptions); null until the first. */
    RedirectExceptions redirects;

    /** @return the next hop for a destination this route matched. */
    public int nextHop(final int destination)
    {
        return gatewayOnLink ? gateway : destination;
    }

    @Override
    public String toString()
    {
        return type.label() + " " + Ipv4View.format(destination) + "/" + prefixLength
            + (gateway != 0 ? " via " + Ipv4View.format(gateway) : "")
            + (device != null ? " dev " + device.name() : "")
            + (table != Table.MAIN.id() && table != Table.LOCAL.id() ? " table " + Integer.toUnsignedString(table)
                : "")
            + (metric != 0 ? " metric " + Integer.toUnsignedString(metric) : "");
    }
}
