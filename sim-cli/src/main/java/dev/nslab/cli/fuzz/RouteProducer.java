package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.emulation.GateVocabulary;
import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * {@code ip route add|replace|del} toward other namespaces' subnets, through gateways on connected subnets or out
 * of a device, of every route type the gate models, in the main, local, a policy or a numbered table, with
 * protocols, scopes, preferred sources (own and not), metrics and defaults; {@code ip route show} and
 * {@code ip route flush} with their filters; {@code ip route get} of addresses near and far, from a source, as if
 * received on a device, out of one. The types, table names, scopes and protocols come from the gate
 * ({@link GateVocabulary}).
 */
final class RouteProducer implements Producer
{
    private static final String[] NUMBERS = {"0", "1", "10", "100", "1024"};

    @Override
    public String area()
    {
        return "route";
    }

    @Override
    public int weight(final World world)
    {
        return world.devicesWithAddresses().isEmpty() ? 1 : 13;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final List<Namespace> withRoutes = world.namespaces().stream().filter(candidate -> !candidate.routes.isEmpty())
            .toList();
        if (!withRoutes.isEmpty() && random.nextInt(5) == 0)
        {
            delete(World.pick(random, withRoutes), script, random);
            return;
        }
        final Namespace namespace = World.pick(random, world.namespaces());
        final int choice = random.nextInt(100);
        if (choice < 18)
        {
            get(world, namespace, script, random);
            return;
        }
        if (choice < 32)
        {
            list(world, namespace, script, random);
            return;
        }
        if (choice < 40)
        {
            flush(world, namespace, script, random);
            return;
        }
        add(world, namespace, script, random, choice);
    }

    private static void add(final World world, final Namespace namespace, final Script script,
        final SplittableRandom random, final int choice)
    {
        final Device out = World.pick(random, World.addressed(namespace));
        final String destination = destination(world, namespace, random);
        final StringBuilder route = new StringBuilder();
        final int typeChoice = random.nextInt(100);
        final boolean nexthopless = typeChoice < 18 || out == null && typeChoice < 40;
        if (nexthopless)
        {
            // blackhole, unreachable, prohibit, throw: no nexthop (a dev now and then, which the kernel allows).
            final List<String> types = new ArrayList<>(GateVocabulary.routeTypes());
            types.remove("unicast");
            route.append(random.nextInt(8) == 0 ? "to " : "").append(world.deal("route type", types)).append(' ')
                .append(destination);
            if (out != null && random.nextInt(6) == 0)
            {
                route.append(" dev ").append(out.name);
            }
        }
        else
        {
            route.append(random.nextInt(8) == 0 ? "to " : "").append(typeChoice > 92 ? "unicast " : "")
                .append(destination);
            if (out == null)
            {
                // Nothing connected: the kernel answers "Nexthop has invalid gateway" or "Network is unreachable".
                route.append(" via ").append(Ip.text(Targets.address(world, namespace, random)));
            }
            else if (random.nextInt(4) != 0)
            {
                route.append(" via ").append(Ip.text(gateway(world, out, random)));
                if (random.nextBoolean())
                {
                    route.append(random.nextInt(3) == 0 ? " oif " : " dev ").append(out.name);
                }
            }
            else
            {
                route.append(" dev ").append(out.name);
            }
        }
        final List<String> extras = new ArrayList<>();
        if (random.nextInt(5) < 2)
        {
            extras.add(World.pick(random, "metric", "metric", "priority", "preference") + " "
                + World.pick(random, NUMBERS));
        }
        if (random.nextInt(4) == 0)
        {
            extras.add(World.pick(random, "table", "table", "tab") + " "
                + (random.nextInt(12) == 0 ? "unspec" : table(namespace, random, false)));
        }
        if (random.nextInt(3) != 0)
        {
            extras.add(World.pick(random, "proto", "protocol") + " " + protocol(world, random));
        }
        if (random.nextInt(4) == 0)
        {
            extras.add("scope " + scope(random));
        }
        if (random.nextInt(5) == 0)
        {
            extras.add("src " + Ip.text(source(world, namespace, random)));
        }
        java.util.Collections.shuffle(extras, new java.util.Random(random.nextLong()));
        for (final String extra : extras)
        {
            route.append(' ').append(extra);
        }
        final String verb = choice < 82 ? World.pick(random, "route add ", "r add ", "route a ") : "route replace ";
        script.ip(namespace, verb + route);
        namespace.routes.add(route.toString());
        if (random.nextInt(5) == 0)
        {
            delete(namespace, script, random);
        }
    }

