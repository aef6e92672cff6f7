package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * iptables on the filter table, through {@code ip netns exec}: rules into INPUT, FORWARD, OUTPUT and user chains
 * (addresses of the namespace's subnets with masks and {@code !}, {@code -p icmp|tcp|udp|all} with icmp types by
 * name and number and ports, {@code -i}/{@code -o} naming the namespace's devices or a {@code +} prefix, comments;
 * ACCEPT, DROP, RETURN, REJECT with each type, jumps), chain and rule management with their mistakes, policies,
 * and the listings ({@code -L} with {@code -n -v -x --line-numbers}, {@code -S}, iptables-save, nft list); connection
 * tracking ({@code -m conntrack --ctstate}, {@code -m state --state}, {@code conntrack -L|-C|-F}), address types
 * ({@code -m addrtype --src-type|--dst-type}) and the nat table
 * (SNAT, DNAT, MASQUERADE in its four chains, now and then in a chain that refuses them).
 */
final class IptablesProducer implements Producer
{
    private static final String[] BUILT_IN = {"INPUT", "FORWARD", "OUTPUT"};
    private static final String[] USER = {"web", "pings", "Zed", "1abc"};
    private static final String[] ICMP_TYPES = {"echo-request", "echo-reply", "8", "0", "3/3", "any",
        "port-unreachable", "destination-unreachable", "time-exceeded", "ping", "11/0"};
    private static final String[] REJECT_TYPES = {"icmp-port-unreachable", "icmp-net-unreachable",
        "icmp-host-unreachable", "icmp-host-prohibited", "icmp-admin-prohibited"};
    private static final String[] LISTINGS = {"-L", "-L -n", "-L -n -v", "-L -v", "-L -n -v -x", "-L -n --line-numbers",
        "-L INPUT -n -v", "-S", "-S -v", "-S INPUT", "-L OUTPUT 1", "-S FORWARD 1", "-t nat -L -n -v", "-t nat -L",
        "-t nat -S", "-t nat -L POSTROUTING -n -v -x", "-t nat -S PREROUTING"};
    private static final String[] NAT_CHAINS = {"PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"};
    private static final String[] NAT_ADDRESSES = {"10.0.0.1", "10.0.0.2", "10.0.1.1", "10.0.1.2", "192.168.50.1"};
    private static final String[] STATES = {"NEW", "ESTABLISHED", "RELATED", "INVALID", "ESTABLISHED,RELATED",
        "RELATED,ESTABLISHED", "NEW,ESTABLISHED", "UNTRACKED", "new", "INVALID,NEW"};
    private static final String[] ADDRESS_TYPES = {"LOCAL", "UNICAST", "BROADCAST", "MULTICAST",
        "BROADCAST,MULTICAST", "local", "LOCAL,UNICAST"};
    private static final String[] CONNTRACK = {"-L", "-L -p icmp", "-L -p icmp", "-L -p udp", "-C", "-F",
        "-L conntrack"};

    @Override
    public String area()
    {
        return "iptables";
    }

