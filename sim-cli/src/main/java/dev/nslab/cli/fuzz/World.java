package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The generator's model of the machine a scenario has built so far: namespaces, their devices, addresses and
 * routes. It follows what the commands should do on success; a command that fails on the kernel leaves it a little
 * out of step, which only makes later commands less meaningful, never invalid (every line still passes the gate).
 */
final class World
{
    /** Kinds of device the generator makes. */
    enum Kind
    {
        LOOPBACK, VETH, TAP, BRIDGE
    }

    /** A network namespace; the initial one has no name. */
    static final class Namespace
    {
        final String name;
        final List<Device> devices = new ArrayList<>();
        /** Each route added, as {@code ip route del} can name it again (its table too). */
        final List<String> routes = new ArrayList<>();
        /** Each rule added, as {@code ip rule del} can name it again. */
        final List<String> rules = new ArrayList<>();
        boolean forwarding;
        /** The routing table of this namespace's policy routes ({@code ip rule ... table N}), 0 until chosen. */
        int policyTable;

        Namespace(final String name)
        {
            this.name = name;
        }

        boolean isHost()
        {
            return name == null;
        }

        Device loopback()
        {
            return devices.get(0);
        }

        /** How a line names this namespace in messages and reports. */
        String label()
        {
            return isHost() ? "host" : name;
        }
    }

    /** An address on a device. */
    record Address(int ip, int prefix)
    {
        String text()
        {
            return Ip.text(ip) + "/" + prefix;
        }
    }

    /** A device in a namespace. */
    static final class Device
    {
        String name;
        final Kind kind;
        Namespace namespace;
        Device peer;
        Device master;
        boolean up;
        int mtu;
        /** The /24 a veth pair or a bridge segment was given, its addresses' home; 0 for none yet. */
        int subnet;
        final List<Address> addresses = new ArrayList<>();
        /** IPv6 addresses added with ip addr add, as {@code ADDR/LEN}; the device's own link-local not among them. */
        final List<String> addresses6 = new ArrayList<>();

        Device(final String name, final Kind kind, final Namespace namespace)
        {
            this.name = name;
            this.kind = kind;
            this.namespace = namespace;
            this.mtu = kind == Kind.LOOPBACK ? 65536 : 1500;
        }

        boolean isLoopback()
        {
            return kind == Kind.LOOPBACK;
        }
    }

    private final List<Namespace> namespaces = new ArrayList<>();
    /** How many cards each deck has dealt ({@link #deal}). */
    private final java.util.Map<String, Integer> decks = new java.util.HashMap<>();
    private final long index;
    private final boolean tapsAllowed;
    private int nextNamespace = 1;
    private int nextDevice = 1;
    private int nextSubnet;

    /** @param index the scenario's index in its campaign, from which the decks start dealing. */
    World(final boolean tapsAllowed, final SplittableRandom random, final long index)
    {
        this.tapsAllowed = tapsAllowed;
        this.index = Math.floorMod(index, 1L << 40);
        // Subnets start at a random /24 of 10.0.0.0/8, so scenarios do not all use the same addresses.
        this.nextSubnet = random.nextInt(1, 200);
        addNamespace(null);
    }

    boolean tapsAllowed()
    {
        return tapsAllowed;
    }

    Namespace host()
    {
        return namespaces.get(0);
    }

    List<Namespace> namespaces()
    {
        return namespaces;
    }

    /** @return the named namespaces, host excluded. */
    List<Namespace> named()
    {
        return namespaces.subList(1, namespaces.size());
    }

    Namespace addNamespace(final String name)
    {
        final Namespace namespace = new Namespace(name);
        namespace.devices.add(new Device("lo", Kind.LOOPBACK, namespace));
        namespaces.add(namespace);
        return namespace;
    }

    String newNamespaceName()
    {
        return "ns" + nextNamespace++;
    }

    String newDeviceName(final String stem)
    {
        return stem + nextDevice++;
    }

    /** @return a fresh /24 of 10.0.0.0/8 as its network address. */
    int newSubnet()
    {
        final int index = nextSubnet++;
        return Ip.of(10, (index / 250) % 250 + 1, index % 250 + 1, 0);
    }

    Namespace namespace(final String name)
    {
        for (final Namespace namespace : namespaces)
        {
            if (name == null ? namespace.isHost() : name.equals(namespace.name))
            {
                return namespace;
            }
        }
        return null;
    }

