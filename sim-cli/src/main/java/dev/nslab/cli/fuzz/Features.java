package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names what a scenario line uses, with the gate's own tables ({@link GateTables}) read the way the gate reads
 * the line: {@code ip -statistics}, {@code ip route}, {@code ip route get}, {@code ip ROUTE_MODIFY: metric},
 * {@code ip link set: mtu}, {@code ping -W}, {@code sysctl -w}, {@code sysctl key net.ipv4.neigh.DEV.ucast_solicit}.
 * {@link Inventory} names what the gate emulates the same way, so the two can be compared.
 */
final class Features
{
    /** Which keyword table a verb of an object reads its words with, as the gate's argument loops do. */
    private static final Map<String, String> TABLES = Map.of(
        "address add", "ADDRESS_MODIFY", "address delete", "ADDRESS_MODIFY", "address show", "LIST_BEFORE_FLAGS",
        "address flush", "LIST_BEFORE_FLAGS", "link show", "LIST_BEFORE_FLAGS", "route add", "ROUTE_MODIFY",
        "route replace", "ROUTE_MODIFY", "route delete", "ROUTE_MODIFY", "route get", "ROUTE_GET");

    private Features()
    {
    }

    static List<String> of(final String line)
    {
        final GateTables tables = GateTables.read();
        final List<String> features = new ArrayList<>();
        List<String> words = Script.words(line);
        while (words != null && !words.isEmpty())
        {
            final String program = words.get(0);
            final List<String> rest = words.subList(1, words.size());
            words = switch (program)
            {
                case "ip" -> ip(tables, rest, features);
                case "bridge" -> bridge(tables, rest, features);
                case "ping" -> ping(tables, rest, features);
                case "sysctl" -> sysctl(rest, features);
                default -> null;
            };
        }
        return features;
    }

    /** @return the command an {@code ip netns exec} runs, or null. */
    private static List<String> ip(final GateTables tables, final List<String> words, final List<String> features)
    {
        int index = options("ip", tables.ipOptions, words, features);
        if (index >= words.size())
        {
            return null;
        }
        final String object = object(tables.ipObjects, words.get(index));
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
            link(tables, verb.equals("change") ? "set" : verb, rest, features);
            return null;
        }
        final String table = TABLES.get(normalisedObject + " " + verb);
        if (table != null && tables.tables.containsKey(table))
        {
            keywords("ip " + table + ": ", tables.tables.get(table), rest, features);
        }
        return null;
    }

    private static void link(final GateTables tables, final String verb, final List<String> words,
        final List<String> features)
    {
        final List<GateTables.Rule> rules = tables.tables.get("LINK_PARSE");
        if (rules == null)
        {
            return;
        }
        String mode = verb;
        for (int i = 0; i < words.size(); i++)
        {
            final GateTables.Rule rule = GateTables.rule(rules, words.get(i));
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

    private static void keywords(final String label, final List<GateTables.Rule> rules, final List<String> words,
        final List<String> features)
    {
        for (int i = 0; i < words.size(); i++)
        {
            final GateTables.Rule rule = GateTables.rule(rules, words.get(i));
            if (rule != null && rule.emulated())
            {
                features.add(label + rule.keyword());
                if (rule.takesValue())
                {
                    i++;
                }
            }
        }
    }

    /** @return where the object word is. */
    private static int options(final String program, final List<GateTables.Option> options, final List<String> words,
        final List<String> features)
    {
        int index = 0;
        while (index < words.size() && words.get(index).startsWith("-") && !words.get(index).equals("--"))
        {
            final GateTables.Option option = GateTables.option(options, words.get(index));
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

    private static List<String> bridge(final GateTables tables, final List<String> words, final List<String> features)
    {
        final int index = options("bridge", tables.bridgeOptions, words, features);
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

    private static List<String> ping(final GateTables tables, final List<String> words, final List<String> features)
    {
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
                if (tables.pingTakesValue(letter))
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
