package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Fib;
import dev.nslab.stack.ipv6.Ipv6Route;
import dev.nslab.stack.ipv6.Ipv6Namespace;
import dev.nslab.stack.ipv6.Ipv6RouteLookup;
import dev.nslab.stack.ipv6.Ipv6RouteRequest;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * {@code ip -6 route [list|show] [table T] [dev DEV]}: iproute2's iproute_list with family AF_INET6, as far as the
 * gate lets it through, printed as print_route prints IPv6 routes (the type first unless unicast, no scope, the
 * metric always, {@code pref medium}).
 */
final class Ipv6RouteCommand
{
    private Ipv6RouteCommand()
    {
    }

    /**
     * {@code ip -6 route add|replace|del [TYPE] PREFIX [via ADDR] [dev DEV] [metric N] [proto P]}: iproute_modify's
     * reading of those words, then ip6_route_add or ip6_route_del's answer.
     */
    static int modify(final List<String> arguments, final Invocation invocation, final String verb)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        Ipv6Route.Type type = Ipv6Route.Type.UNICAST;
        Inet6.Prefix destination = null;
        Inet6.Prefix gateway = null;
        String deviceName = null;
        long metric = -1;
        int protocol = -1;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("via"))
            {
                String value = words.value();
                if (value.equals("inet6"))
                {
                    value = words.value();
                }
                gateway = Inet6.parsePrefix(value, true, out);
            }
            else if (word.equals("dev") || word.equals("oif"))
            {
                deviceName = words.value();
            }
            else if (Keywords.matches(word, "metric") || Keywords.matches(word, "priority")
                || word.equals("preference"))
            {
                final String value = words.value();
                final Long parsed = RouteNames.u32(value);
                if (parsed == null)
                {
                    throw out.fail("Error: argument \"" + value + "\" is wrong: \"metric\" value is invalid\n", 255);
                }
                metric = parsed;
            }
            else if (Keywords.matches(word, "protocol"))
            {
                final String value = words.value();
                final Integer parsed = RouteNames.protocol(value);
                if (parsed == null)
                {
                    throw out.fail("Error: argument \"" + value + "\" is wrong: \"protocol\" value is invalid\n",
                        255);
                }
                protocol = parsed;
            }
            else
            {
                String text = word.equals("to") ? words.value() : word;
                final Ipv6Route.Type named = typeNamed(text);
                if (named != null)
                {
                    type = named;
                    text = words.value();
                }
                if (destination != null)
                {
                    throw Keywords.duplicateArgument(out, "to", text);
                }
                destination = Inet6.parsePrefix(text, true, out);
            }
        }
        if (destination == null)
        {
            destination = new Inet6.Prefix(0, 0, 0, false, false);
        }
        NetDevice device = null;
        if (deviceName != null)
        {
            device = invocation.getLink(deviceName);
            if (device == null)
            {
                throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
            }
        }
        final Ipv6RouteRequest request = new Ipv6RouteRequest(type, destination.high(), destination.low(),
            destination.length(), device, gateway != null, gateway == null ? 0 : gateway.high(),
            gateway == null ? 0 : gateway.low(), metric, protocol);
        try
        {
            if (Keywords.matches(verb, "delete"))
            {
                invocation.namespace().ipv6().deleteRoute(request);
            }
            else
            {
                invocation.namespace().ipv6().addRoute(request, Keywords.matches(verb, "replace"));
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /** {@code ip -6 route get [to] ADDR [from ADDR] [dev|oif DEV]}: iproute_get's request and print_route's answer. */
    static int get(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        Inet6.Prefix destination = null;
        Inet6.Prefix from = null;
        String deviceName = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("from"))
            {
                from = Inet6.parsePrefix(words.value(), true, out);
            }
            else if (word.equals("dev") || word.equals("oif"))
            {
                deviceName = words.value();
            }
            else
            {
                final String text = word.equals("to") ? words.value() : word;
                destination = Inet6.parsePrefix(text, true, out);
                if (destination.lengthGiven() && destination.length() != 128)
                {
                    out.line("Warning: /" + destination.length() + " as prefix is invalid, only /128 (or none) is"
                        + " supported.");
                }
            }
        }
        if (destination == null)
        {
            throw out.fail("need at least a destination address", 1);
        }
        NetDevice device = null;
        if (deviceName != null)
        {
            device = invocation.getLink(deviceName);
            if (device == null)
            {
                throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
            }
        }
        final Ipv6RouteLookup found;
        try
        {
            found = invocation.namespace().ipv6().routeGet(destination.high(), destination.low(), device);
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        final Ipv6Route route = found.route();
        final long[] cached = route.type() == Ipv6Route.Type.UNICAST
            ? invocation.namespace().ipv6().cachedPathMtu(destination.high(), destination.low()) : null;
        final Listing listing = Listing.open(options, out);
        Ipv6RoutePrinter.printLookup(listing.begin(), destination.high(), destination.low(),
            from == null ? "::" : Ipv6Address.format(from.high(), from.low()), route, found.device().name(),
            found.hasSource() ? Ipv6Address.format(found.sourceHigh(), found.sourceLow()) : null,
            cached == null ? null : new Ipv6RoutePrinter.Clone(ticksUntil(cached[1], invocation), cached[0]));
        listing.end();
        listing.close();
        return 0;
    }

    /** @return the USER_HZ ticks (10 ms) from now to {@code expiresNs}, as RTA_CACHEINFO counts an expiry. */
    private static long ticksUntil(final long expiresNs, final Invocation invocation)
    {
        return (expiresNs - invocation.simulation().now()) / 10_000_000L;
    }

    /** @return the reject type a word names, or null (the gate lets no other type through). */
    private static Ipv6Route.Type typeNamed(final String word)
    {
        return switch (word)
        {
            case "unicast" -> Ipv6Route.Type.UNICAST;
            case "unreachable" -> Ipv6Route.Type.UNREACHABLE;
            case "blackhole" -> Ipv6Route.Type.BLACKHOLE;
            case "prohibit" -> Ipv6Route.Type.PROHIBIT;
            default -> null;
        };
    }

    /** What {@code ip -6 route show|flush} selects: a table (0 for all), a device, or the route cache. */
    private record Selection(long table, NetDevice device, boolean cache)
    {
    }

    /** The selectors of {@code ip -6 route show|flush}: {@code table T|all}, {@code dev DEV}, {@code cache}. */
    private static Selection select(final List<String> arguments, final Invocation invocation, final String verb)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        long table = Ipv6Fib.MAIN;
        String deviceName = null;
        boolean cache = false;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "table"))
            {
                final String value = words.value();
                final Long id = RouteNames.table(value);
                if (id != null)
                {
                    table = id;
                }
                else if (value.equals("all"))
                {
                    table = 0;
                }
                else
                {
                    throw out.fail("Error: argument \"" + value + "\" is wrong: table id value is invalid\n", 255);
                }
            }
            else if (word.equals("dev") || word.equals("oif"))
            {
                deviceName = words.value();
            }
            else if (Keywords.matches(word, "cache"))
            {
                cache = true;
            }
            else
            {
                throw EmulationGate.unvetted("ip -6 route " + verb + " " + word);
            }
        }
        NetDevice device = null;
        if (deviceName != null)
        {
            device = invocation.getLink(deviceName);
            if (device == null)
            {
                throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
            }
        }
        return new Selection(table, device, cache);
    }

    /** @return the selected tables' routes through the device, as inet6_dump_fib walks them; null: no such table. */
    private static List<int[]> selectedTables(final Selection selection, final Ipv6Fib fib)
    {
        if (selection.table() != 0 && fib.table((int) selection.table()) == null)
        {
            return null;
        }
        return selection.table() == 0 ? List.of(new int[] {Ipv6Fib.MAIN}, new int[] {Ipv6Fib.LOCAL})
            : List.<int[]>of(new int[] {(int) selection.table()});
    }

    static int list(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Selection selection = select(arguments, invocation, "show");
        final Listing listing = Listing.open(options, out);
        if (selection.cache())
        {
            printCache(selection, options, invocation, listing);
            listing.close();
            return 0;
        }
        final Ipv6Fib fib = invocation.namespace().ipv6().fib();
        final List<int[]> tables = selectedTables(selection, fib);
        if (tables == null)
        {
            // inet6_dump_fib asked for one table that does not exist; with -j, new_json_obj's opening is still in
            // ip's stdout buffer when it exits, so it comes after the error lines
            final String opened = options.json() ? (options.pretty() ? "\n[ " : "\n[") : "";
            throw out.fail("Error: ipv6: FIB table does not exist.\nDump terminated" + opened, 2);
        }
        for (final int[] id : tables)
        {
            for (final Ipv6Route route : fib.table(id[0]))
            {
                if (selection.device() == null || route.device() == selection.device())
                {
                    Ipv6RoutePrinter.print(listing.begin(), route, id[0], selection.table() == 0,
                        selection.device() == null, options.details());
                    listing.end();
                }
            }
        }
        listing.close();
        return 0;
    }

    /**
     * {@code ip -6 route show cache}: the RTF_CACHE clones packet too big made, each as its route with the
     * destination, its expiry and its MTU.
     */
    private static void printCache(final Selection selection, final IpOptions options, final Invocation invocation,
        final Listing listing)
    {
        final Ipv6Namespace ipv6 = invocation.namespace().ipv6();
        for (final long[] entry : ipv6.cachedPathMtus())
        {
            final Ipv6RouteLookup found;
            try
            {
                found = ipv6.routeGet(entry[0], entry[1], null);
            }
            catch (final NetlinkException e)
            {
                continue;
            }
            final Ipv6Route route = found.route();
            if (selection.device() != null && route.device() != selection.device())
            {
                continue;
            }
            Ipv6RoutePrinter.printClone(listing.begin(), entry[0], entry[1], route, selection.device() == null,
                options.details(), new Ipv6RoutePrinter.Clone(ticksUntil(entry[3], invocation), entry[2]));
            listing.end();
        }
    }

    /**
     * {@code ip -6 route flush SELECTOR}: iproute_flush's rounds of a dump and a delete of every route it matched
     * (the kernel's own routes too); {@code -s} reports the rounds, {@code -s -s} lists the routes; {@code cache}
     * forgets the learnt path MTUs instead.
     */
    static int flush(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        if (arguments.isEmpty())
        {
            throw out.fail("\"ip route flush\" requires arguments.", 1);
        }
        final Selection selection = select(arguments, invocation, "flush");
        final Ipv6Namespace ipv6 = invocation.namespace().ipv6();
        if (selection.cache())
        {
            ipv6.flushRouteCache();
            return 0;
        }
        final Ipv6Fib fib = ipv6.fib();
        final List<int[]> tables = selectedTables(selection, fib);
        if (tables == null)
        {
            throw out.fail("Error: ipv6: FIB table does not exist.\nFlush terminated", 2);
        }
        int round = 0;
        while (true)
        {
            final List<int[]> doomedTables = new java.util.ArrayList<>();
            final List<Ipv6Route> doomed = new java.util.ArrayList<>();
            for (final int[] id : tables)
            {
                for (final Ipv6Route route : fib.table(id[0]))
                {
                    if (selection.device() == null || route.device() == selection.device())
                    {
                        doomed.add(route);
                        doomedTables.add(id);
                    }
                }
            }
            if (doomed.isEmpty())
            {
                if (options.statistics() > 0)
                {
                    out.line(round == 0 ? "Nothing to flush."
                        : "*** Flush is complete after " + round + " round" + (round > 1 ? "s" : "") + " ***");
                }
                return 0;
            }
            for (int i = 0; i < doomed.size(); i++)
            {
                if (options.statistics() >= 2)
                {
                    final TextFields text = new TextFields(false);
                    Ipv6RoutePrinter.print(text, doomed.get(i), doomedTables.get(i)[0], selection.table() == 0,
                        selection.device() == null, 0);
                    out.print(text.take());
                }
                ipv6.removeRoute(doomedTables.get(i)[0], doomed.get(i));
            }
            round++;
            if (options.statistics() > 0)
            {
                out.line("");
                out.line("*** Round " + round + ", deleting " + doomed.size() + " entries ***");
            }
        }
    }
}
