package dev.nslab.stack.ipv4;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.link.LoopbackDevice;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;
import dev.nslab.stack.netlink.Scope;

/**
 * The routes users add to one namespace ({@code ip route add/replace/del} with the kernel's checks:
 * fib_table_insert, fib_create_info, fib_check_nh, fib_table_delete) and the route lookups built on fib_lookup:
 * output (ip_route_output_key_hash_rcu, ip_route_connect), input (ip_route_input_slow, fib_validate_source: the one
 * input decision, which IPv4 input, ARP and {@code ip route get ... iif} share) and "is this address ours"
 * (inet_addr_type). {@link Ipv4Namespace} is the public face of all of it. Simulation thread only.
 *
 * <p>The output, input and address lookups run for frames sent, received and forwarded and allocate nothing; they
 * share one scratch {@link FibLookup} and copy what they need into the caller's {@link RouteResult}, so none of them
 * calls another while it holds it.
 */
final class RouteConfig
{
    private static final int LIMITED_BROADCAST = 0xFFFF_FFFF;

    private final Ipv4Namespace namespace;
    private final Fib fib;
    private final AddressConfig addresses;
    private final LoopbackDevice loopback;
    private final FibLookup lookup = new FibLookup();
    private final FibLookup reverse = new FibLookup();
    /** The answers of earlier lookups, current while the FIB's generation is. */
    final RouteCache cache = new RouteCache();
    /** {@link #isLocalAddress}'s last question and answer, and the FIB generation it was answered under. */
    private int lastLocalQuestion;
    private long lastLocalGeneration = -1;
    private boolean lastLocalAnswer;
    /**
     * fib_has_custom_local_routes: a local route was added by hand (it is never cleared), so a source is no longer
     * known to be ours by the kernel's local routes alone.
     */
    private boolean customLocalRoutes;

    RouteConfig(final Ipv4Namespace namespace, final Fib fib, final AddressConfig addresses,
        final LoopbackDevice loopback)
    {
        this.namespace = namespace;
        this.fib = fib;
        this.addresses = addresses;
        this.loopback = loopback;
    }

    // ------------------------------------------------------------------------------------------ configuration

    /**
     * {@code ip route add}, or {@code replace} when {@code replace}: rtm_to_fib_config refuses host bits beyond the
     * prefix length first (before any table is made), then inet_rtm_newroute makes the table (it stays even when the
     * route is refused), fib_create_info checks the type, scope, nexthop and prefsrc, and a route of the same table,
     * prefix and metric is EEXIST or replaced in place.
     */
    Route addRoute(final RouteRequest request, final boolean replace)
    {
        final Route.Type type = request.type == null ? Route.Type.UNICAST : request.type;
        final Route.Protocol protocol = Route.Protocol.of(request.protocol < 0 ? Route.Protocol.BOOT.value()
            : request.protocol);
        final int scope = request.scope >= 0 ? request.scope : defaultScope(type, request.gateway != 0);
        final int metric = request.metric < 0 ? 0 : (int) request.metric;
        checkPrefix(request);
        final FibTable table = fib.createTable(request.table);
        if (minimumScope(type) > scope)
        {
            throw new NetlinkException(Errno.EINVAL, "Invalid scope.");
        }
        NetDevice device = request.device;
        Route gatewayRoute = null;
        if (type.isReject())
        {
            if (request.gateway != 0 || device != null)
            {
                throw new NetlinkException(Errno.EINVAL,
                    "Gateway, device and multipath can not be specified for this route type.");
            }
        }
        else
        {
            if (scope > Scope.HOST.value())
            {
                throw new NetlinkException(Errno.EINVAL, "Invalid scope.");
            }
            if (scope == Scope.HOST.value())
            {
                if (request.gateway != 0)
                {
                    throw new NetlinkException(Errno.EINVAL, "Route with host scope can not have a gateway.");
                }
                if (device == null)
                {
                    throw new NetlinkException(Errno.ENODEV);
                }
            }
            else if (request.gateway != 0)
            {
                gatewayRoute = checkGateway(request.gateway, device, table.id, scope);
                device = gatewayRoute.device;
            }
            else
            {
                // fib_check_nh_nongw: no oif to look up is ENODEV without an extack.
                if (device == null)
                {
                    throw new NetlinkException(Errno.ENODEV);
                }
                if (!device.isUp())
                {
                    throw new NetlinkException(Errno.ENETDOWN, "Device for nexthop is not up.");
                }
            }
            if (request.preferredSource != 0 && !isValidPreferredSource(request.preferredSource, table.id))
            {
                throw new NetlinkException(Errno.EINVAL, "Invalid prefsrc address.");
            }
        }
        final Route route = new Route(type, table.id, request.destination, request.prefixLength,
            type.isReject() ? 0 : request.gateway, device, protocol, scope, request.preferredSource, metric);
        // fib_check_nh_v4_gw: the nexthop's scope is that of the route its gateway was found through.
        route.gatewayOnLink = gatewayRoute != null && gatewayRoute.scopeValue() == Scope.LINK.value();
        final Route existing = table.find(request.destination, request.prefixLength, metric);
        if (existing != null)
        {
            if (!replace)
            {
                throw new NetlinkException(Errno.EEXIST);
            }
            table.replace(existing, route);
            customLocalRoutes |= type == Route.Type.LOCAL;
            return route;
        }
        fib.insert(route);
        customLocalRoutes |= type == Route.Type.LOCAL;
        return route;
    }

