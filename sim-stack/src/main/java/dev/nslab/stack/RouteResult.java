package dev.nslab.stack;

/**
 * The answer of an output route lookup: where a locally generated packet goes and from which address. Reused by
 * the hot path (one per namespace), so it is mutable; the API copies what it needs.
 */
public final class RouteResult
{
    public enum Kind
    {
        UNICAST, LOCAL, BROADCAST
    }

    Kind kind;
    Route route;
    NetDevice device;
    int nextHop;
    int source;

    public Kind kind()
    {
        return kind;
    }

    /** @return the FIB entry used, or null when an interface was forced and no route matched (on-link). */
    public Route route()
    {
        return route;
    }

    /** @return the output device: lo for local destinations. */
    public NetDevice device()
    {
        return device;
    }

    /** @return the gateway, or the destination itself for on-link destinations. */
    public int nextHop()
    {
        return nextHop;
    }

    /** @return the source address the kernel picks (0 when the device has none). */
    public int source()
    {
        return source;
    }
}
