package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;

/**
 * {@code ip [-6] addr add|del ADDR6/LEN dev DEV [nodad]}, {@code ip -6 [-j|-br|-o] addr [show [dev DEV]]},
 * {@code ip -6 addr flush dev DEV} and the lists of the routes they make ({@code ip -6 route [show] [table T]
 * [dev DEV]}): unique local and documentation addresses, link-local ones, other prefix
 * lengths and bare /128s, duplicates, deletions with the right and a wrong length, and nodad before the address
 * (where iproute2 ignores it) as well as after.
 */
final class Ipv6AddressProducer implements Producer
{
    private static final int[] PREFIXES = {64, 64, 64, 48, 80, 112, 127, 128};

    @Override
    public String area()
    {
        return "address6";
    }

    @Override
    public int weight(final World world)
    {
        return world.devices(device -> !device.isLoopback()).isEmpty() ? 1 : 3;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Device device = world.device(random, candidate -> !candidate.isLoopback() || random.nextInt(4) == 0);
        if (device == null)
        {
            return;
        }
        final int choice = random.nextInt(100);
        final String existing = World.pick(random, device.addresses6);
        if (choice < 50 || existing == null && choice < 80)
        {
            add(script, random, device);
        }
        else if (choice < 80)
        {
            final boolean wrongLength = random.nextInt(5) == 0;
            final String text = wrongLength ? existing.substring(0, existing.indexOf('/')) : existing;
            script.ip(device.namespace, World.pick(random, "-6 addr del ", "addr del ", "a del ") + text + " dev "
                + device.name);
            if (!wrongLength)
            {
                device.addresses6.remove(existing);
            }
        }
        else if (choice < 92)
        {
            script.ip(device.namespace, World.pick(random, "-6 a", "-6 addr show", "-6 addr show dev " + device.name,
                "-6 -br a", "-6 -br addr show dev " + device.name, "-6 -o addr", "-o -6 a show dev " + device.name,
                "-6 address list dev " + device.name, "-6 a show up", "-6 -j a", "-6 -j -p addr show dev "
                + device.name, "-6 -j -br a", "-6 -j addr show scope link", "-j addr show scope global",
                "-o -j -6 a show dynamic", "-6 route", "-6 route show table all",
                "-6 r show table local", "-6 route list dev " + device.name, "-6 route show table main dev "
                    + device.name));
        }
        else
        {
            script.ip(device.namespace, World.pick(random, "-6 addr flush dev ", "-6 a flush dev ") + device.name);
            device.addresses6.clear();
        }
    }

    private static void add(final Script script, final SplittableRandom random, final Device device)
    {
        final int kind = random.nextInt(10);
        final String address = kind == 0 ? "fe80::" + Integer.toHexString(random.nextInt(1, 0x10000))
            : kind == 1 ? "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::"
                + Integer.toHexString(random.nextInt(1, 0x10000))
            : "fd00:" + Integer.toHexString(random.nextInt(1, 16)) + "::" + Integer.toHexString(random.nextInt(1, 40));
        final int prefix = kind == 0 ? 64 : PREFIXES[random.nextInt(PREFIXES.length)];
        final boolean bare = prefix == 128 && random.nextBoolean();
        final String text = bare ? address : address + "/" + prefix;
        final int flags = random.nextInt(6);
        final String nodadBefore = flags == 0 ? "nodad " : "";
        final String nodadAfter = flags == 1 || flags == 2 ? " nodad" : "";
        script.ip(device.namespace, World.pick(random, "addr add ", "-6 addr add ", "address add ", "a add ")
            + nodadBefore + text + " dev " + device.name + nodadAfter);
        final String kept = address + "/" + prefix;
        if (!device.addresses6.contains(kept))
        {
            device.addresses6.add(kept);
        }
    }
}
