package dev.nslab.stack.ipv4;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.nslab.stack.link.DevicePart;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourParameters;
import dev.nslab.stack.neigh.NeighbourTable;

/**
 * A device's IPv4 part, as Linux keeps it in struct in_device: its addresses in {@code ip addr}'s order, its
 * {@code net.ipv4.conf.DEV} settings and its ARP neighbour table (whose parameters are {@code net.ipv4.neigh.DEV}).
 * A device's IPv6 part will sit beside it (inet6_dev). The namespace's {@link Ipv4Namespace} attaches it when the
 * device is first registered; it stays with the device when it moves (its addresses do not).
 */
public final class Ipv4Device
{
    /** The key of this part in every device (dev->ip_ptr). */
    static final DevicePart<Ipv4Device> KEY = new DevicePart<>();
    private static final int SLOT = KEY.index();
    /** inetdev_valid_mtu: the smallest MTU IPv4 works with. */
    public static final int MIN_MTU = 68;

    final List<InterfaceAddress> addresses = new ArrayList<>(2);
    /** net.ipv4.conf.DEV (in_device->cnf): made from the namespace's default when the device is registered. */
    Ipv4DeviceConfig config = new Ipv4DeviceConfig();
    final NeighbourTable neighbours;
    /** IPv4 of the namespace the device is registered in now (dev_net(dev)->ipv4), set at each registration. */
    Ipv4Namespace namespace;

    Ipv4Device(final NetDevice device, final Machine machine)
    {
        this.neighbours = new NeighbourTable(device, new ArpResolution(device), machine.neighbourContext(),
            NeighbourParameters.DEFAULTS);
    }

    /** @return the device's IPv4 part (every registered device has one). */
    public static Ipv4Device of(final NetDevice device)
    {
        return (Ipv4Device) device.part(SLOT);
    }

    /**
     * @return true while the device has its IPv4 state (in_device): addresses, {@code net.ipv4.conf.DEV} and
     *         {@code net.ipv4.neigh.DEV}. An MTU below 68 destroys it (inetdev_event NETDEV_CHANGEMTU, which only
     *         the loopback allows, and the loopback never moves), so it is there exactly when the MTU is valid.
     */
    public static boolean exists(final NetDevice device)
    {
        return device.mtu() >= MIN_MTU;
    }

    /** @return the IPv4 addresses in the order {@code ip addr} lists them. */
    public List<InterfaceAddress> addresses()
    {
        return Collections.unmodifiableList(addresses);
    }

    /** @return the ARP table (its parameters are {@code net.ipv4.neigh.DEV}). */
    public NeighbourTable neighbours()
    {
        return neighbours;
    }

    /** @return net.ipv4.conf.DEV: the device's own values, as {@code sysctl} reads them. */
    public Ipv4DeviceConfig config()
    {
        return config;
    }

    /** @return the primary address whose subnet holds {@code destination}, or 0. */
    int addressCovering(final int destination)
    {
        for (int i = 0, n = addresses.size(); i < n; i++)
        {
            final InterfaceAddress address = addresses.get(i);
            if (address.covers(destination))
            {
                return address.address();
            }
        }
        return 0;
    }

    /** @return true when {@code address} is one of the device's addresses. */
    public boolean hasAddress(final int address)
    {
        for (int i = 0, n = addresses.size(); i < n; i++)
        {
            if (addresses.get(i).address() == address)
            {
                return true;
            }
        }
        return false;
    }
}