    @Override
    public int weight(final World world)
    {
        return 2;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace namespace = World.pick(random, world.namespaces());
        final int choice = random.nextInt(26);
        final String command;
        if (choice >= 20)
        {
            command = choice < 23 ? "iptables -t nat " + natRule(namespace, random)
                : choice < 25 ? "conntrack " + World.pick(random, CONNTRACK)
                : World.pick(random, "iptables-save -t nat", "iptables-save -t filter", "iptables -t nat -F",
                    "iptables -t nat -Z", "iptables -t nat -N web", "iptables -t nat -X");
        }
        else if (choice < 8)
        {
            final String chain = chain(random);
            final String verb = World.pick(random, "-A", "-A", "-A", "-I", "-I " + chain + " 1", "-D", "-R");
            final String head = verb.startsWith("-I ") ? verb
                : verb.equals("-R") ? "-R " + chain + " " + (1 + random.nextInt(3)) : verb + " " + chain;
            command = "iptables " + head + rule(namespace, chain, random);
        }
        else if (choice < 13)
        {
            command = "iptables " + World.pick(random, LISTINGS);
        }
        else if (choice < 15)
        {
            // iptables-save, or nft's view of the same rules
            command = World.pick(random, "iptables-save", "iptables-save", "iptables-save -t nat",
                "nft list ruleset", "nft list ruleset", "nft list tables", "nft list table ip filter",
                "nft list table nat", "nft list ruleset ip", "nft list table inet filter");
        }
        else
        {
            final String user = World.pick(random, USER);
            command = "iptables " + switch (random.nextInt(9))
            {
                case 0, 1 -> "-N " + user;
                case 2 -> "-X " + (random.nextBoolean() ? user : "");
                case 3 -> "-F " + (random.nextBoolean() ? chain(random) : "");
                case 4 -> "-Z " + (random.nextBoolean() ? chain(random) : "");
                case 5 -> "-E " + user + " " + World.pick(random, USER);
                case 6 -> "-P " + World.pick(random, BUILT_IN) + " " + World.pick(random, "ACCEPT", "DROP", "ACCEPT",
                    "REJECT");
                case 7 -> "-D " + chain(random) + " " + (1 + random.nextInt(3));
                default -> "-A " + user + " -j " + World.pick(random, USER);
            };
        }
        script.in(namespace, command.strip());
    }

    private static String chain(final SplittableRandom random)
    {
        return random.nextInt(5) == 0 ? World.pick(random, USER) : World.pick(random, BUILT_IN);
    }

    /** A rule spec (with a leading space): what the namespace has, now and then something it does not. */
    private static String rule(final Namespace namespace, final String chain, final SplittableRandom random)
    {
        final List<String> parts = new ArrayList<>();
        if (random.nextInt(3) == 0)
        {
            parts.add((random.nextInt(4) == 0 ? "! " : "") + World.pick(random, "-s", "-d") + " "
                + World.pick(random, "10.0.0.1", "10.0.0.0/24", "10.0.0.2/32", "10.1.2.3/8", "127.0.0.1",
                    "10.0.0.0/255.255.255.0", "0.0.0.0/0"));
        }
        if (random.nextInt(3) == 0)
        {
            final boolean input = !chain.equals("OUTPUT") && (chain.equals("INPUT") || random.nextBoolean());
            final String device = deviceName(namespace, random);
            parts.add((random.nextInt(5) == 0 ? "! " : "") + (input ? "-i " : "-o ") + device);
        }
        final int protocol = random.nextInt(6);
        if (protocol <= 2)
        {
            parts.add("-p icmp");
            if (random.nextBoolean())
            {
                parts.add((random.nextInt(5) == 0 ? "! " : "") + "--icmp-type " + World.pick(random, ICMP_TYPES));
            }
        }
        else if (protocol == 3)
        {
            final String name = World.pick(random, "tcp", "udp");
            parts.add("-p " + name + (random.nextBoolean() ? " -m " + name : ""));
            parts.add(World.pick(random, "--dport", "--sport") + " " + World.pick(random, "22", "53", "80:90", ":1024",
                "http", "domain"));
        }
        else if (protocol == 4)
        {
            parts.add(World.pick(random, "-p all", "! -p icmp", "-p udp"));
        }
        if (random.nextInt(6) == 0)
        {
            parts.add("-m comment --comment " + World.pick(random, "web", "from-a", "pings_2"));
        }
        if (random.nextInt(8) == 0)
        {
            final List<String> types = new ArrayList<>();
            if (random.nextBoolean())
            {
                types.add((random.nextInt(4) == 0 ? "! " : "") + "--src-type " + World.pick(random, ADDRESS_TYPES));
            }
            if (types.isEmpty() || random.nextBoolean())
            {
                types.add((random.nextInt(4) == 0 ? "! " : "") + "--dst-type " + World.pick(random, ADDRESS_TYPES));
            }
            parts.add("-m addrtype " + String.join(" ", types));
        }
        if (random.nextInt(4) == 0)
        {
            final boolean state = random.nextInt(3) == 0;
            parts.add((state ? "-m state " : "-m conntrack ") + (random.nextInt(6) == 0 ? "! " : "")
                + (state ? "--state " : "--ctstate ") + World.pick(random, STATES)
                + (!state && random.nextInt(8) == 0 ? ",DNAT" : ""));
        }
        final int target = random.nextInt(10);
        if (target < 3)
        {
            parts.add("-j ACCEPT");
        }
        else if (target < 6)
        {
            parts.add("-j DROP");
        }
        else if (target < 8)
        {
            parts.add("-j REJECT" + (random.nextBoolean() ? " --reject-with " + World.pick(random, REJECT_TYPES) : ""));
        }
        else if (target == 8)
        {
            parts.add("-j " + World.pick(random, "RETURN", "RETURN", "web", "pings", "NOSUCH"));
        }
        return parts.isEmpty() ? "" : " " + String.join(" ", parts);
    }

