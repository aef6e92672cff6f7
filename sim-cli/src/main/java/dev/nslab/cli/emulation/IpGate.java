package dev.nslab.cli.emulation;

import java.util.List;
import java.util.Set;

/**
 * The gate's reading of an {@code ip} command line: ip.c's global options ({@link GlobalOptions#IP}), the object
 * (ip.c's cmds[]), the verb and the keywords of each emulated object in the order iproute2 6.1 tests them. A word
 * is a keyword exactly where iproute2 takes it for one; any keyword nslab does not model refuses the line.
 */
final class IpGate
{
    /** How a keyword is matched and what the gate does with it. */
    enum Kind
    {
        /** Emulated, no value. */
        FLAG,
        /** Emulated, takes the next word. */
        VALUE,
        /** Not emulated: refuses the line. */
        REFUSE
    }

    /**
     * One test of an argument loop.
     *
     * @param prefix true for iproute2's {@code matches()}, false for {@code strcmp()}.
     */
    record Rule(String keyword, boolean prefix, Kind kind)
    {
        boolean accepts(final String word)
        {
            return prefix ? Keywords.matches(word, keyword) : word.equals(keyword);
        }
    }

    /** PIDs from here up are taken to name no process of the sandbox (the kernel's smallest pid_max). */
    private static final long FIRST_FREE_PID = 32768;

    /** ipaddress.c's ifa_flag_data names, which ipaddr_modify and get_filter take as bare keywords. */
    private static final Set<String> ADDRESS_FLAGS = Set.of("secondary", "temporary", "nodad", "optimistic",
        "dadfailed", "home", "deprecated", "tentative", "permanent", "mngtmpaddr", "noprefixroute", "autojoin",
        "stable-privacy");

    /** read_family()'s names: after {@code via}, one of them is a family and the address follows. */
    private static final Set<String> FAMILIES = Set.of("inet", "inet6", "link", "ipx", "mpls", "bridge");

    /** ipaddr_modify's tests before its final branch (local address). */
    static final List<Rule> ADDRESS_MODIFY = List.of(
        refuse("peer"), refuse("remote"), new Rule("broadcast", true, Kind.VALUE), new Rule("brd", false, Kind.VALUE),
        refuse("anycast"), refuse("scope"), new Rule("dev", false, Kind.VALUE), refuse("label"),
        refusePrefix("metric"), refusePrefix("priority"), refusePrefix("preference"), refusePrefix("valid_lft"),
        refusePrefix("preferred_lft"));

    /** ipaddr_list_flush_or_save's tests before get_filter(), for ip address and ip link show. */
    static final List<Rule> LIST_BEFORE_FLAGS = List.of(refuse("to"), refuse("scope"),
        new Rule("up", false, Kind.FLAG));

    /** iplink_parse's tests before its final branch (device), each mapped to the modes that model it. */
    static final List<Rule> LINK_PARSE = List.of(
        new Rule("up", false, Kind.FLAG), new Rule("down", false, Kind.FLAG), new Rule("name", false, Kind.VALUE),
        refuse("index"), refusePrefix("link"), new Rule("address", true, Kind.VALUE), refusePrefix("broadcast"),
        refuse("brd"), refusePrefix("txqueuelen"), refuse("qlen"), refusePrefix("txqlen"),
        new Rule("mtu", false, Kind.VALUE), refuse("xdpgeneric"), refuse("xdpdrv"), refuse("xdpoffload"),
        refuse("xdp"), new Rule("netns", false, Kind.VALUE), refuse("multicast"), refuse("allmulticast"),
        refuse("promisc"), refuse("trailers"), refuse("arp"), refuse("carrier"), refuse("vf"),
        new Rule("master", true, Kind.VALUE), refuse("vrf"), new Rule("nomaster", true, Kind.FLAG),
        refusePrefix("dynamic"), new Rule("type", true, Kind.VALUE), refusePrefix("alias"), refuse("group"),
        refuse("mode"), refuse("state"), refusePrefix("numtxqueues"), refusePrefix("numrxqueues"),
        refusePrefix("addrgenmode"), refusePrefix("link-netns"), refusePrefix("link-netnsid"), refuse("protodown"),
        refuse("protodown_reason"), refuse("gso_max_size"), refuse("gso_max_segs"), refuse("gro_max_size"),
        refuse("parentdev"));

