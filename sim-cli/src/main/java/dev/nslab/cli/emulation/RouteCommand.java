package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.NetDevice;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.NetlinkException;
import dev.nslab.stack.Route;
import dev.nslab.stack.RouteRequest;
import dev.nslab.stack.RouteResult;

/** {@code ip route}: do_iproute's verbs, iproute_modify's and iproute_get's arguments. */
final class RouteCommand
{
    private RouteCommand()
    {
    }

    static int run(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            return list(arguments, invocation);
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
            return list(rest, invocation);
        }
        if (Keywords.matches(verb, "get"))
        {
            return get(rest, options, invocation);
        }
        throw invocation.out().fail("Command \"" + verb + "\" is unknown, try \"ip route help\".", 255);
    }

    /**
     * iproute_modify's test for a route type before the destination: a word not starting with a digit that
     * rtnl_rtntype_a2n reads (its names, some abbreviated, or a number up to 255 as strtoul reads it).
     *
     * @return the type's name ({@code unicast}, {@code local}, ..., or {@code type N}), or null for a destination.
     */
    static String routeType(final String word)
    {
        if (word.isEmpty() || (word.charAt(0) >= '0' && word.charAt(0) <= '9'))
        {
            return null;
        }
        if (word.equals("local") || word.equals("nat") || word.equals("throw"))
        {
            return word;
        }
        if (Keywords.matches(word, "broadcast") || word.equals("brd"))
        {
            return "broadcast";
        }
        for (final String type : new String[] {"anycast", "multicast", "prohibit", "unreachable", "blackhole",
            "xresolve", "unicast"})
        {
            if (Keywords.matches(word, type))
            {
                return type;
            }
        }
        final Long number = LinkRequest.parseInteger(word);
        if (number != null && number >= 0 && number <= 255 && !word.strip().startsWith("-"))
        {
            return number == 1 ? "unicast" : "type " + number;
        }
        return null;
    }

    private enum Mode
    {
        ADD, REPLACE, DELETE
    }

    private static int modify(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final Mode mode)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        Inet.Prefix destination = null;
        Integer gateway = null;
        String deviceName = null;
        Long metric = null;
        boolean inet = options.inetOnly();
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("via"))
            {
                if (gateway != null)
                {
                    throw out.fail("Error: argument \"" + word + "\" is wrong: use nexthop syntax to specify multiple via\n",
                        255);
                }
                gateway = Inet.parseAddress(words.value(), inet, out);
                inet = true;
            }
            else if (Keywords.matches(word, "metric") || Keywords.matches(word, "priority")
                || word.equals("preference"))
            {
                final String value = words.value();
                final Long parsed = LinkRequest.parseInteger(value);
                if (parsed == null || parsed < 0 || parsed > 0xFFFF_FFFFL)
                {
                    throw out.fail("Error: argument \"" + value + "\" is wrong: \"metric\" value is invalid\n", 255);
                }
                metric = parsed;
            }
            else if (word.equals("dev") || word.equals("oif"))
            {
                deviceName = words.value();
            }
            else
            {
                String text = word.equals("to") ? words.value() : word;
                if (routeType(text) != null)
                {
                    text = words.value(); // unicast: the gate lets no other type through
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
        NetDevice device = null;
        if (deviceName != null)
        {
            device = namespace.device(deviceName);
            if (device == null)
            {
                throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
            }
        }
        final RouteRequest request = RouteRequest.to(destination.address(), destination.length()).dev(device);
        if (gateway != null)
        {
            request.via(gateway);
        }
        if (metric != null)
        {
            request.metric((int) (long) metric);
        }
        try
        {
            if (mode == Mode.DELETE)
            {
                namespace.deleteRoute(request);
            }
            else
            {
                namespace.addRoute(request, mode == Mode.REPLACE);
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /** {@code ip route [show] [table main|local]}. */
    private static int list(final List<String> arguments, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        Route.Table table = Route.Table.MAIN;
        while (words.hasNext())
        {
            words.next(); // table: the gate lets nothing else through, and only main or local
            table = words.value().equals("local") ? Route.Table.LOCAL : Route.Table.MAIN;
        }
        final NetNamespace namespace = invocation.namespace();
        if (table == Route.Table.LOCAL && !namespace.fib().localTableExists())
        {
            throw out.fail("Error: ipv4: FIB table does not exist.\nDump terminated", 2);
        }
        for (final Route route : namespace.fib().routes(table))
        {
            out.line(RoutePrinter.format(route));
        }
        return 0;
    }

    /** {@code ip route get ADDR [oif DEV]}: the kernel's output lookup, as a cloned route. */
    private static int get(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        Inet.Prefix destination = null;
        String deviceName = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "oif") || word.equals("dev"))
            {
                deviceName = words.value();
            }
            else
            {
                final String text = word.equals("to") ? words.value() : word;
                destination = Inet.parsePrefix(text, options.inetOnly(), out);
            }
        }
        if (destination == null || destination.length() == 0)
        {
            throw out.fail("need at least a destination address", 1);
        }
        final NetNamespace namespace = invocation.namespace();
        int oif = 0;
        if (deviceName != null)
        {
            final NetDevice device = namespace.device(deviceName);
            if (device == null)
            {
                throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
            }
            oif = device.ifindex();
        }
        final RouteResult result = new RouteResult();
        if (!namespace.routeOutput(destination.address(), oif, result))
        {
            throw out.fail("RTNETLINK answers: Network is unreachable", 2);
        }
        out.print(RoutePrinter.formatLookup(destination.address(), result));
        return 0;
    }
}
