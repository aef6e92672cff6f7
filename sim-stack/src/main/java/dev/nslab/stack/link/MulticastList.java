package dev.nslab.stack.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A device's multicast address list (dev->mc) as the kernel's IPv4 and IPv6 code leave it, because
 * {@code bridge fdb show} prints it as {@code self permanent} entries. nslab does not simulate IPv6, but the joins it
 * makes are fixed by the device's state: ff02::1 at registration and on every up, 224.0.0.1 on up, a bridge's
 * snooping groups (224.0.0.106, ff02::6a) on up, the solicited-node group of the link-local address once the device
 * is up with carrier; a down device leaves them all. Order is join order (__hw_addr_add appends).
 */
public final class MulticastList
{
    static final long IPV6_ALL_NODES = 0x3333_0000_0001L;
    static final long IPV4_ALL_HOSTS = 0x0100_5E00_0001L;
    static final long IPV4_SNOOPERS = 0x0100_5E00_006AL;
    static final long IPV6_SNOOPERS = 0x3333_0000_006AL;
    private static final long IPV6_SOLICITED_NODE = 0x3333_FF00_0000L;

    private final List<Long> addresses = new ArrayList<>();
    private boolean linkLocal;

    /** NETDEV_REGISTER: ipv6_add_dev joins ff02::1. */
    void registered()
    {
        addresses.clear();
        linkLocal = false;
        join(IPV6_ALL_NODES);
    }

    /** NETDEV_UP: the bridge's snoopers (br_dev_open), then inetdev (224.0.0.1), then addrconf (ff02::1). */
    void up(final NetDevice device)
    {
        if (device.kind() == DeviceKind.BRIDGE)
        {
            join(IPV4_SNOOPERS);
            join(IPV6_SNOOPERS);
        }
        join(IPV4_ALL_HOSTS);
        join(IPV6_ALL_NODES);
        carrierMaybeUp(device);
    }

    /**
     * addrconf_notify on NETDEV_UP/CHANGE once addrconf_link_ready (the operational state is up, which waits for
     * linkwatch): the link-local address is made and joins its solicited-node group.
     */
    void carrierMaybeUp(final NetDevice device)
    {
        if (!linkLocal && device.isUp() && device.isLinkReady())
        {
            linkLocal = true;
            join(IPV6_SOLICITED_NODE | (device.mac & 0xFF_FFFFL));
        }
    }

    /** dev_mc_del: IPv6 left a group while the device is up ({@code ip addr flush} of the link-local address). */
    public void leave(final long mac)
    {
        addresses.remove(Long.valueOf(mac));
    }

    /** NETDEV_DOWN: every group is left (ip_mc_down, addrconf_ifdown). */
    void down()
    {
        addresses.clear();
        linkLocal = false;
    }

    /** @return the addresses in join order. */
    public List<Long> addresses()
    {
        return Collections.unmodifiableList(addresses);
    }

    private void join(final long mac)
    {
        if (!addresses.contains(mac))
        {
            addresses.add(mac);
        }
    }
}