    /** iproute2's scope when none is given: host for local, link for broadcast and for unicast without a gateway. */
    private static int defaultScope(final Route.Type type, final boolean gateway)
    {
        return switch (type)
        {
            case LOCAL -> Scope.HOST.value();
            case BROADCAST -> Scope.LINK.value();
            case UNICAST -> gateway ? Scope.UNIVERSE.value() : Scope.LINK.value();
            default -> Scope.UNIVERSE.value();
        };
    }

    /** fib_props[type].scope: the narrowest scope value a route of the type may have. */
    private static int minimumScope(final Route.Type type)
    {
        return switch (type)
        {
            case LOCAL -> Scope.HOST.value();
            case BROADCAST -> Scope.LINK.value();
            default -> Scope.UNIVERSE.value();
        };
    }

    /**
     * rtm_to_fib_config (in kernel 6.18 there, no longer in fib_table_insert / fib_table_delete, so before the table
     * is looked up or made): bits beyond the prefix length must be zero.
     */
    private static void checkPrefix(final RouteRequest request)
    {
        if ((request.destination & ~Prefix.mask(request.prefixLength)) != 0)
        {
            throw new NetlinkException(Errno.EINVAL, "Invalid prefix for given prefix length.");
        }
    }

    /**
     * fib_check_nh_v4_gw: the gateway must resolve, at a scope wider than the route's (link at least) and through
     * {@code device} if one was given, to a unicast or local route: in the route's own table first (unless main), then
     * with a full fib_lookup (rules included). The nexthop takes that route's device and scope.
     *
     * @return the route the gateway was found through.
     */
    private Route checkGateway(final int gateway, final NetDevice device, final int tableId, final int scope)
    {
        final int minScope = Math.max(scope + 1, Scope.LINK.value());
        final int oif = device == null ? 0 : device.ifindex();
        Route found = null;
        final FibTable own = tableId == Route.Table.MAIN.id() ? null : fib.table(tableId);
        if (own != null)
        {
            found = own.lookup(gateway, minScope, oif);
            if (found != null && (found.type.isReject()))
            {
                found = null;
            }
        }
        if (found == null)
        {
            final FibLookup full = new FibLookup();
            fib.resolve(gateway, 0, loopback, device, minScope, full);
            found = full.error == null ? full.route : null;
        }
        if (found == null || (found.type != Route.Type.UNICAST && found.type != Route.Type.LOCAL))
        {
            throw new NetlinkException(Errno.EINVAL, "Nexthop has invalid gateway.");
        }
        if (!found.device.isUp())
        {
            throw new NetlinkException(Errno.ENETDOWN);
        }
        return found;
    }

