package dev.nslab.stack.ipv4;

import java.util.List;

import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;
import dev.nslab.stack.netlink.Scope;

/**
 * The IPv4 addresses of one namespace's devices and the routes the kernel makes and removes for them, ported from
 * net/ipv4/devinet.c (inet_rtm_newaddr, __inet_insert_ifa, inet_rtm_deladdr, __inet_del_ifa, inetdev_event,
 * inet_select_addr) and net/ipv4/fib_frontend.c (fib_add_ifaddr, fib_del_ifaddr, fib_inetaddr_event,
 * fib_disable_ip); {@link Ipv4Namespace} is the public face of all of it. Simulation thread only.
 *
 * <p>A device's list is in the kernel's order, which {@code ip addr} shows: a primary address goes after the last
 * primary whose scope is at least its own (so host-scope addresses come first), a secondary (one whose subnet a
 * listed address already holds, same mask) goes last. Deleting a primary deletes its secondaries, unless
 * {@code promote_secondaries} is on for the device ({@code all} or its own): then the first of them becomes primary,
 * moves up behind the last primary, and the subnet's routes move to it.
 */
final class AddressConfig
{
    private static final int LOCAL_OK = 1;
    private static final int BRD_OK = 2;
    private static final int BRD0_OK = 4;
    private static final int BRD1_OK = 8;

    private final Ipv4Namespace namespace;
    private final Fib fib;

    AddressConfig(final Ipv4Namespace namespace, final Fib fib)
    {
        this.namespace = namespace;
        this.fib = fib;
    }

    /**
     * {@code ip addr add A/P dev DEV [brd B]} (inet_rtm_newaddr): EEXIST for the same address in the same subnet;
     * 127/8 gets scope host, as iproute2 asks; 0.0.0.0 is accepted and adds nothing.
     */
    void addAddress(final NetDevice device, final int address, final int prefixLength, final int broadcast)
    {
        if (!Ipv4Device.exists(device))
        {
            throw new NetlinkException(Errno.ENOBUFS); // rtm_to_ifaddr: no in_device
        }
        final Scope scope = (address >>> 24) == 127 ? Scope.HOST : Scope.UNIVERSE;
        final InterfaceAddress added = new InterfaceAddress(address, prefixLength, broadcast, scope, device.name());
        for (final InterfaceAddress existing : Ipv4Device.of(device).addresses)
        {
            // find_matching_ifa: same mask, same subnet, same local address.
            if (existing.sameSubnet(added) && existing.address() == address)
            {
                throw new NetlinkException(Errno.EEXIST, "ipv4: Address already assigned.");
            }
        }
        if (address == 0)
        {
            return;
        }
        insert(device, added, true);
    }

    /**
     * __inet_insert_ifa, then the NETDEV_UP address notifier (fib_add_ifaddr).
     *
     * @param strict true for a netlink request (errors are thrown); false for the kernel's own (errors ignored).
     */
    private void insert(final NetDevice device, final InterfaceAddress added, final boolean strict)
    {
        fib.invalidateRoutes(); // source selection reads the address lists
        final List<InterfaceAddress> list = Ipv4Device.of(device).addresses;
        int lastPrimary = 0;
        boolean secondary = false;
        for (int i = 0; i < list.size(); i++)
        {
            final InterfaceAddress existing = list.get(i);
            if (!existing.isSecondary() && added.scope().value() <= existing.scope().value())
            {
                lastPrimary = i + 1;
            }
            if (existing.sameSubnet(added))
            {
                if (existing.address() == added.address())
                {
                    if (strict)
                    {
                        throw new NetlinkException(Errno.EEXIST, "ipv4: Address already assigned.");
                    }
                    return;
                }
                if (existing.scope() != added.scope())
                {
                    if (strict)
                    {
                        throw new NetlinkException(Errno.EINVAL, "ipv4: Invalid scope value.");
                    }
                    return;
                }
                secondary = true;
            }
        }
        // ipv4_devconf_setall: from now on net.ipv4.conf.default no longer reaches this device.
        Ipv4Device.of(device).config.markAllExplicitlySet();
        added.secondary(secondary);
        list.add(secondary ? list.size() : lastPrimary, added);
        addRoutes(device, added);
    }

