package dev.nslab.cli.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.matrix.Reachability;

/**
 * A seeded random topology and the scenario that builds it: 2-4 namespaces, veth pairs between them, at most one
 * bridge whose ports lead to namespaces, addresses on most ends (one /24 per segment), some devices left down,
 * default routes via a neighbour, IP forwarding on or off per namespace, and in about a third of the namespaces a
 * firewall rule for one address (DROP or REJECT of three types; in INPUT for its own address, else in OUTPUT). The description is what the
 * {@link ReachabilityOracle} reasons over; the scenario is what the backends run.
 */
final class RandomTopology
{
    /** One device end: where it is, its name, whether it is brought up, its address (or null) and prefix. */
    static final class End
    {
        final int namespace;
        final String name;
        final boolean up;
        final String address;
        final int segment;

        End(final int namespace, final String name, final boolean up, final String address, final int segment)
        {
            this.namespace = namespace;
            this.name = name;
            this.up = up;
            this.address = address;
            this.segment = segment;
        }
    }

    /** A veth pair; with {@code bridgePort}, {@code a} is a port of the bridge (its address is never set). */
    record Veth(End a, End b, boolean bridgePort)
    {
    }

    /** A default route in a namespace via a gateway. */
    record DefaultRoute(int namespace, String gateway)
    {
    }

    /**
     * A firewall rule for one address: in INPUT of the namespace that has it, or in OUTPUT of another one;
     * {@code target} as iptables takes it ({@code DROP}, {@code REJECT}, {@code REJECT --reject-with TYPE}).
     */
    record FirewallRule(int namespace, String chain, String address, String target)
    {
        /** @return the cell of a probe this rule stopped whose ICMP error came back to ping. */
        Reachability rejected()
        {
            return switch (target)
            {
                case "REJECT" -> Reachability.REJECTED_PORT_UNREACHABLE;
                case "REJECT --reject-with icmp-host-prohibited" -> Reachability.REJECTED_HOST_PROHIBITED;
                case "REJECT --reject-with icmp-admin-prohibited" -> Reachability.REJECTED_ADMIN_PROHIBITED;
                default -> Reachability.FILTERED;
            };
        }
    }

    private static final List<String> TARGETS = List.of("DROP", "REJECT",
        "REJECT --reject-with icmp-host-prohibited", "REJECT --reject-with icmp-admin-prohibited");

    final long seed;
    final int namespaces;
    final boolean[] forwarding;
    final List<Veth> veths = new ArrayList<>();
    /** The bridge's own end (namespace, up, address), or null. */
    End bridge;
    final List<DefaultRoute> routes = new ArrayList<>();
    final List<FirewallRule> rules = new ArrayList<>();

    private RandomTopology(final long seed, final int namespaces)
    {
        this.seed = seed;
        this.namespaces = namespaces;
        this.forwarding = new boolean[namespaces];
    }

    static String namespaceName(final int index)
    {
        return "n" + index;
    }

    static RandomTopology generate(final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final RandomTopology topology = new RandomTopology(seed, 2 + random.nextInt(3));
        for (int i = 0; i < topology.namespaces; i++)
        {
            topology.forwarding[i] = random.nextInt(3) == 0;
        }
        int segment = 1;
        if (random.nextBoolean())
        {
            final int home = random.nextInt(topology.namespaces);
            topology.bridge = new End(home, "br0", random.nextInt(8) != 0,
                random.nextBoolean() ? "10.0." + segment + ".254" : null, segment);
            final int ports = 1 + random.nextInt(3);
            for (int p = 0; p < ports; p++)
            {
                final int far = random.nextInt(topology.namespaces);
                if (far == home)
                {
                    continue;
                }
                final End port = new End(home, "p" + p, random.nextInt(8) != 0, null, segment);
                final End station = new End(far, "s" + p, random.nextInt(8) != 0,
                    random.nextInt(6) != 0 ? "10.0." + segment + "." + (p + 1) : null, segment);
                topology.veths.add(new Veth(port, station, true));
            }
            segment++;
        }
        final int pairs = 1 + random.nextInt(3);
        for (int v = 0; v < pairs; v++)
        {
            final int a = random.nextInt(topology.namespaces);
            int b = random.nextInt(topology.namespaces - 1);
            if (b >= a)
            {
                b++;
            }
            topology.veths.add(new Veth(
                new End(a, "va" + v, random.nextInt(8) != 0, random.nextInt(6) != 0 ? "10.0." + segment + ".1" : null,
                    segment),
                new End(b, "vb" + v, random.nextInt(8) != 0, random.nextInt(6) != 0 ? "10.0." + segment + ".2" : null,
                    segment),
                false));
            segment++;
        }
        for (int n = 0; n < topology.namespaces; n++)
        {
            if (random.nextBoolean())
            {
                final List<String> gateways = new ArrayList<>();
                for (final End end : topology.ends())
                {
                    if (end.namespace != n && end.address != null && topology.sharesSegment(n, end.segment))
                    {
                        gateways.add(end.address);
                    }
                }
                if (!gateways.isEmpty())
                {
                    topology.routes.add(new DefaultRoute(n, gateways.get(random.nextInt(gateways.size()))));
                }
            }
        }
        // Drawn last, so the topologies of a seed stay what they were before rules came in.
        final List<End> addressed = new ArrayList<>();
        for (final End end : topology.ends())
        {
            if (end.address != null)
            {
                addressed.add(end);
            }
        }
        for (int n = 0; n < topology.namespaces && !addressed.isEmpty(); n++)
        {
            if (random.nextInt(3) != 0)
            {
                continue;
            }
            final End end = addressed.get(random.nextInt(addressed.size()));
            final String target = TARGETS.get(random.nextInt(TARGETS.size()));
            if (end.namespace == n)
            {
                topology.rules.add(new FirewallRule(n, "INPUT", end.address, target));
            }
            else
            {
                topology.rules.add(new FirewallRule(n, "OUTPUT", end.address, target));
            }
        }
        return topology;
    }