    /**
     * fib_valid_prefsrc: the address must be local in the route's table (local for main), or else in local.
     */
    private boolean isValidPreferredSource(final int address, final int tableId)
    {
        final int first = tableId == Route.Table.MAIN.id() ? Route.Table.LOCAL.id() : tableId;
        return addressType(address, first) == Route.Type.LOCAL
            || first != Route.Table.LOCAL.id() && addressType(address, Route.Table.LOCAL.id()) == Route.Type.LOCAL;
    }

    /** inet_addr_type: the type of the route {@code address} finds in the local table (unicast when none). */
    Route.Type addressType(final int address)
    {
        return addressType(address, Route.Table.LOCAL.id());
    }

    /** inet_addr_type_table: the type of the route {@code address} finds in a table (unicast when none). */
    private Route.Type addressType(final int address, final int tableId)
    {
        if ((address >>> 24) == 0 || address == LIMITED_BROADCAST)
        {
            return Route.Type.BROADCAST;
        }
        if (Ipv4View.isMulticast(address))
        {
            return null; // RTN_MULTICAST
        }
        final FibTable table = fib.table(tableId);
        if (table == null)
        {
            return Route.Type.UNICAST;
        }
        final Route route = tableId == Route.Table.LOCAL.id() ? fib.localLookup(address) : table.lookup(address);
        return route == null || route.type.error() != null || route.type == Route.Type.THROW ? Route.Type.UNICAST
            : route.type;
    }

    /**
     * {@code ip route del}: fib_table_delete's first route of the prefix matching everything the request gives
     * (type, scope, prefsrc, protocol, metric, device, gateway); ESRCH when none. The prefix is checked first
     * (rtm_to_fib_config), then inet_rtm_delroute looks for the table.
     */
    void deleteRoute(final RouteRequest request)
    {
        checkPrefix(request);
        final FibTable table = fib.table(request.table == 0 ? Route.Table.MAIN.id() : request.table);
        if (table == null)
        {
            throw new NetlinkException(Errno.ESRCH, "FIB table does not exist.");
        }
        for (Route route = table.chain(request.destination, request.prefixLength); route != null;
            route = route.nextSamePrefix)
        {
            if ((request.type == null || route.type == request.type)
                && (request.scope < 0 || request.scope == Scope.NOWHERE.value() || route.scopeValue() == request.scope)
                && (request.preferredSource == 0 || route.preferredSource == request.preferredSource)
                && (request.protocol <= 0 || route.protocol.value() == request.protocol)
                && (request.metric <= 0 || route.metric == (int) request.metric)
                && (request.device == null || route.device == request.device)
                && (request.gateway == 0 || route.gateway == request.gateway))
            {
                table.remove(route);
                return;
            }
        }
        throw new NetlinkException(Errno.ESRCH);
    }

    // ------------------------------------------------------------------------------------------- addresses

    /** @return true when {@code address} is local to the namespace (inet_addr_type is RTN_LOCAL). */
    boolean isLocalAddress(final int address)
    {
        // Every echo request asks this of its destination: the last answer holds while the FIB is unchanged.
        final long generation = fib.generation();
        if (address == lastLocalQuestion && generation == lastLocalGeneration)
        {
            return lastLocalAnswer;
        }
        final Route route = fib.localLookup(address);
        final boolean local = route != null && route.type == Route.Type.LOCAL;
        lastLocalQuestion = address;
        lastLocalGeneration = generation;
        lastLocalAnswer = local;
        return local;
    }

    /**
     * inet_lookup_ifaddr: {@code address} is one of the namespace's interface addresses. Each has a local /32 in the
     * local table (behind the broadcast route of another subnet, maybe), and while no local route was added by hand
     * only they do, so the frame path asks the table rather than scanning the devices.
     */
    private boolean isInterfaceAddress(final int address)
    {
        for (Route route = fib.local.chain(address, 32); route != null; route = route.nextSamePrefix)
        {
            if (route.type == Route.Type.LOCAL)
            {
                return true;
            }
        }
        return false;
    }

    // --------------------------------------------------------------------------------------------- output

