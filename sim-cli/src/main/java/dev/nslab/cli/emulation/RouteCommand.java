package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.nslab.stack.NetNamespace;
import dev.nslab.core.time.KernelTimers;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.ipv4.RouteResult;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * {@code ip route}: do_iproute's verbs, with iproute_modify's, iproute_list_flush_or_save's and iproute_get's
 * arguments and messages; what the kernel answers comes from the stack.
 */
final class RouteCommand
{
    private static final String TABLE_MISSING = "Error: ipv4: FIB table does not exist.";

    private RouteCommand()
    {
    }

    static int run(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (options.inet6Only() || !options.inetOnly() && RouteFamily.impliesIpv6(arguments))
        {
            // The gate lets IPv6 route lists, flushes, adds, replaces, deletes and gets through.
            if (!arguments.isEmpty() && Keywords.matchesAny(arguments.get(0), "add", "replace", "delete"))
            {
                return Ipv6RouteCommand.modify(arguments.subList(1, arguments.size()), invocation, arguments.get(0));
            }
            if (!arguments.isEmpty() && Keywords.matches(arguments.get(0), "get"))
            {
                return Ipv6RouteCommand.get(arguments.subList(1, arguments.size()), options, invocation);
            }
            if (!arguments.isEmpty() && Keywords.matches(arguments.get(0), "flush"))
            {
                return Ipv6RouteCommand.flush(arguments.subList(1, arguments.size()), options, invocation);
            }
            final boolean verbGiven = !arguments.isEmpty() && Keywords.matchesAny(arguments.get(0), "list", "show", "lst");
            return Ipv6RouteCommand.list(verbGiven ? arguments.subList(1, arguments.size()) : arguments, options,
                invocation);
        }
        if (arguments.isEmpty())
        {
            return list(arguments, options, invocation, false);
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add"))
        {
            return modify(rest, options, invocation, Mode.ADD);
        }
        if (Keywords.matches(verb, "replace"))
        {
            return modify(rest, options, invocation, Mode.REPLACE);
        }
        if (Keywords.matches(verb, "delete"))
        {
            return modify(rest, options, invocation, Mode.DELETE);
        }
        if (Keywords.matchesAny(verb, "list", "show", "lst"))
        {
            return list(rest, options, invocation, false);
        }
        if (Keywords.matches(verb, "get"))
        {
            return get(rest, options, invocation);
        }
        if (Keywords.matches(verb, "flush"))
        {
            return list(rest, options, invocation, true);
        }
        throw invocation.out().fail("Command \"" + verb + "\" is unknown, try \"ip route help\".", 255);
    }

    private enum Mode
    {
        ADD, REPLACE, DELETE
    }

    /** iproute2's invarg(): {@code Error: argument "X" is wrong: MESSAGE}, exit 255. */
    private static CommandExit invalid(final Output out, final String argument, final String message)
    {
        return out.fail("Error: argument \"" + argument + "\" is wrong: " + message, 255);
    }

    /** A value iproute2 reads through a name table (rtnl_rtscope_a2n, ...): its number, or the error it prints. */
    private static <T> T named(final String value, final Function<String, T> table, final Output out,
        final String error)
    {
        final T number = table.apply(value);
        if (number == null)
        {
            throw invalid(out, value, error);
        }
        return number;
    }

    private static int modify(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final Mode mode)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        final RouteRequest request = new RouteRequest();
        Inet.Prefix destination = null;
        boolean gatewayGiven = false;
        String deviceName = null;
        boolean inet = options.inetOnly();
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("src"))
            {
                request.preferredSource = Inet.parseAddress(words.value(), inet, out);
                inet = true;
            }
            else if (word.equals("via"))
            {
                if (gatewayGiven)
                {
                    throw invalid(out, word, "use nexthop syntax to specify multiple via\n");
                }
                gatewayGiven = true;
                request.gateway = Inet.parseAddress(words.value(), inet, out);
                inet = true;
            }
            else if (Keywords.matches(word, "metric") || Keywords.matches(word, "priority")
                || word.equals("preference"))
            {
                final String value = words.value();
                final Long metric = RouteNames.u32(value);
                if (metric == null)
                {
                    throw invalid(out, value, "\"metric\" value is invalid\n");
                }
                request.metric = metric;
            }
            else if (word.equals("scope"))
            {
                request.scope = named(words.value(), RouteNames::scope, out, "invalid \"scope\" value\n");
            }
            else if (Keywords.matches(word, "protocol"))
            {
                request.protocol = named(words.value(), RouteNames::protocol, out, "\"protocol\" value is invalid\n");
            }
            else if (Keywords.matches(word, "table"))
            {
                request.table = (int) (long) named(words.value(), RouteNames::table, out,
                    "\"table\" value is invalid\n");
            }
            else if (word.equals("dev") || word.equals("oif"))
            {
                deviceName = words.value();
            }
            else
            {
                String text = word.equals("to") ? words.value() : word;
                final int type = text.isEmpty() || (text.charAt(0) >= '0' && text.charAt(0) <= '9') ? -1
                    : RouteNames.type(text);
                if (type >= 0)
                {
                    request.type = Route.Type.ofValue(type); // the gate lets no other type through
                    text = words.value();
                }
                if (destination != null)
                {
                    throw Keywords.duplicateArgument(out, "to", text);
                }
                destination = Inet.parsePrefix(text, inet, out);
                inet = true;
            }
        }
        if (destination == null)
        {
            throw EmulationGate.unvetted("ip route " + mode.name().toLowerCase() + " without a destination");
        }
        final NetNamespace namespace = invocation.namespace();
        if (deviceName != null)
        {
            request.device = invocation.getLink(deviceName);
            if (request.device == null)
            {
                throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
            }
        }
        request.destination = destination.address();
        request.prefixLength = destination.length();
        try
        {
            if (mode == Mode.DELETE)
            {
                namespace.deleteRoute(request);
            }
            else
            {
                if (request.type == null)
                {
                    request.type = Route.Type.UNICAST;
                }
                namespace.addRoute(request, mode == Mode.REPLACE);
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /** iproute2's route filter (filter_nlmsg) as {@code ip route show|flush} builds it. */
    private static final class Filter
    {
        /** The table asked for; 0 for all (and {@code unspec}). */
        long table = Route.Table.MAIN.id();
        int protocol = -1;
        int scope = -1;
        int type = -1;
        Long metric;
        NetDevice device;
        boolean inputDevice;
        Inet.Prefix via;
        Inet.Prefix source;
        /**
         * filter.rdst and filter.mdst: {@code root P} sets the first, {@code match P} the second, {@code exact P} (or
         * a bare prefix) both; a later selector replaces an earlier one, as in iproute_list_flush_or_save.
         */
        Inet.Prefix root;
        Inet.Prefix match;

        boolean accepts(final Route route)
        {
            if (protocol >= 0 && route.protocol().value() != protocol)
            {
                return false;
            }
            if (scope >= 0 && route.scopeValue() != scope)
            {
                return false;
            }
            if (type >= 0 && route.type().value() != type)
            {
                return false;
            }
            if (root != null && (root.length() > route.prefixLength()
                || !matches(route.destination(), root.address(), root.length())))
            {
                return false;
            }
            if (match != null && (match.length() < route.prefixLength()
                || !matches(route.destination(), match.address(), route.prefixLength())))
            {
                return false;
            }
            if (via != null && !matches(route.gateway(), via.address(), via.length()))
            {
                return false;
            }
            if (source != null && !matches(route.preferredSource(), source.address(), source.length()))
            {
                return false;
            }
            if (inputDevice)
            {
                return false; // table routes have no iif
            }
            if (device != null && route.device() != device)
            {
                return false;
            }
            return metric == null || Integer.toUnsignedLong(route.metric()) == metric;
        }

        RoutePrinter.Shown shown()
        {
            return new RoutePrinter.Shown(table == 0, device == null, protocol < 0, scope < 0,
                source == null || source.length() != 32, via == null || via.length() != 32, metric == null);
        }

        /** inet_addr_match: the first {@code bits} bits agree. */
        private static boolean matches(final int address, final int prefix, final int bits)
        {
            return bits == 0 || ((address ^ prefix) & (-1 << (32 - bits))) == 0;
        }
    }

    /** {@code ip route [show|flush] SELECTOR}: iproute_list_flush_or_save. */
    private static int list(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean flush)
    {
        final Output out = invocation.out();
        if (flush && arguments.isEmpty())
        {
            throw out.fail("\"ip route flush\" requires arguments.", 1);
        }
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        final Filter filter = new Filter();
        final boolean inet = options.inetOnly();
        String deviceName = null;
        String inputName = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "table"))
            {
                final String value = words.value();
                final Long table = RouteNames.table(value);
                if (table != null)
                {
                    filter.table = table;
                }
                else if (value.equals("all"))
                {
                    filter.table = 0;
                }
                else
                {
                    throw invalid(out, value, "table id value is invalid\n");
                }
            }
            else if (Keywords.matches(word, "protocol"))
            {
                final String value = words.value();
                final Integer protocol = RouteNames.protocol(value);
                if (protocol == null && !value.equals("all"))
                {
                    throw invalid(out, value, "invalid \"protocol\"\n");
                }
                filter.protocol = protocol == null ? -1 : protocol;
            }
            else if (Keywords.matches(word, "scope"))
            {
                final String value = words.value();
                final Integer scope = RouteNames.scope(value);
                if (scope == null && !value.equals("all"))
                {
                    throw invalid(out, value, "invalid \"scope\"\n");
                }
                filter.scope = scope == null ? -1 : scope;
            }
            else if (Keywords.matches(word, "type"))
            {
                final String value = words.value();
                final int type = RouteNames.type(value);
                if (type < 0)
                {
                    throw invalid(out, value, "node type value is invalid\n");
                }
                filter.type = type;
            }
            else if (word.equals("dev") || word.equals("oif"))
            {
                deviceName = words.value();
            }
            else if (word.equals("iif"))
            {
                inputName = words.value();
            }
            else if (Keywords.matches(word, "metric") || Keywords.matches(word, "priority")
                || word.equals("preference"))
            {
                final String value = words.value();
                final Long metric = RouteNames.u32(value);
                if (metric == null)
                {
                    throw invalid(out, value, "\"metric\" value is invalid\n");
                }
                filter.metric = metric;
            }
            else if (word.equals("via"))
            {
                filter.via = Inet.parsePrefix(words.value(), inet, out);
            }
            else if (word.equals("src"))
            {
                filter.source = Inet.parsePrefix(words.value(), inet, out);
            }
            else
            {
                String text = Keywords.matches(word, "to") ? words.value() : word;
                boolean root = true;
                boolean match = true;
                if (Keywords.matches(text, "root"))
                {
                    match = false;
                    text = words.value();
                }
                else if (Keywords.matches(text, "match"))
                {
                    root = false;
                    text = words.value();
                }
                else if (Keywords.matches(text, "exact"))
                {
                    text = words.value();
                }
                final Inet.Prefix prefix = Inet.parsePrefix(text, inet, out);
                if (root)
                {
                    filter.root = prefix;
                }
                if (match)
                {
                    filter.match = prefix;
                }
            }
        }
        final NetNamespace namespace = invocation.namespace();
        if (inputName != null)
        {
            if (invocation.getLink(inputName) == null)
            {
                throw out.fail("Cannot find device \"" + inputName + "\"", 1);
            }
            filter.inputDevice = true;
        }
        if (deviceName != null)
        {
            filter.device = invocation.getLink(deviceName);
            if (filter.device == null)
            {
                throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
            }
        }
        if (flush)
        {
            return flush(filter, options, namespace, out);
        }
        final List<Route> routes = dump(filter, namespace);
        if (routes == null)
        {
            if (filter.table == Route.Table.MAIN.id())
            {
                Listing.open(options, out).close(); // save_route_errhndlr: ENOENT for main is no error
                return 0;
            }
            // With -j, new_json_obj wrote the array's opening before the dump failed and ip exits with it still in
            // its stdout buffer, so it reaches the transcript after the error lines.
            final String opened = options.json() ? (options.pretty() ? "\n[ " : "\n[") : "";
            throw out.fail(TABLE_MISSING + "\nDump terminated" + opened, 2);
        }
        final RoutePrinter.Shown shown = filter.shown();
        final Listing listing = Listing.open(options, out);
        for (final Route route : routes)
        {
            RoutePrinter.print(listing.begin(), route, shown, options.details());
            listing.fields().text("\n");
            listing.end();
        }
        listing.close();
        // print_route names each device with ll_index_to_name, an RTM_GETLINK once the dump is read.
        if (shown.device())
        {
            for (final Route route : routes)
            {
                if (route.device() != null)
                {
                    invocation.getLink(route.device());
                }
            }
        }
        return 0;
    }

    /** @return the routes the filter accepts, in dump order, or null when the table asked for does not exist. */
    private static List<Route> dump(final Filter filter, final NetNamespace namespace)
    {
        final List<Route> routes = new ArrayList<>();
        if (filter.table == 0)
        {
            for (final int table : namespace.fib().tablesInDumpOrder())
            {
                collect(namespace.fib().routes(table), filter, routes);
            }
            return routes;
        }
        if (!namespace.fib().tableExists((int) filter.table))
        {
            return null;
        }
        collect(namespace.fib().routes((int) filter.table), filter, routes);
        return routes;
    }

    private static void collect(final List<Route> table, final Filter filter, final List<Route> into)
    {
        for (final Route route : table)
        {
            if (filter.accepts(route))
            {
                into.add(route);
            }
        }
    }

    /**
     * iproute_flush: rounds of a dump and a delete of every route it matched (each sent back with all its
     * attributes), until a dump matches nothing; {@code -s} reports the rounds, {@code -s -s} lists the routes too.
     */
    private static int flush(final Filter filter, final IpOptions options, final NetNamespace namespace,
        final Output out)
    {
        int round = 0;
        final RoutePrinter.Shown shown = filter.shown();
        while (true)
        {
            final List<Route> routes = dump(filter, namespace);
            if (routes == null)
            {
                throw out.fail(TABLE_MISSING + "\nFlush terminated", 2);
            }
            if (routes.isEmpty())
            {
                if (options.statistics() > 0)
                {
                    out.line(round == 0 ? "Nothing to flush."
                        : "*** Flush is complete after " + round + " round" + (round > 1 ? "s" : "") + " ***");
                }
                return 0;
            }
            for (final Route route : routes)
            {
                if (options.statistics() >= 2)
                {
                    out.line(RoutePrinter.format(route, shown));
                }
                try
                {
                    namespace.deleteRoute(deletion(route));
                }
                catch (final NetlinkException e)
                {
                    // A route gone already (with an earlier one): the kernel's ack is not read back.
                }
            }
            round++;
            if (options.statistics() > 0)
            {
                out.line("");
                out.line("*** Round " + round + ", deleting " + routes.size() + " entries ***");
            }
        }
    }

    /** The RTM_DELROUTE iproute2 makes of a dumped route: the message itself, every attribute kept. */
    private static RouteRequest deletion(final Route route)
    {
        final RouteRequest request = RouteRequest.to(route.destination(), route.prefixLength());
        request.type = route.type();
        request.table = route.tableId();
        request.protocol = route.protocol().value();
        request.scope = route.scopeValue();
        request.preferredSource = route.preferredSource();
        request.metric = Integer.toUnsignedLong(route.metric());
        request.device = route.device();
        request.gateway = route.gateway();
        return request;
    }

    /** {@code ip route get ADDR [from ADDR] [iif DEV] [oif DEV]}: the kernel's lookup, as a cloned route. */
    private static int get(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        Inet.Prefix destination = null;
        int from = 0;
        boolean inet = options.inetOnly();
        String outputName = null;
        String inputName = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "from"))
            {
                from = Inet.parsePrefix(words.value(), inet, out).address();
                inet = true;
            }
            else if (Keywords.matches(word, "iif"))
            {
                inputName = words.value();
            }
            else if (Keywords.matches(word, "oif") || word.equals("dev"))
            {
                outputName = words.value();
            }
            else
            {
                final String text = word.equals("to") ? words.value() : word;
                final boolean familyless = text.equals("default") || text.equals("any") || text.equals("all");
                destination = Inet.parsePrefix(text, inet, out);
                if (destination.length() != 32 && (inet || !familyless))
                {
                    out.line("Warning: /" + destination.length()
                        + " as prefix is invalid, only /32 (or none) is supported.");
                }
                inet |= !familyless;
            }
        }
        if (destination == null)
        {
            throw out.fail("need at least a destination address", 1);
        }
        final NetNamespace namespace = invocation.namespace();
        NetDevice input = null;
        if (inputName != null)
        {
            input = invocation.getLink(inputName);
            if (input == null)
            {
                throw out.fail("Cannot find device \"" + inputName + "\"", 1);
            }
        }
        int oif = 0;
        if (outputName != null)
        {
            final NetDevice device = invocation.getLink(outputName);
            if (device == null)
            {
                throw out.fail("Cannot find device \"" + outputName + "\"", 1);
            }
            oif = device.ifindex();
        }
        final RouteResult result = new RouteResult();
        final boolean found = input != null
            ? namespace.routeInput(destination.address(), from, input, result)
            : namespace.routeOutput(destination.address(), from, oif, result);
        if (!found)
        {
            // inet_rtm_getroute (6.13+): an input route refused with a drop reason (a martian or reverse-path
            // filtered source) answers EINVAL; only a route's own error (no forwarding, no route) passes as it is.
            final NetlinkException.Errno error = input != null && result.error() == NetlinkException.Errno.EXDEV
                ? NetlinkException.Errno.EINVAL : result.error();
            throw out.fail("RTNETLINK answers: " + error.message(), 2);
        }
        final Listing listing = Listing.open(options, out);
        RoutePrinter.printLookup(listing.begin(), destination.address(), from, result, inputName,
            expiresClockTicks(result, invocation));
        listing.end();
        listing.close();
        if (result.device() != null)
        {
            // print_route names the device with ll_index_to_name: an RTM_GETLINK.
            invocation.getLink(result.device());
        }
        return 0;
    }

    /**
     * rt_fill_info's RTA_CACHEINFO expiry: what is left of the route's exception, jiffies_to_clock_t of the jiffies
     * to go; 0 without one.
     */
    private static long expiresClockTicks(final RouteResult result, final Invocation invocation)
    {
        if (!result.isRedirected())
        {
            return 0;
        }
        final KernelTimers timers = invocation.simulation().machine().timers();
        final long left = timers.jiffies(result.redirectExpiresNs()) - timers.jiffies(invocation.simulation().now());
        return left > 0 ? KernelTimers.jiffiesToClockTicks(left) : 0;
    }
}
