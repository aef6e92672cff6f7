package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.nslab.stack.ipv4.Ipv4DeviceConfig;
import dev.nslab.stack.ipv4.Route;

/**
 * A read-only view of the gate's own tables, for tools that must know what nslab emulates (the fuzzer's generator
 * and its coverage report): ip's and bridge's global options, ip's objects, the keyword tables of ip's argument
 * loops (address, link, route, rule) with the commands that read each, the link modes, the route types and rule
 * actions modelled, ping's and sysctl's option strings and the modelled sysctl keys. The gate's classes stay the
 * single definition; this class only copies their tables into public records, so nothing here can drift from them.
 */
public final class GateVocabulary
{
    /** Stands for a device's name in {@link #sysctlKeys()}. */
    public static final String DEVICE = "DEV";

    /**
     * One test of ip's or bridge's global-options loop.
     *
     * @param name           the option with its single dash, e.g. {@code -statistics}.
     * @param prefix         true when any abbreviation is accepted (iproute2's {@code matches()}).
     * @param takesValue     whether it reads the next word.
     * @param namesNamespace whether that word names a namespace ({@code -netns}).
     */
    public record GlobalOption(String name, boolean prefix, boolean takesValue, boolean namesNamespace)
    {
        /** @return whether ip's loop takes the word for this option ({@code --x} reads as {@code -x}). */
        public boolean accepts(final String word)
        {
            final String bare = word.startsWith("--") ? word.substring(1) : word;
            if (name.equals("-color"))
            {
                final int equals = bare.indexOf('=');
                final String head = equals < 0 ? bare : bare.substring(0, equals);
                return head.length() > 1 && name.startsWith(head);
            }
            return prefix ? bare.length() > 1 && name.startsWith(bare) : name.equals(bare);
        }
    }

    /**
     * One keyword test of an argument loop.
     *
     * @param emulated   false for a keyword that refuses the line.
     * @param takesValue whether it reads the next word.
     */
    public record Keyword(String keyword, boolean prefix, boolean emulated, boolean takesValue)
    {
        public boolean accepts(final String word)
        {
            return prefix ? Keywords.matches(word, keyword) : keyword.equals(word);
        }
    }

    /**
     * One keyword table.
     *
     * @param name     its name in the gate, e.g. {@code ROUTE_MODIFY}.
     * @param commands the {@code OBJECT VERB} commands whose arguments it reads, e.g. {@code route add}.
     * @param keywords its tests in their order.
     */
    public record KeywordTable(String name, List<String> commands, List<Keyword> keywords)
    {
        /** @return the first test that takes the word, or null. */
        public Keyword find(final String word)
        {
            for (final Keyword keyword : keywords)
            {
                if (keyword.accepts(word))
                {
                    return keyword;
                }
            }
            return null;
        }
    }

    private GateVocabulary()
    {
    }

    public static List<GlobalOption> ipOptions()
    {
        return options(GlobalOptions.IP);
    }

    public static List<GlobalOption> bridgeOptions()
    {
        return options(GlobalOptions.BRIDGE);
    }

    /** @return ip.c's objects in its order of tests. */
    public static List<String> ipObjects()
    {
        return List.of(IpCommand.OBJECTS);
    }

    /** @return every keyword table of ip's argument loops, with the commands each serves. */
    public static List<KeywordTable> keywordTables()
    {
        return List.of(
            ipTable("ADDRESS_MODIFY", IpGate.ADDRESS_MODIFY, "address add", "address delete"),
            ipTable("LIST_BEFORE_FLAGS", IpGate.LIST_BEFORE_FLAGS, "address show", "address flush", "link show"),
            ipTable("LINK_PARSE", IpGate.LINK_PARSE, "link add", "link set", "link delete"),
            routeTable("ROUTE_MODIFY", RouteGate.ROUTE_MODIFY, "route add", "route replace", "route delete"),
            routeTable("ROUTE_LIST", RouteGate.ROUTE_LIST, "route show", "route flush"),
            routeTable("ROUTE_GET", RouteGate.ROUTE_GET, "route get"),
            routeTable("RULE_MODIFY", RouteGate.RULE_MODIFY, "rule add", "rule delete"),
            routeTable("RULE_LIST", RouteGate.RULE_LIST, "rule show", "rule flush"));
    }

    /** @return the table that reads the arguments of {@code OBJECT VERB} (full names), or null. */
    public static KeywordTable tableFor(final String command)
    {
        for (final KeywordTable table : keywordTables())
        {
            if (table.commands().contains(command))
            {
                return table;
            }
        }
        return null;
    }

    /** @return the iplink_parse keywords each link request models, by mode: add, peer, set, delete. */
    public static Map<String, Set<String>> linkModes()
    {
        final Map<String, Set<String>> modes = new LinkedHashMap<>();
        for (final IpGate.LinkMode mode : IpGate.LinkMode.values())
        {
            modes.put(mode.name().toLowerCase(Locale.ROOT), new TreeSet<>(mode.keywords));
        }
        return modes;
    }

    /** @return the names of the route types {@code ip route add|replace|delete} may give (unicast, blackhole...). */
    public static List<String> routeTypes()
    {
        return typeNames(RouteGate.ROUTE_TYPES);
    }

