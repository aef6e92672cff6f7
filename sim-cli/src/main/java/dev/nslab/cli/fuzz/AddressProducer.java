package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;

/**
 * {@code ip addr add|del|flush}: several addresses per device, primaries and secondaries of one subnet, other
 * prefix lengths, /32s, loopback addresses, {@code brd +}, deletions of primaries and secondaries.
 */
final class AddressProducer implements Producer
{
    private static final int[] PREFIXES = {24, 24, 24, 24, 16, 25, 28, 30, 32};

    @Override
    public String area()
    {
        return "address";
    }

    @Override
    public int weight(final World world)
    {
        return world.devices(device -> !device.isLoopback()).isEmpty() ? 1 : 16;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Device device = random.nextInt(10) == 0
            ? World.pick(random, world.namespaces()).loopback()
            : world.device(random, candidate -> !candidate.isLoopback() && candidate.master == null
                || random.nextInt(8) == 0);
        if (device == null)
        {
            return;
        }
        final int choice = random.nextInt(100);
        final Address existing = World.pick(random, device.addresses);
        if (choice < 65 || existing == null)
        {
            add(world, script, random, device);
        }
        else if (choice < 88)
        {
            script.ip(device.namespace, World.pick(random, "addr del ", "address del ", "a del ", "addr delete ")
                + existing.text() + World.pick(random, "", "", "", "", " brd +", " broadcast "
                    + Ip.text(existing.ip() | ~(-1 << (32 - Math.min(existing.prefix(), 31))))) + " dev " + device.name);
            device.addresses.remove(existing);
        }
        else
        {
            script.ip(device.namespace, World.pick(random, "addr flush dev ", "address flush dev ", "a flush dev ")
                + device.name + (random.nextInt(4) == 0 ? " up" : ""));
            device.addresses.clear();
        }
    }

    private static void add(final World world, final Script script, final SplittableRandom random,
        final Device device)
    {
        final int ip;
        final int prefix;
        if (device.isLoopback())
        {
            ip = random.nextBoolean() ? Ip.of(127, 0, 0, random.nextInt(2, 10)) : world.freeHost(world.newSubnet(), random);
            prefix = random.nextBoolean() ? 8 : 32;
        }
        else
        {
            final Address sibling = World.pick(random, device.addresses);
            // A second address in the subnet of a first one is a secondary.
            final boolean secondary = sibling != null && random.nextInt(3) == 0;
            final int subnet = secondary ? Ip.network(sibling.ip(), 24) : world.subnetOf(device);
            ip = world.freeHost(subnet, random);
            prefix = secondary ? sibling.prefix() : PREFIXES[random.nextInt(PREFIXES.length)];
        }
        final int broadcast = random.nextInt(10);
        final String brd = broadcast == 0 ? " brd +" : broadcast == 1 ? " broadcast " + Ip.text(ip | ~(-1 << (32
            - Math.min(prefix, 31)))) : broadcast == 2 ? " brd -" : "";
        script.ip(device.namespace, World.pick(random, "addr add ", "address add ", "a add ", "addr a ")
            + Ip.text(ip) + "/" + prefix + brd + " dev " + device.name);
        if (!World.hasAddress(device, ip))
        {
            device.addresses.add(new Address(ip, prefix));
        }
    }
}
