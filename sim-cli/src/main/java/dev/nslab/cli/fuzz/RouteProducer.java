package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * {@code ip route add|replace|del} toward other namespaces' subnets, through gateways on connected subnets or out
 * of a device, with metrics and defaults; {@code ip route get} of addresses near and far.
 */
final class RouteProducer implements Producer
{
    @Override
    public String area()
    {
        return "route";
    }

    @Override
    public int weight(final World world)
    {
        return world.devicesWithAddresses().isEmpty() ? 1 : 9;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace namespace = World.pick(random, world.namespaces());
        final int choice = random.nextInt(100);
        if (choice < 25)
        {
            final Device via = World.pick(random, namespace.devices);
            final String restriction = random.nextInt(4) == 0 && via != null
                ? World.pick(random, " dev ", " oif ") + via.name : "";
            script.ip(namespace, "route get " + Ip.text(Targets.address(world, namespace, random)) + restriction);
            return;
        }
        final List<Device> connected = namespace.devices.stream()
            .filter(device -> !device.isLoopback() && !device.addresses.isEmpty()).toList();
        final Device out = World.pick(random, connected);
        final String destination = destination(world, namespace, random);
        if (choice < 35 && !namespace.routes.isEmpty())
        {
            final String route = World.pick(random, namespace.routes);
            script.ip(namespace, World.pick(random, "route del ", "route delete ", "r del ") + route);
            namespace.routes.remove(route);
            return;
        }
        if (out == null)
        {
            // Nothing connected: the kernel answers "Nexthop has invalid gateway" or "Network is unreachable".
            script.ip(namespace, "route add " + destination + " via " + Ip.text(Targets.address(world, namespace,
                random)));
            return;
        }
        final StringBuilder route = new StringBuilder(destination);
        if (random.nextInt(4) != 0)
        {
            route.append(" via ").append(Ip.text(gateway(world, out, random)));
            if (random.nextBoolean())
            {
                route.append(random.nextInt(5) == 0 ? " oif " : " dev ").append(out.name);
            }
        }
        else
        {
            route.append(" dev ").append(out.name);
        }
        if (random.nextInt(3) == 0)
        {
            route.append(' ').append(World.pick(random, "metric", "metric", "priority", "preference"))
                .append(' ').append(World.pick(random, "0", "1", "10", "100", "1024"));
        }
        final String verb = choice < 80 ? World.pick(random, "route add ", "r add ", "route a ") : "route replace ";
        script.ip(namespace, verb + route);
        namespace.routes.add(route.toString());
    }

    private static String destination(final World world, final Namespace namespace, final SplittableRandom random)
    {
        if (random.nextInt(5) == 0)
        {
            return "default";
        }
        final List<Address> far = new ArrayList<>();
        for (final Device device : world.devicesWithAddresses())
        {
            if (device.namespace != namespace)
            {
                far.addAll(device.addresses);
            }
        }
        final Address address = World.pick(random, far);
        if (address == null || random.nextInt(6) == 0)
        {
            return Ip.prefixText(world.newSubnet(), 24);
        }
        final int prefix = World.pick(random, 24, 24, 16, 32, address.prefix());
        return Ip.prefixText(address.ip(), prefix);
    }

    /** A neighbour's address on the device's subnet (the far end of a veth), or one nobody has. */
    private static int gateway(final World world, final Device out, final SplittableRandom random)
    {
        if (out.peer != null && !out.peer.addresses.isEmpty() && random.nextInt(4) != 0)
        {
            return World.pick(random, out.peer.addresses).ip();
        }
        final Address own = World.pick(random, out.addresses);
        return world.freeHost(Ip.network(own.ip(), Math.max(own.prefix(), 24)), random);
    }
}
