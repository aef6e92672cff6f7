package dev.nslab.stack.ipv4;

import dev.nslab.stack.link.NetDevice;

/**
 * What {@code ip route add|del|replace} asks of the kernel (the fields of struct fib_config the simulation uses).
 * Fields left at their defaults mean "not given"; for an add the kernel then gets what iproute2 sends by default
 * (unicast, protocol boot, link scope without a gateway and universe with one), for a delete they match anything.
 */
public final class RouteRequest
{
    /** null: unicast for an add, any type for a delete. */
    public Route.Type type;
    public int destination;
    public int prefixLength;
    /** 0 when no {@code via}. */
    public int gateway;
    /** null when no {@code dev}. */
    public NetDevice device;
    /** -1 when no {@code metric} (0 for add); unsigned 32 bits otherwise. A delete with 0 matches any metric. */
    public long metric = -1;
    /** 0 when no {@code src}. */
    public int preferredSource;
    /** The table id, unsigned; 0 means main (fib_new_table). */
    public int table = Route.Table.MAIN.id();
    /** RTPROT_* 0 to 255, or -1 when not given: boot for an add, any for a delete. */
    public int protocol = -1;
    /** RT_SCOPE_* 0 to 255, or -1 when not given: iproute2's choice for an add, any for a delete. */
    public int scope = -1;

    public static RouteRequest to(final int destination, final int prefixLength)
    {
        final RouteRequest request = new RouteRequest();
        request.destination = destination;
        request.prefixLength = prefixLength;
        return request;
    }

    public RouteRequest via(final int gateway)
    {
        this.gateway = gateway;
        return this;
    }

    public RouteRequest dev(final NetDevice device)
    {
        this.device = device;
        return this;
    }

    public RouteRequest metric(final long metric)
    {
        this.metric = metric;
        return this;
    }

    public RouteRequest type(final Route.Type type)
    {
        this.type = type;
        return this;
    }

    public RouteRequest table(final int table)
    {
        this.table = table;
        return this;
    }

    public RouteRequest protocol(final int protocol)
    {
        this.protocol = protocol;
        return this;
    }

    public RouteRequest scope(final int scope)
    {
        this.scope = scope;
        return this;
    }

    public RouteRequest source(final int preferredSource)
    {
        this.preferredSource = preferredSource;
        return this;
    }
}
