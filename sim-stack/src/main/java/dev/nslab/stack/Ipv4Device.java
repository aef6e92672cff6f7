package dev.nslab.stack;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.neigh.NeighbourParameters;
import dev.nslab.stack.neigh.NeighbourTable;

/**
 * A device's IPv4 part, as Linux keeps it in struct in_device: its addresses in {@code ip addr}'s order, its
 * {@code net.ipv4.conf.DEV} settings and its ARP neighbour table (whose parameters are {@code net.ipv4.neigh.DEV}).
 * A device's IPv6 part will sit beside it (inet6_dev).
 */
final class Ipv4Device
{
    final List<InterfaceAddress> addresses = new ArrayList<>();
    /** net.ipv4.conf.DEV (in_device->cnf): made from the namespace's default when the device is registered. */
    Ipv4DeviceConfig config = new Ipv4DeviceConfig();
    final NeighbourTable neighbours;

    Ipv4Device(final NetDevice device, final Simulation simulation)
    {
        this.neighbours = new NeighbourTable(device, new ArpResolution(device), simulation.neighbourContext,
            new NeighbourParameters());
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
    boolean hasAddress(final int address)
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