    /**
     * ip_route_output_key_hash_rcu for a flow from {@code source} (0: let routing choose) through the device with
     * index {@code oif} (0: any): a source must be ours, a bound device up; the FIB (rules included) decides, and with
     * a bound device a failed lookup means on-link; local destinations go through lo.
     *
     * @return false when there is no route ({@code out.error()} says why).
     */
    boolean routeOutput(final int destination, final int source, final int oif, final RouteResult out)
    {
        final long generation = fib.generation();
        if (cache.findOutput(generation, destination, source, oif, out))
        {
            return true;
        }
        final boolean found = lookupOutput(destination, source, oif, out);
        if (found)
        {
            cache.keepOutput(generation, destination, source, oif, out);
        }
        return found;
    }

    /** {@link #routeOutput} without the cache: the lookup itself. */
    private boolean lookupOutput(final int destination, final int source, final int oif, final RouteResult out)
    {
        out.clear();
        if (source != 0)
        {
            if (Ipv4View.isMulticast(source) || source == LIMITED_BROADCAST || (source >>> 24) == 0)
            {
                return fail(out, Errno.EINVAL);
            }
            if (!isLocalAddress(source))
            {
                return fail(out, Errno.ENETUNREACH);
            }
        }
        NetDevice bound = null;
        if (oif != 0)
        {
            bound = namespace.deviceByIndex(oif);
            if (bound == null)
            {
                return fail(out, Errno.ENODEV);
            }
            if (!bound.isUp() || !Ipv4Device.exists(bound))
            {
                // ip_route_output_key_hash_rcu: a bound device must be up and have IPv4 (an in_device, gone while
                // its MTU is below 68).
                return fail(out, Errno.ENETUNREACH);
            }
            if (destination == LIMITED_BROADCAST)
            {
                return output(out, RouteResult.Kind.BROADCAST, null, bound, destination,
                    source != 0 ? source : addresses.selectSourceAddress(bound, 0, Scope.LINK), 0, oif);
            }
        }
        if (destination == 0)
        {
            // No destination: the source, or 127.0.0.1 both ways, through lo (RTN_LOCAL).
            return output(out, RouteResult.Kind.LOCAL, null, loopback, destination,
                source != 0 ? source : 0x7F00_0001, 0, oif);
        }
        final FibLookup result = lookup;
        fib.resolve(destination, source, loopback, bound, 0, result);
        if (result.error != null)
        {
            if (bound == null)
            {
                return fail(out, result.error);
            }
            // "Apparently, routing tables are wrong. Assume, that the destination is on link."
            return output(out, RouteResult.Kind.UNICAST, null, bound, destination,
                source != 0 ? source : addresses.selectSourceAddress(bound, 0, Scope.LINK), 0, oif);
        }
        final Route route = result.route;
        if (route.type == Route.Type.LOCAL)
        {
            // RTN_LOCAL: the route's prefsrc (127.0.0.1 for the rest of 127/8), else the destination itself; out
            // through lo, but "make sure orig_oif points to fib result device": the packet comes back in on the
            // device that owns the address, whatever the flow was bound to.
            final int from = source != 0 ? source : route.preferredSource != 0 ? route.preferredSource : destination;
            return output(out, RouteResult.Kind.LOCAL, route, loopback, destination, from, result.table,
                route.device.ifindex());
        }
        int from = source;
        if (from == 0)
        {
            // fib_result_prefsrc: the route's prefsrc, else the nexthop's address (nh_saddr: inet_select_addr
            // towards the gateway at the route's own scope: universe for a gateway, so never lo's 127.0.0.1).
            from = route.preferredSource != 0 ? route.preferredSource
                : addresses.selectSourceAddress(route.device, route.gateway, scopeAtMost(route.scopeValue()));
        }
        if (destination == LIMITED_BROADCAST)
        {
            // __mkroute_output: 255.255.255.255 is broadcast out of the route's device, no gateway.
            return output(out, RouteResult.Kind.BROADCAST, null, route.device, destination, from, result.table,
                oif);
        }
        final boolean found = output(out,
            route.type == Route.Type.BROADCAST ? RouteResult.Kind.BROADCAST : RouteResult.Kind.UNICAST, route,
            route.device, destination, from, result.table, oif);
        if (found && route.redirects != null)
        {
            out.bindException(destination, namespace.machine.loop().now());
        }
        return found;
    }

