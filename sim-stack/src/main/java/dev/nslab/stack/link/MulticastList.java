package dev.nslab.stack.link;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** The addresses in join order, then unused slots; a device holds three or four (lo's and a veth's). */
    private long[] addresses = new long[4];
    /** The joins holding each address, at the same index. */
    private int[] references = new int[4];
    private int size;

    /** NETDEV_REGISTER: a device arrives with an empty list (the families then add theirs). */
    void registered()
    {
        size = 0;
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
        final int at = indexOf(mac);
        if (at >= 0)
        {
            references[at]++;
            return;
        }
        if (size == addresses.length)
        {
            addresses = Arrays.copyOf(addresses, size * 2);
            references = Arrays.copyOf(references, size * 2);
        }
        addresses[size] = mac;
        references[size] = 1;
        size++;
    }

    /** dev_mc_del: the address goes with its last join. */
    public void delete(final long mac)
    {
        final int at = indexOf(mac);
        if (at < 0)
        {
            return;
        }
        if (--references[at] == 0)
        {
            size--;
            System.arraycopy(addresses, at + 1, addresses, at, size - at);
            System.arraycopy(references, at + 1, references, at, size - at);
        }
    }

    /** @return the addresses in join order (a copy). */
    public List<Long> addresses()
    {
        final List<Long> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++)
        {
            list.add(addresses[i]);
        }
        return Collections.unmodifiableList(list);
    }

    private int indexOf(final long mac)
    {
        for (int i = 0; i < size; i++)
        {
            if (addresses[i] == mac)
            {
                return i;
            }
        }
        return -1;
    }
}
