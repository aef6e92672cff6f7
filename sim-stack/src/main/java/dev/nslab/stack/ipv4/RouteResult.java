package dev.nslab.stack.ipv4;

import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * The answer of a route lookup (an rtable and its flags): where a packet goes and from which address, or the
 * errno the lookup failed with. Reused by the hot path (one per namespace and use), so it is mutable; the API copies
 * what it needs.
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
    Errno error;
    int table;
    boolean local;
    boolean input;
    boolean redirect;
    /**
     * rt_iif of an output route: the ifindex a packet sent along it and looped back through lo is received on as far
     * as sockets can tell (inet_iif), 0 for the device it came in on (lo).
     */
    int inputIfindex;

    void clear()
    {
        kind = null;
        route = null;
        device = null;
        nextHop = 0;
        source = 0;
        error = null;
        table = 0;
        local = false;
        input = false;
        redirect = false;
        inputIfindex = 0;
    }

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

    /** @return the source address the kernel picks (0 when the device has none; not set for an input route). */
    public int source()
    {
        return source;
    }

    /**
     * @return why the lookup failed (ENETUNREACH no route, EHOSTUNREACH an unreachable route, EACCES prohibit,
     *         EINVAL blackhole or a martian address, ...), or null when it did not.
     */
    public Errno error()
    {
        return error;
    }

    /** @return the table the route came from as the kernel reports it (RTA_TABLE), 0 when none. */
    public int table()
    {
        return table;
    }

    /** @return RTCF_LOCAL: the packet stays in this host (a local destination, or sent out through lo). */
    public boolean isLocal()
    {
        return local;
    }

    /** @return true for an input route (a packet received on a device), false for a locally generated one. */
    public boolean isInput()
    {
        return input;
    }

    /** @return RTCF_DOREDIRECT: forwarded out of the device it came in on, to a source on that link. */
    public boolean isRedirect()
    {
        return redirect;
    }
}
