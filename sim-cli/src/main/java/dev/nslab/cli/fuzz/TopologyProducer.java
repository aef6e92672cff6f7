package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Kind;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * A few lines at once that build something pings can cross: two namespaces joined by a veth, addressed and up,
 * and now and then a third behind the second, which forwards, with routes both ways. Without it most random
 * scenarios would never get a packet across a router.
 */
final class TopologyProducer implements Producer
{
    @Override
    public String area()
    {
        return "topology";
    }

    @Override
    public int weight(final World world)
    {
        return world.devicesWithAddresses().isEmpty() ? 14 : world.named().size() < 4 ? 2 : 0;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace left = random.nextInt(4) == 0 ? world.host() : fresh(world, script);
        final Namespace middle = fresh(world, script);
        final Device[] first = link(world, script, random, left, middle);
        if (random.nextInt(3) == 0)
        {
            return;
        }
        final Namespace right = fresh(world, script);
        final Device[] second = link(world, script, random, middle, right);
        // Forwarding on, in each of the kernel's ways: ip_forward, all's forwarding, or both devices' own.
        switch (random.nextInt(4))
        {
            case 0 -> script.in(middle, "sysctl -w net.ipv4.conf.all.forwarding=1");
            case 1 -> script.in(middle, "sysctl -w net.ipv4.conf." + first[1].name + ".forwarding=1 net.ipv4.conf."
                + second[0].name + ".forwarding=1");
            default -> script.in(middle, "sysctl -w net.ipv4.ip_forward=1");
        }
        middle.forwarding = true;
        route(script, random, left, second[1].addresses.get(0), first[1].addresses.get(0));
        route(script, random, right, first[0].addresses.get(0), second[0].addresses.get(0));
    }

    private static Namespace fresh(final World world, final Script script)
    {
        final String name = world.newNamespaceName();
        script.add("ip netns add " + name);
        return world.addNamespace(name);
    }

    /** A veth from {@code a} to {@code b}, an address on each end, both ends and b's loopback up. */
    private static Device[] link(final World world, final Script script, final SplittableRandom random,
        final Namespace a, final Namespace b)
    {
        final String name = world.newDeviceName("v");
        final Device near = new Device(name, Kind.VETH, a);
        final Device far = new Device(name + "p", Kind.VETH, b);
        near.peer = far;
        far.peer = near;
        script.ip(a, "link add " + near.name + " type veth peer name " + far.name + " netns " + b.name);
        a.devices.add(near);
        b.devices.add(far);
        final int subnet = world.subnetOf(near);
        for (final Device device : new Device[] {near, far})
        {
            final int ip = world.freeHost(subnet, random);
            script.ip(device.namespace, "addr add " + Ip.text(ip) + "/24 dev " + device.name);
            device.addresses.add(new Address(ip, 24));
            script.ip(device.namespace, "link set " + device.name + " up");
            device.up = true;
        }
        if (random.nextBoolean())
        {
            script.ip(b, "link set lo up");
            b.loopback().up = true;
        }
        return new Device[] {near, far};
    }

    private static void route(final Script script, final SplittableRandom random, final Namespace from,
        final Address toward, final Address gateway)
    {
        final String destination = random.nextInt(3) == 0 ? "default" : Ip.prefixText(toward.ip(), 24);
        final String route = destination + " via " + Ip.text(gateway.ip());
        script.ip(from, "route add " + route);
        from.routes.add(route);
    }
}
