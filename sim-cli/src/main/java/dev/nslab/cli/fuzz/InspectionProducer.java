package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Kind;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * The commands that show state, interleaved with the rest: addresses, links (brief, statistics), routes (the
 * local table too), neighbours, taps, bridge ports and the FDB, in every namespace.
 */
final class InspectionProducer implements Producer
{
    @Override
    public String area()
    {
        return "inspection";
    }

    @Override
    public int weight(final World world)
    {
        return 14;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace namespace = World.pick(random, world.namespaces());
        final Device device = World.pick(random, namespace.devices);
        final int choice = random.nextInt(112);
        if (choice >= 100)
        {
            // The output forms scripts parse: JSON (compact or pretty), one line per object, route details.
            final String form = World.pick(random, "-j ", "-j -p ", "-json -pretty ", "-j -br ", "-o ", "-d ");
            final String object = form.startsWith("-d") ? World.pick(random, "route", "-4 route show table all", "-4 route")
                : World.pick(random, "link", "addr", "-4 addr", "route", "route show table local", "neigh", "rule",
                    "link show " + device.name, "addr show dev " + device.name, "-s link show " + device.name,
                    "route get " + Ip.text(Targets.address(world, namespace, random)));
            final String line = form.equals("-o ") && (object.equals("rule") || object.startsWith("neigh"))
                ? "-o addr" : form + object;
            script.ip(namespace, line.replace("-j -br -s", "-j -s").replace("-j -br route", "-j route")
                .replace("-j -br neigh", "-j neigh").replace("-j -br rule", "-j rule")
                .replace("-j -br route get", "-j route get"));
        }
        else if (choice < 14)
        {
            script.ip(namespace, World.pick(random, "a", "addr", "address show", "addr list", "-4 addr", "a s",
                "-f inet addr", "-family inet a", "-4 a show up"));
        }
        else if (choice < 22)
        {
            script.ip(namespace, World.pick(random, "addr show dev ", "a show ", "address show dev ") + device.name);
        }
        else if (choice < 30)
        {
            script.ip(namespace, World.pick(random, "-br a", "-br addr", "-brief address", "-br link", "-br l",
                "-br -4 a"));
        }
        else if (choice < 40)
        {
            script.ip(namespace, World.pick(random, "link", "l", "link show", "link ls", "link show " + device.name,
                "link show dev " + device.name, "link show up", "-o link", "-o link show " + device.name));
        }
        else if (choice < 46)
        {
            script.ip(namespace, World.pick(random, "-s link", "-s link show " + device.name, "-s link show lo",
                "-s -s link show " + device.name, "-stats link", "-statistics link show " + device.name,
                "-s -br link"));
        }
        else if (choice < 60)
        {
            script.ip(namespace, World.pick(random, "route", "r", "route show", "ro", "route list", "-4 route",
                "route show table local", "route show table main"));
        }
        else if (choice < 66)
        {
            script.ip(namespace, "route get " + Ip.text(Targets.address(world, namespace, random)));
        }
        else if (choice < 78)
        {
            script.ip(namespace, World.pick(random, "neigh", "n", "neigh show", "neighbour", "neighbor show",
                "-4 neigh", "neigh show dev " + device.name));
        }
        else if (choice < 82)
        {
            script.ip(namespace, World.pick(random, "tuntap show", "tuntap", "tap show"));
        }
        else if (choice < 90)
        {
            final Device bridge = World.pick(random,
                namespace.devices.stream().filter(candidate -> candidate.kind == Kind.BRIDGE).toList());
            final String name = bridge == null ? device.name : bridge.name;
            final String bridgeCommand = World.pick(random, "fdb show", "fdb", "fdb show br " + name,
                "fdb show dev " + device.name, "fdb show brport " + device.name, "link", "link show",
                "link show dev " + device.name);
            if (!namespace.isHost() && random.nextBoolean())
            {
                script.add("bridge -n " + namespace.name + " " + bridgeCommand);
            }
            else
            {
                script.in(namespace, "bridge " + bridgeCommand);
            }
            if (bridge != null && random.nextBoolean())
            {
                script.ip(namespace, "link show master " + bridge.name);
            }
        }
        else
        {
            script.in(namespace, World.pick(random, "ip netns list", "ip -br a", "ip -Version", "ip -help", "ip help",
                "sysctl net.ipv4.ip_forward",
                "ip -n " + World.pick(random, world.namespaces()).label() + " a"));
        }
    }
}
