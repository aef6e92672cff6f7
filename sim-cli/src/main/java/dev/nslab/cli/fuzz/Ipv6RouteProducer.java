package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;

/**
 * {@code ip -6 route add|replace|del|get}: routes through a gateway the peer holds (or one nobody holds, or our own),
 * link-local gateways with and without their device, device routes, metrics, protocols, the reject types, the
 * default route, deletions by prefix, gateway and metric, with {@code -6} or with the family left to the first
 * address; the lists as JSON, one line and with details.
 */
final class Ipv6RouteProducer implements Producer
{
    @Override
    public String area()
    {
        return "route6";
    }

    @Override
    public int weight(final World world)
    {
        return 1;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Device device = world.device(random, candidate -> !candidate.isLoopback());
        if (device == null)
        {
            return;
        }
        if (random.nextInt(12) == 0)
        {
            // The route cache and flushes (which take the kernel's own routes too).
            script.ip(device.namespace, World.pick(random, "-6 route show cache", "-6 route flush cache",
                "-6 route flush dev " + device.name, "-s -6 route flush dev " + device.name, "-6 route flush",
                "-6 route flush table main", "-6 r flush table 7", "-6 -j route show cache",
                "-6 -d route show cache"));
            return;
        }
        if (random.nextInt(6) == 0)
        {
            // The forms scripts read: JSON (pretty or not), one line, details.
            script.ip(device.namespace, World.pick(random, "-6 -j route", "-6 -j -p route", "-6 -o route",
                "-6 -d route", "-6 -d -j route show table local", "-6 -j route show table all",
                "-6 -j route show dev " + device.name, "-6 -d route show table all", "-j -6 neigh", "-6 -o neigh",
                "-j -p -6 neigh show dev " + device.name));
            return;
        }
        if (random.nextInt(4) == 0)
        {
            // ip -6 route get: an address of the peer, of ours, link-local or multicast, or one nobody holds.
            // Without -6 the address picks the family; -j prints the same answer as JSON.
            script.ip(device.namespace, World.pick(random, "-6 route get ", "-6 route get ", "route get ",
                "-6 -j route get ") + World.pick(random, gateway(device, random), "ff02::1",
                "::1", "fd00:" + Integer.toHexString(random.nextInt(16, 40)) + "::1") + (random.nextInt(3) == 0
                    ? " dev " + device.name : ""));
            return;
        }
        final String verb = World.pick(random, "add", "add", "add", "replace", "del", "del");
        final String prefix = random.nextInt(6) == 0 ? "default"
            : "fd00:" + Integer.toHexString(random.nextInt(16, 40)) + "::/" + World.pick(random, "64", "64", "48", "128");
        final int kind = random.nextInt(10);
        // Without -6 too: iproute_modify's first address (the prefix, or via's gateway after default) sets the
        // family; a default route without a gateway would be IPv4's.
        final boolean familyImplied = random.nextInt(4) == 0 && (!prefix.equals("default") || kind > 0 && kind < 6);
        final StringBuilder line = new StringBuilder(familyImplied ? "route " : "-6 route ").append(verb).append(' ');
        if (kind == 0)
        {
            line.append(World.pick(random, "unreachable ", "blackhole ", "prohibit ")).append(prefix);
        }
        else
        {
            line.append(prefix);
            if (kind < 6)
            {
                line.append(" via ").append(gateway(device, random));
                if (random.nextInt(3) == 0)
                {
                    line.append(" dev ").append(device.name);
                }
            }
            else
            {
                // Now and then on lo, which a gateway's route then may not lead through.
                line.append(" dev ").append(random.nextInt(10) == 0 ? "lo" : device.name);
            }
        }
        if (random.nextInt(3) == 0)
        {
            line.append(" metric ").append(World.pick(random, "5", "10", "1024", "256"));
        }
        if (random.nextInt(8) == 0)
        {
            line.append(" proto ").append(World.pick(random, "static", "boot", "kernel"));
        }
        script.ip(device.namespace, line.toString());
    }

    /** @return an address the peer holds, one of our own, a link-local one, a group or ::, or one nobody holds. */
    private static String gateway(final Device device, final SplittableRandom random)
    {
        final int choice = random.nextInt(8);
        if (choice < 4 && device.peer != null && !device.peer.addresses6.isEmpty())
        {
            final String address = World.pick(random, device.peer.addresses6);
            return address.substring(0, address.indexOf('/'));
        }
        if (choice == 4 && !device.addresses6.isEmpty())
        {
            final String address = World.pick(random, device.addresses6);
            return address.substring(0, address.indexOf('/'));
        }
        if (choice == 5)
        {
            return "fe80::" + Integer.toHexString(random.nextInt(1, 0x100));
        }
        if (choice == 6 && random.nextInt(4) == 0)
        {
            return World.pick(random, "ff02::1", "::");
        }
        return "fd00:" + Integer.toHexString(random.nextInt(1, 16)) + "::" + Integer.toHexString(random.nextInt(1, 40));
    }
}