    /** @return inet_ifa_byprefix: the first primary address with this mask whose subnet holds {@code prefix}. */
    private static InterfaceAddress primaryByPrefix(final NetDevice device, final int prefix, final int prefixLength)
    {
        for (final InterfaceAddress address : Ipv4Device.of(device).addresses)
        {
            if (!address.isSecondary() && address.prefixLength() == prefixLength && address.covers(prefix))
            {
                return address;
            }
        }
        return null;
    }

    /** @return true when another address of the device covers the same subnet first (a secondary address). */
    boolean isSecondary(final NetDevice device, final InterfaceAddress address)
    {
        return address.isSecondary();
    }

    /**
     * fib_add_ifaddr: the local route, then on an up device the explicit broadcast, the subnet route (local on a
     * loopback) and the subnet broadcast; every route takes the subnet's primary address as its source.
     */
    private void addRoutes(final NetDevice device, final InterfaceAddress address)
    {
        InterfaceAddress primary = address;
        if (address.isSecondary())
        {
            primary = primaryByPrefix(device, address.network(), address.prefixLength());
            if (primary == null)
            {
                return;
            }
        }
        final int source = primary.address();
        final int local = address.address();
        addKernelRoute(Route.Type.LOCAL, local, 32, device, source);
        if (!device.isUp())
        {
            return;
        }
        if (address.broadcast() != 0 && address.broadcast() != 0xFFFF_FFFF)
        {
            addKernelRoute(Route.Type.BROADCAST, address.broadcast(), 32, device, source);
        }
        final int prefix = address.network();
        if (prefix != 0 && !address.isSecondary() && (prefix != local || address.prefixLength() < 32))
        {
            addKernelRoute(device.isLoopback() ? Route.Type.LOCAL : Route.Type.UNICAST, prefix,
                address.prefixLength(), device, source);
            if (address.prefixLength() < 31)
            {
                addKernelRoute(Route.Type.BROADCAST, prefix | ~address.mask(), 32, device, source);
            }
        }
    }

    /**
     * fib_magic RTM_NEWROUTE: unicast routes go to the main table, the others to the local one. fib_create_info
     * refuses (and fib_magic ignores) a route whose source is not a local address (fib_valid_prefsrc): the local
     * table's answer for it (the merged local/main trie while the rules are the default ones) must be a local route,
     * which it is not when the address is also the broadcast address of another subnet of the device, added before
     * it.
     */
    private void addKernelRoute(final Route.Type type, final int destination, final int prefixLength,
        final NetDevice device, final int source)
    {
        if (type != Route.Type.LOCAL || destination != source)
        {
            final Route sourceRoute = fib.localLookup(source);
            if (sourceRoute == null || sourceRoute.type != Route.Type.LOCAL)
            {
                return;
            }
        }
        final Route.Table table = type == Route.Type.UNICAST ? Route.Table.MAIN : Route.Table.LOCAL;
        final Scope scope = type == Route.Type.LOCAL ? Scope.HOST : Scope.LINK;
        fib.insertKernelRoute(new Route(type, table, destination, prefixLength, 0, device, Route.Protocol.KERNEL,
            scope, source, 0));
    }

    /** fib_magic RTM_DELROUTE: the first kernel route of this type, prefix, device and source goes, if there is one. */
    private void deleteKernelRoute(final Route.Type type, final int destination, final int prefixLength,
        final NetDevice device, final int source)
    {
        final Route.Table table = type == Route.Type.UNICAST ? Route.Table.MAIN : Route.Table.LOCAL;
        final Scope scope = type == Route.Type.LOCAL ? Scope.HOST : Scope.LINK;
        for (Route route = fib.table(table).chain(destination & Prefix.mask(prefixLength), prefixLength);
            route != null; route = route.nextSamePrefix)
        {
            if (route.type == type && route.scopeValue() == scope.value() && route.protocol == Route.Protocol.KERNEL
                && route.device == device && route.gateway == 0 && route.preferredSource == source)
            {
                fib.remove(route);
                return;
            }
        }
    }

