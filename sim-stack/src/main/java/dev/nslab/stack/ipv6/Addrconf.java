package dev.nslab.stack.ipv6;

import java.util.ArrayList;

import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.time.Timer;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourTable;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.Scope;

/**
 * IPv6 autoconfiguration as net/ipv6/addrconf.c does it for a device: the inet6_dev made at registration, the
 * EUI-64 link-local address once the link is ready (::1 on the loopback), duplicate address detection (a random
 * delay below router_solicitation_delay, dad_transmits solicitations retrans_time apart), the MLD reports and router
 * solicitations that follow it (RFC 3315 s14 back-off from router_solicitation_interval up to its maximum), and what
 * a device going down, leaving, or dropping below 1280 bytes of MTU takes away. Timings are the kernel's: delayed
 * work and timers fire on its jiffies, rounded as its timer wheel rounds them.
 */
final class Addrconf
{
    private static final long LOOPBACK_LOW = 1;
    /** IP6_RT_PRIO_ADDRCONF: the metric of the routes addrconf makes. */
    private static final long PREFIX_ROUTE_METRIC = 256;
    private static final long MULTICAST_HIGH = 0xFF00_0000_0000_0000L;

    private final Ipv6Namespace namespace;

    Addrconf(final Ipv6Namespace namespace)
    {
        this.namespace = namespace;
    }

    /** ipv6_add_dev: settings from the namespace's default, IF_READY if the link is, the all-nodes groups joined. */
    Ipv6Device addDevice(final NetDevice device, final long now)
    {
        Ipv6Device idev = device.part(Ipv6Device.KEY);
        if (idev == null)
        {
            idev = new Ipv6Device(device, namespace);
            device.attachPart(Ipv6Device.KEY, idev);
        }
        idev.present = true;
        idev.namespace = namespace;
        idev.dead = false;
        idev.addresses.clear();
        idev.mld.destroy();
        idev.config = namespace.sysctls().forNewDevice(device.isLoopback());
        idev.ready = device.isUp() && device.isLinkReady();
        idev.routerSolicitationsSent = 0;
        idev.mld.join(Ipv6Address.INTERFACE_MULTICAST_HIGH, Ipv6Address.ALL_NODES_LOW, now);
        idev.mld.join(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_NODES_LOW, now);
        if (idev.config.forwarding != 0 && !device.isLoopback())
        {
            idev.mld.join(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_ROUTERS_LOW, now);
        }
        return idev;
    }

    /** addrconf_notify NETDEV_REGISTER. */
    void registered(final NetDevice device, final long now)
    {
        if (device.mtu() >= Ipv6Device.MIN_MTU)
        {
            addDevice(device, now);
        }
    }

    /**
     * addrconf_notify NETDEV_UP and NETDEV_CHANGE: nothing until the link is ready (addrconf_link_ready); then the
     * device is configured once (IF_READY) and a later NETDEV_CHANGE only reports its groups again.
     */
    void linkEvent(final NetDevice device, final boolean upEvent, final long now)
    {
        Ipv6Device idev = Ipv6Device.of(device);
        if (idev != null && idev.config.disableIpv6 != 0)
        {
            return;
        }
        if (upEvent && idev != null)
        {
            restorePermanentAddresses(idev, now);
        }
        if (!device.isLinkReady())
        {
            if (!upEvent && idev != null)
            {
                namespace.fib().linkStateChanged(device);
            }
            return;
        }
        boolean runPending = false;
        if (upEvent)
        {
            if (idev == null && device.mtu() >= Ipv6Device.MIN_MTU)
            {
                idev = addDevice(device, now);
            }
            if (idev != null)
            {
                idev.ready = true;
                runPending = true;
            }
        }
        else
        {
            if (idev != null)
            {
                if (idev.ready)
                {
                    idev.mld.up(now);
                    return;
                }
                idev.ready = true;
            }
            runPending = true;
        }
        if (device.isLoopback())
        {
            initLoopback(device, now);
        }
        else
        {
            configureDevice(device, now);
        }
        idev = Ipv6Device.of(device);
        if (idev != null)
        {
            if (runPending)
            {
                dadRun(idev, now);
            }
            if (device.mtu() < Ipv6Device.MIN_MTU)
            {
                ifdown(device, !device.isLoopback());
            }
        }
    }

