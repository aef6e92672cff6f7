package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.cli.emulation.GateVocabulary;
import dev.nslab.cli.emulation.GateVocabulary.GlobalOption;
import dev.nslab.cli.emulation.GateVocabulary.Keyword;
import dev.nslab.cli.emulation.GateVocabulary.KeywordTable;

/**
 * Names what a scenario line uses, with the gate's own tables ({@link GateVocabulary}) read the way the gate reads
 * the line: {@code ip -statistics}, {@code ip route}, {@code ip route get}, {@code ip route add: metric},
 * {@code ip route type: blackhole}, {@code ip rule action: prohibit}, {@code ip link set: mtu}, {@code ping -W},
 * {@code sysctl -w}, {@code sysctl key net.ipv4.neigh.DEV.ucast_solicit}. {@link Inventory} names what the gate
 * emulates the same way, so the two can be compared.
 */
final class Features
{
    /** The value forms counted for a number: {@code ip route table: N}. */
    static final String NUMBER = "N";

    private Features()
    {
    }

    static List<String> of(final String line)
    {
        final List<String> features = new ArrayList<>();
        List<String> words = Script.unquoted(Script.words(line));
        while (words != null && !words.isEmpty())
        {
            final String program = words.get(0);
            final List<String> rest = words.subList(1, words.size());
            words = switch (program)
            {
                case "ip" -> ip(rest, features);
                case "bridge" -> bridge(rest, features);
                case "ping" -> ping(rest, features);
                case "sysctl" -> sysctl(rest, features);
                case "iptables" -> iptables(rest, features);
                case "iptables-save" ->
                {
                    features.add(rest.contains("nat") ? "iptables-save -t nat" : "iptables-save");
                    yield null;
                }
                case "conntrack" ->
                {
                    for (final String word : rest)
                    {
                        if (Inventory.CONNTRACK_COMMANDS.contains(word))
                        {
                            features.add("conntrack " + word);
                        }
                        if (word.equals("-p"))
                        {
                            features.add("conntrack -p");
                        }
                    }
                    yield null;
                }
                default -> null;
            };
        }
        return features;
    }

    /** iptables' command letter ({@code iptables -A}) and target ({@code iptables -j REJECT}); nothing nested. */
    private static List<String> iptables(final List<String> words, final List<String> features)
    {
        for (int i = 0; i < words.size(); i++)
        {
            final String word = words.get(i);
            if (word.length() == 2 && word.charAt(0) == '-' && Inventory.IPTABLES_COMMANDS.indexOf(word.charAt(1)) >= 0)
            {
                features.add("iptables " + word);
            }
            if (word.equals("-m") && i + 1 < words.size() && Inventory.IPTABLES_MATCHES.contains(words.get(i + 1)))
            {
                features.add("iptables -m " + words.get(i + 1));
            }
            if (word.equals("-t") && i + 1 < words.size() && words.get(i + 1).equals("nat"))
            {
                features.add("iptables -t nat");
            }
            if (word.equals("-j") && i + 1 < words.size())
            {
                final String target = words.get(i + 1);
                features.add("iptables -j " + (Inventory.IPTABLES_TARGETS.contains(target) ? target : "CHAIN"));
            }
        }
        return null;
    }

    /** @return the command an {@code ip netns exec} runs, or null. */
    private static List<String> ip(final List<String> words, final List<String> features)
    {
        final int index = options("ip", GateVocabulary.ipOptions(), words, features);
        if (index >= words.size())
        {
            return null;
        }
        final String object = object(GateVocabulary.ipObjects(), words.get(index));
        features.add("ip " + object);
        final String verb = index + 1 < words.size() ? Signature.verb(words.get(index + 1)) : "show";
        final boolean verbWritten = index + 1 < words.size() && isVerb(words.get(index + 1));
        features.add("ip " + object + " " + verb);
        final List<String> rest = words.subList(Math.min(words.size(), index + (verbWritten ? 2 : 1)), words.size());
        if (object.equals("netns") && verb.equals("exec"))
        {
            return rest.size() > 1 ? rest.subList(1, rest.size()) : null;
        }
        final String normalisedObject = object.startsWith("neigh") ? "neigh" : object;
        if (normalisedObject.equals("link") && !verb.equals("show"))
        {
            link(verb.equals("change") ? "set" : verb, rest, features);
            return null;
        }
        final String command = normalisedObject + " " + verb;
        final KeywordTable table = GateVocabulary.tableFor(command);
        if (table != null)
        {
            keywords(command, table, rest, features);
        }
        return null;
    }

    private static void link(final String verb, final List<String> words, final List<String> features)
    {
        final KeywordTable rules = GateVocabulary.tableFor("link add");
        String mode = verb;
        for (int i = 0; i < words.size(); i++)
        {
            final Keyword rule = rules.find(words.get(i));
            if (rule == null || !rule.emulated())
            {
                continue;
            }
            features.add("ip link " + mode + ": " + rule.keyword());
            if (rule.keyword().equals("type") && i + 1 < words.size())
            {
                features.add("ip link " + mode + ": type " + words.get(i + 1));
                if (i + 2 < words.size() && words.get(i + 2).equals("peer"))
                {
                    mode = "peer";
                    i += 2;
                    continue;
                }
            }
            if (rule.takesValue())
            {
                i++;
            }
        }
    }

