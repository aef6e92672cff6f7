package dev.nslab.cli.emulation;

import dev.nslab.stack.Route;
import dev.nslab.stack.RouteResult;
import dev.nslab.stack.Scope;

/** iproute.c's print_route for table dumps and for {@code ip route get}; every line ends with a space. */
final class RoutePrinter
{
    private RoutePrinter()
    {
    }

    /** One route of {@code ip route show [table local]}. */
    static String format(final Route route)
    {
        final StringBuilder line = new StringBuilder();
        if (route.type() != Route.Type.UNICAST)
        {
            line.append(route.type().label()).append(' ');
        }
        line.append(destination(route.destination(), route.prefixLength())).append(' ');
        if (route.gateway() != 0)
        {
            line.append("via ").append(Inet.format(route.gateway())).append(' ');
        }
        line.append("dev ").append(route.device().name()).append(' ');
        if (route.protocol() != Route.Protocol.BOOT)
        {
            line.append("proto ").append(route.protocol().label()).append(' ');
        }
        if (route.scope() != Scope.UNIVERSE)
        {
            line.append("scope ").append(route.scope().label()).append(' ');
        }
        if (route.preferredSource() != 0)
        {
            line.append("src ").append(Inet.format(route.preferredSource())).append(' ');
        }
        if (route.metric() != 0)
        {
            line.append("metric ").append(route.metric()).append(' ');
        }
        if (route.isLinkDown())
        {
            line.append("linkdown ");
        }
        return line.toString();
    }

    /** The two lines of {@code ip route get}: the cloned route and its {@code cache} line. */
    static String formatLookup(final int destination, final RouteResult result)
    {
        final StringBuilder line = new StringBuilder();
        final String cacheFlags;
        switch (result.kind())
        {
            case LOCAL ->
            {
                line.append("local ");
                cacheFlags = "<local> ";
            }
            case BROADCAST ->
            {
                line.append("broadcast ");
                cacheFlags = "<local,brd> ";
            }
            default -> cacheFlags = "";
        }
        line.append(Inet.format(destination)).append(' ');
        if (result.nextHop() != destination)
        {
            line.append("via ").append(Inet.format(result.nextHop())).append(' ');
        }
        line.append("dev ").append(result.device().name()).append(' ');
        if (result.source() != 0)
        {
            line.append("src ").append(Inet.format(result.source())).append(' ');
        }
        line.append("uid 0 \n");
        line.append("    cache ").append(cacheFlags).append('\n');
        return line.toString();
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
