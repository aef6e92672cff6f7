package dev.nslab.cli.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.nslab.cli.emulation.EmulationGate;

/**
 * What the gate emulates, named as {@link Features} names what a line uses: every candidate comes from the gate's
 * own tables ({@link GateTables}), and the gate itself says which of them it accepts (a probe line each for
 * options, objects and program options; the tables' own kinds for keywords). Nothing here is a hand-kept list of
 * what nslab emulates.
 */
final class Inventory
{
    /** Commands an ip global option is tried with: accepted with any of them, it is emulated. */
    private static final List<String> IP_PROBES = List.of("link show", "address show", "route show", "neigh show");
    private static final List<String> BRIDGE_PROBES = List.of("fdb show", "link show");

    private Inventory()
    {
    }

    /** @return every emulated feature's name. */
    static Set<String> emulated()
    {
        final GateTables tables = GateTables.read();
        final Set<String> features = new TreeSet<>();
        options("ip", tables.ipOptions, IP_PROBES, features);
        options("bridge", tables.bridgeOptions, BRIDGE_PROBES, features);
        for (final String object : tables.ipObjects)
        {
            if (accepts("ip " + object + " show") || accepts("ip " + object))
            {
                features.add("ip " + object);
            }
        }
        for (final Map.Entry<String, List<GateTables.Rule>> table : tables.tables.entrySet())
        {
            if (table.getKey().equals("LINK_PARSE"))
            {
                continue;
            }
            for (final GateTables.Rule rule : table.getValue())
            {
                if (rule.emulated())
                {
                    features.add("ip " + table.getKey() + ": " + rule.keyword());
                }
            }
        }
        final List<GateTables.Rule> link = tables.tables.get("LINK_PARSE");
        if (link != null)
        {
            for (final Map.Entry<String, Set<String>> mode : tables.linkModes.entrySet())
            {
                for (final GateTables.Rule rule : link)
                {
                    if (rule.emulated() && mode.getValue().contains(rule.keyword()))
                    {
                        features.add("ip link " + mode.getKey() + ": " + rule.keyword());
                    }
                }
            }
        }
        for (int i = 0; i < tables.pingOptions.length(); i++)
        {
            final char letter = tables.pingOptions.charAt(i);
            if (letter != ':' && accepts("ping -c 1 -W 1 -" + letter + (tables.pingTakesValue(letter) ? " 1" : "")
                + " 127.0.0.1"))
            {
                features.add("ping -" + letter);
            }
        }
        for (int i = 0; i < tables.sysctlShortOptions.length(); i++)
        {
            final char letter = tables.sysctlShortOptions.charAt(i);
            if (letter != ':' && accepts("sysctl -" + letter + " net.ipv4.ip_forward"))
            {
                features.add("sysctl -" + letter);
            }
        }
        for (final String option : tables.sysctlLongOptions)
        {
            if (accepts("sysctl --" + option + " net.ipv4.ip_forward"))
            {
                features.add("sysctl --" + option);
            }
        }
        return features;
    }

    private static void options(final String program, final List<GateTables.Option> options,
        final List<String> probes, final Set<String> features)
    {
        for (final GateTables.Option option : options)
        {
            final String value = option.takesValue() ? option.name().startsWith("-f") ? " inet" : option.netns()
                ? " fuzzns" : " 1" : "";
            for (final String probe : probes)
            {
                if (accepts(program + " " + option.name() + value + " " + probe))
                {
                    features.add(program + " " + option.name());
                    break;
                }
            }
        }
    }

    private static boolean accepts(final String line)
    {
        return EmulationGate.INSTANCE.vet(Script.words(line)).isAccepted();
    }
}