    /**
     * fib_del_ifaddr: the routes of {@code address} go, except those another address still needs (the local route
     * of a local address held twice, broadcasts another subnet shares); when the address is gone from the namespace,
     * every main-table route that took it as source goes too (fib_sync_down_addr).
     *
     * @param primaryGoing the primary being deleted when its secondaries' routes are moved (promotion), or null.
     * @param dead         true when the device is going away (no address is kept).
     */
    private void deleteRoutes(final NetDevice device, final InterfaceAddress address,
        final InterfaceAddress primaryGoing, final boolean dead)
    {
        InterfaceAddress primary = address;
        final int brd = address.address() | ~address.mask();
        final int any = address.network();
        int ok = 0;
        boolean subnet = false;
        boolean gone = true;
        boolean samePreferredSource = false;
        if (address.isSecondary())
        {
            primary = primaryByPrefix(device, any, address.prefixLength());
            if (primary == null || (primaryGoing != null && primaryGoing != primary))
            {
                return;
            }
        }
        else if (any != 0 && (any != address.address() || address.prefixLength() < 32))
        {
            deleteKernelRoute(device.isLoopback() ? Route.Type.LOCAL : Route.Type.UNICAST, any,
                address.prefixLength(), device, primary.address());
            subnet = true;
        }
        if (!dead)
        {
            InterfaceAddress primary1 = null;
            for (final InterfaceAddress other : Ipv4Device.of(device).addresses)
            {
                if (other == address)
                {
                    gone = false;
                    continue;
                }
                if (primaryGoing != null && primaryGoing.sameSubnet(other))
                {
                    continue;
                }
                if (other.isSecondary())
                {
                    if (primary.sameSubnet(other))
                    {
                        primary1 = primary;
                    }
                    else
                    {
                        if (!samePreferredSource)
                        {
                            continue;
                        }
                        if (primary1 == null || !primary1.sameSubnet(other))
                        {
                            primary1 = primaryByPrefix(device, other.address(), other.prefixLength());
                        }
                        if (primary1 == null || primary1.address() != primary.address())
                        {
                            continue;
                        }
                    }
                }
                else
                {
                    if (primary.address() != other.address())
                    {
                        continue;
                    }
                    primary1 = other;
                    if (primary != primary1)
                    {
                        samePreferredSource = true;
                    }
                }
                ok |= sharedRoutes(address, brd, any, other, primary1 == other);
            }
        }
        if ((ok & BRD_OK) == 0)
        {
            deleteKernelRoute(Route.Type.BROADCAST, address.broadcast(), 32, device, primary.address());
        }
        if (subnet && address.prefixLength() < 31)
        {
            if ((ok & BRD1_OK) == 0)
            {
                deleteKernelRoute(Route.Type.BROADCAST, brd, 32, device, primary.address());
            }
            if ((ok & BRD0_OK) == 0)
            {
                deleteKernelRoute(Route.Type.BROADCAST, any, 32, device, primary.address());
            }
        }
        if ((ok & LOCAL_OK) == 0)
        {
            final int local = address.address();
            deleteKernelRoute(Route.Type.LOCAL, local, 32, device, primary.address());
            if (gone && !namespace.isLocalAddress(local))
            {
                // fib_sync_down_addr: the main table's routes whose source this was die (fib_flush).
                fib.removeIf(route -> route.table == Route.Table.MAIN.id() && route.preferredSource == local);
            }
        }
    }

    /** @return fib_del_ifaddr's ok bits for the routes of {@code address} that {@code other} also needs. */
    private static int sharedRoutes(final InterfaceAddress address, final int brd, final int any,
        final InterfaceAddress other, final boolean otherIsItsPrimary)
    {
        int ok = 0;
        if (address.address() == other.address())
        {
            ok |= LOCAL_OK;
        }
        if (address.broadcast() == other.broadcast())
        {
            ok |= BRD_OK;
        }
        if (brd == other.broadcast())
        {
            ok |= BRD1_OK;
        }
        if (any == other.broadcast())
        {
            ok |= BRD0_OK;
        }
        if (otherIsItsPrimary && other.prefixLength() < 31)
        {
            final int brd1 = other.address() | ~other.mask();
            final int any1 = other.network();
            if (any1 != 0)
            {
                if (address.broadcast() == brd1 || address.broadcast() == any1)
                {
                    ok |= BRD_OK;
                }
                if (brd == brd1 || brd == any1)
                {
                    ok |= BRD1_OK;
                }
                if (any == brd1 || any == any1)
                {
                    ok |= BRD0_OK;
                }
            }
        }
        return ok;
    }

