package dev.nslab.stack.ipv6;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.nslab.core.time.Timer;
import dev.nslab.stack.link.DevicePart;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourParameters;
import dev.nslab.stack.neigh.NeighbourTable;
import dev.nslab.stack.netlink.Scope;

/**
 * A device's IPv6 part, as Linux keeps it in struct inet6_dev: its {@code net.ipv6.conf.DEV} settings, its addresses
 * in the order {@code ip addr} lists them, its multicast groups and MLD state, whether addrconf found the link
 * ready (IF_READY), and its router solicitations. The part is attached once; the inet6_dev it stands for exists only
 * from ipv6_add_dev (registration with an MTU of 1280 or more) until addrconf_ifdown destroys it (the device leaves
 * the namespace, or its MTU drops below 1280).
 */
public final class Ipv6Device
{
    /** The key of this part in every device (dev->ip6_ptr). */
    static final DevicePart<Ipv6Device> KEY = new DevicePart<>();
    private static final int SLOT = KEY.index();
    /** IPV6_MIN_MTU. */
    public static final int MIN_MTU = 1280;

    final NetDevice device;
    /** dev->ip6_ptr is set: ipv6_add_dev ran and addrconf_ifdown(dev, unregister) did not since. */
    boolean present;
    /** idev->dead: being destroyed; no more reports. */
    boolean dead;
    /** net.ipv6.conf.DEV, to read; possibly shared with the namespace's default (see {@link #writableConfig}). */
    Ipv6DeviceConfig config;
    /** idev->addr_list: higher source scopes first, newest first within one. */
    final List<Ipv6InterfaceAddress> addresses = new ArrayList<>();
    /** IF_READY: addrconf found the link ready since the device came up. */
    boolean ready;
    final Mld mld;
    int routerSolicitationsSent;
    long routerSolicitationIntervalJiffies;
    /** addrconf_rs_timer, made when first armed: most devices never solicit a router (DAD never ends for them). */
    private Timer routerSolicitationTimer;
    /** The device's nd_tbl entries, made when IPv6 first resolves or learns a neighbour there. */
    private NeighbourTable neighbours;
    /** IPv6 of the namespace the device is registered in now, set at each ipv6_add_dev. */
    Ipv6Namespace namespace;

    Ipv6Device(final NetDevice device, final Ipv6Namespace namespace)
    {
        this.device = device;
        this.namespace = namespace;
        this.mld = new Mld(this);
    }

    /** @return the device's IPv6 neighbour table (net.ipv6.neigh.DEV), made now if it never was. */
    public NeighbourTable neighbours()
    {
        if (neighbours == null)
        {
            neighbours = new NeighbourTable(device, new NdiscResolution(this), namespace.ndiscContext(),
                NeighbourParameters.NDISC_DEFAULTS);
        }
        return neighbours;
    }

    /** @return the device's IPv6 neighbour table, or null when it has none (no IPv6, or never needed). */
    public static NeighbourTable neighboursIfAny(final NetDevice device)
    {
        final Ipv6Device part = (Ipv6Device) device.part(SLOT);
        return part == null ? null : part.neighbours;
    }

    /** @return the router solicitation timer, made now if it never was, firing into {@code action}. */
    Timer routerSolicitationTimer(final Timer.Action action)
    {
        if (routerSolicitationTimer == null)
        {
            routerSolicitationTimer = new Timer(action);
        }
        return routerSolicitationTimer;
    }

    /** @return the router solicitation timer, or null when it was never armed. */
    Timer routerSolicitationTimerIfAny()
    {
        return routerSolicitationTimer;
    }

    /** @return the device's IPv6 part while it has one (inet6_dev), or null: an MTU below 1280, or never. */
    public static Ipv6Device of(final NetDevice device)
    {
        final Ipv6Device part = (Ipv6Device) device.part(SLOT);
        return part != null && part.present ? part : null;
    }

    /** @return the addresses in the order {@code ip addr} lists them. */
    public List<Ipv6InterfaceAddress> addresses()
    {
        return Collections.unmodifiableList(addresses);
    }

    /** @return net.ipv6.conf.DEV, to read. */
    public Ipv6DeviceConfig config()
    {
        return config;
    }

    /** @return net.ipv6.conf.DEV, to write: the device's own copy from now on. */
    public Ipv6DeviceConfig writableConfig()
    {
        if (config.shared)
        {
            config = config.copy();
        }
        return config;
    }

    /** ipv6_link_dev_addr: before the first address of the same or a lower source scope. */
    void link(final Ipv6InterfaceAddress address)
    {
        int at = 0;
        while (at < addresses.size() && address.sourceScope() < addresses.get(at).sourceScope())
        {
            at++;
        }
        addresses.add(at, address);
    }

    /** @return the address on this device, or null. */
    Ipv6InterfaceAddress find(final long high, final long low)
    {
        for (final Ipv6InterfaceAddress address : addresses)
        {
            if (address.high == high && address.low == low)
            {
                return address;
            }
        }
        return null;
    }

    /** @return ipv6_get_lladdr(dev, IFA_F_TENTATIVE): the oldest link-local address that is not tentative, or null. */
    Ipv6InterfaceAddress linkLocalSource()
    {
        for (int i = addresses.size() - 1; i >= 0; i--)
        {
            final Ipv6InterfaceAddress address = addresses.get(i);
            if (address.scope == Scope.LINK && !address.isTentative()
                && address.state != Ipv6InterfaceAddress.State.DEAD)
            {
                return address;
            }
        }
        return null;
    }

    /** @return ipv6_lonely_lladdr: no link-local address other than this one is valid. */
    boolean isLonelyLinkLocal(final Ipv6InterfaceAddress address)
    {
        for (final Ipv6InterfaceAddress other : addresses)
        {
            if (other != address && other.scope == Scope.LINK && !other.isTentative()
                && (other.flags & Ipv6InterfaceAddress.FLAG_OPTIMISTIC) == 0)
            {
                return false;
            }
        }
        return true;
    }
}
