package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Kind;
import dev.nslab.cli.fuzz.World.Namespace;

/** Makes and deletes devices: veth pairs (also with the peer in another namespace), bridges, taps. */
final class LinkProducer implements Producer
{
    private static final int MOST_DEVICES = 8;

    @Override
    public String area()
    {
        return "link add/del";
    }

    @Override
    public int weight(final World world)
    {
        final int devices = world.devices(device -> !device.isLoopback()).size();
        return devices < 3 ? 12 : devices < MOST_DEVICES ? 5 : 2;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final int choice = random.nextInt(100);
        final Device existing = world.device(random, device -> !device.isLoopback());
        final Namespace namespace = random.nextInt(3) == 0 ? world.host() : World.pick(random, world.namespaces());
        if (choice < 55 || existing == null && choice < 80)
        {
            veth(world, script, random, namespace);
        }
        else if (choice < 70 || existing == null && !world.tapsAllowed())
        {
            final String name = world.newDeviceName("br");
            script.ip(namespace, (random.nextInt(4) == 0 ? "link add name " : "link add ") + name + " type bridge");
            namespace.devices.add(new Device(name, Kind.BRIDGE, namespace));
        }
        else if (choice < 80 && world.tapsAllowed() || existing == null)
        {
            final String name = world.newDeviceName("tap");
            script.ip(namespace, World.pick(random, "tuntap add dev " + name + " mode tap",
                "tuntap add " + name + " mode tap", "tuntap add mode tap name " + name, "tap add dev " + name
                    + " mode tap"));
            namespace.devices.add(new Device(name, Kind.TAP, namespace));
        }
        else if (existing.kind == Kind.TAP && random.nextBoolean())
        {
            script.ip(existing.namespace, "tuntap del dev " + existing.name + " mode tap");
            world.removeDevice(existing);
        }
        else
        {
            script.ip(existing.namespace, World.pick(random, "link del ", "link delete ", "link del dev ",
                "link delete name ") + existing.name);
            world.removeDevice(existing);
        }
    }

    private static void veth(final World world, final Script script, final SplittableRandom random,
        final Namespace namespace)
    {
        final String name = world.newDeviceName("v");
        final String peerName = name + "p";
        final Namespace peerNamespace = random.nextInt(3) == 0 ? World.pick(random, world.namespaces()) : namespace;
        final int form = random.nextInt(12);
        final Namespace home = form == 0 ? World.pick(random, world.namespaces()) : namespace;
        // ip link add NAME netns NS type veth ...: the first end is made in NS.
        String line = (form == 1 ? "link add name " : "link add ") + name
            + (form == 0 ? " netns " + (home.isHost() ? "1" : home.name) : "") + " type veth peer name " + peerName;
        if (peerNamespace != namespace)
        {
            line += " netns " + (peerNamespace.isHost() ? "1" : peerNamespace.name);
        }
        if (random.nextInt(40) == 0)
        {
            // A peer's own type, its value missing: ip says the command line is not complete, nothing is made.
            script.ip(namespace, line + " type");
            return;
        }
        script.ip(namespace, line);
        final Device device = new Device(name, Kind.VETH, home);
        final Device peer = new Device(peerName, Kind.VETH, peerNamespace);
        device.peer = peer;
        peer.peer = device;
        home.devices.add(device);
        peerNamespace.devices.add(peer);
    }
}
