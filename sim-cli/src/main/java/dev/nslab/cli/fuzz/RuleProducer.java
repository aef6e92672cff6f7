package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.emulation.GateVocabulary;
import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * Policy routing: a namespace's first rule comes with a route in its policy table and a ping that only that table
 * carries ({@code ip route add default via GW table N}, {@code ip rule add from ADDR table N}, a ping from ADDR);
 * then {@code ip rule add|del} with selectors (from, to, iif, oif, not, a preference, a protocol) and every action
 * the gate models (a table or lookup, blackhole, unreachable, prohibit, unicast), {@code ip rule show} with its
 * filters, and {@code ip rule flush}.
 */
final class RuleProducer implements Producer
{
    @Override
    public String area()
    {
        return "rule";
    }

    @Override
    public int weight(final World world)
    {
        return world.devicesWithAddresses().isEmpty() ? 1 : 8;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final List<Namespace> withRules = world.namespaces().stream().filter(candidate -> !candidate.rules.isEmpty())
            .toList();
        if (!withRules.isEmpty() && random.nextInt(3) == 0)
        {
            final Namespace namespace = World.pick(random, withRules);
            final String rule = World.pick(random, namespace.rules);
            script.ip(namespace, World.pick(random, "rule del ", "rule delete ") + rule);
            namespace.rules.remove(rule);
            return;
        }
        final Namespace namespace = World.pick(random, world.namespaces());
        final Device out = World.pick(random, World.addressed(namespace).stream()
            .filter(device -> device.peer != null && !device.peer.addresses.isEmpty()).toList());
        if (namespace.rules.isEmpty() && out != null && random.nextInt(3) != 0)
        {
            policy(world, namespace, out, script, random);
            return;
        }
        final int choice = random.nextInt(100);
        if (choice < 40)
        {
            final String rule = rule(world, namespace, random);
            script.ip(namespace, World.pick(random, "rule add ", "rule add ", "ru add ", "rule a ") + rule);
            namespace.rules.add(rule);
            if (random.nextInt(3) == 0)
            {
                script.ip(namespace, "rule del " + rule);
                namespace.rules.remove(rule);
            }
        }
        else if (choice < 65 && !namespace.rules.isEmpty())
        {
            final String rule = World.pick(random, namespace.rules);
            script.ip(namespace, World.pick(random, "rule del ", "rule delete ") + rule);
            namespace.rules.remove(rule);
        }
        else if (choice < 78)
        {
            final List<String> filters = filters(world, namespace, random, random.nextInt(3));
            script.ip(namespace, World.pick(random, "rule", "rule show", "rule list", "ru", "rule ls") + (filters
                .isEmpty() ? "" : " " + String.join(" ", filters)));
        }
        else
        {
            // A flush without a filter removes main's and default's rules too: later lookups find no route.
            final List<String> filters = filters(world, namespace, random, random.nextInt(6) == 0 ? 0 : random.nextInt(1,
                4));
            script.ip(namespace, "rule flush" + (filters.isEmpty() ? "" : " " + String.join(" ", filters)));
            if (filters.isEmpty())
            {
                namespace.rules.clear();
            }
        }
    }

    /** A route only the policy table has, the rule that selects it, a ping that needs both. */
    private static void policy(final World world, final Namespace namespace, final Device out, final Script script,
        final SplittableRandom random)
    {
        final int table = World.policyTable(namespace, random);
        final Address source = World.pick(random, out.addresses);
        final int gateway = World.pick(random, out.peer.addresses).ip();
        final int target = farTarget(world, namespace, random);
        final String route = (random.nextBoolean() ? "default" : Ip.prefixText(target, 24)) + " via "
            + Ip.text(gateway) + (random.nextBoolean() ? " dev " + out.name : "") + " table " + table;
        script.ip(namespace, "route add " + route);
        namespace.routes.add(route);
        final String rule = World.pick(random, "from " + Ip.text(source.ip()), "from " + source.text(),
            "to " + Ip.prefixText(target, 24), "iif lo", "from all") + " " + World.pick(random, "table ", "lookup ")
            + table + (random.nextBoolean() ? " pref " + random.nextInt(100, 32000) : "");
        script.ip(namespace, "rule add " + rule);
        namespace.rules.add(rule);
        script.in(namespace, "ping -c 1 -W 1 " + (random.nextBoolean() ? "-I " + Ip.text(source.ip()) + " " : "")
            + Ip.text(target));
        if (random.nextBoolean())
        {
            script.ip(namespace, "route get " + Ip.text(target) + " from " + Ip.text(source.ip()));
        }
    }