    void deleteNamespace(final Namespace namespace)
    {
        for (final Device device : List.copyOf(namespace.devices))
        {
            removeDevice(device);
        }
        namespaces.remove(namespace);
    }

    /** Deletes a device as the kernel does: a veth's peer goes too, a bridge's ports leave it. */
    void removeDevice(final Device device)
    {
        device.namespace.devices.remove(device);
        if (device.peer != null)
        {
            device.peer.namespace.devices.remove(device.peer);
            device.peer.peer = null;
            if (device.peer.master != null)
            {
                device.peer.master = null;
            }
        }
        for (final Device other : devices(d -> d.master == device))
        {
            other.master = null;
        }
    }

    /** Moves a device as {@code ip link set DEV netns NS} does: down, no address, out of its bridge. */
    void move(final Device device, final Namespace to)
    {
        device.namespace.devices.remove(device);
        device.namespace = to;
        to.devices.add(device);
        device.up = false;
        device.addresses.clear();
        device.master = null;
        for (final Device other : devices(d -> d.master == device))
        {
            other.master = null;
        }
    }

    /** @return the namespace's policy routing table, chosen on first use (a number, not main or local). */
    static int policyTable(final Namespace namespace, final SplittableRandom random)
    {
        if (namespace.policyTable == 0)
        {
            namespace.policyTable = World.pick(random, 100, 101, 200, 1000, 65536);
        }
        return namespace.policyTable;
    }

    /** @return the namespace's devices with an address, loopback excluded. */
    static List<Device> addressed(final Namespace namespace)
    {
        return namespace.devices.stream().filter(device -> !device.isLoopback() && !device.addresses.isEmpty())
            .toList();
    }

    /** @return every device, in every namespace, that satisfies the test. */
    List<Device> devices(final Predicate<Device> test)
    {
        final List<Device> found = new ArrayList<>();
        for (final Namespace namespace : namespaces)
        {
            for (final Device device : namespace.devices)
            {
                if (test.test(device))
                {
                    found.add(device);
                }
            }
        }
        return found;
    }

    /** @return every address of every device, with its device. */
    List<Device> devicesWithAddresses()
    {
        return devices(device -> !device.addresses.isEmpty() && !device.isLoopback());
    }

    /** @return whether some device of the namespace has this name. */
    static boolean has(final Namespace namespace, final String name)
    {
        for (final Device device : namespace.devices)
        {
            if (device.name.equals(name))
            {
                return true;
            }
        }
        return false;
    }

    /** @return a random device satisfying the test, or null. */
    Device device(final SplittableRandom random, final Predicate<Device> test)
    {
        return pick(random, devices(test));
    }

    /** @return an address of the subnet no device has yet, as {@code ip}. */
    int freeHost(final int subnet, final SplittableRandom random)
    {
        for (int attempt = 0; attempt < 20; attempt++)
        {
            final int candidate = subnet + random.nextInt(1, 255);
            if (devices(device -> hasAddress(device, candidate)).isEmpty())
            {
                return candidate;
            }
        }
        return subnet + random.nextInt(1, 255);
    }

    /** Gives a device (and a veth's peer) a subnet of its own if it has none. */
    int subnetOf(final Device device)
    {
        if (device.subnet == 0)
        {
            device.subnet = device.peer != null && device.peer.subnet != 0 ? device.peer.subnet : newSubnet();
            if (device.peer != null)
            {
                device.peer.subnet = device.subnet;
            }
        }
        return device.subnet;
    }

    static boolean hasAddress(final Device device, final int ip)
    {
        for (final Address address : device.addresses)
        {
            if (address.ip() == ip)
            {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the next card of the named deck: scenario {@code i} deals {@code cards} in order from card
     *         {@code i mod n} on, so that across a campaign's consecutive scenarios every card comes about equally
     *         often (a protocol's name among twenty, a sysctl key among forty), and scenario {@code i} still depends
     *         on nothing but its index.
     */
    <T> T deal(final String deck, final List<T> cards)
    {
        final int dealt = decks.merge(deck, 1, Integer::sum) - 1;
        return cards.get((int) ((index + dealt) % cards.size()));
    }

    static <T> T pick(final SplittableRandom random, final List<T> items)
    {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    static <T> T pick(final SplittableRandom random, final T... items)
    {
        return items[random.nextInt(items.length)];
    }
}