    /**
     * NETDEV_UP (inetdev_event, then fib_netdev_event): a loopback gets 127.0.0.1/8 whatever it holds already
     * (silently not when it is there), then every address of the device gets its routes again, now with the
     * subnet and broadcast routes that a down device does not have.
     */
    void deviceUp(final NetDevice device)
    {
        if (!Ipv4Device.exists(device))
        {
            return; // inetdev_event without an in_device does nothing, fib_netdev_event neither
        }
        if (device.isLoopback())
        {
            Ipv4Device.of(device).config.markAllExplicitlySet();
            insert(device, new InterfaceAddress(0x7F00_0001, 8, 0, Scope.HOST, device.name()), false);
        }
        for (final InterfaceAddress address : Ipv4Device.of(device).addresses)
        {
            addRoutes(device, address);
        }
    }

    /**
     * NETDEV_DOWN (fib_disable_ip): every route through the device goes, user routes included, except those of host
     * scope (the local routes of the addresses it keeps, and {@code scope host} routes): fib_sync_down_dev without
     * force leaves nexthops of scope "nowhere" alone.
     */
    void deviceDown(final NetDevice device)
    {
        fib.removeIf(route -> route.device == device && route.scopeValue() != Scope.HOST.value());
    }

    /** IFNAMSIZ, with its terminating NUL: a label holds at most 15 characters. */
    private static final int IFNAMSIZ = 16;

    /**
     * inetdev_changename: a renamed device's addresses all take the new name as their label; all but the first keep
     * the {@code :suffix} of their old label, or get {@code :N} for the N-th address, cut to fit 15 characters.
     */
    void relabel(final NetDevice device, final String newName)
    {
        int named = 0;
        for (final InterfaceAddress address : Ipv4Device.of(device).addresses)
        {
            final String old = address.label();
            String label = newName;
            named++;
            if (named > 1)
            {
                final int colon = old.indexOf(':');
                final String suffix = colon >= 0 ? old.substring(colon) : ":" + named;
                label = suffix.length() + newName.length() < IFNAMSIZ ? newName + suffix
                    : newName.substring(0, IFNAMSIZ - suffix.length() - 1) + suffix;
            }
            address.label(label);
        }
    }

    /**
     * {@code ip addr del A[/P] dev DEV} (inet_rtm_deladdr): the first address with this local address and, unless
     * {@code prefixLength} is -1 (iproute2's wildcard deletion, which sends no IFA_ADDRESS), this prefix length.
     */
    void deleteAddress(final NetDevice device, final int address, final int prefixLength)
    {
        requireInDevice(device);
        for (final InterfaceAddress existing : Ipv4Device.of(device).addresses)
        {
            if (existing.address() == address
                && (prefixLength < 0 || (existing.prefixLength() == prefixLength && existing.covers(address))))
            {
                delete(device, existing, false);
                return;
            }
        }
        throw new NetlinkException(Errno.EADDRNOTAVAIL, "ipv4: Address not found.");
    }

    /** inet_rtm_deladdr's inetdev_by_index: a device without IPv4 (its MTU below 68) has nothing to delete from. */
    private static void requireInDevice(final NetDevice device)
    {
        if (!Ipv4Device.exists(device))
        {
            throw new NetlinkException(Errno.ENODEV, "ipv4: Device not found.");
        }
    }