    /**
     * @return the widest named scope not narrower than {@code value}: addresses only have named scopes, so comparing
     *         theirs with it is comparing them with {@code value}.
     */
    private static Scope scopeAtMost(final int value)
    {
        Scope best = Scope.UNIVERSE;
        for (final Scope scope : Scope.values())
        {
            if (scope.value() <= value && scope.value() >= best.value())
            {
                best = scope;
            }
        }
        return best;
    }

    /**
     * __mkroute_output: a loopback source only through lo, a device without IPv4 (no in_device) for nothing; lo and
     * broadcast routes keep the packet local; rt_iif is
     * {@code inputIfindex} (orig_oif: the flow's bound device, or for a local destination the device of its address).
     */
    private static boolean output(final RouteResult out, final RouteResult.Kind kind, final Route route,
        final NetDevice device, final int destination, final int source, final int table, final int inputIfindex)
    {
        if ((source >>> 24) == 127 && !device.isLoopback())
        {
            return fail(out, Errno.EINVAL);
        }
        if (!Ipv4Device.exists(device))
        {
            return fail(out, Errno.EINVAL); // no in_device: its MTU is below 68 (lo's too, for local destinations)
        }
        out.kind = kind;
        out.route = route;
        out.device = device;
        out.nextHop = route == null ? destination : route.nextHop(destination);
        out.source = source;
        out.table = table;
        out.local = device.isLoopback() || kind != RouteResult.Kind.UNICAST;
        out.inputIfindex = inputIfindex;
        return true;
    }

    private static boolean fail(final RouteResult out, final Errno error)
    {
        out.clear();
        out.error = error;
        return false;
    }

    /**
     * ip4_datagram_connect (a UDP connect, as ping's probe does): ip_route_connect looks up with no source, then again
     * with the source chosen (so {@code from} rules see it); a broadcast route is EACCES without SO_BROADCAST. A
     * failure with ENETUNREACH counts as OutNoRoutes.
     */
    boolean routeConnect(final int destination, final int oif, final RouteResult out)
    {
        if (routeOutput(destination, 0, oif, out))
        {
            final int chosen = out.source;
            routeOutput(destination, chosen, oif, out);
        }
        if (out.error == null && out.kind == RouteResult.Kind.BROADCAST)
        {
            fail(out, Errno.EACCES);
        }
        if (out.error == Errno.ENETUNREACH)
        {
            namespace.stats().outNoRoutes++;
        }
        return out.error == null;
    }

    // ---------------------------------------------------------------------------------------------- input

    /** fib_validate_source's -EINVAL: the source is refused outright (a martian source). */
    private static final int SOURCE_INVALID = -1;
    /** fib_validate_source's -EXDEV: the reverse-path filter refused the source. */
    private static final int SOURCE_REVERSE_PATH = -2;

    /**
     * ip_route_input_slow for a packet from {@code source} to {@code destination} received on {@code input} (not lo:
     * a looped-back packet keeps the route its output chose): martian addresses are EINVAL; the FIB (rules included,
     * {@code iif} the device) decides; local and broadcast destinations are delivered, unicast ones forwarded when
     * the input device forwards (IN_DEV_FORWARD; EHOSTUNREACH otherwise, and for any failed lookup without
     * forwarding); the source is validated as fib_validate_source does, with the input device's rp_filter and
     * accept_local. Every refused source counts as a martian source (rt_cache in_martian_src).
     *
     * <p>ARP asks the same question about a request's target, with its sender as source ({@code arp}: the packet is
     * not IP): a broadcast target is EINVAL (brd_input), and so is a forwarding route back out of the input device
     * (__mkroute_input: no proxy answer there, proxy_arp_pvlan being off).
     *
     * @return false when the packet cannot be delivered nor forwarded ({@code out.error()} says why: EINVAL for a
     *         martian, EXDEV for the reverse-path filter, both dropped at once; otherwise what ip_error sees).
     */
    boolean routeInput(final int destination, final int source, final NetDevice input, final boolean arp,
        final RouteResult out)
    {
        final long generation = fib.generation();
        if (cache.findInput(generation, destination, source, input, arp, out))
        {
            return true;
        }
        final boolean found = lookupInput(destination, source, input, arp, out);
        if (found)
        {
            cache.keepInput(generation, destination, source, input, arp, out);
        }
        return found;
    }