    /** {@code ip route del} of a route the namespace has, named as it was added (or of the last one added). */
    private static void delete(final Namespace namespace, final Script script, final SplittableRandom random)
    {
        final String route = random.nextBoolean() ? namespace.routes.get(namespace.routes.size() - 1)
            : World.pick(random, namespace.routes);
        script.ip(namespace, World.pick(random, "route del ", "route delete ", "r del ") + route);
        namespace.routes.remove(route);
    }

    /** {@code ip route get}: a destination, and now and then a source, an input device or an output device. */
    private static void get(final World world, final Namespace namespace, final Script script,
        final SplittableRandom random)
    {
        final StringBuilder line = new StringBuilder("route get ");
        if (random.nextInt(8) == 0)
        {
            line.append("to ");
        }
        line.append(Ip.text(Targets.address(world, namespace, random)));
        final Device device = World.pick(random, namespace.devices);
        final int form = random.nextInt(10);
        if (form < 3)
        {
            line.append(" from ").append(Ip.text(source(world, namespace, random)));
        }
        else if (form < 5)
        {
            // As if received on a device: a source not of this namespace, which the kernel requires for iif.
            line.append(" from ").append(Ip.text(Targets.address(world, namespace, random))).append(" iif ")
                .append(device.name);
        }
        else if (form < 7)
        {
            line.append(World.pick(random, " oif ", " dev ")).append(device.name);
            if (random.nextBoolean())
            {
                line.append(" from ").append(Ip.text(source(world, namespace, random)));
            }
        }
        script.ip(namespace, line.toString());
    }

    /** {@code ip route show} with up to two filters, {@code -4} where the gate asks for it. */
    private static void list(final World world, final Namespace namespace, final Script script,
        final SplittableRandom random)
    {
        final List<String> filters = filters(world, namespace, random, random.nextInt(1, 3), true);
        final boolean allTables = String.join(" ", filters).matches(".*\\btab(le)? (all|0|unspec)\\b.*");
        script.ip(namespace, (allTables || random.nextInt(6) == 0 ? "-4 " : "")
            + World.pick(random, "route show", "route list", "route", "r s") + " " + String.join(" ", filters));
    }

    /**
     * {@code ip route flush} with one or two filters (never all tables, which on the kernel flushes IPv6 too);
     * the model forgets the routes it may have removed.
     */
    private static void flush(final World world, final Namespace namespace, final Script script,
        final SplittableRandom random)
    {
        final List<String> filters = filters(world, namespace, random, random.nextInt(1, 4), false);
        script.ip(namespace, World.pick(random, "route flush ", "r flush ", "route flush ") + String.join(" ",
            filters));
        final boolean main = String.join(" ", filters).contains("table main");
        namespace.routes.removeIf(route -> main || filters.stream().anyMatch(route::contains));
    }

    /**
     * Filters of iproute_list_flush_or_save: each keyword the gate models for the command equally often, with a
     * value that fits it, and now and then a destination selector (root, match, exact, to, or a bare prefix).
     */
    private static List<String> filters(final World world, final Namespace namespace, final SplittableRandom random,
        final int count, final boolean show)
    {
        final List<String> filters = new ArrayList<>();
        final List<GateVocabulary.Keyword> keywords = emulated(show ? "route show" : "route flush");
        while (filters.size() < count)
        {
            final String filter = random.nextInt(8) == 0
                ? World.pick(random, "root ", "match ", "exact ", "to ", "") + destination(world, namespace, random)
                : withValue(world.deal(show ? "route show" : "route flush", keywords), world, namespace, random, show);
            if (!filters.contains(filter))
            {
                filters.add(filter);
            }
        }
        return filters;
    }

