package dev.nslab.stack.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A device's multicast address list (dev->mc), because {@code bridge fdb show} prints it as {@code self permanent}
 * entries: each address with the number of joins holding it (__hw_addr_add appends a new one, a second join only
 * counts), in join order. The families add and delete theirs (IPv6's groups through {@link #add} and
 * {@link #delete}, as igmp6_group_added and igmp6_group_dropped call dev_mc_add and dev_mc_del); the link layer's
 * own are IPv4's all-hosts group (ip_mc_up on NETDEV_UP) and a bridge's snooping groups (br_dev_open), held while
 * the device is up.
 */
public final class MulticastList
{
    static final long IPV4_ALL_HOSTS = 0x0100_5E00_0001L;
    static final long IPV4_SNOOPERS = 0x0100_5E00_006AL;
    static final long IPV6_SNOOPERS = 0x3333_0000_006AL;

    private final List<Long> addresses = new ArrayList<>();
    private final List<Integer> references = new ArrayList<>();

    /** NETDEV_REGISTER: a device arrives with an empty list (the families then add theirs). */
    void registered()
    {
        addresses.clear();
        references.clear();
    }

    /** NETDEV_UP, before the families hear of it: the bridge's snoopers (br_dev_open), then inetdev (224.0.0.1). */
    void up(final NetDevice device)
    {
        if (device.kind() == DeviceKind.BRIDGE)
        {
            add(IPV4_SNOOPERS);
            add(IPV6_SNOOPERS);
        }
        add(IPV4_ALL_HOSTS);
    }

    /**
     * NETDEV_DOWN: the link layer's own groups are left (br_dev_stop, ip_mc_down); IPv6 leaves its own only if
     * addrconf had found the link ready (addrconf_ifdown's was_ready), so a device that never had carrier keeps
     * 33:33:00:00:00:01.
     */
    void down(final NetDevice device)
    {
        if (device.kind() == DeviceKind.BRIDGE)
        {
            delete(IPV4_SNOOPERS);
            delete(IPV6_SNOOPERS);
        }
        delete(IPV4_ALL_HOSTS);
    }

    /** dev_mc_add. */
    public void add(final long mac)
    {
        final int at = addresses.indexOf(mac);
        if (at >= 0)
        {
            references.set(at, references.get(at) + 1);
            return;
        }
        addresses.add(mac);
        references.add(1);
    }

    /** dev_mc_del: the address goes with its last join. */
    public void delete(final long mac)
    {
        final int at = addresses.indexOf(mac);
        if (at < 0)
        {
            return;
        }
        final int left = references.get(at) - 1;
        if (left == 0)
        {
            addresses.remove(at);
            references.remove(at);
        }
        else
        {
            references.set(at, left);
        }
    }

    /** @return the addresses in join order. */
    public List<Long> addresses()
    {
        return Collections.unmodifiableList(addresses);
    }
}