    /** {@link #routeInput} without the cache: the lookup itself. */
    private boolean lookupInput(final int destination, final int source, final NetDevice input, final boolean arp,
        final RouteResult out)
    {
        out.clear();
        if (Ipv4View.isMulticast(destination))
        {
            return failInput(out, Errno.EINVAL);
        }
        if (Ipv4View.isMulticast(source) || source == LIMITED_BROADCAST)
        {
            return martianSource(out, SOURCE_INVALID);
        }
        if (destination == LIMITED_BROADCAST || (source == 0 && destination == 0))
        {
            return broadcastInput(destination, source, input, arp, null, 0, out);
        }
        if ((source >>> 24) == 0)
        {
            return martianSource(out, SOURCE_INVALID);
        }
        if ((destination >>> 24) == 0 || (destination >>> 24) == 127)
        {
            return failInput(out, Errno.EINVAL); // a martian destination (route_localnet is off)
        }
        if ((source >>> 24) == 127)
        {
            return martianSource(out, SOURCE_INVALID);
        }
        final boolean forwarding = Ipv4Sysctls.forwards(input);
        final FibLookup result = lookup;
        fib.resolve(destination, source, input, null, 0, result);
        if (result.error != null)
        {
            return failInput(out, forwarding ? result.error : Errno.EHOSTUNREACH);
        }
        final Route route = result.route;
        final int table = result.table;
        if (route.type == Route.Type.BROADCAST)
        {
            return broadcastInput(destination, source, input, arp, route, table, out);
        }
        if (route.type == Route.Type.LOCAL)
        {
            final int valid = validateSource(source, destination, input, 0);
            if (valid < 0)
            {
                return martianSource(out, valid);
            }
            return deliver(out, RouteResult.Kind.LOCAL, route, destination, table);
        }
        if (!forwarding)
        {
            return failInput(out, Errno.EHOSTUNREACH);
        }
        if (route.type != Route.Type.UNICAST)
        {
            return failInput(out, Errno.EINVAL); // a martian destination
        }
        // __mkroute_input.
        final int valid = validateSource(source, destination, input, route.device.ifindex());
        if (valid < 0)
        {
            return martianSource(out, valid);
        }
        if (arp && route.device == input)
        {
            return failInput(out, Errno.EINVAL);
        }
        out.input = true;
        out.kind = RouteResult.Kind.UNICAST;
        out.route = route;
        out.device = route.device;
        out.nextHop = route.nextHop(destination);
        out.table = table;
        if (route.redirects != null)
        {
            out.bindException(destination, namespace.machine.loop().now());
        }
        // RTCF_DOREDIRECT: out the way it came, to a source on that link, with send_redirects on, and either
        // shared_media on or the source and the gateway on one of the device's subnets.
        out.redirect = route.device == input && valid > 0
            && namespace.sysctls.orConf(input, Setting.SEND_REDIRECTS)
            && (namespace.sysctls.orConf(input, Setting.SHARED_MEDIA)
                || AddressConfig.onLink(input, source, route.usesGateway() ? route.gateway : 0));
        return true;
    }

    /** brd_input: not for ARP; a source other than 0.0.0.0 is validated as for local delivery. */
    private boolean broadcastInput(final int destination, final int source, final NetDevice input,
        final boolean arp, final Route route, final int table, final RouteResult out)
    {
        if (arp)
        {
            return failInput(out, Errno.EINVAL);
        }
        if (source != 0)
        {
            final int valid = validateSource(source, 0, input, 0);
            if (valid < 0)
            {
                return martianSource(out, valid);
            }
        }
        return deliver(out, RouteResult.Kind.BROADCAST, route, destination, table);
    }