    /** @return the keywords the gate models for the command ({@code route show}), in the gate's order. */
    static List<GateVocabulary.Keyword> emulated(final String command)
    {
        return GateVocabulary.tableFor(command).keywords().stream().filter(GateVocabulary.Keyword::emulated)
            .toList();
    }

    /** A keyword of a route or rule command with a value that fits it: a table, a device, an address, a number. */
    static String withValue(final GateVocabulary.Keyword keyword, final World world, final Namespace namespace,
        final SplittableRandom random, final boolean allTables)
    {
        if (!keyword.takesValue())
        {
            return keyword.keyword();
        }
        final Device device = World.pick(random, namespace.devices);
        final String value = switch (keyword.keyword())
        {
            case "table", "lookup" -> table(namespace, random, allTables);
            case "protocol" -> protocol(world, random);
            case "scope" -> scope(random);
            case "type" -> World.pick(random, "unicast", "local", "broadcast", "blackhole", "unreachable", "prohibit",
                "throw");
            case "dev", "oif", "iif" -> random.nextInt(5) == 0 ? "lo" : device.name;
            case "via" -> Ip.text(Targets.address(world, namespace, random));
            case "src" -> Ip.text(source(world, namespace, random));
            case "from", "to" -> random.nextBoolean() ? Ip.text(Targets.address(world, namespace, random))
                : destination(world, namespace, random);
            default -> World.pick(random, NUMBERS);
        };
        final String written = keyword.prefix() && keyword.keyword().length() > 5 && random.nextInt(4) == 0
            ? keyword.keyword().substring(0, 5) : keyword.keyword();
        return written + " " + value;
    }

    /** A table: main, local, default, unspec (0), the namespace's policy table, another number. */
    static String table(final Namespace namespace, final SplittableRandom random, final boolean all)
    {
        final int choice = random.nextInt(100);
        if (choice < 25)
        {
            return String.valueOf(World.policyTable(namespace, random));
        }
        if (choice < 45)
        {
            return "main";
        }
        if (choice < 55)
        {
            return World.pick(random, "7", "254", "255", "0x20", "4294967295");
        }
        if (choice < 65 && all)
        {
            return World.pick(random, "all", "0");
        }
        // unspec is table 0, all tables: a flush of it would flush the kernel's IPv6 routes too.
        final List<String> names = GateVocabulary.tableNames().stream().filter(name -> all || !name.equals("unspec"))
            .toList();
        return World.pick(random, names);
    }

    /** A protocol: each rt_protos name in turn, or a number (named or not). */
    static String protocol(final World world, final SplittableRandom random)
    {
        return random.nextInt(8) == 0 ? World.pick(random, "4", "42", "77", "200", "255")
            : world.deal("protocol", GateVocabulary.protocolNames());
    }

    private static String scope(final SplittableRandom random)
    {
        return random.nextInt(4) == 0 ? World.pick(random, "0", "100", "253", "254")
            : World.pick(random, GateVocabulary.scopeNames());
    }

    /** A preferred source: mostly one of the namespace's addresses, else one it does not have. */
    private static int source(final World world, final Namespace namespace, final SplittableRandom random)
    {
        final Device device = World.pick(random, World.addressed(namespace));
        if (device != null && random.nextInt(4) != 0)
        {
            return World.pick(random, device.addresses).ip();
        }
        return Targets.address(world, namespace, random);
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
    static int gateway(final World world, final Device out, final SplittableRandom random)
    {
        if (out.peer != null && !out.peer.addresses.isEmpty() && random.nextInt(4) != 0)
        {
            return World.pick(random, out.peer.addresses).ip();
        }
        final Address own = World.pick(random, out.addresses);
        return world.freeHost(Ip.network(own.ip(), Math.max(own.prefix(), 24)), random);
    }
}
