package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * {@code ping [-6]} of IPv6 targets: the addresses the world's devices hold (own ones, a peer's, across a link or not),
 * {@code ::1}, an absent address in a held prefix (address unreachable), an address no route leads to, a link-local one
 * with its {@code %DEV} scope; with {@code -c -i -W -s -M -t -I -q -l -p -O -D -Q}, sizes that fit a frame, that are
 * fragmented and that exceed what IPv6 carries, and the family mistakes ({@code -4} with an IPv6 target, an unknown
 * scope). Its own inspection: {@code ip [-6] neigh [show|flush] [dev DEV]}.
 */
final class Ping6Producer implements Producer
{
    private static final String[] SIZES = {"0", "8", "16", "56", "100", "1000", "1232", "1452", "1453", "3000",
        "65000", "65527", "65528"};

    @Override
    public String area()
    {
        return "ping6";
    }

    @Override
    public int weight(final World world)
    {
        return world.devices(device -> !device.addresses6.isEmpty()).isEmpty() ? 1 : 5;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final List<Device> holders = world.devices(device -> !device.addresses6.isEmpty());
        final Device holder = holders.isEmpty() ? null : World.pick(random, holders);
        final Namespace from = holder == null || random.nextInt(5) == 0 ? World.pick(random, world.namespaces())
            : holder.namespace;
        if (random.nextInt(5) == 0)
        {
            neighbours(from, script, random);
            return;
        }
        final List<String> options = new ArrayList<>();
        final int count = random.nextInt(1, 4);
        options.add("-c " + count);
        if (count > 1 || random.nextInt(4) == 0)
        {
            options.add("-i " + World.pick(random, "0.2", "0.3"));
        }
        options.add("-W " + (random.nextInt(8) == 0 ? "4" : "1"));
        if (random.nextInt(3) == 0)
        {
            options.add("-6");
        }
        if (random.nextInt(5) == 0)
        {
            options.add("-s " + World.pick(random, SIZES));
            if (random.nextInt(3) == 0)
            {
                options.add("-M " + World.pick(random, "do", "want", "dont"));
            }
        }
        if (random.nextInt(6) == 0)
        {
            options.add("-t " + World.pick(random, "1", "2", "64", "255"));
        }
        if (random.nextInt(7) == 0 && !from.devices.isEmpty())
        {
            final Device device = World.pick(random, from.devices);
            final String address = World.pick(random, device.addresses6);
            options.add("-I " + (address != null && random.nextBoolean()
                ? address.substring(0, address.indexOf('/')) : device.name));
        }
        if (random.nextInt(8) == 0)
        {
            options.add("-q");
        }
        if (random.nextInt(12) == 0)
        {
            options.add("-l " + World.pick(random, "2", "3"));
        }
        if (random.nextInt(14) == 0)
        {
            options.add("-p " + World.pick(random, "ff", "abcd", "a5a5"));
        }
        if (random.nextInt(16) == 0)
        {
            options.add(World.pick(random, "-O", "-D", "-v"));
        }
        if (random.nextInt(40) == 0)
        {
            options.add(World.pick(random, "-4", "-n"));
        }
        if (random.nextInt(16) == 0)
        {
            // IPV6_TCLASS; out of range, parsetos refuses it
            options.add("-Q " + World.pick(random, "0xb8", "0x10", "46", "0", "300"));
        }
        Collections.shuffle(options, new java.util.Random(random.nextLong()));
        options.add(target(world, from, holder, random));
        script.in(from, "ping " + String.join(" ", options));
    }

    /** A target, mostly one that some device holds. */
    private static String target(final World world, final Namespace from, final Device holder,
        final SplittableRandom random)
    {
        final int kind = random.nextInt(20);
        if (holder == null || kind == 0)
        {
            return World.pick(random, "::1", "fd00:99::1", "fe80::1%lo");
        }
        if (kind == 3 && !from.devices.isEmpty())
        {
            // Everyone on a link, and this host itself (a group loops back).
            return World.pick(random, "ff02::1", "ff02::2") + "%" + World.pick(random, from.devices).name;
        }
        final String held = World.pick(random, holder.addresses6);
        final String address = held.substring(0, held.indexOf('/'));
        if (kind == 1)
        {
            // An address in a held prefix that nobody holds: neighbour discovery fails after 3 s.
            return address.substring(0, address.lastIndexOf(':') + 1) + "77";
        }
        if (address.startsWith("fe80:"))
        {
            final Device scope = from.devices.isEmpty() ? holder : World.pick(random, from.devices);
            return address + "%" + (kind == 2 ? "nosuch" : scope.name);
        }
        return address;
    }

    private static void neighbours(final Namespace from, final Script script, final SplittableRandom random)
    {
        final Device device = from.devices.isEmpty() ? null : World.pick(random, from.devices);
        final String dev = device == null ? "lo" : device.name;
        script.ip(from, World.pick(random, "-6 neigh", "neigh", "-6 neigh show dev " + dev, "-6 n",
            "-6 neigh flush dev " + dev, "-4 neigh", "-6 neighbour show"));
    }
}