    /** @return the names of the rule actions {@code ip rule add|delete} may give. */
    public static List<String> ruleActions()
    {
        return typeNames(RouteGate.RULE_ACTIONS);
    }

    /** @return the route type a word names as iproute2 reads it (abbreviations too), by its name; null for none. */
    public static String routeType(final String word)
    {
        final int type = RouteNames.type(word);
        return type < 0 ? null : RouteNames.typeName(type);
    }

    /** @return the names of routing tables iproute2 reads (any number up to 2^32 - 1 names one too). */
    public static List<String> tableNames()
    {
        return List.of("local", "main", "default", "unspec").stream().filter(name -> RouteNames.table(name) != null)
            .toList();
    }

    /** @return the names of route scopes iproute2 reads (any number up to 255 is one too). */
    public static List<String> scopeNames()
    {
        final List<String> names = new ArrayList<>();
        for (final int scope : new int[] {0, 200, 253, 254, 255})
        {
            names.add(RouteNames.scopeName(scope));
        }
        return List.copyOf(names);
    }

    /** @return the names of route protocols (rt_protos) iproute2 reads (any number up to 255 is one too). */
    public static List<String> protocolNames()
    {
        final List<String> names = new ArrayList<>();
        for (int value = 0; value < 256; value++)
        {
            final String label = Route.Protocol.of(value).label();
            if (!label.equals(Integer.toString(value)))
            {
                names.add(label);
            }
        }
        return List.copyOf(names);
    }

    /** @return ping's getopt string: a letter followed by ':' takes a value. */
    public static String pingOptions()
    {
        return PingCommandLine.OPTION_STRING;
    }

    /** @return sysctl's short-options getopt string. */
    public static String sysctlShortOptions()
    {
        return SysctlCommandLine.SHORT_OPTIONS;
    }

    /** @return sysctl's long option names. */
    public static List<String> sysctlLongOptions()
    {
        final List<String> names = new ArrayList<>();
        for (final String[] option : SysctlCommandLine.LONG_OPTIONS)
        {
            names.add(option[0]);
        }
        return List.copyOf(names);
    }

    /**
     * @return every sysctl key the simulator models, dotted, with {@value #DEVICE} where a device's name goes:
     *         {@code net.ipv4.NAME}, {@code net.ipv4.conf.{all,default,DEV}.NAME}, {@code net.ipv4.neigh.DEV.NAME}, {@code net.ipv6.conf.{all,default,DEV}.NAME}.
     */
    public static List<String> sysctlKeys()
    {
        final List<String> keys = new ArrayList<>();
        for (final String name : new TreeSet<>(SysctlCommand.TOP_KEYS))
        {
            keys.add("net.ipv4." + name);
        }
        for (final String scope : List.of("all", "default", DEVICE))
        {
            for (final Ipv4DeviceConfig.Setting setting : Ipv4DeviceConfig.Setting.values())
            {
                keys.add("net.ipv4.conf." + scope + "." + setting.procName());
            }
        }
        for (final String name : new TreeSet<>(SysctlCommand.NEIGHBOUR_KEYS))
        {
            keys.add("net.ipv4.neigh." + DEVICE + "." + name);
        }
        for (final String scope : List.of("all", "default", DEVICE))
        {
            for (final String name : new TreeSet<>(SysctlCommand.IPV6_CONF_KEYS))
            {
                keys.add("net.ipv6.conf." + scope + "." + name);
            }
        }
        return List.copyOf(keys);
    }

    private static List<GlobalOption> options(final GlobalOptions program)
    {
        final List<GlobalOption> options = new ArrayList<>();
        for (final GlobalOptions.Test test : program.tests)
        {
            options.add(new GlobalOption(test.name(), test.prefix(), test.value() != GlobalOptions.Value.NONE,
                test.option() == GlobalOptions.Option.NETNS));
        }
        return List.copyOf(options);
    }

    private static KeywordTable ipTable(final String name, final List<IpGate.Rule> rules, final String... commands)
    {
        final List<Keyword> keywords = new ArrayList<>();
        for (final IpGate.Rule rule : rules)
        {
            keywords.add(new Keyword(rule.keyword(), rule.prefix(), rule.kind() != IpGate.Kind.REFUSE,
                rule.kind() == IpGate.Kind.VALUE));
        }
        return new KeywordTable(name, List.of(commands), List.copyOf(keywords));
    }

    private static KeywordTable routeTable(final String name, final List<RouteGate.Test> tests,
        final String... commands)
    {
        final List<Keyword> keywords = new ArrayList<>();
        for (final RouteGate.Test test : tests)
        {
            keywords.add(new Keyword(test.keyword(), test.prefix(), test.kind() != RouteGate.Kind.REFUSE,
                test.kind() == RouteGate.Kind.VALUE));
        }
        return new KeywordTable(name, List.of(commands), List.copyOf(keywords));
    }

    /** @return the types' names, sorted, so that whoever picks among them picks the same way every run. */
    private static List<String> typeNames(final Set<Integer> types)
    {
        final Set<String> names = new TreeSet<>();
        for (final int type : types)
        {
            names.add(RouteNames.typeName(type));
        }
        return List.copyOf(names);
    }
}