    /** @return every device end: the bridge first, then both ends of each veth. */
    List<End> ends()
    {
        final List<End> ends = new ArrayList<>();
        if (bridge != null)
        {
            ends.add(bridge);
        }
        for (final Veth veth : veths)
        {
            ends.add(veth.a());
            ends.add(veth.b());
        }
        return ends;
    }

    /** @return true when namespace {@code n} has an addressable end on {@code segment}. */
    boolean sharesSegment(final int n, final int segment)
    {
        for (final End end : ends())
        {
            if (end.namespace == n && end.segment == segment && end.address != null && !isPort(end))
            {
                return true;
            }
        }
        return false;
    }

    boolean isPort(final End end)
    {
        for (final Veth veth : veths)
        {
            if (veth.bridgePort() && veth.a() == end)
            {
                return true;
            }
        }
        return false;
    }

    /** @return the rule namespace {@code n} has in {@code chain} for {@code address}, or null. */
    FirewallRule rule(final int n, final String chain, final String address)
    {
        for (final FirewallRule rule : rules)
        {
            if (rule.namespace() == n && rule.chain().equals(chain) && rule.address().equals(address))
            {
                return rule;
            }
        }
        return null;
    }

    /**
     * @return whether some rule names an address of namespace {@code a} or {@code b}: only such a rule can stop
     *         a probe between them, its echoes, its replies or the ICMP errors about them (a router's OUTPUT rule for
     *         the prober's address drops the error it sends back).
     */
    boolean rulesConcern(final int a, final int b)
    {
        for (final FirewallRule rule : rules)
        {
            for (final End end : ends())
            {
                if (rule.address().equals(end.address) && (end.namespace == a || end.namespace == b))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the scenario: namespaces, sysctls, devices, ports, addresses, ups, routes, then rules. */
    String scenario()
    {
        final StringBuilder text = new StringBuilder("# random topology, seed " + seed + "\n");
        for (int n = 0; n < namespaces; n++)
        {
            text.append("ip netns add ").append(namespaceName(n)).append('\n');
            if (forwarding[n])
            {
                text.append("ip netns exec ").append(namespaceName(n)).append(" sysctl -q -w net.ipv4.ip_forward=1\n");
            }
        }
        if (bridge != null)
        {
            text.append("ip -n ").append(namespaceName(bridge.namespace)).append(" link add br0 type bridge\n");
        }
        for (final Veth veth : veths)
        {
            text.append("ip -n ").append(namespaceName(veth.a().namespace)).append(" link add ").append(veth.a().name)
                .append(" type veth peer name ").append(veth.b().name).append(" netns ")
                .append(namespaceName(veth.b().namespace)).append('\n');
            if (veth.bridgePort())
            {
                text.append("ip -n ").append(namespaceName(veth.a().namespace)).append(" link set ")
                    .append(veth.a().name).append(" master br0\n");
            }
        }
        for (final End end : ends())
        {
            if (end.address != null)
            {
                text.append("ip -n ").append(namespaceName(end.namespace)).append(" addr add ").append(end.address)
                    .append("/24 dev ").append(end.name).append('\n');
            }
        }
        for (final End end : ends())
        {
            if (end.up)
            {
                text.append("ip -n ").append(namespaceName(end.namespace)).append(" link set ").append(end.name)
                    .append(" up\n");
            }
        }
        for (final DefaultRoute route : routes)
        {
            text.append("ip -n ").append(namespaceName(route.namespace())).append(" route add default via ")
                .append(route.gateway()).append('\n');
        }
        for (final FirewallRule rule : rules)
        {
            text.append("ip netns exec ").append(namespaceName(rule.namespace())).append(" iptables -A ")
                .append(rule.chain()).append(" -d ").append(rule.address()).append(" -j ").append(rule.target())
                .append('\n');
        }
        return text.toString();
    }
}
