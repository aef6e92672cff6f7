package dev.nslab.stack.ipv6;

import java.util.SplittableRandom;

import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.time.Timer;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.stack.link.DeviceKind;
import dev.nslab.stack.link.DeviceNotifier;
import dev.nslab.stack.link.LinkNamespace;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourContext;
import dev.nslab.stack.neigh.NeighbourTable;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * A namespace's IPv6 (netns_ipv6): its {@code net.ipv6.conf} settings, addrconf reacting to its devices' events
 * (registered after IPv4's notifier, so each event reaches IPv4 first, as inet_init precedes inet6_init), and the
 * packets IPv6 sends by itself and takes in. Simulation thread only.
 */
public final class Ipv6Namespace implements DeviceNotifier
{
    /** NEIGH_VAR(nd_parms, RETRANS_TIME): 1 s, in jiffies (net.ipv6.neigh.DEV.retrans_time_ms is not modelled yet). */
    private static final long RETRANS_TIME_JIFFIES = KernelTimers.HZ;

    private final Machine machine;
    private final LinkNamespace link;
    private final Ipv6Sysctls sysctls = new Ipv6Sysctls();
    private final Ipv6Output output;
    private final Ndisc ndisc;
    private final Ipv6Input input;
    /** What carrying packets needs, made at the first need. */
    private Ipv6Traffic traffic;

    private final Addrconf addrconf = new Addrconf(this);
    private final Ipv6Fib fib = new Ipv6Fib();

    public Ipv6Namespace(final LinkNamespace link)
    {
        this.machine = link.machine();
        this.link = link;
        this.output = new Ipv6Output(this, machine, link.linkLayer());
        this.ndisc = new Ndisc(this, output);
        this.input = new Ipv6Input(this);
        link.linkLayer().setHandler(EthernetView.ETHERTYPE_IPV6, input);
        link.addNotifier(this);
    }

    public Ipv6Sysctls sysctls()
    {
        return sysctls;
    }

    /** @return the namespace's /proc/net/snmp6 counters. */
    public Ipv6Stats stats()
    {
        return traffic().stats();
    }

    /** @return the parts that carrying packets needs, made now if they never were. */
    Ipv6Traffic traffic()
    {
        if (traffic == null)
        {
            traffic = new Ipv6Traffic(this);
        }
        return traffic;
    }

    /** @return the namespace's IPv6 routing tables. */
    public Ipv6Fib fib()
    {
        return fib;
    }

    /**
     * {@code ip addr flush} or {@code ip addr del} of an IPv6 address: it goes, and its solicited-node group is left.
     */
    public void deleteAddress(final NetDevice device, final Ipv6InterfaceAddress address)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev != null)
        {
            addrconf.deleteAddress(idev, address, now());
        }
    }

    /**
     * {@code ip addr add ADDR/LEN dev DEV [nodad]} of an IPv6 address (inet6_addr_add).
     *
     * @throws dev.nslab.stack.netlink.NetlinkException as the kernel refuses it.
     */
    public void addAddress(final NetDevice device, final long high, final long low, final int prefixLength,
        final boolean nodad)
    {
        addrconf.addConfigured(device, high, low, prefixLength, nodad, now());
    }

    /**
     * {@code ip addr del ADDR/LEN dev DEV} of an IPv6 address (inet6_addr_del): the address with that length.
     *
     * @throws dev.nslab.stack.netlink.NetlinkException as the kernel refuses it.
     */
    public void deleteAddress(final NetDevice device, final long high, final long low, final int prefixLength)
    {
        addrconf.deleteConfigured(device, high, low, prefixLength, now());
    }

    // ------------------------------------------------------------------------------------------- user routes

    /** IP6_RT_PRIO_USER: the metric of a route added without one. */
    private static final long USER_METRIC = 1024;

    /**
     * {@code ip -6 route add} (ip6_route_add with NLM_F_EXCL) or, with {@code replace}, {@code ip -6 route replace}
     * (NLM_F_REPLACE): a route of the same prefix and metric is there already (EEXIST), or is replaced in place.
     *
     * @throws dev.nslab.stack.netlink.NetlinkException as the kernel refuses it.
     */
    public void addRoute(final Ipv6RouteRequest request, final boolean replace)
    {
        final Ipv6Route route = validatedRoute(request);
        final java.util.List<Ipv6Route> main = fib.mainRoutes();
        for (int i = 0; i < main.size(); i++)
        {
            final Ipv6Route other = main.get(i);
            if (other.samePrefix(route.high, route.low, route.prefixLength) && other.metric == route.metric)
            {
                if (!replace)
                {
                    throw new NetlinkException(NetlinkException.Errno.EEXIST);
                }
                main.set(i, route);
                return;
            }
        }
        fib.insertMain(route);
    }

    /**
     * {@code ip -6 route del}: the first route of the prefix that the given device, gateway, metric and type
     * match (ip6_route_del); none is ESRCH, or ENOENT when only the tree's root (::/0's null entry) would have matched.
     */
    public void deleteRoute(final Ipv6RouteRequest request)
    {
        final long high = request.high() & Ipv6Address.prefixMaskHigh(request.prefixLength());
        final long low = request.low() & Ipv6Address.prefixMaskLow(request.prefixLength());
        for (final Ipv6Route route : fib.mainRoutes())
        {
            if (!route.samePrefix(high, low, request.prefixLength())
                || request.device() != null && route.device != request.device()
                || request.hasGateway() && (!route.hasGateway || route.gatewayHigh != request.gatewayHigh()
                    || route.gatewayLow != request.gatewayLow())
                || request.metric() > 0 && route.metric != request.metric()
                || request.protocol() >= 0 && route.protocol != request.protocol()
                || request.type() != Ipv6Route.Type.UNICAST && route.type != request.type())
            {
                continue;
            }
            fib.remove(Ipv6Fib.MAIN, route);
            return;
        }
        // ip6_null_entry: out of lo, no gateway, metric ~0, proto kernel.
        final boolean nullEntryMatches = request.prefixLength() == 0
            && (request.device() == null || request.device() == link.loopback()) && !request.hasGateway()
            && (request.metric() <= 0 || request.metric() == 0xFFFF_FFFFL)
            && (request.protocol() < 0 || request.protocol() == Ipv6Route.PROTOCOL_KERNEL);
        throw new NetlinkException(nullEntryMatches ? NetlinkException.Errno.ENOENT : NetlinkException.Errno.ESRCH);
    }

    /**
     * {@code ip -6 route get ADDR [oif DEV]} (ip6_route_output, then ip6_route_get_saddr): one of our addresses is
     * reached through lo by its local route (with {@code oif}, only through the address's own device), a multicast address by the device's ff00::/8, any other by the main
     * table's most specific route (the first of its prefix in the table's order), through {@code oif} when given.
     *
     * @throws NetlinkException ENETUNREACH without a route, or the reject route's error.
     */
    public Ipv6RouteLookup routeGet(final long high, final long low, final NetDevice oif)
    {
        final Ipv6Route found = routeOutput(high, low, oif);
        if (found == null)
        {
            throw new NetlinkException(NetlinkException.Errno.ENETUNREACH);
        }
        switch (found.type)
        {
            case UNREACHABLE -> throw new NetlinkException(NetlinkException.Errno.EHOSTUNREACH);
            case BLACKHOLE -> throw new NetlinkException(NetlinkException.Errno.EINVAL);
            case PROHIBIT -> throw new NetlinkException(NetlinkException.Errno.EACCES);
            case LOCAL ->
            {
                return new Ipv6RouteLookup(found, link.loopback(), true, high, low);
            }
            default ->
            {
            }
        }
        final long[] source = new long[2];
        final boolean hasSource = chooseSource(found.device, high, low, source);
        return new Ipv6RouteLookup(found, found.device, hasSource, source[0], source[1]);
    }

    /**
     * ip6_route_output's route: one of our addresses by its local route (with {@code oif}, only through the
     * address's own device: RT6_LOOKUP_F_IFACE), a multicast address by the device's ff00::/8, any other by the
     * main table's most specific route (the first of its prefix in the table's order), through {@code oif} when
     * given; reject routes are returned as they are.
     *
     * @return the route, or null when there is none (ENETUNREACH).
     */
    Ipv6Route routeOutput(final long high, final long low, final NetDevice oif)
    {
        final java.util.List<Ipv6Route> local = fib.localRoutes();
        final boolean multicast = Ipv6Address.isMulticast(high);
        for (int i = 0, n = local.size(); i < n; i++)
        {
            final Ipv6Route route = local.get(i);
            if ((oif == null || route.device == oif) && (multicast ? route.type == Ipv6Route.Type.MULTICAST
                : route.type == Ipv6Route.Type.LOCAL && route.high == high && route.low == low))
            {
                return route;
            }
        }
        if (multicast)
        {
            return null;
        }
        Ipv6Route found = null;
        final java.util.List<Ipv6Route> main = fib.mainRoutes();
        for (int i = 0, n = main.size(); i < n; i++)
        {
            final Ipv6Route route = main.get(i);
            if (Ipv6Fib.contains(route, high, low) && (oif == null || route.device == oif)
                && (found == null || route.prefixLength > found.prefixLength))
            {
                found = route;
            }
        }
        return found;
    }

    /**
     * @return the local route of one of our addresses whose DAD passed (on {@code device} only, when given), or
     *         null: what ip6_route_input finds for a packet to this host.
     */
    Ipv6Route localRoute(final long high, final long low, final NetDevice device)
    {
        final java.util.List<Ipv6Route> local = fib.localRoutes();
        for (int i = 0, n = local.size(); i < n; i++)
        {
            final Ipv6Route route = local.get(i);
            if (route.type == Ipv6Route.Type.LOCAL && route.high == high && route.low == low
                && (device == null || route.device == device))
            {
                return route;
            }
        }
        return null;
    }

    /**
     * ip6_datagram_connect's route for a UDP socket (ping's probe): the source is chosen first (ip6_dst_lookup_tail
     * picks it even along the null route or a reject route, from any device's addresses), so no usable address
     * anywhere is EADDRNOTAVAIL before the route's own error.
     *
     * @param source receives {high, low} of the chosen source.
     * @return null when connect() succeeds, else its errno.
     */
    public NetlinkException.Errno connect(final long high, final long low, final NetDevice oif, final long[] source)
    {
        final Ipv6Route route = routeOutput(high, low, oif);
        // ip6_route_get_saddr of an error route has no device: the source may then come from any device.
        if (!chooseSource(route == null || !route.isUsable() ? null : route.device, high, low, source))
        {
            return NetlinkException.Errno.EADDRNOTAVAIL;
        }
        if (route == null)
        {
            return NetlinkException.Errno.ENETUNREACH;
        }
        switch (route.type)
        {
            case UNREACHABLE ->
            {
                return NetlinkException.Errno.EHOSTUNREACH;
            }
            case BLACKHOLE ->
            {
                return NetlinkException.Errno.EINVAL;
            }
            case PROHIBIT ->
            {
                return NetlinkException.Errno.EACCES;
            }
            default ->
            {
            }
        }
        return null;
    }

    /**
     * ipv6_dev_get_saddr for a destination reached out of {@code outDevice} (null: an error route).
     *
     * @param chosen receives {high, low} of the source.
     * @return whether a source is usable.
     */
    boolean chooseSource(final NetDevice outDevice, final long high, final long low, final long[] chosen)
    {
        return SourceAddressSelection.choose(link.devicesInIndexOrder(), outDevice, high, low, chosen);
    }

    /** @return whether the device holds the address in a state sockets may send from (not tentative, not failed). */
    public boolean isUsableSource(final NetDevice device, final long high, final long low)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        final Ipv6InterfaceAddress address = idev == null ? null : idev.find(high, low);
        return address != null && address.isUsable();
    }

    /** ip6_route_info_create's checks, in its order, and the route they make. */
    private Ipv6Route validatedRoute(final Ipv6RouteRequest request)
    {
        final long metric = request.metric() >= 0 ? request.metric() : USER_METRIC;
        final int protocol = request.protocol() >= 0 ? request.protocol() : Ipv6Route.PROTOCOL_BOOT;
        final int length = request.prefixLength();
        final long high = request.high() & Ipv6Address.prefixMaskHigh(length);
        final long low = request.low() & Ipv6Address.prefixMaskLow(length);
        if (request.type() != Ipv6Route.Type.UNICAST)
        {
            // Reject routes lead nowhere: the kernel hangs them on the loopback and forgets any gateway.
            return new Ipv6Route(high, low, length, request.type(), link.loopback(), metric, protocol);
        }
        NetDevice device = request.device();
        if (request.hasGateway())
        {
            device = validatedGatewayDevice(request, device);
        }
        // fib6_nh_init's order: a device without IPv6 (an MTU below 1280) is no device, then disable_ipv6, then up.
        final Ipv6Device nexthopIdev = device == null ? null : Ipv6Device.of(device);
        if (nexthopIdev == null)
        {
            throw new NetlinkException(NetlinkException.Errno.ENODEV);
        }
        if (nexthopIdev.config.disableIpv6 != 0)
        {
            throw new NetlinkException(NetlinkException.Errno.EACCES, "IPv6 is disabled on nexthop device.");
        }
        if (!device.isUp())
        {
            throw new NetlinkException(NetlinkException.Errno.ENETDOWN, "Nexthop device is not up.");
        }
        final Ipv6Route route = new Ipv6Route(high, low, length, Ipv6Route.Type.UNICAST, device, metric, protocol,
            request.hasGateway(), request.gatewayHigh(), request.gatewayLow());
        route.linkDown = !device.hasCarrier();
        return route;
    }

    /**
     * ip6_validate_gw, in its order: with a device given, the gateway must not be local (a link-local one on that
     * device, another on any); only unicast gateways; a link-local one needs its device, another a route on a link
     * the main table reaches directly (ip6_route_check_nh), which gives the device; not the loopback; then, the
     * device now known, the local check for a route given without one.
     *
     * @return the route's device.
     */
    private NetDevice validatedGatewayDevice(final Ipv6RouteRequest request, final NetDevice given)
    {
        final long gatewayHigh = request.gatewayHigh();
        final long gatewayLow = request.gatewayLow();
        final boolean linkLocal = (gatewayHigh & 0xFFC0_0000_0000_0000L) == Ipv6Address.LINK_LOCAL_HIGH;
        if (given != null && isLocalGateway(gatewayHigh, gatewayLow, linkLocal, given))
        {
            throw new NetlinkException(NetlinkException.Errno.EINVAL, "Gateway can not be a local address.");
        }
        NetDevice device = given;
        if (!linkLocal)
        {
            if ((gatewayHigh >>> 56) == 0xFF || gatewayHigh == 0 && gatewayLow == 0)
            {
                throw new NetlinkException(NetlinkException.Errno.EINVAL, "Invalid gateway address.");
            }
            final Ipv6Route onLink = onLinkRoute(gatewayHigh, gatewayLow, given);
            if (onLink == null)
            {
                throw new NetlinkException(NetlinkException.Errno.EHOSTUNREACH);
            }
            device = onLink.device;
        }
        if (device == null)
        {
            throw new NetlinkException(NetlinkException.Errno.EINVAL, "Egress device not specified.");
        }
        if (device == link.loopback())
        {
            throw new NetlinkException(NetlinkException.Errno.EINVAL,
                "Egress device can not be loopback device for this route.");
        }
        if (given == null && isLocalGateway(gatewayHigh, gatewayLow, linkLocal, device))
        {
            throw new NetlinkException(NetlinkException.Errno.EINVAL, "Gateway can not be a local address.");
        }
        return device;
    }

    /** ipv6_chk_addr_and_flags as ip6_validate_gw asks it: a link-local gateway on its device, another anywhere. */
    private boolean isLocalGateway(final long high, final long low, final boolean linkLocal, final NetDevice device)
    {
        if (!linkLocal)
        {
            return isLocalAddress(high, low);
        }
        final Ipv6Device idev = Ipv6Device.of(device);
        return idev != null && idev.find(high, low) != null;
    }

    /**
     * ip6_route_check_nh: the local route of the address, else the main table's most specific route that holds it
     * (out of {@code device} when
     * given: the lookup is then strict about the interface and backs off to shorter prefixes), and it must lead
     * straight to a link: no reject route, no gateway, not the loopback.
     *
     * @return that route, or null (No route to host).
     */
    private Ipv6Route onLinkRoute(final long high, final long low, final NetDevice device)
    {
        // fib6_lookup's rules read the local table first: one of our addresses is found by its local route, even
        // while its device is down (the route stays), and that route's device is the gateway's
        for (final Ipv6Route route : fib.localRoutes())
        {
            if ((route.type == Ipv6Route.Type.LOCAL || route.type == Ipv6Route.Type.ANYCAST) && route.high == high
                && route.low == low && (device == null || route.device == device))
            {
                return route;
            }
        }
        Ipv6Route best = null;
        for (final Ipv6Route route : fib.mainRoutes())
        {
            if (!Ipv6Fib.contains(route, high, low) || device != null && route.device != device)
            {
                continue;
            }
            if (best == null || route.prefixLength > best.prefixLength
                || route.prefixLength == best.prefixLength && route.metric < best.metric)
            {
                best = route;
            }
        }
        if (best == null || best.type != Ipv6Route.Type.UNICAST || best.hasGateway || best.device == link.loopback())
        {
            return null;
        }
        return best;
    }

    /**
     * ipv6_chk_addr(net, addr, NULL, 0): an address of ours on any device that sockets may use (not tentative), as
     * rawv6_bind and icmp6_send ask.
     */
    public boolean isUsableLocalAddress(final long high, final long low)
    {
        for (final NetDevice device : link.devicesInIndexOrder())
        {
            if (isUsableSource(device, high, low))
            {
                return true;
            }
        }
        return false;
    }

    /** @return true when some device of the namespace holds the address. */
    boolean isLocalAddress(final long high, final long low)
    {
        for (final NetDevice device : link.devicesInIndexOrder())
        {
            final Ipv6Device idev = Ipv6Device.of(device);
            if (idev != null && idev.find(high, low) != null)
            {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code net.ipv6.conf.all.forwarding} (addrconf_fixup_forwarding): default takes the value too, and every device
     * whose forwarding changes joins or leaves the all-routers groups and its addresses' subnet-router anycasts.
     */
    public void writeAllForwarding(final int value, final Iterable<NetDevice> devices)
    {
        sysctls.writableAll().forwarding = value;
        sysctls.writableDefaults().forwarding = value;
        for (final NetDevice device : devices)
        {
            writeDeviceForwarding(device, value);
        }
    }

    /**
     * {@code net.ipv6.conf.all.disable_ipv6} (addrconf_disable_ipv6): default takes the value too, and every
     * device whose setting changes is turned off or on (dev_disable_change).
     */
    public void writeAllDisableIpv6(final int value, final Iterable<NetDevice> devices)
    {
        sysctls.writableAll().disableIpv6 = value;
        sysctls.writableDefaults().disableIpv6 = value;
        for (final NetDevice device : devices)
        {
            writeDeviceDisableIpv6(device, value);
        }
    }

    /**
     * {@code net.ipv6.conf.DEV.disable_ipv6}: turning it on takes every IPv6 address and route of the device away
     * (addrconf_ifdown); turning it off configures the device again as NETDEV_UP would (its link-local, or ::1 on
     * lo, once the link is ready; configured addresses are not restored).
     */
    public void writeDeviceDisableIpv6(final NetDevice device, final int value)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null)
        {
            return;
        }
        final boolean changed = (idev.config.disableIpv6 == 0) != (value == 0);
        idev.writableConfig().disableIpv6 = value;
        if (!changed)
        {
            return;
        }
        if (value != 0)
        {
            addrconf.ifdown(device, false);
        }
        else if (device.isUp())
        {
            addrconf.linkEvent(device, true, now());
        }
    }

    /** {@code net.ipv6.conf.DEV.forwarding}: dev_forward_change when it turns on or off. */
    public void writeDeviceForwarding(final NetDevice device, final int value)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null)
        {
            return;
        }
        final boolean changed = (idev.config.forwarding == 0) != (value == 0);
        idev.writableConfig().forwarding = value;
        if (changed)
        {
            addrconf.forwardingChanged(idev, now());
        }
    }

    // ------------------------------------------------------------------------------------------- device events

    @Override
    public void registered(final NetDevice device)
    {
        addrconf.registered(device, now());
    }

    @Override
    public void up(final NetDevice device)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev != null)
        {
            if (device.kind() == DeviceKind.BRIDGE)
            {
                // br_dev_open joins all snoopers first (multicast snooping is on in a new bridge).
                idev.mld.joinSnoopers();
            }
            idev.mld.install();
        }
        addrconf.linkEvent(device, true, now());
    }

    @Override
    public void down(final NetDevice device)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev != null && device.kind() == DeviceKind.BRIDGE)
        {
            // br_dev_stop leaves it while the bridge is still up: the leave is reported.
            idev.mld.leave(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_SNOOPERS_LOW, now());
        }
        addrconf.down(device);
    }

    @Override
    public void unregistering(final NetDevice device)
    {
        addrconf.unregistering(device);
    }

    @Override
    public void mtuChanged(final NetDevice device, final int oldMtu)
    {
        addrconf.mtuChanged(device, now());
    }

    @Override
    public void addressChanged(final NetDevice device)
    {
        // The link-local address keeps the old MAC's identifier until the device next comes up.
    }

    @Override
    public void renaming(final NetDevice device, final String newName)
    {
    }

    @Override
    public void operStateChanged(final NetDevice device)
    {
        if (!device.hasCarrier())
        {
            // ndisc_netdev_event NETDEV_CHANGE: neigh_carrier_down(&nd_tbl, dev).
            final NeighbourTable neighbours = Ipv6Device.neighboursIfAny(device);
            if (neighbours != null)
            {
                neighbours.clearKeepingPermanent();
            }
        }
        addrconf.linkEvent(device, false, now());
        if (Ipv6Device.of(device) != null)
        {
            // rt6_sync_up / rt6_sync_down_dev: the device's routes follow whether its link is ready.
            fib.linkStateChanged(device);
        }
    }

    // ------------------------------------------------------------------------------------------- for the family

    Addrconf addrconf()
    {
        return addrconf;
    }

    Ndisc ndisc()
    {
        return ndisc;
    }

    Icmpv6 icmp()
    {
        return traffic().icmp();
    }

    Ipv6Input input()
    {
        return input;
    }

    Ipv6PathMtu pathMtu()
    {
        return traffic().pathMtu();
    }

    /** @return the path MTU toward a destination out of a device: the device's, unless a packet too big lowered it. */
    int pathMtu(final long high, final long low, final int deviceMtu, final long now)
    {
        final Ipv6PathMtu learnt = traffic == null ? null : traffic.pathMtuIfAny();
        return learnt == null ? deviceMtu : learnt.mtu(high, low, deviceMtu, now);
    }

    /**
     * @return {mtu, expiry in ns} of the route cache's entry for a destination (what {@code ip -6 route get} prints
     *         as {@code expires Nsec mtu M}), or null.
     */
    public long[] cachedPathMtu(final long high, final long low)
    {
        final Ipv6PathMtu learnt = traffic == null ? null : traffic.pathMtuIfAny();
        return learnt == null ? null : learnt.entry(high, low, now());
    }

    /** @return {high, low, mtu, expiry in ns} of each route cache entry ({@code ip -6 route show cache}). */
    public java.util.List<long[]> cachedPathMtus()
    {
        final Ipv6PathMtu learnt = traffic == null ? null : traffic.pathMtuIfAny();
        return learnt == null ? java.util.List.of() : learnt.live(now());
    }

    /**
     * {@code ip -6 route flush}'s RTM_DELROUTE of one dumped route (kernel-made ones too, as the kernel allows).
     *
     * @return false when the route was gone already.
     */
    public boolean removeRoute(final int table, final Ipv6Route route)
    {
        return fib.remove(table, route);
    }

    /** {@code ip -6 route flush cache}: the learnt path MTUs go. */
    public void flushRouteCache()
    {
        final Ipv6PathMtu learnt = traffic == null ? null : traffic.pathMtuIfAny();
        if (learnt != null)
        {
            learnt.flush();
        }
    }

    Ipv6Reassembly reassembly()
    {
        return traffic().reassembly();
    }

    /** @return a pooled frame holding a copy of the bytes. */
    dev.nslab.core.frame.Frame copyOf(final byte[] bytes)
    {
        return machine.pool().acquireCopy(bytes, 0, bytes.length);
    }

    /** Schedules a timer {@code delayNs} from now (a timeout counted in time, not on the timer wheel). */
    void scheduleIn(final Timer timer, final long delayNs, final long now)
    {
        machine.loop().schedule(timer, now + delayNs);
    }

    Ipv6Forwarding forwarding()
    {
        return traffic().forwarding();
    }

    NeighbourContext ndiscContext()
    {
        return machine.ndiscContext();
    }

    NetDevice loopback()
    {
        return link.loopback();
    }

    /** @return the namespace's devices, in the order they were registered. */
    public Iterable<NetDevice> devices()
    {
        return link.devices();
    }

    /** @return the MTU of the last socket send refused as too long (the ee_info of its local error). */
    public int localErrorMtu()
    {
        return output.localErrorMtu();
    }

    /** @return the namespace's device with this index, or null. */
    public NetDevice deviceByIndex(final int ifindex)
    {
        return link.deviceByIndex(ifindex);
    }

    Ipv6Output output()
    {
        return output;
    }

    SplittableRandom random()
    {
        return machine.addrconfRandom();
    }

    /**
     * A delay the kernel draws uniformly below {@code bound} (get_random_u32_below): DAD's first solicitation, the
     * repeats of MLD reports, the router solicitations' back-off. nslab takes the middle of the range, with a
     * seeded jitter of an eighth of it: whenever a scenario looks, what has gone out is then what the kernel
     * shows most often at that moment (an event due at a uniform time in [0, b) has happened by t in most runs
     * exactly when t is past b/2, and so for sums of such delays), and two ends never draw the same instant, so
     * that one of two duplicate addresses wins DAD as on the kernel. The outcome is still the same for a seed.
     */
    long typicalBelow(final long bound)
    {
        final long middle = bound / 2;
        final long jitter = bound / 16;
        return jitter == 0 ? middle : middle - jitter + random().nextLong(2 * jitter + 1);
    }

    long now()
    {
        return machine.loop().now();
    }

    long jiffies(final long now)
    {
        return machine.timers().jiffies(now);
    }

    long retransTimeJiffies(final Ipv6Device idev)
    {
        return RETRANS_TIME_JIFFIES;
    }

    /** @return unsolicited_report_interval for MLDv2, in jiffies, at least 1. */
    long unsolicitedReportInterval(final Ipv6Device idev)
    {
        return Math.max(1, idev.config.mldv2UnsolicitedReportIntervalJiffies);
    }

    /** Arms a delayed work item: queued at once for no delay, else on a timer rounded as the kernel's wheel does. */
    void armWork(final Timer work, final long delayJiffies, final long now)
    {
        if (delayJiffies <= 0)
        {
            machine.loop().schedule(work, now);
            return;
        }
        armTimer(work, delayJiffies, now);
    }

    /** Work at a time the caller chose (already through the timer wheel's rounding). */
    void scheduleAt(final Timer work, final long timeNs)
    {
        machine.loop().schedule(work, timeNs);
    }

    /** mod_timer(timer, jiffies + delay). */
    void armTimer(final Timer timer, final long delayJiffies, final long now)
    {
        final KernelTimers timers = machine.timers();
        machine.loop().schedule(timer, timers.fireTime(now, timers.jiffies(now) + delayJiffies));
    }

    void cancel(final Timer timer)
    {
        machine.loop().cancel(timer);
    }
}
