package dev.nslab.cli.emulation;

import dev.nslab.stack.Route;
import dev.nslab.stack.RouteResult;

/**
 * iproute.c's print_route for table dumps and for {@code ip route get}; every line ends with a space.
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

    /** One route of {@code ip route show [table local]}. */
    static String format(final Route route)
    {
        return format(route, Shown.PLAIN);
    }

    /** One route of a dump, with the attributes {@code shown} allows. */
    static String format(final Route route, final Shown shown)
    {
        final StringBuilder line = new StringBuilder();
        if (route.type() != Route.Type.UNICAST)
        {
            line.append(route.type().label()).append(' ');
        }
        line.append(destination(route.destination(), route.prefixLength())).append(' ');
        if (route.gateway() != 0 && shown.gateway())
        {
            line.append("via ").append(Inet.format(route.gateway())).append(' ');
        }
        if (route.device() != null && shown.device())
        {
            line.append("dev ").append(route.device().name()).append(' ');
        }
        if (shown.table() && route.tableId() != Route.Table.MAIN.id())
        {
            line.append("table ").append(RouteNames.tableName(route.tableId())).append(' ');
        }
        if (route.protocol() != Route.Protocol.BOOT && shown.protocol())
        {
            line.append("proto ").append(route.protocol().label()).append(' ');
        }
        if (route.scopeValue() != 0 && shown.scope())
        {
            line.append("scope ").append(RouteNames.scopeName(route.scopeValue())).append(' ');
        }
        if (route.preferredSource() != 0 && shown.source())
        {
            line.append("src ").append(Inet.format(route.preferredSource())).append(' ');
        }
        if (route.metric() != 0 && shown.metric())
        {
            line.append("metric ").append(Integer.toUnsignedString(route.metric())).append(' ');
        }
        if (route.isLinkDown())
        {
            line.append("linkdown ");
        }
        return line.toString();
    }

    /**
     * The two lines of {@code ip route get} (rt_fill_info read back): the cloned route and its {@code cache} line,
     * which {@code -o} joins with a backslash.
     *
     * @param from  the {@code from} address asked for, or 0.
     * @param input the {@code iif} device's name, or null for an output route.
     */
    static String formatLookup(final int destination, final int from, final RouteResult result, final String input,
        final boolean oneline)
    {
        final StringBuilder line = new StringBuilder();
        switch (result.kind())
        {
            case LOCAL -> line.append("local ");
            case BROADCAST -> line.append("broadcast ");
            default ->
            {
            }
        }
        line.append(Inet.format(destination)).append(' ');
        if (from != 0)
        {
            line.append("from ").append(Inet.format(from)).append(' ');
        }
        if (result.route() != null && result.route().usesGateway())
        {
            line.append("via ").append(Inet.format(result.route().gateway())).append(' ');
        }
        line.append("dev ").append(result.device().name()).append(' ');
        if (result.table() != 0 && result.table() != Route.Table.MAIN.id())
        {
            line.append("table ").append(RouteNames.tableName(result.table())).append(' ');
        }
        if (input == null)
        {
            if (result.source() != from)
            {
                line.append("src ").append(Inet.format(result.source())).append(' ');
            }
            line.append("uid 0 ");
        }
        line.append(oneline ? "\\" : "\n").append("    cache ");
        final StringBuilder flags = new StringBuilder();
        if (result.isLocal())
        {
            flags.append("local");
        }
        if (result.kind() == RouteResult.Kind.BROADCAST)
        {
            flags.append(flags.length() > 0 ? "," : "").append("brd");
        }
        if (result.isRedirect())
        {
            flags.append(flags.length() > 0 ? "," : "").append("redirect");
        }
        if (flags.length() > 0)
        {
            line.append('<').append(flags).append("> ");
        }
        if (input != null)
        {
            line.append("iif ").append(input).append(' ');
        }
        return line.append('\n').toString();
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