    /** An address beyond the namespace's neighbours when the world has one, else anywhere. */
    private static int farTarget(final World world, final Namespace namespace, final SplittableRandom random)
    {
        final List<Integer> far = new ArrayList<>();
        for (final Device device : world.devicesWithAddresses())
        {
            if (device.namespace != namespace && (device.peer == null || device.peer.namespace != namespace))
            {
                device.addresses.forEach(address -> far.add(address.ip()));
            }
        }
        return far.isEmpty() ? Targets.address(world, namespace, random) : World.pick(random, far);
    }

    /** Selectors in iprule_modify's words, then an action. */
    private static String rule(final World world, final Namespace namespace, final SplittableRandom random)
    {
        final List<String> words = new ArrayList<>();
        final Device device = World.pick(random, namespace.devices);
        if (random.nextInt(4) == 0)
        {
            words.add("not");
        }
        final List<GateVocabulary.Keyword> selectors = RouteProducer.emulated("rule add").stream()
            .filter(keyword -> !keyword.keyword().equals("table") && !keyword.keyword().equals("lookup")
                && !keyword.keyword().equals("not"))
            .toList();
        final int count = random.nextInt(1, 4);
        while (words.size() < count + (words.contains("not") ? 1 : 0))
        {
            final GateVocabulary.Keyword keyword = world.deal("rule selector", selectors);
            final String selector = switch (keyword.keyword())
            {
                case "from", "to" -> keyword.keyword() + " " + (random.nextInt(5) == 0 ? "all"
                    : address(world, namespace, random));
                case "preference", "order", "priority" -> keyword.keyword() + " " + random.nextInt(1, 32766);
                default -> RouteProducer.withValue(keyword, world, namespace, random, false);
            };
            if (words.stream().noneMatch(word -> word.startsWith(keyword.keyword() + " ")))
            {
                words.add(selector);
            }
        }
        final int action = random.nextInt(100);
        if (action < 60)
        {
            words.add(World.pick(random, "table ", "lookup ", "table ") + ruleTable(namespace, random));
        }
        else
        {
            final String type = world.deal("rule action", GateVocabulary.ruleActions());
            words.add((random.nextInt(4) == 0 ? "type " : "") + type + (type.equals("unicast") || random.nextInt(5)
                == 0 ? " table " + ruleTable(namespace, random) : ""));
        }
        return String.join(" ", words);
    }

    private static String ruleTable(final Namespace namespace, final SplittableRandom random)
    {
        return random.nextInt(5) == 0 ? World.pick(random, GateVocabulary.tableNames())
            : RouteProducer.table(namespace, random, false);
    }

    /** An address or a prefix: one of the namespace's, one elsewhere, a subnet of nobody's. */
    private static String address(final World world, final Namespace namespace, final SplittableRandom random)
    {
        final int ip = Targets.address(world, namespace, random);
        return switch (random.nextInt(3))
        {
            case 0 -> Ip.text(ip);
            case 1 -> Ip.prefixText(ip, 24);
            default -> Ip.text(ip) + "/32";
        };
    }

    /** Filters of iprule_list_flush_or_save: each keyword the gate models equally often, with a fitting value. */
    private static List<String> filters(final World world, final Namespace namespace, final SplittableRandom random,
        final int count)
    {
        final List<String> filters = new ArrayList<>();
        final List<GateVocabulary.Keyword> keywords = RouteProducer.emulated("rule show");
        while (filters.size() < count)
        {
            final String filter = random.nextInt(10) == 0 ? World.pick(random, "to ", "dst ")
                + address(world, namespace, random) : RouteProducer.withValue(world.deal("rule show", keywords), world,
                    namespace, random, false);
            if (!filters.contains(filter))
            {
                filters.add(filter);
            }
        }
        return filters;
    }
}