    /** {@code ip -4 addr del dev DEV}: a request with no address matches the device's first one. */
    void deleteFirstAddress(final NetDevice device)
    {
        requireInDevice(device);
        if (Ipv4Device.of(device).addresses.isEmpty())
        {
            throw new NetlinkException(Errno.EADDRNOTAVAIL, "ipv4: Address not found.");
        }
        delete(device, Ipv4Device.of(device).addresses.get(0), false);
    }

    /**
     * RTM_DELADDR of an address just listed ({@code ip addr flush} sends one per address it dumped).
     *
     * @return false when it is gone already (EADDRNOTAVAIL, which flush ignores): deleting its primary took it.
     */
    boolean deleteListed(final NetDevice device, final InterfaceAddress address)
    {
        for (final InterfaceAddress existing : Ipv4Device.of(device).addresses)
        {
            if (existing.address() == address.address() && existing.prefixLength() == address.prefixLength()
                && existing.covers(address.address()) && existing.label().equals(address.label()))
            {
                delete(device, existing, false);
                return true;
            }
        }
        return false;
    }

    /** {@code ip addr flush dev DEV} as one round of deletions in list order; returns how many were asked for. */
    int flushAddresses(final NetDevice device)
    {
        final List<InterfaceAddress> listed = List.copyOf(Ipv4Device.of(device).addresses);
        for (final InterfaceAddress address : listed)
        {
            deleteListed(device, address);
        }
        return listed.size();
    }

    /** inetdev_destroy: the device leaves its namespace or is deleted; every address goes, the first first. */
    void removeAllAddresses(final NetDevice device)
    {
        while (!Ipv4Device.of(device).addresses.isEmpty())
        {
            delete(device, Ipv4Device.of(device).addresses.get(0), true);
        }
    }

    /**
     * __inet_del_ifa: deleting a primary takes its secondaries with it, or promotes the first of them; then the
     * NETDEV_DOWN address notifier (fib_inetaddr_event): its routes go, and with the device's last address all
     * routes through the device and its neighbours (fib_disable_ip with force, arp_ifdown).
     */
    private void delete(final NetDevice device, final InterfaceAddress going, final boolean dead)
    {
        fib.invalidateRoutes();
        final List<InterfaceAddress> list = Ipv4Device.of(device).addresses;
        InterfaceAddress promote = null;
        InterfaceAddress lastPrimary = null;
        InterfaceAddress previous = null;
        if (!dead && !going.isSecondary())
        {
            final boolean doPromote = namespace.sysctls.orConf(device, Setting.PROMOTE_SECONDARIES);
            int i = list.indexOf(going) + 1;
            while (i < list.size())
            {
                final InterfaceAddress other = list.get(i);
                if (!other.isSecondary() && going.scope().value() <= other.scope().value())
                {
                    lastPrimary = other;
                }
                if (!other.isSecondary() || !going.sameSubnet(other))
                {
                    previous = other;
                    i++;
                    continue;
                }
                if (!doPromote)
                {
                    list.remove(i);
                    addressGone(device, other, dead);
                    continue;
                }
                promote = other;
                break;
            }
        }
        if (promote != null)
        {
            // The subnet's secondaries change primary: their routes go silently, to come back with the new source.
            for (int i = list.indexOf(promote); i < list.size(); i++)
            {
                if (going.sameSubnet(list.get(i)))
                {
                    deleteRoutes(device, list.get(i), going, false);
                }
            }
        }
        final int position = list.indexOf(going);
        list.remove(position);
        addressGone(device, going, dead);
        if (promote != null)
        {
            final int promotedAt = list.indexOf(promote);
            final InterfaceAddress nextSecondary = promotedAt + 1 < list.size() ? list.get(promotedAt + 1) : null;
            if (previous != null)
            {
                list.remove(promotedAt);
                list.add(lastPrimary == null ? position : list.indexOf(lastPrimary) + 1, promote);
            }
            promote.secondary(false);
            addRoutes(device, promote);
            if (nextSecondary != null)
            {
                for (int i = list.indexOf(nextSecondary); i < list.size(); i++)
                {
                    if (going.sameSubnet(list.get(i)))
                    {
                        addRoutes(device, list.get(i));
                    }
                }
            }
        }
    }

