package dev.nslab.cli.emulation;

import java.util.List;
import java.util.Set;

/**
 * The gate's reading of {@code ip route} and {@code ip rule} lines: the keywords of iproute.c's iproute_modify,
 * iproute_list_flush_or_save and iproute_get and of iprule.c's iprule_modify and iprule_list_flush_or_save, in
 * the order iproute2 6.1 tests them (so an abbreviation means what it means there), each either modelled (its value
 * read) or refusing the line. Malformed values pass: the simulator prints iproute2's own complaint.
 */
final class RouteGate
{
    /** How a keyword is matched and what the gate does with it. */
    enum Kind
    {
        FLAG, VALUE, REFUSE
    }

    /** One test of an argument loop; {@code prefix} for iproute2's matches(), else strcmp(). */
    record Test(String keyword, boolean prefix, Kind kind)
    {
        boolean accepts(final String word)
        {
            return prefix ? Keywords.matches(word, keyword) : word.equals(keyword);
        }
    }

    /** read_family()'s names: after {@code via}, one of them is a family and the address follows. */
    private static final Set<String> FAMILIES = Set.of("inet", "inet6", "link", "ipx", "mpls", "bridge");

    /** Route types nslab models: RTN_UNICAST and the four without a nexthop. */
    static final Set<Integer> ROUTE_TYPES = Set.of(1, 6, 7, 8, 9);

    /** Rule actions nslab models (FR_ACT_TO_TBL, BLACKHOLE, UNREACHABLE, PROHIBIT, by their RTN_* names). */
    static final Set<Integer> RULE_ACTIONS = Set.of(1, 6, 7, 8);

    /** iproute_modify's tests before its final branch (type and destination). */
    static final List<Test> ROUTE_MODIFY = List.of(
        value("src"), refuse("as"), value("via"), refuse("from"), refuse("tos"), refusePrefix("dsfield"),
        refuse("expires"), valuePrefix("metric"), valuePrefix("priority"), value("preference"), value("scope"),
        refuse("mtu"), refuse("hoplimit"), refuse("advmss"), refusePrefix("reordering"), refuse("rtt"),
        refuse("rto_min"), refusePrefix("window"), refusePrefix("cwnd"), refusePrefix("initcwnd"),
        refusePrefix("initrwnd"), refusePrefix("features"), refusePrefix("quickack"), refusePrefix("congctl"),
        refusePrefix("rttvar"), refusePrefix("ssthresh"), refusePrefix("realms"), refuse("onlink"), refuse("nexthop"),
        refuse("nhid"), valuePrefix("protocol"), valuePrefix("table"), refusePrefix("vrf"), value("dev"),
        value("oif"), refusePrefix("pref"), refuse("encap"), refuse("ttl-propagate"),
        refusePrefix("fastopen_no_cookie"));

    /** iproute_list_flush_or_save's tests before its final branch (the destination selectors). */
    static final List<Test> ROUTE_LIST = List.of(
        valuePrefix("table"), refusePrefix("vrf"), refusePrefix("cached"), refusePrefix("cloned"), refuse("tos"),
        refusePrefix("dsfield"), valuePrefix("protocol"), valuePrefix("scope"), valuePrefix("type"), value("dev"),
        value("oif"), value("iif"), refuse("mark"), valuePrefix("metric"), valuePrefix("priority"),
        value("preference"), value("via"), value("src"), refusePrefix("realms"), refusePrefix("from"));

    /** iproute_get's tests before its final branch (destination). */
    static final List<Test> ROUTE_GET = List.of(
        refuse("tos"), refusePrefix("dsfield"), valuePrefix("from"), valuePrefix("iif"), refusePrefix("mark"),
        valuePrefix("oif"), value("dev"), refusePrefix("notify"), refusePrefix("connected"), refusePrefix("vrf"),
        refusePrefix("uid"), refusePrefix("fibmatch"), refuse("as"), refusePrefix("sport"), refusePrefix("dport"),
        refusePrefix("ipproto"));

    /** iprule_modify's tests before its final branch (the action). */
    static final List<Test> RULE_MODIFY = List.of(
        flag("not"), value("from"), value("to"), valuePrefix("preference"), valuePrefix("order"),
        valuePrefix("priority"), refuse("tos"), refusePrefix("dsfield"), refuse("fwmark"), refusePrefix("realms"),
        valuePrefix("protocol"), refusePrefix("tun_id"), valuePrefix("table"), value("lookup"),
        refusePrefix("suppress_prefixlength"), refuse("sup_pl"), refusePrefix("suppress_ifgroup"),
        refuse("sup_group"), value("dev"), value("iif"), value("oif"), refuse("l3mdev"), refuse("uidrange"),
        refuse("nat"), refusePrefix("map-to"), refuse("ipproto"), refuse("sport"), refuse("dport"));

