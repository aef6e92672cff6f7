package dev.nslab.cli.fuzz;

import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * Deliberate mistakes, written at the campaign's chosen rate instead of a meaningful line: bad prefixes and
 * addresses, devices and namespaces that do not exist, duplicates, wrong or missing keywords and values, in links,
 * addresses, routes (tables, protocols, scopes, sources, types, flush and get) and rules, pings and sysctls. Each is
 * one the gate lets through (iproute2, ping or sysctl reports it), so both backends must print the same error.
 */
final class MistakeProducer implements Producer
{
    private static final String MISSING = "nosuch0";

    @Override
    public String area()
    {
        return "mistake";
    }

    /** Chosen by the mistake rate, not by weight. */
    @Override
    public int weight(final World world)
    {
        return 0;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace namespace = World.pick(random, world.namespaces());
        final Device device = World.pick(random, namespace.devices);
        final Device addressed = World.pick(random, world.devicesWithAddresses());
        final String subnet = Ip.text(world.newSubnet() + 7);
        switch (random.nextInt(44))
        {
            case 0 -> script.ip(namespace, "addr add " + subnet + "/33 dev " + device.name);
            case 1 -> script.ip(namespace, "addr add 10.1.2.256/24 dev " + device.name);
            case 2 -> script.ip(namespace, "addr add " + subnet + "/24 dev " + MISSING);
            case 3 -> script.ip(namespace, "route add " + subnet + "/40 dev " + device.name);
            case 4 -> script.ip(namespace, "link set " + MISSING + " up");
            case 5 -> script.ip(namespace, "link del " + MISSING);
            case 6 -> script.ip(namespace, "route add " + subnet + "/24 dev " + MISSING);
            case 7 -> script.ip(namespace, "neigh flush dev " + MISSING);
            case 8 -> script.ip(namespace, "link show " + MISSING);
            case 9 -> script.add("ip netns add " + (world.named().isEmpty() ? "ns1 " : World.pick(random,
                world.named()).name));
            case 10 -> script.ip(namespace, "link add " + device.name + " type veth peer name " + device.name + "x");
            case 11 ->
            {
                if (addressed == null)
                {
                    script.ip(namespace, "addr del " + subnet + "/24 dev " + device.name);
                }
                else
                {
                    final Address address = World.pick(random, addressed.addresses);
                    script.ip(addressed.namespace, "addr add " + address.text() + " dev " + addressed.name);
                }
            }
            case 12 -> script.ip(namespace, "link set " + device.name + " upp");
            case 13 -> script.ip(namespace, "addr add " + subnet + "/24 dve " + device.name);
            case 14 -> script.ip(namespace, "route add " + subnet + "/24 via");
            case 15 -> script.ip(namespace, "link add x" + random.nextInt(10) + " type foo");
            case 16 -> script.ip(namespace, "route get");
            case 17 -> script.add("ip netns delete " + MISSING);
            case 18 -> script.add("ip -n " + MISSING + " link");
            case 19 -> script.ip(namespace, "link set " + device.name + " mtu " + World.pick(random, "abc", "67",
                "70000", "0"));
            case 20 -> script.ip(namespace, "link set " + device.name + " netns " + MISSING);
            case 21 -> script.in(namespace, World.pick(random, "sysctl -w net.ipv4.ip_forward=banana",
                "sysctl net.ipv4.nosuch", "sysctl -w net.ipv4.ip_default_ttl=0", "sysctl -e net.ipv4.nosuch"));
            case 22 -> script.ip(namespace, "addr del " + subnet + "/24 dev " + device.name);
            case 23 -> script.in(namespace, World.pick(random, "ping", "ping -c", "ping -c abc " + subnet,
                "ping -c 0 -W 1 127.0.0.1", "ping -W 0 -c 1 127.0.0.1", "ping -i 0 -c 1 127.0.0.1",
                "ping -s -1 -c 1 127.0.0.1", "ping -t 0 -c 1 127.0.0.1", "ping -t 256 -c 1 127.0.0.1",
                "ping -l 4 -c 1 127.0.0.1", "ping -c 1 -W 1 -I " + MISSING + " 127.0.0.1"));
            case 24 -> script.ip(namespace, "route del " + subnet + "/24");
            case 25 -> script.ip(namespace, "link set " + device.name + " master " + MISSING);
            case 26 -> script.ip(namespace, "addr add 10.1.2/24 dev " + device.name);
            case 27 -> script.ip(namespace, "route add default via " + subnet);
            case 28 -> script.ip(namespace, "link set " + device.name + " name " + World.pick(random, "lo",
                device.name, "a-very-long-device-name"));
            case 29 -> script.in(namespace, world.deal("ip help", List.of("ip -V", "ip -Version", "ip help", "ip -help",
                "ping -V", "ping -h", "ip link help2", "ip addr frob", "ip route frob", "ip -x link")));
            case 30 -> script.ip(namespace, "-loops 1 addr flush dev " + MISSING);
            case 32 -> script.ip(namespace, "route add " + subnet + "/24 dev " + device.name + " "
                + World.pick(random, "table abc", "table -1", "table 4294967296", "proto 300", "proto nosuch",
                    "scope foo", "scope 256", "src 10.1.2.256", "metric -1", "src"));
            case 33 -> script.ip(namespace, World.pick(random, "route flush", "route flush table foo",
                "route flush proto 300", "route show table foo", "route show scope foo", "route show type foo",
                "route flush dev " + MISSING, "route show dev " + MISSING, "route show table"));
            case 34 -> script.ip(namespace, "route get " + subnet + World.pick(random, " iif " + MISSING + " from "
                + Ip.text(world.newSubnet() + 9), " oif " + MISSING, " from 10.1.2.256", " iif " + device.name,
                " from"));
            case 35 -> script.ip(namespace, "route add " + World.pick(random, "blackhole ", "unreachable ",
                "prohibit ", "throw ") + subnet + "/24" + World.pick(random, " via " + Ip.text(world.newSubnet() + 3),
                " table", "/8", " dev " + MISSING));
            case 36 -> script.ip(namespace, "rule add " + World.pick(random, "from " + subnet + "/40 table 100",
                "from " + subnet + " table", "from 10.1.2.256 lookup 100", "table abc", "to " + subnet + " pref abc",
                "iif " + MISSING + " table 100", "from all lookup 0", "not", "blackhole table", "proto 300 table 5"));
            case 37 -> script.ip(namespace, "rule del " + World.pick(random, "pref 12345", "table 4242",
                "from " + subnet + " table 100", "priority 0"));
            case 38 -> script.ip(namespace, World.pick(random, "rule show table foo", "rule show pref abc",
                "rule flush table 4242", "rule show from 10.1.2.256", "rule list iif"));
            case 39 -> script.in(namespace, "ping -c 1 -W 1 " + World.pick(random, "-M foo", "-M", "-Q 300",
                "-Q foo", "-p zz", "-p 0123456789abcdef0123", "-s 65508 -M do", "-s 1473 -M do", "-M do -s 9000")
                + " 127.0.0.1");
            case 40 -> script.ip(namespace, "link add x" + random.nextInt(10) + " type veth peer name y"
                + random.nextInt(10) + World.pick(random, " type", " netns " + MISSING, " name"));
            case 41 -> script.ip(namespace, "route del " + subnet + "/24 " + World.pick(random, "table 4242",
                "proto boot", "scope host", "type blackhole", "metric 7"));
            case 42 -> script.ip(namespace, "route replace " + subnet + "/24 " + World.pick(random, "via",
                "dev " + MISSING, "via " + Ip.text(world.newSubnet() + 1) + " table 100", "src 10.9.9.9 dev "
                    + device.name));
            default -> script.ip(namespace, "route add " + subnet + "/24 via " + subnet + " metric abc");
        }
    }
}
