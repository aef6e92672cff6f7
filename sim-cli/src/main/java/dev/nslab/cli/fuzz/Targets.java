package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * Addresses to ping or look up from a namespace: its own, loopback, a neighbour's across a veth, one further away
 * (behind a router), one nobody has on a connected subnet (ARP fails), one on no subnet at all. All of them lie
 * in 10.0.0.0/8 or 127.0.0.0/8, so whatever the routes, a packet never leaves the scenario's own namespaces.
 */
final class Targets
{
    private Targets()
    {
    }

    static int address(final World world, final Namespace from, final SplittableRandom random)
    {
        final List<Address> own = new ArrayList<>();
        final List<Address> neighbours = new ArrayList<>();
        final List<Address> far = new ArrayList<>();
        for (final Device device : world.devicesWithAddresses())
        {
            if (device.namespace == from)
            {
                own.addAll(device.addresses);
                if (device.peer != null)
                {
                    neighbours.addAll(device.peer.addresses);
                }
            }
            else
            {
                far.addAll(device.addresses);
            }
        }
        final int choice = random.nextInt(100);
        if (choice < 30 && !neighbours.isEmpty())
        {
            return World.pick(random, neighbours).ip();
        }
        if (choice < 55 && !far.isEmpty())
        {
            return World.pick(random, far).ip();
        }
        if (choice < 70 && !own.isEmpty())
        {
            return World.pick(random, own).ip();
        }
        if (choice < 78)
        {
            return World.pick(random, Ip.of(127, 0, 0, 1), Ip.of(127, 0, 0, 1), Ip.of(127, 1, 2, 3));
        }
        if (choice < 90 && !own.isEmpty())
        {
            final Address connected = World.pick(random, own);
            return world.freeHost(Ip.network(connected.ip(), Math.max(connected.prefix(), 24)), random);
        }
        return world.freeHost(world.newSubnet(), random);
    }
}