    /** fib_inetaddr_event NETDEV_DOWN for an address already off the list. */
    private void addressGone(final NetDevice device, final InterfaceAddress address, final boolean dead)
    {
        deleteRoutes(device, address, null, dead);
        if (Ipv4Device.of(device).addresses.isEmpty())
        {
            fib.removeIf(route -> route.device == device);
            Ipv4Device.of(device).neighbours.clear();
        }
    }

    /**
     * inet_select_addr: the first primary address of the device within the scope, preferring one whose subnet
     * holds the destination; else the first primary, not link-scoped, of any device (lo first). The output route
     * lookup calls it on the frame path for routes without a prefsrc.
     */
    int selectSourceAddress(final NetDevice device, final int destination, final Scope scope)
    {
        int candidate = 0;
        if (device != null)
        {
            final List<InterfaceAddress> list = Ipv4Device.of(device).addresses;
            for (int i = 0, n = list.size(); i < n; i++)
            {
                final InterfaceAddress address = list.get(i);
                if (address.isSecondary() || address.scope().value() > scope.value())
                {
                    continue;
                }
                if (destination == 0 || address.covers(destination))
                {
                    return address.address();
                }
                if (candidate == 0)
                {
                    candidate = address.address();
                }
            }
        }
        if (candidate != 0)
        {
            return candidate;
        }
        for (final NetDevice other : namespace.devicesInIndexOrder())
        {
            final List<InterfaceAddress> list = Ipv4Device.of(other).addresses;
            for (int i = 0, n = list.size(); i < n; i++)
            {
                final InterfaceAddress address = list.get(i);
                if (!address.isSecondary() && address.scope() != Scope.LINK
                    && address.scope().value() <= scope.value())
                {
                    return address.address();
                }
            }
        }
        return 0;
    }

    /**
     * inet_confirm_addr (arp_ignore): a local address, {@code local} itself if not 0, within {@code scope}, of a
     * device (all of them when {@code device} is null) that also has a subnet holding {@code local} and
     * {@code destination} (either may be 0 for any).
     *
     * @return the address confirmed, or 0.
     */
    int confirmAddress(final NetDevice device, final int destination, final int local, final Scope scope)
    {
        if (device != null)
        {
            return confirmOnDevice(device, destination, local, scope);
        }
        for (final NetDevice each : namespace.devicesInIndexOrder())
        {
            final int address = confirmOnDevice(each, destination, local, scope);
            if (address != 0)
            {
                return address;
            }
        }
        return 0;
    }

    /** confirm_addr_indev. */
    private static int confirmOnDevice(final NetDevice device, final int destination, final int local,
        final Scope scope)
    {
        int address = 0;
        boolean same = false;
        final List<InterfaceAddress> list = Ipv4Device.of(device).addresses;
        for (int i = 0, n = list.size(); i < n; i++)
        {
            final InterfaceAddress ifa = list.get(i);
            final boolean inScope = Math.min(ifa.scope().value(), Scope.HOST.value()) <= scope.value();
            if (address == 0 && (local == ifa.address() || local == 0) && inScope)
            {
                address = ifa.address();
                if (same)
                {
                    break;
                }
            }
            if (!same)
            {
                same = (local == 0 || ifa.covers(local)) && (destination == 0 || ifa.covers(destination));
                if (same && address != 0)
                {
                    if (local != 0 || destination == 0)
                    {
                        break;
                    }
                    if (ifa.covers(address))
                    {
                        break;
                    }
                    if (inScope)
                    {
                        address = ifa.address();
                        break;
                    }
                    same = false;
                }
            }
        }
        return same ? address : 0;
    }

    /** inet_addr_onlink: a primary address of the device whose subnet holds {@code a} (and {@code b}, unless 0). */
    static boolean onLink(final NetDevice device, final int a, final int b)
    {
        final List<InterfaceAddress> list = Ipv4Device.of(device).addresses;
        for (int i = 0, n = list.size(); i < n; i++)
        {
            final InterfaceAddress address = list.get(i);
            if (!address.isSecondary() && address.covers(a) && (b == 0 || address.covers(b)))
            {
                return true;
            }
        }
        return false;
    }
}