    /** The iplink_parse keywords each of nslab's link requests models (the others it would ignore). */
    enum LinkMode
    {
        ADD(Set.of("name", "netns", "type")),
        PEER(Set.of("name", "netns", "type")),
        SET(Set.of("name", "netns", "up", "down", "address", "mtu", "master", "nomaster")),
        DELETE(Set.of("name"));

        final Set<String> keywords;

        LinkMode(final Set<String> keywords)
        {
            this.keywords = keywords;
        }
    }

    private IpGate()
    {
    }

    /**
     * What an accepted {@code ip} line leads to.
     *
     * @param nested   the command an {@code ip netns exec NS CMD...} runs, for the gate to vet next, or null.
     * @param makesTap whether the line makes a tap ({@code ip tuntap add ... mode tap}).
     */
    record Accepted(List<String> nested, boolean makesTap)
    {
        static final Accepted PLAIN = new Accepted(null, false);
    }

    /**
     * Vets {@code ip ARGUMENTS...}.
     *
     * @return what the line leads to.
     * @throws Refusal when the line may not run.
     */
    static Accepted vet(final List<String> arguments)
    {
        final GlobalOptions.Parsed parsed = GlobalOptions.IP.parse(arguments);
        String statistics = null;
        String oneline = null;
        String json = null;
        String details = null;
        boolean all = false;
        boolean inet = false;
        boolean inet6 = false;
        for (final GlobalOptions.Given given : parsed.given())
        {
            final String written = "ip " + given.word();
            switch (given.option())
            {
                case LOOPS, BRIEF, VERSION, HELP, PRETTY ->
                {
                }
                case INET ->
                {
                    inet = true;
                    inet6 = false;
                }
                case INET6 ->
                {
                    inet6 = true;
                    inet = false;
                }
                case STATISTICS -> statistics = given.word();
                case ONELINE -> oneline = given.word();
                case JSON -> json = given.word();
                case DETAILS -> details = given.word();
                case ALL -> all = true;
                case FAMILY ->
                {
                    vetFamily(written, given.value());
                    inet6 = "inet6".equals(given.value());
                    inet = given.value() != null && !inet6;
                }
                case PACKET, MPLS, BRIDGE -> throw Refusal.notEmulated(written, "nslab simulates IPv4 and IPv6 only");
                case BATCH -> throw Refusal.dangerous(written, "reads commands from a file");
                case FORCE -> throw Refusal.dangerous(written, "serves -batch, which reads commands from a file");
                case NETNS -> vetNamespaceName(written, given.value());
                default -> throw Refusal.notEmulated(written);
            }
        }
        if (parsed.end() != GlobalOptions.End.OBJECT || parsed.objectIndex() >= arguments.size())
        {
            return Accepted.PLAIN; // ip prints its complaint or its usage and exits
        }
        final String object = IpCommand.objectOf(arguments.get(parsed.objectIndex()));
        final List<String> rest = arguments.subList(parsed.objectIndex() + 1, arguments.size());
        if (!inet && !inet6 && object.equals("route") && RouteFamily.impliesIpv6(rest))
        {
            inet6 = true; // the first address is IPv6
        }
        vetForms(object, rest.isEmpty() ? "" : rest.get(0), json, details);
        if (inet6)
        {
            vetIpv6Forms(object, rest, parsed, json, oneline, statistics, details);
        }
        switch (object)
        {
            case "address" -> address(rest, statistics, oneline, inet, inet6);
            case "route" ->
            {
                if (!inet6)
                {
                    RouteGate.route(rest, inet, statistics);
                }
            }
            case "rule" -> RouteGate.rule(rest);
            case "neighbor", "neighbour" -> neighbour(rest, statistics);
            case "link" -> link(rest);
            case "tuntap", "tap" ->
            {
                return tuntap(rest) ? new Accepted(null, true) : Accepted.PLAIN;
            }
            case "netns" ->
            {
                return new Accepted(netns(rest, all), false);
            }
            case "vrf" ->
            {
                if (!rest.isEmpty() && Keywords.matches(rest.get(0), "exec"))
                {
                    throw Refusal.dangerous("ip vrf exec", "runs a program");
                }
                throw Refusal.notEmulated("ip vrf");
            }
            case "help", "" ->
            {
                // usage, or 'Object "x" is unknown'
            }
            default -> throw Refusal.notEmulated("ip " + object);
        }
        return Accepted.PLAIN;
    }

