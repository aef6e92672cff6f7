package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.core.time.KernelTimers;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv4.RouteResult;

/**
 * iproute.c's print_route for table dumps and for {@code ip route get}, in text (every line ends with a space) or
 * JSON ({@link Fields}).
 */
final class RoutePrinter
{
    /**
     * Which attributes a dump line shows: print_route leaves out what the filter fixed (the device of
     * {@code dev D}, the protocol of {@code proto P}, the scope of {@code scope S}, the metric of {@code metric M},
     * a prefsrc or gateway given as a full address) and names a route's table only when no table was asked for.
     */
    record Shown(boolean table, boolean device, boolean protocol, boolean scope, boolean source, boolean gateway,
        boolean metric)
    {
        /** {@code ip route show [table T]}: everything but the table. */
        static final Shown PLAIN = new Shown(false, true, true, true, true, true, true);
    }

    private RoutePrinter()
    {
    }

    /** One route of {@code ip route show [table local]}, as text. */
    static String format(final Route route)
    {
        return format(route, Shown.PLAIN);
    }

    /** One route of a dump as text, with the attributes {@code shown} allows. */
    static String format(final Route route, final Shown shown)
    {
        final TextFields text = new TextFields(false);
        print(text, route, shown, 0);
        return text.take();
    }

    /**
     * print_route for a dump: {@code -d} ({@code details}) shows the type, protocol and scope of every route and
     * the main table's name; the text form ends with a space, without the newline.
     */
    static void print(final Fields fields, final Route route, final Shown shown, final int details)
    {
        if (route.type() != Route.Type.UNICAST || details > 0)
        {
            fields.string("type", "%s ", route.type().label());
        }
        fields.string("dst", "%s ", destination(route.destination(), route.prefixLength()));
        if (route.gateway() != 0 && shown.gateway())
        {
            fields.text("via ");
            fields.string("gateway", "%s ", Inet.format(route.gateway()));
        }
        if (route.device() != null && shown.device())
        {
            device(fields, "dev", route.device().name());
        }
        if (shown.table() && (route.tableId() != Route.Table.MAIN.id() || details > 0))
        {
            fields.string("table", "table %s ", RouteNames.tableName(route.tableId()));
        }
        if ((route.protocol() != Route.Protocol.BOOT || details > 0) && shown.protocol())
        {
            fields.string("protocol", "proto %s ", route.protocol().label());
        }
        if ((route.scopeValue() != 0 || details > 0) && shown.scope())
        {
            fields.string("scope", "scope %s ", RouteNames.scopeName(route.scopeValue()));
        }
        if (route.preferredSource() != 0 && shown.source())
        {
            fields.jsonString("prefsrc", Inet.format(route.preferredSource()));
            fields.text("src " + Inet.format(route.preferredSource()) + " ");
        }
        if (route.metric() != 0 && shown.metric())
        {
            fields.number("metric", "metric %d ", Integer.toUnsignedLong(route.metric()));
        }
        printFlags(fields, route.isLinkDown());
    }

    /**
     * The two lines of {@code ip route get} (rt_fill_info read back) as one object: the cloned route and its
     * {@code cache} flags, which {@code -o} joins with a backslash; the text ends with a newline.
     *
     * @param from          the {@code from} address asked for, or 0.
     * @param input         the {@code iif} device's name, or null for an output route.
     * @param expiresTicks  the route's RTA_CACHEINFO expiry in USER_HZ ticks (a redirect's), 0 for none.
     */
    static void printLookup(final Fields fields, final int destination, final int from, final RouteResult result,
        final String input, final long expiresTicks)
    {
        switch (result.kind())
        {
            case LOCAL -> fields.string("type", "%s ", "local");
            case BROADCAST -> fields.string("type", "%s ", "broadcast");
            default ->
            {
            }
        }
        fields.string("dst", "%s ", Inet.format(destination));
        if (from != 0)
        {
            fields.string("from", "from %s ", Inet.format(from));
        }
        if (result.isRedirected())
        {
            fields.text("via ");
            fields.string("gateway", "%s ", Inet.format(result.redirectedGateway()));
        }
        else if (result.route() != null && result.route().usesGateway())
        {
            fields.text("via ");
            fields.string("gateway", "%s ", Inet.format(result.route().gateway()));
        }
        device(fields, "dev", result.device().name());
        if (result.table() != 0 && result.table() != Route.Table.MAIN.id())
        {
            fields.string("table", "table %s ", RouteNames.tableName(result.table()));
        }
        if (input == null && result.source() != from)
        {
            fields.jsonString("prefsrc", Inet.format(result.source()));
            fields.text("src " + Inet.format(result.source()) + " ");
        }
        printFlags(fields, false);
        if (input == null)
        {
            fields.number("uid", "uid %d ", 0);
        }
        printCacheFlags(fields, result);
        if (expiresTicks != 0)
        {
            // print_rta_cacheinfo: whole seconds of USER_HZ ticks.
            fields.number("expires", "expires %dsec ", expiresTicks / KernelTimers.USER_HZ);
        }
        if (input != null)
        {
            device(fields, "iif", input);
        }
        fields.text("\n");
    }

    /** print_rt_flags: a JSON array, bare words in text; of the RTNH_F flags nslab has {@code linkdown}. */
    private static void printFlags(final Fields fields, final boolean linkDown)
    {
        fields.openJsonArray("flags");
        if (linkDown)
        {
            fields.string(null, "%s ", "linkdown");
        }
        fields.closeJsonArray();
    }

    /** print_cache_flags: {@code _SL_    cache <a,b> } in text, the {@code cache} array in JSON. */
    private static void printCacheFlags(final Fields fields, final RouteResult result)
    {
        final List<String> flags = new ArrayList<>();
        if (result.isLocal())
        {
            flags.add("local");
        }
        if (result.kind() == RouteResult.Kind.BROADCAST)
        {
            flags.add("brd");
        }
        if (result.isRedirected())
        {
            flags.add("redirected");
        }
        if (result.isRedirect())
        {
            flags.add("redirect");
        }
        fields.openJsonArray("cache");
        fields.newline();
        fields.text("    cache ");
        if (!flags.isEmpty())
        {
            fields.text("<");
        }
        for (int i = 0; i < flags.size(); i++)
        {
            fields.string(null, i < flags.size() - 1 ? "%s," : "%s> ", flags.get(i));
        }
        fields.closeJsonArray();
    }

    /** print_rta_ifidx: {@code PREFIX NAME } in text, {@code "PREFIX":"NAME"} in JSON. */
    private static void device(final Fields fields, final String prefix, final String name)
    {
        fields.jsonString(prefix, name);
        fields.text(prefix + " " + name + " ");
    }

    private static String destination(final int address, final int prefixLength)
    {
        if (prefixLength == 0 && address == 0)
        {
            return "default";
        }
        return prefixLength == 32 ? Inet.format(address) : Inet.format(address) + "/" + prefixLength;
    }
}
