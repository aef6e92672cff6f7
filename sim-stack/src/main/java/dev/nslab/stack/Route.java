package dev.nslab.stack;

import dev.nslab.core.wire.Ipv4View;

/**
 * One route of a FIB table, with the attributes {@code ip route} prints. Identity for duplicate detection is
 * (table, destination, prefix length, metric), as fib_table_insert has it (tos is always 0 here).
 */
public final class Route
{
    /** Route types (RTN_*) that the simulation uses. */
    public enum Type
    {
        UNICAST("unicast"), LOCAL("local"), BROADCAST("broadcast");

        private final String label;

        Type(final String label)
        {
            this.label = label;
        }

        public String label()
        {
            return label;
        }
    }

    /** Who made the route (RTPROT_*). */
    public enum Protocol
    {
        KERNEL("kernel"), BOOT("boot"), STATIC("static");

        private final String label;

        Protocol(final String label)
        {
            this.label = label;
        }

        public String label()
        {
            return label;
        }
    }

    /** The two tables of a namespace. */
    public enum Table
    {
        LOCAL, MAIN
    }

    final Type type;
    final Table table;
    final int destination;
    final int prefixLength;
    final int gateway;
    final NetDevice device;
    final Protocol protocol;
    final Scope scope;
    final int preferredSource;
    final int metric;
    long sequence;
    /** Next route with the same destination and prefix length in its table's index (metric order). */
    Route nextSamePrefix;

    public Route(final Type type, final Table table, final int destination, final int prefixLength,
        final int gateway, final NetDevice device, final Protocol protocol, final Scope scope,
        final int preferredSource, final int metric)
    {
        this.type = type;
        this.table = table;
        this.destination = destination & Prefix.mask(prefixLength);
        this.prefixLength = prefixLength;
        this.gateway = gateway;
        this.device = device;
        this.protocol = protocol;
        this.scope = scope;
        this.preferredSource = preferredSource;
        this.metric = metric;
    }

    public Type type()
    {
        return type;
    }

    public Table table()
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

    public NetDevice device()
    {
        return device;
    }

    public Protocol protocol()
    {
        return protocol;
    }

    public Scope scope()
    {
        return scope;
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
     * @return true when the route's device has no carrier: {@code ip route} prints {@code linkdown}. Local routes
     *         never do (their nexthop has host scope, which fib_sync_down_dev leaves alone).
     */
    public boolean isLinkDown()
    {
        return type != Type.LOCAL && !device.hasCarrier();
    }

    /** @return the next hop for a destination this route matched. */
    public int nextHop(final int destination)
    {
        return gateway != 0 ? gateway : destination;
    }

    @Override
    public String toString()
    {
        return type.label() + " " + Ipv4View.format(destination) + "/" + prefixLength
            + (gateway != 0 ? " via " + Ipv4View.format(gateway) : "") + " dev " + device.name()
            + (metric != 0 ? " metric " + metric : "");
    }
}