    /**
     * {@code -j} is emulated for the lists nslab prints (addresses, links, routes and {@code route get},
     * neighbours, rules, namespaces and their ids), {@code -d} for route lists only; elsewhere they refuse the line.
     */
    private static void vetForms(final String object, final String verb, final String json, final String details)
    {
        final boolean list = verb.isEmpty() || Keywords.matchesAny(verb, "list", "show", "lst");
        if (json != null)
        {
            final boolean emulated = switch (object)
            {
                case "address", "neighbor", "neighbour", "rule" -> list;
                case "link" -> list && !Keywords.matchesAny(verb, "set", "change");
                case "route" -> list || Keywords.matches(verb, "get");
                case "netns" -> list || Keywords.matches(verb, "list-id");
                default -> false;
            };
            if (!emulated)
            {
                throw Refusal.notEmulated(("ip " + json + " " + object + " " + verb).strip());
            }
        }
        if (details != null && !(object.equals("route") && list))
        {
            throw Refusal.notEmulated(("ip " + details + " " + object + " " + verb).strip());
        }
    }

    private static void vetFamily(final String written, final String family)
    {
        if (family == null || family.equals("inet") || family.equals("inet6"))
        {
            return;
        }
        if (FAMILIES.contains(family))
        {
            throw Refusal.notEmulated(written + " " + family, "nslab simulates IPv4 and IPv6 only");
        }
        throw Refusal.notEmulated(written + " " + family);
    }

    /**
     * {@code -6} is emulated for {@code ip address} (add, del, show, flush; listed plain, brief, one line or JSON),
     * {@code ip route} (listed plain, one line, with details or as JSON) and {@code ip neigh} (plain, one line or
     * JSON); IPv6 rules, and the statistics forms of the IPv6 route and neighbour lists, not yet.
     */
    private static void vetIpv6Forms(final String object, final List<String> rest, final GlobalOptions.Parsed parsed,
        final String json, final String oneline, final String statistics, final String details)
    {
        final String verb = rest.isEmpty() ? "" : rest.get(0);
        if (object.equals("route"))
        {
            ipv6RouteList(rest);
        }
        else if (!object.equals("address") && !object.equals("neighbor") && !object.equals("neighbour")
            && !object.equals("help") && !object.isEmpty())
        {
            throw Refusal.notEmulated("ip -6 " + object, "nslab simulates IPv6 addresses, routes and neighbours,"
                + " not yet IPv6 " + object + "s");
        }
        final boolean brief = parsed.given().stream().anyMatch(given -> given.option() == GlobalOptions.Option.BRIEF);
        final boolean list = verb.isEmpty() || Keywords.matchesAny(verb, "list", "show", "lst");
        // The brief, one-line and JSON forms of the IPv6 lists are iproute2's same printers over the AF_INET6 dumps;
        // -d adds route types, protocols and scopes to route lists.
        final boolean emulatedForm = switch (object)
        {
            case "address" -> statistics == null && details == null;
            case "route" -> statistics == null && !brief;
            default -> statistics == null && details == null && !brief;
        };
        final String form = json != null ? json : oneline != null ? oneline : statistics != null ? statistics
            : details != null ? details : brief ? "-br" : null;
        if (list && form != null && !emulatedForm)
        {
            throw Refusal.notEmulated("ip -6 " + form + " " + object, switch (object)
            {
                case "address" -> "nslab prints ip -6 address plain, brief, one line or as JSON only";
                case "route" -> "nslab prints ip -6 route plain, one line, with details or as JSON only";
                default -> "nslab prints ip -6 " + object + " plain, one line or as JSON only";
            });
        }
    }

