package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;

/**
 * {@code ip neigh}: entries added, replaced, changed and deleted by hand (both families, every NUD state by name,
 * with and without {@code lladdr}, the peer's addresses among them so traffic meets them), lists filtered by device
 * and state, and flushes after traffic has filled the caches.
 */
final class NeighbourProducer implements Producer
{
    private static final String[] STATES = {"permanent", "reachable", "stale", "noarp", "delay", "probe",
        "incomplete", "failed", "none", "perm"};

    @Override
    public String area()
    {
        return "neigh";
    }

    @Override
    public int weight(final World world)
    {
        return world.devicesWithAddresses().isEmpty() ? 0 : 3;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Device device = World.pick(random, world.devicesWithAddresses());
        switch (random.nextInt(5))
        {
            case 0 -> script.ip(device.namespace, (random.nextInt(3) == 0 ? "neigh show dev " : World.pick(random,
                "neigh flush dev ", "neighbour flush dev ", "n flush dev ")) + device.name);
            case 1 -> script.ip(device.namespace, World.pick(random, "-4 neigh show nud all", "neigh show nud "
                + World.pick(random, STATES), "-6 neigh show nud permanent", "neigh show nud none dev " + device.name,
                "neigh flush nud " + World.pick(random, "stale", "permanent", "failed", "reachable") + " dev "
                + device.name, "-4 neigh show nud noarp nud permanent"));
            case 2 -> script.ip(device.namespace, World.pick(random, "neigh del ", "neigh delete ", "-6 neigh del ")
                + destination(device, random) + " dev " + device.name);
            default -> script.ip(device.namespace, change(device, random));
        }
    }

    /** An add, replace or change, mostly well formed. */
    private static String change(final Device device, final SplittableRandom random)
    {
        final StringBuilder line = new StringBuilder(World.pick(random, "neigh add ", "neigh add ", "neigh replace ",
            "neigh change ", "neigh chg ", "n a "));
        final String destination = destination(device, random);
        if (destination.indexOf(':') >= 0 && random.nextBoolean())
        {
            line.insert(0, "-6 ");
        }
        line.append(random.nextInt(6) == 0 ? "to " : "").append(destination);
        if (random.nextInt(5) != 0)
        {
            line.append(" lladdr ").append(random.nextInt(12) == 0 ? World.pick(random, "02:00:00:00", "zz", "null")
                : String.format("02:%02x:%02x:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256),
                    random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        }
        if (random.nextInt(3) != 0)
        {
            line.append(" nud ").append(random.nextInt(15) == 0 ? "bogus" : World.pick(random, STATES));
        }
        if (random.nextInt(6) == 0)
        {
            line.append(" router");
        }
        if (random.nextInt(15) != 0)
        {
            line.append(" dev ").append(device.name);
        }
        return line.toString();
    }

    /** The peer's address (so traffic uses the entry), another host of the subnet, or an IPv6 neighbour. */
    private static String destination(final Device device, final SplittableRandom random)
    {
        final Device peer = device.peer;
        switch (random.nextInt(6))
        {
            case 0, 1 ->
            {
                if (peer != null && !peer.addresses.isEmpty())
                {
                    return Ip.text(World.pick(random, peer.addresses).ip());
                }
                return Ip.text(World.pick(random, device.addresses).ip() ^ 1 + random.nextInt(7));
            }
            case 2 ->
            {
                if (peer != null && !peer.addresses6.isEmpty())
                {
                    final String address = World.pick(random, peer.addresses6);
                    return address.substring(0, address.indexOf('/'));
                }
                return "2001:db8::" + Integer.toHexString(1 + random.nextInt(0xfff));
            }
            case 3 -> {
                return World.pick(random, "fe80::" + Integer.toHexString(1 + random.nextInt(0xfff)), "ff02::9",
                    "224.0.0.5", "127.0.0.9");
            }
            default ->
            {
                return Ip.text(World.pick(random, device.addresses).ip() ^ 1 + random.nextInt(7));
            }
        }
    }
}