    /**
     * addrconf_permanent_addr at NETDEV_UP, before the link need be ready: each permanent address (one added while
     * the device was down) gets its prefix route, and one whose DAD had not begun begins it (fixup_permanent_addr).
     */
    private void restorePermanentAddresses(final Ipv6Device idev, final long now)
    {
        for (final Ipv6InterfaceAddress address : new ArrayList<>(idev.addresses))
        {
            if ((address.flags & Ipv6InterfaceAddress.FLAG_PERMANENT) == 0 || idev.device.isLoopback())
            {
                continue;
            }
            addPrefixRoute(idev, address.high, address.low, address.prefixLength);
            if (address.state == Ipv6InterfaceAddress.State.PREDAD)
            {
                dadStart(idev, address, now);
            }
        }
    }

    /** addrconf_notify NETDEV_DOWN: every address goes (keep_addr_on_down is 0), IF_READY too; groups stay. */
    void down(final NetDevice device)
    {
        ifdown(device, false);
    }

    /** addrconf_notify NETDEV_UNREGISTER: the inet6_dev goes. */
    void unregistering(final NetDevice device)
    {
        ifdown(device, true);
    }

    /**
     * addrconf_notify NETDEV_CHANGEMTU: below 1280 IPv6 stops on the device; back at 1280 or more a new inet6_dev
     * is made, and configured at once if the device is up with its link ready.
     */
    void mtuChanged(final NetDevice device, final long now)
    {
        if (device.mtu() < Ipv6Device.MIN_MTU)
        {
            ifdown(device, !device.isLoopback());
            return;
        }
        if (Ipv6Device.of(device) != null)
        {
            return;
        }
        final Ipv6Device idev = addDevice(device, now);
        if (idev.ready)
        {
            linkEvent(device, true, now);
        }
    }

