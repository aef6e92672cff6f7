package dev.nslab.cli.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.emulation.GateVocabulary;
import dev.nslab.cli.emulation.GateVocabulary.GlobalOption;
import dev.nslab.cli.emulation.GateVocabulary.Keyword;
import dev.nslab.cli.emulation.GateVocabulary.KeywordTable;

/**
 * What the gate emulates, named as {@link Features} names what a line uses: every candidate comes from the gate's
 * own tables ({@link GateVocabulary}), and the gate itself says which of them it accepts (a probe line each for
 * options, objects and program options; the tables' own kinds for keywords). Nothing here is a hand-kept list of
 * what nslab emulates.
 */
final class Inventory
{
    /** Commands an ip global option is tried with: accepted with any of them, it is emulated. */
    private static final List<String> IP_PROBES = List.of("link show", "address show", "route show", "neigh show");
    private static final List<String> BRIDGE_PROBES = List.of("fdb show", "link show");

    /** iptables' command letters and targets the generator's features name, each kept only if the gate takes it. */
    static final String IPTABLES_COMMANDS = "AIDRLSFZNXEP";
    static final List<String> IPTABLES_TARGETS = List.of("ACCEPT", "DROP", "RETURN", "REJECT", "LOG", "MASQUERADE",
        "SNAT", "DNAT");
    /** iptables' matches and tables the features name beyond the filter table's basics. */
    static final List<String> IPTABLES_MATCHES = List.of("conntrack", "state", "addrtype");
    /** conntrack's commands the features name. */
    static final List<String> CONNTRACK_COMMANDS = List.of("-L", "-C", "-F");

    private Inventory()
    {
    }