    /**
     * {@code ip -6 route [list|show|flush] [table T] [dev DEV] [cache]}, and {@code ip -6 route add|replace|del
     * [TYPE] PREFIX [via ADDR] [dev DEV] [metric N] [proto P]} with the reject types; nothing else of IPv6 routing
     * yet.
     */
    private static void ipv6RouteList(final List<String> arguments)
    {
        if (!arguments.isEmpty() && Keywords.matchesAny(arguments.get(0), "add", "replace", "delete"))
        {
            ipv6RouteModify(arguments.subList(1, arguments.size()), arguments.get(0));
            return;
        }
        if (!arguments.isEmpty() && Keywords.matches(arguments.get(0), "get"))
        {
            final GateWords words = new GateWords(arguments.subList(1, arguments.size()));
            while (words.hasNext())
            {
                final String word = words.next();
                if (word.equals("from") || word.equals("dev") || word.equals("oif") || word.equals("to"))
                {
                    words.next();
                }
                else if (word.indexOf(':') < 0 && (word.isEmpty() || !Character.isDigit(word.charAt(0))))
                {
                    throw Refusal.notEmulated("ip -6 route get " + word);
                }
            }
            return;
        }
        final boolean verbGiven = !arguments.isEmpty()
            && Keywords.matchesAny(arguments.get(0), "list", "show", "lst", "flush");
        if (!arguments.isEmpty() && !verbGiven)
        {
            throw Refusal.notEmulated("ip -6 route " + arguments.get(0), "nslab lists, flushes, adds, replaces,"
                + " deletes and looks up IPv6 routes only");
        }
        final String verb = verbGiven && Keywords.matches(arguments.get(0), "flush") ? "flush" : "show";
        final GateWords words = new GateWords(verbGiven ? arguments.subList(1, arguments.size()) : arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "table") || word.equals("dev") || word.equals("oif"))
            {
                words.next();
                continue;
            }
            if (Keywords.matches(word, "cache"))
            {
                continue;
            }
            throw Refusal.notEmulated("ip -6 route " + verb + " " + word);
        }
    }

    private static void ipv6RouteModify(final List<String> arguments, final String verb)
    {
        final GateWords words = new GateWords(arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("via") || word.equals("dev") || word.equals("oif") || Keywords.matches(word, "metric")
                || Keywords.matches(word, "priority") || word.equals("preference") || Keywords.matches(word, "protocol")
                || word.equals("to"))
            {
                words.next();
                continue;
            }
            if (word.equals("unicast") || word.equals("unreachable") || word.equals("blackhole")
                || word.equals("prohibit") || word.indexOf(':') >= 0 || word.equals("default") || word.equals("inet6")
                || !word.isEmpty() && Character.isDigit(word.charAt(0)))
            {
                continue;
            }
            throw Refusal.notEmulated("ip -6 route " + verb + " " + word);
        }
    }

    /**
     * {@code -n NAME} and {@code netns exec NAME}: netns_switch() opens {@code /run/netns/NAME}, so a name with a
     * slash (or {@code .}, {@code ..}, nothing) reaches elsewhere in the file system. Names only.
     */
    static void vetNamespaceName(final String written, final String name)
    {
        if (name == null)
        {
            return; // ip reads NULL: 'Cannot open network namespace "(null)"'
        }
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..") || name.length() > 255)
        {
            throw Refusal.notEmulated(written + " " + name, "namespace names only, not paths");
        }
    }

    private static void address(final List<String> arguments, final String statistics, final String oneline,
        final boolean inet, final boolean inet6)
    {
        final String verb = arguments.isEmpty() ? "show" : arguments.get(0);
        final List<String> rest = arguments.isEmpty() ? arguments : arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add"))
        {
            addressModify(rest, inet, inet6);
        }
        else if (Keywords.matchesAny(verb, "change", "replace") || verb.equals("chg"))
        {
            throw Refusal.notEmulated("ip address " + verb);
        }
        else if (Keywords.matches(verb, "delete"))
        {
            addressModify(rest, inet, inet6);
        }
        else if (Keywords.matchesAny(verb, "list", "show", "lst", "flush"))
        {
            final boolean flush = !Keywords.matchesAny(verb, "list", "show", "lst");
            if (!flush && statistics != null)
            {
                throw Refusal.notEmulated("ip " + statistics + " address");
            }
            list(rest, "ip address " + (flush ? "flush" : "show"), false, inet);
        }
        else if (Keywords.matchesAny(verb, "save", "showdump", "restore", "help"))
        {
            throw Refusal.notEmulated("ip address " + verb);
        }
    }

    /**
     * ipaddr_modify's words. An IPv6 address (with {@code -6}, or written with a colon) is emulated with
     * {@code dev} and {@code nodad} only; its peer, broadcast and the rest are not yet.
     */
    private static void addressModify(final List<String> arguments, final boolean inet, final boolean inet6)
    {
        final boolean ipv6 = inet6 || !inet && arguments.stream().anyMatch(word -> word.indexOf(':') >= 0);
        final GateWords words = new GateWords(arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            final Rule rule = find(ADDRESS_MODIFY, word);
            if (rule != null)
            {
                if (rule.kind() == Kind.VALUE && !word.equals("dev") && words.hasNext())
                {
                    refuseIpv6(words.peek(), inet, "ip address " + word);
                    if (ipv6)
                    {
                        throw Refusal.notEmulated("ip address " + word + " with an IPv6 address");
                    }
                }
                apply(rule, word, words, "ip address");
                continue;
            }
            if (word.equals("nodad"))
            {
                continue;
            }
            if (ADDRESS_FLAGS.contains(word))
            {
                throw Refusal.notEmulated("ip address " + word);
            }
            final String local = word.equals("local") ? words.next() : word;
            if (local != null && Keywords.matches(local, "help"))
            {
                throw Refusal.notEmulated("ip address help");
            }
        }
    }

    /** Without {@code -4} an IPv6 address would make an IPv6 request, which nslab does not simulate. */
    private static void refuseIpv6(final String address, final boolean inet, final String what)
    {
        if (!inet && address.indexOf(':') >= 0)
        {
            throw Refusal.notEmulated(what + " " + address, "nslab simulates IPv4 only");
        }
    }

    /**
     * ipaddr_list_flush_or_save's arguments; {@code master} is modelled for {@code ip link show} only, the address
     * filters ({@code to}, {@code scope}, the secondary and permanent flags) for {@code ip address} only.
     */
    private static void list(final List<String> arguments, final String what, final boolean link, final boolean inet)
    {
        final GateWords words = new GateWords(arguments);
        while (words.hasNext())
        {
            final String word = words.next();
            if (!link && (word.equals("to") || word.equals("scope")))
            {
                final String value = words.next();
                if (value != null && word.equals("to"))
                {
                    refuseIpv6(value, inet, what + " to");
                }
                continue;
            }
            final Rule rule = find(LIST_BEFORE_FLAGS, word);
            if (rule != null)
            {
                apply(rule, word, words, what);
                continue;
            }
            if (!link && isModelledAddressFilter(word))
            {
                continue;
            }
            if (isAddressFilter(word))
            {
                throw Refusal.notEmulated(what + " " + word);
            }
            switch (word)
            {
                case "master" ->
                {
                    if (!link)
                    {
                        throw Refusal.notEmulated(what + " master");
                    }
                    words.next();
                }
                case "type" ->
                {
                    if (!link)
                    {
                        throw Refusal.notEmulated(what + " type");
                    }
                    words.next();
                }
                case "label", "group", "vrf", "nomaster" -> throw Refusal.notEmulated(what + " " + word);
                case "dev" -> words.next();
                default ->
                {
                    if (Keywords.matches(word, "help"))
                    {
                        throw Refusal.notEmulated(what + " help");
                    }
                }
            }
        }
    }

    /** The flags IPv4 addresses and the kernel's own IPv6 address carry: secondary (primary) and permanent (dynamic). */
    private static boolean isModelledAddressFilter(final String word)
    {
        final String flag = word.startsWith("-") ? word.substring(1) : word;
        return Set.of("secondary", "temporary", "primary", "permanent", "dynamic").contains(flag);
    }

    /** get_filter(): a flag name, {@code -} before it for its negation, {@code dynamic} and {@code primary}. */
    private static boolean isAddressFilter(final String word)
    {
        final String flag = word.startsWith("-") ? word.substring(1) : word;
        return ADDRESS_FLAGS.contains(flag) || flag.equals("dynamic") || flag.equals("primary");
    }

    private static void neighbour(final List<String> arguments, final String statistics)
    {
        if (statistics != null)
        {
            throw Refusal.notEmulated("ip " + statistics + " neighbour");
        }
        final String verb = arguments.isEmpty() ? "show" : arguments.get(0);
        final GateWords words = new GateWords(arguments.isEmpty() ? arguments : arguments.subList(1, arguments.size()));
        if (Keywords.matchesAny(verb, "add", "change", "replace", "delete") || verb.equals("chg"))
        {
            neighbourChange(verb, words);
            return;
        }
        if (Keywords.matchesAny(verb, "get", "help"))
        {
            throw Refusal.notEmulated("ip neigh " + verb);
        }
        if (!Keywords.matchesAny(verb, "list", "show", "lst", "flush"))
        {
            return; // 'Command "x" is unknown'
        }
        while (words.hasNext())
        {
            final String word = words.next();
            if (!word.equals("dev") && !word.equals("nud"))
            {
                throw Refusal.notEmulated("ip neigh " + verb + " " + word);
            }
            final String value = words.next();
            if (word.equals("nud") && value != null && isNudNumber(value))
            {
                throw Refusal.notEmulated("ip neigh " + verb + " nud " + value);
            }
        }
    }

    /**
     * ipneigh_modify's words, in its order: {@code lladdr}, {@code nud} (by name), {@code router}, {@code dev} and
     * the destination; proxy entries, {@code use}, {@code managed}, {@code extern_learn} and {@code protocol} are
     * not emulated, nor the {@code default}, {@code any} and {@code all} destinations.
     */
    private static void neighbourChange(final String verb, final GateWords words)
    {
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "lladdr") || word.equals("dev"))
            {
                words.next();
            }
            else if (word.equals("nud"))
            {
                final String value = words.next();
                if (value != null && isNudNumber(value))
                {
                    throw Refusal.notEmulated("ip neigh " + verb + " nud " + value);
                }
            }
            else if (Keywords.matchesAny(word, "proxy", "extern_learn", "protocol", "help")
                || word.equals("use") || word.equals("managed"))
            {
                throw Refusal.notEmulated("ip neigh " + verb + " " + word);
            }
            else if (!word.equals("router"))
            {
                final String destination = word.equals("to") ? words.next() : word;
                if (destination != null && (destination.equals("default") || destination.equals("any")
                    || destination.equals("all") || Keywords.matches(destination, "help")))
                {
                    throw Refusal.notEmulated("ip neigh " + verb + " " + destination);
                }
            }
        }
    }

    /** nud_state_a2n takes a number as a state bit, which nslab does not; any other word is its error. */
    private static boolean isNudNumber(final String value)
    {
        return !isNudName(value) && LinkRequest.parseInteger(value) != null;
    }

    /** nud_state_a2n's names (a number there is a state bit; nslab takes the names only). */
    private static boolean isNudName(final String value)
    {
        return Keywords.matchesAny(value, "permanent", "reachable", "failed") || value.equals("noarp")
            || value.equals("none") || value.equals("stale") || value.equals("incomplete") || value.equals("delay")
            || value.equals("probe");
    }

    private static void link(final List<String> arguments)
    {
        if (arguments.isEmpty())
        {
            return;
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add"))
        {
            linkRequest(rest, LinkMode.ADD);
        }
        else if (Keywords.matchesAny(verb, "set", "change"))
        {
            linkRequest(rest, LinkMode.SET);
        }
        else if (Keywords.matches(verb, "replace"))
        {
            throw Refusal.notEmulated("ip link replace");
        }
        else if (Keywords.matches(verb, "delete"))
        {
            linkRequest(rest, LinkMode.DELETE);
        }
        else if (Keywords.matchesAny(verb, "show", "lst", "list"))
        {
            list(rest, "ip link show", true, false);
        }
        else if (Keywords.matchesAny(verb, "xstats", "afstats", "property", "help"))
        {
            throw Refusal.notEmulated("ip link " + verb);
        }
    }

    /** iplink_parse, then for {@code type veth} veth_parse_opt's {@code peer ...} (iplink_parse again). */
    private static void linkRequest(final List<String> arguments, final LinkMode mode)
    {
        final GateWords words = new GateWords(arguments);
        boolean upOrDown = false;
        while (words.hasNext())
        {
            final String word = words.next();
            final Rule rule = find(LINK_PARSE, word);
            if (rule == null)
            {
                final String device = word.equals("dev") ? words.next() : word;
                if (!word.equals("dev") && Keywords.matches(word, "help"))
                {
                    throw Refusal.notEmulated("ip link help");
                }
                if (device == null)
                {
                    return;
                }
                continue;
            }
            if (rule.keyword().startsWith("xdp"))
            {
                throw Refusal.dangerous("ip link " + word, "loads a BPF program from a file");
            }
            if (rule.kind() == Kind.REFUSE)
            {
                throw Refusal.notEmulated("ip link " + word);
            }
            if (rule.keyword().equals("type"))
            {
                linkType(words, mode, upOrDown);
                return;
            }
            if (!mode.keywords.contains(rule.keyword()) && !(mode == LinkMode.ADD && isUpOrDown(rule)))
            {
                throw Refusal.notEmulated("ip link " + mode.name().toLowerCase() + " ... " + word);
            }
            upOrDown |= isUpOrDown(rule);
            if (rule.kind() == Kind.VALUE)
            {
                final String value = words.next();
                if (value != null && rule.keyword().equals("netns"))
                {
                    vetLinkNamespace(value);
                }
            }
        }
        if (upOrDown && mode != LinkMode.SET)
        {
            throw Refusal.notEmulated("ip link " + mode.name().toLowerCase() + " ... up|down");
        }
    }

    private static boolean isUpOrDown(final Rule rule)
    {
        return rule.keyword().equals("up") || rule.keyword().equals("down");
    }

    /** The words after {@code type T}: a veth's {@code peer ...}, nothing for a bridge. */
    private static void linkType(final GateWords words, final LinkMode mode, final boolean upOrDown)
    {
        final String type = words.next();
        if (type == null)
        {
            return;
        }
        if (mode != LinkMode.ADD)
        {
            throw Refusal.notEmulated("ip link " + mode.name().toLowerCase() + " ... type " + type);
        }
        switch (type)
        {
            case "veth" ->
            {
                if (upOrDown)
                {
                    throw Refusal.notEmulated("ip link add ... up|down type veth");
                }
                if (!words.hasNext())
                {
                    return;
                }
                final String peer = words.next();
                if (!peer.equals("peer"))
                {
                    throw Refusal.notEmulated("ip link add type veth " + peer);
                }
                linkRequest(words.rest(), LinkMode.PEER);
            }
            case "bridge" ->
            {
                if (words.hasNext())
                {
                    throw Refusal.notEmulated("ip link add type bridge " + words.peek());
                }
            }
            default ->
            {
                if (LinkCommand.KNOWN_TYPES.contains(type) || !type.matches("[a-z0-9_]+"))
                {
                    throw Refusal.notEmulated("ip link add type " + type);
                }
                // The kernel answers "Unknown device type", and so does the simulator.
            }
        }
    }

    /**
     * {@code netns NS|PID}: netns_get_fd() opens a value with a slash as a path, so names only; a number names a
     * process of the sandbox's PID namespace (never the machine's). PID 1 is the sandbox's init, in its initial
     * namespace; the sandbox's own commands and captures take the next PIDs, so a small PID may name one of them on
     * the kernel where the simulator, which has no processes, answers ESRCH: refused below {@value #FIRST_FREE_PID}.
     */
    private static void vetLinkNamespace(final String value)
    {
        vetNamespaceName("ip link set ... netns", value);
        final Long pid = LinkRequest.parseInteger(value);
        if (pid != null && pid != 1 && pid > 0 && pid < FIRST_FREE_PID)
        {
            throw Refusal.notEmulated("ip link set ... netns " + value, "of processes, PID 1 only");
        }
    }

    /** @return whether the line makes a tap. */
    private static boolean tuntap(final List<String> arguments)
    {
        if (arguments.isEmpty())
        {
            return false;
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add") || Keywords.matches(verb, "delete"))
        {
            return tuntapArguments(rest, Keywords.matches(verb, "add"));
        }
        else if (Keywords.matchesAny(verb, "show", "lst", "list"))
        {
            if (!rest.isEmpty())
            {
                throw Refusal.notEmulated("ip tuntap show " + rest.get(0));
            }
        }
        else if (Keywords.matches(verb, "help"))
        {
            throw Refusal.notEmulated("ip tuntap help");
        }
        return false;
    }

    /** iptuntap.c's parse_args. @return whether the line makes a tap (an add with mode tap and a name). */
    private static boolean tuntapArguments(final List<String> arguments, final boolean add)
    {
        final GateWords words = new GateWords(arguments);
        String name = null;
        String mode = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "mode"))
            {
                mode = words.next();
                if (mode == null || (!Keywords.matches(mode, "tun") && !Keywords.matches(mode, "tap")))
                {
                    return false; // 'Unknown tunnel mode', or the line is not complete
                }
            }
            else if (Keywords.matchesAny(word, "user", "group", "pi", "one_queue", "vnet_hdr", "multi_queue"))
            {
                throw Refusal.notEmulated("ip tuntap " + word);
            }
            else if (Keywords.matches(word, "dev") || Keywords.matches(word, "name"))
            {
                name = words.next();
            }
            else if (Keywords.matches(word, "help"))
            {
                throw Refusal.notEmulated("ip tuntap help");
            }
            else
            {
                name = word;
            }
        }
        if (add && mode != null && Keywords.matches(mode, "tun"))
        {
            throw Refusal.notEmulated("ip tuntap add mode tun");
        }
        if (add && mode != null && name == null)
        {
            throw Refusal.notEmulated("ip tuntap add without a name");
        }
        return add && mode != null;
    }

    /** @return the command of {@code netns exec NS CMD...}, or null. */
    private static List<String> netns(final List<String> arguments, final boolean all)
    {
        if (arguments.isEmpty())
        {
            return null;
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matchesAny(verb, "list", "show", "lst"))
        {
            return null;
        }
        if (Keywords.matches(verb, "list-id"))
        {
            if (!rest.isEmpty() && (rest.get(0).equals("target-nsid") || rest.get(0).equals("nsid")))
            {
                throw Refusal.notEmulated("ip netns list-id " + rest.get(0));
            }
            return null;
        }
        if (Keywords.matchesAny(verb, "help", "add"))
        {
            return null;
        }
        if (Keywords.matches(verb, "set"))
        {
            throw Refusal.notEmulated("ip netns set");
        }
        if (Keywords.matches(verb, "delete"))
        {
            return null;
        }
        if (Keywords.matches(verb, "identify"))
        {
            if (!rest.isEmpty() && !rest.get(0).equals("1"))
            {
                throw Refusal.notEmulated("ip netns identify " + rest.get(0));
            }
            return null;
        }
        if (Keywords.matches(verb, "pids"))
        {
            return null;
        }
        if (Keywords.matches(verb, "exec"))
        {
            if (all)
            {
                throw Refusal.notEmulated("ip -all netns exec");
            }
            if (rest.size() < 2)
            {
                return null; // 'No netns name specified' or 'No command specified'
            }
            vetNamespaceName("ip netns exec", rest.get(0));
            return rest.subList(1, rest.size());
        }
        if (Keywords.matchesAny(verb, "monitor", "attach"))
        {
            throw Refusal.notEmulated("ip netns " + verb);
        }
        return null; // 'Command "x" is unknown'
    }

    private static Rule find(final List<Rule> rules, final String word)
    {
        for (final Rule rule : rules)
        {
            if (rule.accepts(word))
            {
                return rule;
            }
        }
        return null;
    }

    /** An emulated keyword reads its value; any other refuses the line. */
    private static void apply(final Rule rule, final String word, final GateWords words, final String what)
    {
        switch (rule.kind())
        {
            case FLAG ->
            {
            }
            case VALUE -> words.next();
            case REFUSE -> throw Refusal.notEmulated(what + " " + word);
            default -> throw new IllegalStateException(rule.kind().name());
        }
    }

    private static Rule refuse(final String keyword)
    {
        return new Rule(keyword, false, Kind.REFUSE);
    }

    private static Rule refusePrefix(final String keyword)
    {
        return new Rule(keyword, true, Kind.REFUSE);
    }

}