    /** iprule_list_flush_or_save's tests before its final branch (the destination). */
    static final List<Test> RULE_LIST = List.of(
        valuePrefix("preference"), valuePrefix("order"), valuePrefix("priority"), flag("not"), refuse("tos"),
        refuse("dsfield"), refuse("fwmark"), value("dev"), value("iif"), value("oif"), refuse("l3mdev"),
        refuse("uidrange"), refusePrefix("tun_id"), valuePrefix("lookup"), valuePrefix("table"), valuePrefix("from"),
        valuePrefix("src"), valuePrefix("protocol"), refuse("ipproto"), refuse("sport"), refuse("dport"));

    private RouteGate()
    {
    }

    /**
     * Vets {@code ip route ARGUMENTS...}.
     *
     * @param inet       whether {@code -4} (or {@code -f inet}) was given: a dump of all tables lists IPv6 routes
     *                   too without it, which the simulator does not have.
     * @param statistics the {@code -s} option as written, or null.
     */
    static void route(final List<String> arguments, final boolean inet, final String statistics)
    {
        if (arguments.isEmpty())
        {
            return;
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add") || Keywords.matches(verb, "replace") || Keywords.matches(verb, "delete"))
        {
            routeModify(rest, verb);
        }
        else if (Keywords.matches(verb, "change") || verb.equals("chg")
            || Keywords.matchesAny(verb, "prepend", "append", "test"))
        {
            throw Refusal.notEmulated("ip route " + verb);
        }
        else if (Keywords.matchesAny(verb, "list", "show", "lst"))
        {
            routeList(rest, inet, false);
        }
        else if (Keywords.matches(verb, "flush"))
        {
            routeList(rest, inet, true);
        }
        else if (Keywords.matches(verb, "get"))
        {
            if (statistics != null)
            {
                throw Refusal.notEmulated("ip " + statistics + " route get", "it prints the cache's use counters");
            }
            routeGet(rest);
        }
        else if (Keywords.matchesAny(verb, "save", "restore", "showdump", "help"))
        {
            throw Refusal.notEmulated("ip route " + verb);
        }
    }

    private static void routeModify(final List<String> arguments, final String verb)
    {
        final GateWords words = new GateWords(arguments);
        boolean destinationGiven = false;
        while (words.hasNext())
        {
            final String word = words.next();
            final Test test = find(ROUTE_MODIFY, word);
            if (test != null)
            {
                if (test.keyword().equals("encap"))
                {
                    throw Refusal.notEmulated("ip route encap", "encap bpf loads programs from files");
                }
                if (test.keyword().equals("via") && words.hasNext() && FAMILIES.contains(words.peek()))
                {
                    throw Refusal.notEmulated("ip route via " + words.peek());
                }
                apply(test, word, words, "ip route");
                continue;
            }
            String destination = word.equals("to") ? words.next() : word;
            if (destination == null)
            {
                return;
            }
            // iproute_modify: a word not starting with a digit that names a route type is the type.
            final char first = destination.isEmpty() ? '0' : destination.charAt(0);
            final int type = first >= '0' && first <= '9' ? -1 : RouteNames.type(destination);
            if (type >= 0)
            {
                if (!ROUTE_TYPES.contains(type))
                {
                    throw Refusal.notEmulated("ip route add " + destination);
                }
                destination = words.next();
            }
            if (destination != null && Keywords.matches(destination, "help"))
            {
                throw Refusal.notEmulated("ip route help");
            }
            destinationGiven |= destination != null;
        }
        if (!destinationGiven && !words.incomplete())
        {
            throw Refusal.notEmulated("ip route " + verb, "without a destination");
        }
    }

    private static void routeList(final List<String> arguments, final boolean inet, final boolean flush)
    {
        final String what = flush ? "ip route flush" : "ip route show";
        final GateWords words = new GateWords(arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            final Test test = find(ROUTE_LIST, word);
            if (test == null)
            {
                String selector = Keywords.matches(word, "to") ? words.next() : word;
                if (selector != null && Keywords.matchesAny(selector, "root", "match", "exact"))
                {
                    words.next();
                }
                continue;
            }
            if (test.kind() == Kind.REFUSE)
            {
                throw Refusal.notEmulated(what + " " + word);
            }
            final String value = words.next();
            if (value == null)
            {
                return;
            }
            if (test.keyword().equals("table") && RouteNames.table(value) == null)
            {
                if (value.equals("cache") || value.equals("help"))
                {
                    throw Refusal.notEmulated(what + " table " + value);
                }
            }
            if (test.keyword().equals("table") && !flush && !inet
                && (value.equals("all") || Long.valueOf(0).equals(RouteNames.table(value))))
            {
                throw Refusal.notEmulated(what + " table " + value,
                    "it lists IPv6 routes too, which nslab does not simulate: use ip -4");
            }
            if (test.keyword().equals("via") && FAMILIES.contains(value))
            {
                throw Refusal.notEmulated(what + " via " + value);
            }
        }
    }

    private static void routeGet(final List<String> arguments)
    {
        final GateWords words = new GateWords(arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            final Test test = find(ROUTE_GET, word);
            if (test != null)
            {
                apply(test, word, words, "ip route get");
                if (test.keyword().equals("from"))
                {
                    final String value = words.last();
                    if (value != null && (value.contains("/") || Keywords.matches(value, "help")))
                    {
                        throw Refusal.notEmulated("ip route get from " + value, "a source address only");
                    }
                }
                continue;
            }
            final String destination = word.equals("to") ? words.next() : word;
            if (destination != null && Keywords.matches(destination, "help"))
            {
                throw Refusal.notEmulated("ip route get help");
            }
        }
    }

    /** Vets {@code ip rule ARGUMENTS...}. */
    static void rule(final List<String> arguments)
    {
        if (arguments.isEmpty())
        {
            return;
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matchesAny(verb, "list", "lst", "show"))
        {
            ruleList(rest, "ip rule show");
        }
        else if (Keywords.matchesAny(verb, "save", "restore"))
        {
            throw Refusal.notEmulated("ip rule " + verb);
        }
        else if (Keywords.matches(verb, "add") || Keywords.matches(verb, "delete"))
        {
            ruleModify(rest);
        }
        else if (Keywords.matches(verb, "flush"))
        {
            ruleList(rest, "ip rule flush");
        }
        else if (Keywords.matches(verb, "help"))
        {
            throw Refusal.notEmulated("ip rule help");
        }
    }

    private static void ruleModify(final List<String> arguments)
    {
        final GateWords words = new GateWords(arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            final Test test = find(RULE_MODIFY, word);
            if (test != null)
            {
                apply(test, word, words, "ip rule");
                continue;
            }
            final String action = word.equals("type") ? words.next() : word;
            if (action == null)
            {
                return;
            }
            if (Keywords.matches(action, "help"))
            {
                throw Refusal.notEmulated("ip rule help");
            }
            if (Keywords.matches(action, "goto") || Keywords.matches(action, "nop"))
            {
                throw Refusal.notEmulated("ip rule " + action);
            }
            final int type = RouteNames.type(action);
            if (type >= 0 && !RULE_ACTIONS.contains(type))
            {
                throw Refusal.notEmulated("ip rule " + action);
            }
        }
    }

    private static void ruleList(final List<String> arguments, final String what)
    {
        final GateWords words = new GateWords(arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            final Test test = find(RULE_LIST, word);
            if (test != null)
            {
                apply(test, word, words, what);
                continue;
            }
            if (Keywords.matches(word, "dst") || Keywords.matches(word, "to"))
            {
                words.next();
            }
        }
    }

    private static Test find(final List<Test> tests, final String word)
    {
        for (final Test test : tests)
        {
            if (test.accepts(word))
            {
                return test;
            }
        }
        return null;
    }

    /** A modelled keyword reads its value; any other refuses the line. */
    private static void apply(final Test test, final String word, final GateWords words, final String what)
    {
        switch (test.kind())
        {
            case FLAG ->
            {
            }
            case VALUE -> words.next();
            case REFUSE -> throw Refusal.notEmulated(what + " " + word);
            default -> throw new IllegalStateException(test.kind().name());
        }
    }

    private static Test flag(final String keyword)
    {
        return new Test(keyword, false, Kind.FLAG);
    }

    private static Test value(final String keyword)
    {
        return new Test(keyword, false, Kind.VALUE);
    }

    private static Test valuePrefix(final String keyword)
    {
        return new Test(keyword, true, Kind.VALUE);
    }

    private static Test refuse(final String keyword)
    {
        return new Test(keyword, false, Kind.REFUSE);
    }

    private static Test refusePrefix(final String keyword)
    {
        return new Test(keyword, true, Kind.REFUSE);
    }

}