    /** @return every emulated feature's name. */
    static Set<String> emulated()
    {
        final Set<String> features = new TreeSet<>();
        options("ip", GateVocabulary.ipOptions(), IP_PROBES, features);
        options("bridge", GateVocabulary.bridgeOptions(), BRIDGE_PROBES, features);
        for (final String object : GateVocabulary.ipObjects())
        {
            if (accepts("ip " + object + " show") || accepts("ip " + object))
            {
                features.add("ip " + object);
            }
        }
        for (final KeywordTable table : GateVocabulary.keywordTables())
        {
            if (table.name().equals("LINK_PARSE"))
            {
                continue;
            }
            for (final String command : table.commands())
            {
                features.add("ip " + command);
                for (final Keyword keyword : table.keywords())
                {
                    if (keyword.emulated())
                    {
                        features.add("ip " + command + ": " + keyword.keyword());
                    }
                }
            }
        }
        final KeywordTable link = GateVocabulary.tableFor("link add");
        for (final Map.Entry<String, Set<String>> mode : GateVocabulary.linkModes().entrySet())
        {
            for (final Keyword keyword : link.keywords())
            {
                if (keyword.emulated() && mode.getValue().contains(keyword.keyword()))
                {
                    features.add("ip link " + mode.getKey() + ": " + keyword.keyword());
                }
            }
        }
        values(features);
        final String ping = GateVocabulary.pingOptions();
        for (int i = 0; i < ping.length(); i++)
        {
            final char letter = ping.charAt(i);
            if (letter != ':' && accepts("ping -c 1 -W 1 -" + letter + (Features.pingTakesValue(letter) ? " 1" : "")
                + " 127.0.0.1"))
            {
                features.add("ping -" + letter);
            }
        }
        // The families ping picks from the address (a link-local IPv6 one with its scope).
        for (final String[] target : new String[][] {{"IPv4", "10.0.0.1"}, {"IPv6", "fd00::1"},
            {"scoped IPv6", "fe80::1%lo"}, {"IPv6 group", "ff02::1%lo"}})
        {
            if (accepts("ping -c 1 -W 1 " + target[1]))
            {
                features.add("ping target: " + target[0]);
            }
        }
        final String sysctl = GateVocabulary.sysctlShortOptions();
        for (int i = 0; i < sysctl.length(); i++)
        {
            final char letter = sysctl.charAt(i);
            if (letter != ':' && accepts("sysctl -" + letter + " net.ipv4.ip_forward"))
            {
                features.add("sysctl -" + letter);
            }
        }
        for (final String option : GateVocabulary.sysctlLongOptions())
        {
            if (accepts("sysctl --" + option + " net.ipv4.ip_forward"))
            {
                features.add("sysctl --" + option);
            }
        }
        for (int i = 0; i < IPTABLES_COMMANDS.length(); i++)
        {
            final char letter = IPTABLES_COMMANDS.charAt(i);
            final String probe = switch (letter)
            {
                case 'A', 'I', 'D', 'N' -> " web";
                case 'R' -> " INPUT 1 -j ACCEPT";
                case 'E' -> " web site";
                case 'P' -> " INPUT DROP";
                default -> "";
            };
            if (accepts("iptables -" + letter + probe))
            {
                features.add("iptables -" + letter);
            }
        }
        for (final String target : IPTABLES_TARGETS)
        {
            final String range = target.equals("SNAT") ? " --to-source 10.0.0.1"
                : target.equals("DNAT") ? " --to-destination 10.0.0.1" : "";
            if (accepts("iptables -A INPUT -j " + target + range))
            {
                features.add("iptables -j " + target);
            }
        }
        for (final String match : IPTABLES_MATCHES)
        {
            final String option = switch (match)
            {
                case "state" -> " --state NEW";
                case "addrtype" -> " --dst-type LOCAL";
                default -> " --ctstate NEW";
            };
            if (accepts("iptables -A INPUT -m " + match + option))
            {
                features.add("iptables -m " + match);
            }
        }
        if (accepts("iptables -t nat -L"))
        {
            features.add("iptables -t nat");
        }
        if (accepts("iptables-save -t nat"))
        {
            features.add("iptables-save -t nat");
        }
        for (final String command : CONNTRACK_COMMANDS)
        {
            if (accepts("conntrack " + command))
            {
                features.add("conntrack " + command);
            }
        }
        if (accepts("conntrack -L -p icmp"))
        {
            features.add("conntrack -p");
        }
        if (accepts("iptables -A INPUT -j web"))
        {
            features.add("iptables -j CHAIN");
        }
        if (accepts("iptables-save"))
        {
            features.add("iptables-save");
        }
        for (final String key : GateVocabulary.sysctlKeys())
        {
            features.add("sysctl key " + key);
            features.add("sysctl key " + key + " (written)");
        }
        return features;
    }

    /** The route types and rule actions modelled, and the forms of tables, scopes and protocols. */
    private static void values(final Set<String> features)
    {
        for (final String type : GateVocabulary.routeTypes())
        {
            features.add("ip route type: " + type);
        }
        for (final String action : GateVocabulary.ruleActions())
        {
            features.add("ip rule action: " + action);
        }
        for (final String object : List.of("ip route ", "ip rule "))
        {
            for (final String table : GateVocabulary.tableNames())
            {
                features.add(object + "table: " + table);
            }
            features.add(object + "table: " + Features.NUMBER);
        }
        for (final String scope : GateVocabulary.scopeNames())
        {
            features.add("ip route scope: " + scope);
        }
        // Every name for routes, where ip route show prints them back; numbers for rules (the same table reads both).
        for (final String protocol : GateVocabulary.protocolNames())
        {
            features.add("ip route proto: " + protocol);
        }
        for (final String object : List.of("ip route ", "ip rule "))
        {
            features.add(object + "proto: " + Features.NUMBER);
        }
        features.add("ip route scope: " + Features.NUMBER);
    }

    private static void options(final String program, final List<GlobalOption> options,
        final List<String> probes, final Set<String> features)
    {
        for (final GlobalOption option : options)
        {
            final String value = option.takesValue() ? option.name().startsWith("-f") ? " inet" : option.namesNamespace()
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
