package dev.nslab.cli.fuzz;

import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Kind;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * {@code ip link set}: up and down (loopback too), MTUs, renames, MAC addresses, moves between namespaces and back,
 * bridge ports ({@code master}, {@code nomaster}).
 */
final class LinkSetProducer implements Producer
{
    private static final int[] MTUS = {68, 576, 1280, 1400, 1450, 1500, 1500, 9000, 65535};

    @Override
    public String area()
    {
        return "link set";
    }

    @Override
    public int weight(final World world)
    {
        return world.devices(device -> !device.isLoopback()).isEmpty() ? 2 : 16;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        // A port leaves its bridge; now and then a device in none is told to (the kernel does nothing).
        final Device port = random.nextInt(4) == 0 ? world.device(random, candidate -> candidate.master != null)
            : random.nextInt(25) == 0 ? world.device(random, candidate -> !candidate.isLoopback()) : null;
        if (port != null)
        {
            script.ip(port.namespace, "link set " + port.name + " nomaster");
            port.master = null;
            return;
        }
        final Device device = random.nextInt(6) == 0
            ? World.pick(random, world.namespaces()).loopback()
            : world.device(random, candidate -> !candidate.isLoopback());
        if (device == null)
        {
            return;
        }
        final int choice = random.nextInt(100);
        if (choice < 50 || device.isLoopback() && choice < 85)
        {
            final boolean up = random.nextInt(4) != 0 || !device.up;
            script.ip(device.namespace, "link set " + (random.nextInt(4) == 0 ? "dev " : "") + device.name
                + (up ? " up" : " down"));
            device.up = up;
        }
        else if (choice < 60)
        {
            final int mtu = MTUS[random.nextInt(MTUS.length)];
            script.ip(device.namespace, "link set " + device.name + " mtu " + mtu);
            device.mtu = mtu;
        }
        else if (choice < 68 && !device.isLoopback())
        {
            final String name = world.newDeviceName("r");
            script.ip(device.namespace, "link set " + device.name + " name " + name);
            if (!device.up)
            {
                device.name = name; // the kernel refuses to rename a device that is up (EBUSY)
            }
        }
        else if (choice < 73 && !device.isLoopback())
        {
            script.ip(device.namespace, "link set " + device.name + " address 02:"
                + String.format("%02x:%02x:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256),
                    random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        }
        else if (choice < 88 && !device.isLoopback())
        {
            move(world, script, random, device);
        }
        else if (!device.isLoopback())
        {
            master(world, script, random, device);
        }
        else
        {
            script.ip(device.namespace, "link set lo up");
            device.up = true;
        }
    }

    private static void move(final World world, final Script script, final SplittableRandom random,
        final Device device)
    {
        final List<Namespace> others = world.namespaces().stream().filter(n -> n != device.namespace).toList();
        final Namespace to = World.pick(random, others);
        if (to == null || World.has(to, device.name))
        {
            return;
        }
        final String target = to.isHost() ? "1" : to.name;
        script.ip(device.namespace, "link set " + device.name + " netns " + target);
        if (device.kind != Kind.BRIDGE)
        {
            world.move(device, to); // a bridge is netns-local: the kernel refuses to move it
        }
    }

    private static void master(final World world, final Script script, final SplittableRandom random, final Device device)
    {
        if (device.master != null && random.nextBoolean())
        {
            script.ip(device.namespace, "link set " + device.name + " nomaster");
            device.master = null;
            return;
        }
        final List<Device> bridges = device.namespace.devices.stream()
            .filter(candidate -> candidate.kind == Kind.BRIDGE && candidate != device).toList();
        Device bridge = World.pick(random, bridges);
        Device port = device;
        if (bridge == null)
        {
            // None here: a bridge elsewhere, and a device of its namespace to be its port.
            bridge = world.device(random, candidate -> candidate.kind == Kind.BRIDGE);
            final Device found = bridge == null ? null : World.pick(random, bridge.namespace.devices.stream()
                .filter(candidate -> !candidate.isLoopback() && candidate.kind != Kind.BRIDGE).toList());
            if (found == null)
            {
                script.ip(device.namespace, "link show master " + device.name);
                return;
            }
            port = found;
        }
        master(world, script, port, bridge);
    }

    private static void master(final World world, final Script script, final Device device, final Device bridge)
    {
        script.ip(device.namespace, "link set " + device.name + " master " + bridge.name);
        if (device.kind != Kind.BRIDGE)
        {
            device.master = bridge;
            // Ports share the bridge's segment: the bridge and the far ends of its veths take one subnet.
            final int subnet = bridge.subnet != 0 ? bridge.subnet : world.subnetOf(device);
            bridge.subnet = subnet;
            device.subnet = subnet;
            if (device.peer != null)
            {
                device.peer.subnet = subnet;
            }
        }
    }
}
