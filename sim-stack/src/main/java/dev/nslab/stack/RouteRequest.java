package dev.nslab.stack;

/**
 * What {@code ip route add|del|replace} asks of the kernel (the fields of struct fib_config the simulation uses).
 * Fields left at their defaults mean "not given".
 */
public final class RouteRequest
{
    public int destination;
    public int prefixLength;
    /** 0 when no {@code via}. */
    public int gateway;
    /** null when no {@code dev}. */
    public NetDevice device;
    /** -1 when no {@code metric} (0 for add). */
    public int metric = -1;
    /** 0 when no {@code src}. */
    public int preferredSource;
    public Route.Table table = Route.Table.MAIN;
    public Route.Protocol protocol = Route.Protocol.BOOT;
    /** null: link scope without a gateway, universe with one (as iproute2 chooses). */
    public Scope scope;

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

    public RouteRequest metric(final int metric)
    {
        this.metric = metric;
        return this;
    }
}
