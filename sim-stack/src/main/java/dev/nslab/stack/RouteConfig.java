package dev.nslab.stack;

import dev.nslab.stack.NetlinkException.Errno;

/**
 * The routes users add to one namespace ({@code ip route add/replace/del} with the kernel's checks, fib_check_nh)
 * and the lookups that read the whole FIB: the output route lookup (ip_route_output_key) and "is this address
 * ours". {@link NetNamespace} is the public face of all of it. Simulation thread only.
 *
 * <p>{@link #routeOutput} and {@link #isLocalAddress} run for frames sent, received and forwarded: they allocate
 * nothing, unless an output device is given (that lookup scans a dump of the main table).
 */
final class RouteConfig
{
    private final NetNamespace namespace;
    private final Fib fib;
    private final AddressConfig addresses;
    private final LoopbackDevice loopback;

    RouteConfig(final NetNamespace namespace, final Fib fib, final AddressConfig addresses,
        final LoopbackDevice loopback)
    {
        this.namespace = namespace;
        this.fib = fib;
        this.addresses = addresses;
        this.loopback = loopback;
    }

    /** {@code ip route add}, or {@code replace} when {@code replace}: with the kernel's checks (fib_check_nh). */
    Route addRoute(final RouteRequest request, final boolean replace)
    {
        final int metric = Math.max(0, request.metric);
        NetDevice device = request.device;
        Scope scope = request.scope;
        if (request.gateway != 0)
        {
            // fib_check_nh_v4_gw: the gateway must resolve to a connected (link scope) or local route; one of our
            // own addresses is accepted, on the device that owns it.
            final Route local = fib.local.lookup(request.gateway);
            final Route via = local != null && local.type == Route.Type.LOCAL
                && (device == null || local.device == device) ? local : connectedRouteFor(request.gateway, device);
            if (via == null)
            {
                throw new NetlinkException(Errno.EINVAL, "Nexthop has invalid gateway.");
            }
            device = via.device;
            if (!device.adminUp)
            {
                throw new NetlinkException(Errno.ENETDOWN, "Nexthop device is not up.");
            }
            if (scope == null)
            {
                scope = Scope.UNIVERSE;
            }
        }
        else
        {
            if (device == null)
            {
                // fib_check_nh_nongw: no oif to look up, ENODEV without an extack.
                throw new NetlinkException(Errno.ENODEV);
            }
            if (!device.adminUp)
            {
                throw new NetlinkException(Errno.ENETDOWN, "Device for nexthop is not up.");
            }
            if (scope == null)
            {
                scope = Scope.LINK;
            }
        }
        final Route existing = fib.table(request.table).find(request.destination, request.prefixLength, metric);
        if (existing != null)
        {
            if (!replace)
            {
                throw new NetlinkException(Errno.EEXIST);
            }
            fib.remove(existing);
        }
        final Route route = new Route(Route.Type.UNICAST, request.table, request.destination, request.prefixLength,
            request.gateway, device, request.protocol, scope, request.preferredSource, metric);
        fib.insert(route);
        return route;
    }

    /** The connected route a gateway must sit on (lookup with scope link or narrower), on {@code device} if given. */
    private Route connectedRouteFor(final int gateway, final NetDevice device)
    {
        Route best = null;
        for (final Route route : fib.main.dump())
        {
            if (route.type == Route.Type.UNICAST && route.scope.value() >= Scope.LINK.value()
                && route.gateway == 0 && Prefix.contains(route.destination, route.prefixLength, gateway)
                && (device == null || route.device == device)
                && (best == null || route.prefixLength > best.prefixLength))
            {
                best = route;
            }
        }
        return best;
    }

    /** {@code ip route del}: the first route matching what was given; ESRCH when none. */
    void deleteRoute(final RouteRequest request)
    {
        final FibTable table = fib.table(request.table);
        for (Route route = table.chain(request.destination, request.prefixLength); route != null;
            route = route.nextSamePrefix)
        {
            if ((request.metric < 0 || route.metric == request.metric)
                && (request.gateway == 0 || route.gateway == request.gateway)
                && (request.device == null || route.device == request.device))
            {
                table.remove(route);
                return;
            }
        }
        throw new NetlinkException(Errno.ESRCH);
    }

    /** @return true when {@code address} is local to the namespace (a local route matches). */
    boolean isLocalAddress(final int address)
    {
        final Route route = fib.local.lookup(address);
        return route != null && route.type == Route.Type.LOCAL;
    }

    /**
     * ip_route_output_key: local destinations go through lo with themselves as source; with a bound interface and
     * no matching route the destination is assumed on-link, as the kernel does.
     *
     * @return false when there is no route (ENETUNREACH).
     */
    boolean routeOutput(final int destination, final int oif, final RouteResult out)
    {
        final NetDevice bound = oif == 0 ? null : namespace.deviceByIndex(oif);
        if (oif != 0 && (bound == null || !bound.adminUp))
        {
            // ip_route_output_key_hash_rcu: a bound device must be up.
            return false;
        }
        final Route localRoute = fib.local.lookup(destination);
        if (localRoute != null && localRoute.type == Route.Type.LOCAL)
        {
            out.kind = RouteResult.Kind.LOCAL;
            out.route = localRoute;
            out.device = loopback;
            out.nextHop = destination;
            // RTN_LOCAL: the route's prefsrc (127.0.0.1 for the rest of 127/8), else the destination itself.
            out.source = localRoute.preferredSource != 0 ? localRoute.preferredSource : destination;
            return true;
        }
        if (destination == 0xFFFF_FFFF)
        {
            if (bound == null)
            {
                return false;
            }
            return fill(out, RouteResult.Kind.BROADCAST, null, bound, destination);
        }
        if (localRoute != null && localRoute.type == Route.Type.BROADCAST && localRoute.destination == destination
            && localRoute.prefixLength == 32 && (bound == null || bound == localRoute.device))
        {
            return fill(out, RouteResult.Kind.BROADCAST, localRoute, localRoute.device, destination);
        }
        final Route route = bound == null ? fib.main.lookup(destination) : lookupVia(destination, bound);
        if (route == null)
        {
            if (bound != null)
            {
                return fill(out, RouteResult.Kind.UNICAST, null, bound, destination);
            }
            return false;
        }
        return fill(out, RouteResult.Kind.UNICAST, route, route.device, destination);
    }

    private boolean fill(final RouteResult out, final RouteResult.Kind kind, final Route route,
        final NetDevice device, final int destination)
    {
        out.kind = kind;
        out.route = route;
        out.device = device;
        out.nextHop = route == null ? destination : route.nextHop(destination);
        if (route != null && route.preferredSource != 0)
        {
            out.source = route.preferredSource;
        }
        else
        {
            // fib_info_update_nhc_saddr: the device's address for the gateway, or its first primary address.
            out.source = addresses.selectSourceAddress(device, route == null ? destination : route.gateway,
                Scope.LINK);
        }
        return true;
    }

    /** The main table's longest match among the routes through {@code device}, for a lookup with an oif. */
    private Route lookupVia(final int destination, final NetDevice device)
    {
        Route best = null;
        for (final Route route : fib.main.dump())
        {
            if (route.device == device && Prefix.contains(route.destination, route.prefixLength, destination)
                && (best == null || route.prefixLength > best.prefixLength))
            {
                best = route;
            }
        }
        return best;
    }
}