    /** init_loopback: ::1/128, host scope, no DAD. */
    private void initLoopback(final NetDevice device, final long now)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null || idev.config.disableIpv6 != 0 || idev.find(0, LOOPBACK_LOW) != null)
        {
            return;
        }
        final Ipv6InterfaceAddress loopback = newAddress(idev, 0, LOOPBACK_LOW, 128, Scope.HOST,
            Ipv6InterfaceAddress.FLAG_PERMANENT);
        loopback.flags &= ~Ipv6InterfaceAddress.FLAG_TENTATIVE;
        loopback.state = Ipv6InterfaceAddress.State.POSTDAD;
        addLocalRoute(idev, loopback);
    }

    /** addrconf_dev_config: addrconf_add_dev (ipv6_find_idev, which reports the groups) and the EUI-64 link-local. */
    private void configureDevice(final NetDevice device, final long now)
    {
        Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null)
        {
            if (device.mtu() < Ipv6Device.MIN_MTU)
            {
                return;
            }
            idev = addDevice(device, now);
        }
        if (device.isUp())
        {
            idev.mld.up(now);
        }
        if (idev.config.disableIpv6 != 0)
        {
            return;
        }
        addMulticastRoute(idev);
        final long interfaceId = Ipv6Address.eui64(device.mac());
        if (idev.find(Ipv6Address.LINK_LOCAL_HIGH, interfaceId) != null)
        {
            return;
        }
        final Ipv6InterfaceAddress linkLocal = newAddress(idev, Ipv6Address.LINK_LOCAL_HIGH, interfaceId, 64,
            Scope.LINK, Ipv6InterfaceAddress.FLAG_PERMANENT);
        addPrefixRoute(idev, Ipv6Address.LINK_LOCAL_HIGH, 0, 64);
        dadStart(idev, linkLocal, now);
    }

    /**
     * inet6_addr_add for {@code ip addr add ADDR/LEN dev DEV [nodad]}: addrconf_add_dev (an inet6_dev is made if the
     * device has none and may have one), ipv6_add_addr's checks in its order, then the address, tentative unless
     * nodad, and its duplicate address detection, which waits for the link where it is not ready.
     *
     * @throws NetlinkException as the kernel refuses the request.
     */
    void addConfigured(final NetDevice device, final long high, final long low, final int prefixLength,
        final boolean nodad, final long now)
    {
        Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null)
        {
            if (device.mtu() < Ipv6Device.MIN_MTU)
            {
                throw new NetlinkException(NetlinkException.Errno.EINVAL);
            }
            idev = addDevice(device, now);
        }
        addMulticastRoute(idev);
        if (Ipv6Address.isUnspecified(high, low))
        {
            throw new NetlinkException(NetlinkException.Errno.EADDRNOTAVAIL, "ipv6: Invalid address.");
        }
        if (Ipv6Address.isMulticast(high))
        {
            throw new NetlinkException(NetlinkException.Errno.EADDRNOTAVAIL,
                "ipv6: Cannot assign multicast address without \"IFA_F_MCAUTOJOIN\" flag.");
        }
        if (!device.isLoopback() && high == 0 && low == LOOPBACK_LOW)
        {
            throw new NetlinkException(NetlinkException.Errno.EADDRNOTAVAIL,
                "ipv6: Cannot assign loopback address on this device.");
        }
        if (idev.config.disableIpv6 != 0)
        {
            throw new NetlinkException(NetlinkException.Errno.EACCES, "ipv6: IPv6 is disabled on this device.");
        }
        if (idev.find(high, low) != null)
        {
            throw new NetlinkException(NetlinkException.Errno.EEXIST, "ipv6: address already assigned.");
        }
        final int flags = Ipv6InterfaceAddress.FLAG_PERMANENT | (nodad ? Ipv6InterfaceAddress.FLAG_NODAD : 0);
        final Ipv6InterfaceAddress address = newAddress(idev, high, low, prefixLength, Ipv6Address.scopeOf(high, low),
            flags);
        addPrefixRoute(idev, high, low, prefixLength);
        dadStart(idev, address, now);
    }

    // ------------------------------------------------------------------------------------------- routes

    /**
     * addrconf_prefix_route: {@code PREFIX dev DEV proto kernel metric 256} in main; ip6_route_add refuses it
     * (ENETDOWN, ignored) while the device is down, and addrconf_permanent_addr makes it when the device comes up.
     */
    private void addPrefixRoute(final Ipv6Device idev, final long high, final long low, final int prefixLength)
    {
        final NetDevice device = idev.device;
        if (!device.isUp())
        {
            return;
        }
        final Ipv6Route route = new Ipv6Route(high & Ipv6Address.prefixMaskHigh(prefixLength), low & Ipv6Address.prefixMaskLow(prefixLength),
            prefixLength, Ipv6Route.Type.UNICAST, device, PREFIX_ROUTE_METRIC, Ipv6Route.PROTOCOL_KERNEL);
        route.linkDown = !device.hasCarrier();
        namespace.fib().add(Ipv6Fib.MAIN, route);
    }

    /** addrconf_add_mroute: {@code multicast ff00::/8 dev DEV table local metric 256}, not on lo, not while down. */
    private void addMulticastRoute(final Ipv6Device idev)
    {
        final NetDevice device = idev.device;
        if (device.isLoopback() || !device.isUp())
        {
            return;
        }
        final Ipv6Route route = new Ipv6Route(MULTICAST_HIGH, 0, 8, Ipv6Route.Type.MULTICAST, device,
            PREFIX_ROUTE_METRIC, Ipv6Route.PROTOCOL_KERNEL);
        route.linkDown = !device.hasCarrier();
        namespace.fib().add(Ipv6Fib.LOCAL, route);
    }

    /** __ipv6_ifa_notify(RTM_NEWADDR): the address's {@code local ADDR dev DEV table local metric 0} route. */
    private void addLocalRoute(final Ipv6Device idev, final Ipv6InterfaceAddress address)
    {
        namespace.fib().add(Ipv6Fib.LOCAL, new Ipv6Route(address.high, address.low, 128, Ipv6Route.Type.LOCAL,
            idev.device, 0, Ipv6Route.PROTOCOL_KERNEL));
    }

    /**
     * ipv6_del_addr's routes: the local route goes, and the prefix route unless another permanent address of the
     * device has the same prefix (check_cleanup_prefix_route).
     */
    private void deleteRoutesOf(final Ipv6Device idev, final Ipv6InterfaceAddress address)
    {
        final Ipv6Fib fib = namespace.fib();
        final Ipv6Route local = fib.find(Ipv6Fib.LOCAL, address.high, address.low, 128, Ipv6Route.Type.LOCAL,
            idev.device);
        if (local != null)
        {
            fib.remove(Ipv6Fib.LOCAL, local);
        }
        final int length = address.prefixLength;
        final long high = address.high & Ipv6Address.prefixMaskHigh(length);
        final long low = address.low & Ipv6Address.prefixMaskLow(length);
        for (final Ipv6InterfaceAddress other : idev.addresses)
        {
            if (other != address && other.prefixLength == length && (other.high & Ipv6Address.prefixMaskHigh(length)) == high
                && (other.low & Ipv6Address.prefixMaskLow(length)) == low && (other.flags & Ipv6InterfaceAddress.FLAG_PERMANENT) != 0)
            {
                return;
            }
        }
        final Ipv6Route prefix = fib.find(Ipv6Fib.MAIN, high, low, length, Ipv6Route.Type.UNICAST, idev.device);
        if (prefix != null && prefix.protocol == Ipv6Route.PROTOCOL_KERNEL && prefix.metric == PREFIX_ROUTE_METRIC)
        {
            fib.remove(Ipv6Fib.MAIN, prefix);
        }
    }



    /**
     * inet6_addr_del for {@code ip addr del ADDR/LEN dev DEV}: the address with that prefix length, or none.
     *
     * @throws NetlinkException as the kernel refuses the request.
     */
    void deleteConfigured(final NetDevice device, final long high, final long low, final int prefixLength,
        final long now)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null)
        {
            throw new NetlinkException(NetlinkException.Errno.ENXIO, "ipv6: IPv6 is disabled on this device.");
        }
        for (final Ipv6InterfaceAddress address : idev.addresses)
        {
            if (address.prefixLength == prefixLength && address.high == high && address.low == low)
            {
                deleteAddress(idev, address, now);
                return;
            }
        }
        throw new NetlinkException(NetlinkException.Errno.EADDRNOTAVAIL, "ipv6: address not found.");
    }

    /** ipv6_add_addr: tentative unless nodad, linked into the device's list. */
    private Ipv6InterfaceAddress newAddress(final Ipv6Device idev, final long high, final long low,
        final int prefixLength, final Scope scope, final int flags)
    {
        final int tentative = (flags & Ipv6InterfaceAddress.FLAG_NODAD) != 0 ? 0 : Ipv6InterfaceAddress.FLAG_TENTATIVE;
        final Ipv6InterfaceAddress address = new Ipv6InterfaceAddress(high, low, prefixLength, scope,
            flags | tentative);
        idev.link(address);
        return address;
    }

    private Timer dadWorkOf(final Ipv6Device idev, final Ipv6InterfaceAddress address)
    {
        return address.dadWork(fired -> dadWork(idev, address, fired));
    }

    private void cancelDadWork(final Ipv6InterfaceAddress address)
    {
        if (address.dadWorkIfAny() != null)
        {
            namespace.cancel(address.dadWorkIfAny());
        }
    }

    /** addrconf_dad_start: DAD begins in the address's work item, queued at once. */
    private void dadStart(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        address.state = Ipv6InterfaceAddress.State.PREDAD;
        namespace.armWork(dadWorkOf(idev, address), 0, now);
    }

    /** addrconf_dad_run: addresses kept tentative while the link was not ready start their DAD now. */
    private void dadRun(final Ipv6Device idev, final long now)
    {
        for (final Ipv6InterfaceAddress address : idev.addresses)
        {
            if (address.isTentative() && address.state == Ipv6InterfaceAddress.State.DAD)
            {
                dadKick(idev, address, now);
            }
        }
    }

    /** addrconf_dad_kick: the first solicitation after a random delay, a fresh nonce, dad_transmits probes. */
    private void dadKick(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        final long delayBound = Math.max(1, idev.config.routerSolicitationDelayJiffies);
        final long delay = (address.flags & Ipv6InterfaceAddress.FLAG_OPTIMISTIC) != 0 ? 0
            : namespace.typicalBelow(delayBound);
        long nonce = 0;
        if (idev.config.enhancedDad != 0 || namespace.sysctls().all().enhancedDad != 0)
        {
            do
            {
                nonce = namespace.random().nextLong() & 0xFFFF_FFFF_FFFFL;
            }
            while (nonce == 0);
        }
        address.dadNonce = nonce;
        address.dadProbes = idev.config.dadTransmits;
        namespace.armWork(dadWorkOf(idev, address), delay, now);
    }

    /** addrconf_dad_work. */
    private void dadWork(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        if (!idev.present || address.state == Ipv6InterfaceAddress.State.DEAD)
        {
            return;
        }
        if (address.state == Ipv6InterfaceAddress.State.PREDAD)
        {
            address.state = Ipv6InterfaceAddress.State.DAD;
            dadBegin(idev, address, now);
            return;
        }
        if (address.state == Ipv6InterfaceAddress.State.ERRDAD)
        {
            address.state = Ipv6InterfaceAddress.State.POSTDAD;
            address.flags |= Ipv6InterfaceAddress.FLAG_DADFAILED | Ipv6InterfaceAddress.FLAG_TENTATIVE;
            address.flags &= ~Ipv6InterfaceAddress.FLAG_OPTIMISTIC;
            return;
        }
        if (address.dadProbes == 0)
        {
            if (address.state != Ipv6InterfaceAddress.State.DAD)
            {
                return;
            }
            address.state = Ipv6InterfaceAddress.State.POSTDAD;
        }
        if (!idev.ready)
        {
            return;
        }
        if (address.dadProbes == 0)
        {
            address.flags &= ~(Ipv6InterfaceAddress.FLAG_TENTATIVE | Ipv6InterfaceAddress.FLAG_OPTIMISTIC
                | Ipv6InterfaceAddress.FLAG_DADFAILED);
            dadCompleted(idev, address, now);
            return;
        }
        address.dadProbes--;
        namespace.armWork(dadWorkOf(idev, address), Math.max(namespace.retransTimeJiffies(idev),
            KernelTimers.HZ / 100), now);
        namespace.ndisc().sendDadSolicitation(idev, address, now);
    }

    /**
     * addrconf_dad_begin: the solicited-node group is joined (and reported); without DAD (the loopback, accept_dad
     * below 1 in both all and the device, nodad) the address is valid at once; a device whose link is not ready
     * keeps it tentative until dadRun.
     */
    private void dadBegin(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        final NetDevice device = idev.device;
        if (!device.isLoopback())
        {
            idev.mld.join(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.solicitedNodeLow(address.low), now);
        }
        if (device.isLoopback()
            || namespace.sysctls().all().acceptDad < 1 && idev.config.acceptDad < 1
            || !address.isTentative() || (address.flags & Ipv6InterfaceAddress.FLAG_NODAD) != 0)
        {
            address.flags &= ~(Ipv6InterfaceAddress.FLAG_TENTATIVE | Ipv6InterfaceAddress.FLAG_OPTIMISTIC
                | Ipv6InterfaceAddress.FLAG_DADFAILED);
            address.state = Ipv6InterfaceAddress.State.POSTDAD;
            dadCompleted(idev, address, now);
            return;
        }
        if (!idev.ready)
        {
            // addrconf_dad_stop(ifp, 0) for a permanent address: it stays tentative, in state DAD, until dadRun.
            cancelDadWork(address);
            return;
        }
        dadKick(idev, address, now);
    }

    /**
     * addrconf_dad_completed: a router joins the subnet-router anycast group; the only valid link-local address
     * repeats the MLD reports from itself and, unless forwarding, starts soliciting routers.
     */
    private void dadCompleted(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        final NetDevice device = idev.device;
        addLocalRoute(idev, address);
        if (idev.config.forwarding != 0 && address.prefixLength < 127 && !device.isLoopback())
        {
            joinAnycast(idev, address, now);
        }
        final boolean sendMld = address.scope == Scope.LINK && idev.isLonelyLinkLocal(address);
        final boolean sendRs = sendMld && idev.config.acceptsRouterAdvertisements()
            && idev.config.routerSolicitations != 0 && !device.isLoopback();
        if (sendMld)
        {
            idev.mld.dadComplete(now);
        }
        if (sendRs)
        {
            final Ipv6InterfaceAddress source = idev.linkLocalSource();
            if (source == null)
            {
                return;
            }
            namespace.ndisc().sendRouterSolicitation(idev, source, now);
            idev.routerSolicitationIntervalJiffies = backoffInit(idev.config.routerSolicitationIntervalJiffies);
            idev.routerSolicitationsSent = 1;
            namespace.armTimer(idev.routerSolicitationTimer(fired -> routerSolicitationTimer(device, fired)),
                idev.routerSolicitationIntervalJiffies, now);
        }
    }

    /**
     * dev_forward_change: a multicast device (not the loopback) joins or leaves the interface-, link- and
     * site-local all-routers groups, and each valid address's subnet-router anycast follows.
     */
    void forwardingChanged(final Ipv6Device idev, final long now)
    {
        final boolean on = idev.config.forwarding != 0;
        if (!idev.device.isLoopback())
        {
            for (final long high : new long[] {Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.INTERFACE_MULTICAST_HIGH,
                Ipv6Address.SITE_MULTICAST_HIGH})
            {
                if (on)
                {
                    idev.mld.join(high, Ipv6Address.ALL_ROUTERS_LOW, now);
                }
                else
                {
                    idev.mld.leave(high, Ipv6Address.ALL_ROUTERS_LOW, now);
                }
            }
        }
        for (final Ipv6InterfaceAddress address : new ArrayList<>(idev.addresses))
        {
            if (address.isTentative() || address.prefixLength >= 127 || idev.device.isLoopback())
            {
                continue;
            }
            if (on)
            {
                joinAnycast(idev, address, now);
            }
            else
            {
                leaveAnycast(idev, address, now);
            }
        }
    }

    /** addrconf_join_anycast: the subnet-router anycast address of the prefix, through its solicited-node group. */
    private void joinAnycast(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        final long[] prefix = anycastOf(address);
        final Ipv6Fib fib = namespace.fib();
        final Ipv6Route known = fib.find(Ipv6Fib.LOCAL, prefix[0], prefix[1], 128, Ipv6Route.Type.ANYCAST,
            idev.device);
        if (known != null)
        {
            // __ipv6_dev_ac_inc: the device holds that anycast address already; one more user.
            known.users++;
            return;
        }
        idev.mld.join(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.solicitedNodeLow(prefix[1]), now);
        fib.add(Ipv6Fib.LOCAL, new Ipv6Route(prefix[0], prefix[1], 128, Ipv6Route.Type.ANYCAST, idev.device, 0,
            Ipv6Route.PROTOCOL_KERNEL));
    }

    private void leaveAnycast(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        final long[] prefix = anycastOf(address);
        final Ipv6Fib fib = namespace.fib();
        final Ipv6Route known = fib.find(Ipv6Fib.LOCAL, prefix[0], prefix[1], 128, Ipv6Route.Type.ANYCAST,
            idev.device);
        if (known != null && --known.users > 0)
        {
            return;
        }
        if (known != null)
        {
            fib.remove(Ipv6Fib.LOCAL, known);
        }
        idev.mld.leave(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.solicitedNodeLow(prefix[1]), now);
    }

    private static long[] anycastOf(final Ipv6InterfaceAddress address)
    {
        final int length = address.prefixLength;
        return new long[] {address.high & Ipv6Address.prefixMaskHigh(length),
            address.low & Ipv6Address.prefixMaskLow(length)};
    }

    /** addrconf_rs_timer: another solicitation, interval doubled with jitter, for ever with -1. */
    private void routerSolicitationTimer(final NetDevice device, final long now)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null || idev.dead || !idev.ready || !idev.config.acceptsRouterAdvertisements())
        {
            return;
        }
        final int limit = idev.config.routerSolicitations;
        if (idev.routerSolicitationsSent++ < limit || limit < 0)
        {
            final Ipv6InterfaceAddress source = idev.linkLocalSource();
            if (source == null)
            {
                return;
            }
            namespace.ndisc().sendRouterSolicitation(idev, source, now);
            idev.routerSolicitationIntervalJiffies = backoffUpdate(idev.routerSolicitationIntervalJiffies,
                idev.config.routerSolicitationMaxIntervalJiffies);
            final long next = idev.routerSolicitationsSent == limit ? idev.config.routerSolicitationDelayJiffies
                : idev.routerSolicitationIntervalJiffies;
            namespace.armTimer(idev.routerSolicitationTimerIfAny(), next, now);
        }
    }

    /** rfc3315_s14_backoff_init: the initial interval times 0.9 to 1.1. */
    private long backoffInit(final long initialJiffies)
    {
        return scaled(initialJiffies, 900_000, 1_100_000);
    }

    /** rfc3315_s14_backoff_update: times 1.9 to 2.1, or the maximum times 0.9 to 1.1 once past it. */
    private long backoffUpdate(final long currentJiffies, final long maximumJiffies)
    {
        final long next = scaled(currentJiffies, 1_900_000, 2_100_000);
        return next > maximumJiffies ? scaled(maximumJiffies, 900_000, 1_100_000) : next;
    }

    /**
     * @return {@code value} times a factor the kernel draws in [low, high] millionths (get_random_u32_inclusive),
     *         taken here at the middle of that range (see {@link Ipv6Namespace#typicalBelow}), rounded down.
     */
    private long scaled(final long value, final int low, final int high)
    {
        final long factor = low + namespace.typicalBelow(high - low + 1L);
        return factor * value / 1_000_000;
    }

    /**
     * addrconf_dad_failure: another node uses or tests the address; it ends tentative and dadfailed, and is kept
     * (a permanent address) without being used.
     */
    void dadFailure(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        if (address.state != Ipv6InterfaceAddress.State.DAD)
        {
            return;
        }
        address.state = Ipv6InterfaceAddress.State.ERRDAD;
        namespace.armWork(dadWorkOf(idev, address), 0, now);
    }

    /**
     * addrconf_ifdown: the addresses go (their solicited-node groups are left), router solicitation stops, IF_READY
     * is cleared; the groups stay joined but leave the device's list (only if the link had been ready:
     * was_ready), or with {@code unregister} the whole inet6_dev goes.
     */
    void ifdown(final NetDevice device, final boolean unregister)
    {
        final Ipv6Device idev = Ipv6Device.of(device);
        if (idev == null)
        {
            return;
        }
        final long now = namespace.now();
        final boolean wasReady = idev.ready;
        if (unregister)
        {
            idev.dead = true;
            idev.present = false;
        }
        idev.ready = false;
        // ndisc_netdev_event NETDEV_DOWN (and the inet6_dev going): neigh_ifdown(&nd_tbl, dev).
        final NeighbourTable neighbours = Ipv6Device.neighboursIfAny(device);
        if (neighbours != null)
        {
            neighbours.clear();
        }
        if (idev.routerSolicitationTimerIfAny() != null)
        {
            namespace.cancel(idev.routerSolicitationTimerIfAny());
        }
        // rt6_disable_ip: every route out of the device goes, the kernel's and the user's.
        namespace.fib().removeIf(route -> route.device == device);
        for (final Ipv6InterfaceAddress address : idev.addresses)
        {
            cancelDadWork(address);
            final boolean wasDead = address.state == Ipv6InterfaceAddress.State.DEAD;
            address.state = Ipv6InterfaceAddress.State.DEAD;
            if (!wasDead && !unregister)
            {
                if (idev.config.forwarding != 0 && address.prefixLength < 127)
                {
                    leaveAnycast(idev, address, now);
                }
                if (!device.isLoopback())
                {
                    idev.mld.leave(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.solicitedNodeLow(address.low), now);
                }
            }
        }
        idev.addresses.clear();
        if (unregister)
        {
            idev.mld.destroy();
        }
        else if (wasReady)
        {
            idev.mld.down();
        }
    }

    /**
     * ipv6_del_addr, for {@code ip addr flush} and {@code ip addr del}: the address goes and its solicited-node
     * group is left, which a device that is up reports.
     */
    void deleteAddress(final Ipv6Device idev, final Ipv6InterfaceAddress address, final long now)
    {
        if (!idev.addresses.remove(address))
        {
            return;
        }
        cancelDadWork(address);
        final boolean wasValid = address.state != Ipv6InterfaceAddress.State.DEAD;
        address.state = Ipv6InterfaceAddress.State.DEAD;
        deleteRoutesOf(idev, address);
        if (wasValid && !idev.device.isLoopback())
        {
            if (idev.config.forwarding != 0 && address.prefixLength < 127)
            {
                leaveAnycast(idev, address, now);
            }
            idev.mld.leave(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.solicitedNodeLow(address.low), now);
        }
    }
}