    /**
     * A nat rule after {@code -t nat}: its verb and chain, a rule spec, and SNAT, DNAT or MASQUERADE mostly where the
     * kernel takes them (SNAT in POSTROUTING and INPUT, DNAT in PREROUTING and OUTPUT, MASQUERADE in POSTROUTING),
     * sometimes elsewhere, or ACCEPT and RETURN.
     */
    private static String natRule(final Namespace namespace, final SplittableRandom random)
    {
        final String chain = random.nextInt(3) == 0 ? World.pick(random, NAT_CHAINS) : "POSTROUTING";
        final List<String> parts = new ArrayList<>();
        parts.add(World.pick(random, "-A", "-A", "-A", "-I", "-D") + " " + chain);
        if (random.nextInt(3) == 0)
        {
            parts.add((random.nextInt(4) == 0 ? "! " : "") + World.pick(random, "-s", "-d") + " "
                + World.pick(random, "10.0.0.0/24", "10.0.1.0/24", "10.0.0.2", "172.17.0.0/16"));
        }
        if (random.nextInt(2) == 0)
        {
            final boolean out = chain.equals("POSTROUTING") || chain.equals("OUTPUT")
                || !chain.equals("PREROUTING") && !chain.equals("INPUT") && random.nextBoolean();
            parts.add((random.nextInt(4) == 0 ? "! " : "") + (out ? "-o " : "-i ") + deviceName(namespace, random));
        }
        if (random.nextInt(4) == 0)
        {
            parts.add("-p icmp" + (random.nextBoolean() ? " --icmp-type echo-request" : ""));
        }
        final boolean right = random.nextInt(6) != 0;
        final String target = switch (chain)
        {
            case "POSTROUTING" -> right ? World.pick(random, "MASQUERADE", "MASQUERADE", "SNAT") : "DNAT";
            case "INPUT" -> right ? "SNAT" : World.pick(random, "DNAT", "MASQUERADE");
            default -> right ? "DNAT" : World.pick(random, "SNAT", "MASQUERADE");
        };
        switch (random.nextInt(8) == 0 ? "OTHER" : target)
        {
            case "SNAT" -> parts.add("-j SNAT --to-source " + World.pick(random, NAT_ADDRESSES));
            case "DNAT" -> parts.add("-j DNAT --to-destination " + World.pick(random, NAT_ADDRESSES));
            case "MASQUERADE" -> parts.add("-j MASQUERADE");
            default -> parts.add("-j " + World.pick(random, "ACCEPT", "RETURN", "web"));
        }
        return String.join(" ", parts);
    }

    private static String deviceName(final Namespace namespace, final SplittableRandom random)
    {
        if (random.nextInt(4) == 0 || namespace.devices.isEmpty())
        {
            return World.pick(random, "lo", "veth+", "v+", "eth0");
        }
        final Device device = World.pick(random, namespace.devices);
        return random.nextInt(4) == 0 && device.name.length() > 1
            ? device.name.substring(0, device.name.length() - 1) + "+" : device.name;
    }
}