    /**
     * The keywords of the command's table; for routes and rules also the forms of their values (a table's name or
     * a number, a scope, a protocol) and the route type or rule action among the other words.
     */
    private static void keywords(final String command, final KeywordTable table, final List<String> words,
        final List<String> features)
    {
        final boolean modify = table.name().equals("ROUTE_MODIFY") || table.name().equals("RULE_MODIFY");
        final String object = command.startsWith("rule") ? "ip rule " : "ip route ";
        boolean typeSeen = false;
        for (int i = 0; i < words.size(); i++)
        {
            final Keyword rule = table.find(words.get(i));
            if (rule == null)
            {
                String word = words.get(i);
                if ((word.equals("to") || word.equals("type") && object.equals("ip rule ")) && i + 1 < words.size())
                {
                    word = words.get(++i);
                }
                if (modify && !typeSeen && !word.isEmpty() && (word.charAt(0) < '0' || word.charAt(0) > '9'))
                {
                    final String type = GateVocabulary.routeType(word);
                    if (type != null)
                    {
                        typeSeen = true;
                        features.add(object + (object.equals("ip rule ") ? "action: " : "type: ") + type);
                    }
                }
                continue;
            }
            if (!rule.emulated())
            {
                continue;
            }
            features.add("ip " + command + ": " + rule.keyword());
            if (rule.takesValue())
            {
                i++;
                if (modify && i < words.size())
                {
                    value(object, rule.keyword(), words.get(i), features);
                }
            }
        }
    }

    /** {@code ip route table: main}, {@code ip route scope: N}, {@code ip route proto: static}. */
    private static void value(final String object, final String keyword, final String value,
        final List<String> features)
    {
        final List<String> names;
        final String label;
        switch (keyword)
        {
            case "table", "lookup" ->
            {
                names = GateVocabulary.tableNames();
                label = "table: ";
            }
            case "scope" ->
            {
                names = GateVocabulary.scopeNames();
                label = "scope: ";
            }
            case "protocol" ->
            {
                names = GateVocabulary.protocolNames();
                label = "proto: ";
            }
            default ->
            {
                return;
            }
        }
        if (names.contains(value))
        {
            features.add(object + label + value);
        }
        else if (value.matches("[0-9]+|0x[0-9a-fA-F]+"))
        {
            features.add(object + label + NUMBER);
        }
    }

    /** @return where the object word is. */
    private static int options(final String program, final List<GlobalOption> options, final List<String> words,
        final List<String> features)
    {
        int index = 0;
        while (index < words.size() && words.get(index).startsWith("-") && !words.get(index).equals("--"))
        {
            final GlobalOption option = option(options, words.get(index));
            index++;
            if (option == null)
            {
                break;
            }
            features.add(program + " " + option.name());
            if (option.takesValue())
            {
                index++;
            }
        }
        return index;
    }

    /** @return the first option of the list that accepts the word, as ip's and bridge's loops test them. */
    private static GlobalOption option(final List<GlobalOption> options, final String word)
    {
        for (final GlobalOption option : options)
        {
            if (option.accepts(word))
            {
                return option;
            }
        }
        return null;
    }

    private static List<String> bridge(final List<String> words, final List<String> features)
    {
        final int index = options("bridge", GateVocabulary.bridgeOptions(), words, features);
        if (index < words.size())
        {
            final String object = object(List.of("link", "fdb", "mdb", "vlan", "monitor", "vni"), words.get(index));
            features.add("bridge " + object);
            for (int i = index + 2; i < words.size(); i += 2)
            {
                features.add("bridge " + object + ": " + words.get(i));
            }
        }
        return null;
    }

    private static List<String> ping(final List<String> words, final List<String> features)
    {
        for (int i = words.size() - 1; i >= 0; i--)
        {
            final String word = words.get(i);
            if (!word.startsWith("-") && (i == 0 || !words.get(i - 1).startsWith("-")
                || !pingTakesValue(words.get(i - 1).charAt(words.get(i - 1).length() - 1))))
            {
                features.add("ping target: " + (word.startsWith("ff") && word.indexOf(':') >= 0 ? "IPv6 group"
                    : word.indexOf('%') >= 0 ? "scoped IPv6" : word.indexOf(':') >= 0 ? "IPv6" : "IPv4"));
                break;
            }
        }
        for (int i = 0; i < words.size(); i++)
        {
            final String word = words.get(i);
            if (!word.startsWith("-") || word.length() == 1)
            {
                continue;
            }
            for (int j = 1; j < word.length(); j++)
            {
                final char letter = word.charAt(j);
                features.add("ping -" + letter);
                if (pingTakesValue(letter))
                {
                    if (j + 1 == word.length())
                    {
                        i++;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** @return whether ping's getopt string gives the letter a value. */
    static boolean pingTakesValue(final char letter)
    {
        final String options = GateVocabulary.pingOptions();
        final int at = options.indexOf(letter);
        return at >= 0 && at + 1 < options.length() && options.charAt(at + 1) == ':';
    }

    private static List<String> sysctl(final List<String> words, final List<String> features)
    {
        for (final String word : words)
        {
            if (word.startsWith("-"))
            {
                features.add("sysctl " + word);
                continue;
            }
            final int equals = word.indexOf('=');
            String key = (equals < 0 ? word : word.substring(0, equals)).replace('/', '.');
            final String[] parts = key.split("\\.");
            if (parts.length == 5 && (parts[2].equals("neigh") || parts[2].equals("conf"))
                && !parts[3].equals("all") && !parts[3].equals("default"))
            {
                key = parts[0] + "." + parts[1] + "." + parts[2] + ".DEV." + parts[4];
            }
            features.add("sysctl key " + key + (equals < 0 ? "" : " (written)"));
        }
        return null;
    }

    private static String object(final List<String> objects, final String word)
    {
        for (final String object : objects)
        {
            if (object.startsWith(word))
            {
                return object;
            }
        }
        return word;
    }

    private static boolean isVerb(final String word)
    {
        return !Signature.verb(word).equals("show") || "show".startsWith(word) || "list".startsWith(word)
            || "lst".startsWith(word);
    }
}