    private boolean deliver(final RouteResult out, final RouteResult.Kind kind, final Route route,
        final int destination, final int table)
    {
        out.input = true;
        out.kind = kind;
        out.route = route;
        out.device = loopback;
        out.nextHop = destination;
        out.table = table;
        out.local = true;
        return true;
    }

    /** ip_handle_martian_source: counted, and EINVAL, or EXDEV when the reverse-path filter refused it. */
    private boolean martianSource(final RouteResult out, final int valid)
    {
        namespace.stats().inMartianSources++;
        return failInput(out, valid == SOURCE_REVERSE_PATH ? Errno.EXDEV : Errno.EINVAL);
    }

    private static boolean failInput(final RouteResult out, final Errno error)
    {
        fail(out, error);
        out.input = true;
        return false;
    }

    /**
     * fib_validate_source for a packet received on {@code input} that leaves through the device with index
     * {@code oif} (0: delivered here). rp_filter is the larger of {@code all}'s and the device's value (1 strict,
     * any other non-zero value loose), accept_local is on when either is. Without rp_filter, and unless the packet
     * leaves the way it came (send_redirects, on, then wants to know whether the source is on that link), a source
     * is accepted with accept_local, and otherwise, while no local route was added by hand and the rules are the
     * default ones, refused only when it is one of our own addresses; every other case is __fib_validate_source's.
     *
     * @return {@link #SOURCE_INVALID}, {@link #SOURCE_REVERSE_PATH}, 1 when the source is directly on the input
     *         link, else 0.
     */
    private int validateSource(final int source, final int destination, final NetDevice input, final int oif)
    {
        final Ipv4Sysctls sysctls = namespace.sysctls;
        final int rpFilter = sysctls.maxConf(input, Setting.RP_FILTER);
        final boolean acceptLocal = sysctls.orConf(input, Setting.ACCEPT_LOCAL);
        if (rpFilter == 0 && input.ifindex() != oif)
        {
            if (acceptLocal)
            {
                return 0;
            }
            if (!customLocalRoutes && fib.tablesMerged())
            {
                return isInterfaceAddress(source) ? SOURCE_INVALID : 0;
            }
        }
        return validateSourceByRoute(source, destination, input, oif, rpFilter, acceptLocal);
    }

    /**
     * __fib_validate_source: the route back to the source (from {@code destination}, in through the output device,
     * or lo) must be unicast (or local with accept_local). Through the input device it passes, and says whether the
     * source is on that link (a nexthop of host scope); through another device it passes in loose mode, fails in
     * strict mode, and on a device without addresses (or with no route back at all) passes only without rp_filter.
     */
    private int validateSourceByRoute(final int source, final int destination, final NetDevice input, final int oif,
        final int rpFilter, final boolean acceptLocal)
    {
        final NetDevice reverseInput = oif == 0 ? loopback : namespace.deviceByIndex(oif);
        fib.resolve(source, destination, reverseInput, null, 0, reverse);
        if (reverse.error != null)
        {
            return lastResort(rpFilter);
        }
        final Route back = reverse.route;
        if (back.type != Route.Type.UNICAST && (back.type != Route.Type.LOCAL || !acceptLocal))
        {
            return SOURCE_INVALID;
        }
        if (back.device == input || (back.type == Route.Type.LOCAL && input.isLoopback()))
        {
            return back.gatewayOnLink ? 0 : 1;
        }
        if (Ipv4Device.of(input).addresses.isEmpty())
        {
            return lastResort(rpFilter);
        }
        if (rpFilter == 1)
        {
            return SOURCE_REVERSE_PATH;
        }
        // Not strict: the source passes, and is on the input link when a route through that device reaches it.
        fib.resolve(source, destination, reverseInput, input, 0, reverse);
        return reverse.error == null && reverse.route.type == Route.Type.UNICAST && !reverse.route.gatewayOnLink ? 1
            : 0;
    }

    private static int lastResort(final int rpFilter)
    {
        return rpFilter != 0 ? SOURCE_REVERSE_PATH : 0;
    }
}
