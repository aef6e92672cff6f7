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
    /** RTCF_REDIRECTED: the gateway an ICMP redirect named for this destination, 0 when none did. */
    int redirectedGateway;
    /** When that redirect's exception expires (dst.expires), in virtual ns. */
    long redirectExpiresNs;
    /**
     * rt_iif of an output route: the ifindex a packet sent along it and looped back through lo is received on as far
     * as sockets can tell (inet_iif), 0 for the device it came in on (lo).
     */
    int inputIfindex;

    /** Makes this the same answer as {@code other} (a route cache hit). */
    void copyFrom(final RouteResult other)
    {
        kind = other.kind;
        route = other.route;
        device = other.device;
        nextHop = other.nextHop;
        source = other.source;
        error = other.error;
        table = other.table;
        local = other.local;
        input = other.input;
        redirect = other.redirect;
        redirectedGateway = other.redirectedGateway;
        redirectExpiresNs = other.redirectExpiresNs;
        inputIfindex = other.inputIfindex;
    }

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
        redirectedGateway = 0;
        redirectExpiresNs = 0;
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

    /** @return RTCF_REDIRECTED: an ICMP redirect sent this destination to {@link #redirectedGateway()}. */
    public boolean isRedirected()
    {
        return redirectedGateway != 0;
    }

    /** @return the gateway the redirect named (the route's rt_gw4 now), or 0. */
    public int redirectedGateway()
    {
        return redirectedGateway;
    }

    /** @return when the redirect's exception expires, in virtual ns (0 without one). */
    public long redirectExpiresNs()
    {
        return redirectExpiresNs;
    }

    /** Takes the route's exception for the destination, if it has one: the next hop is the redirect's gateway. */
    void bindException(final int destination, final long now)
    {
        final RedirectExceptions exceptions = route == null ? null : route.redirects;
        if (exceptions == null)
        {
            return;
        }
        final int index = exceptions.find(destination, now);
        if (index >= 0)
        {
            redirectedGateway = exceptions.gateway(index);
            redirectExpiresNs = exceptions.expiresNs(index);
            nextHop = redirectedGateway;
        }
    }

    /** @return RTCF_DOREDIRECT: forwarded out of the device it came in on, to a source on that link. */
    public boolean isRedirect()
    {
        return redirect;
    }
}
