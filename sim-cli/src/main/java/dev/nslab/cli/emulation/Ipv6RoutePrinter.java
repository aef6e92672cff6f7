package dev.nslab.cli.emulation;

import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Fib;
import dev.nslab.stack.ipv6.Ipv6Route;

/**
 * iproute.c's print_route for IPv6 routes (inet6_rt_dump's and rt6_fill_node's messages), in text or JSON
 * ({@link Fields}): the type, destination, gateway, device, table, protocol and scope, the metric, the flags, a
 * cloned route's expiry and MTU metric, and RTA_PREF. A clone (RTM_F_CLONED: a path-MTU exception) shows neither
 * protocol nor scope, even with {@code -d}.
 */
final class Ipv6RoutePrinter
{
    /** An RTF_CACHE clone's lifetime and MTU: RTA_CACHEINFO's expiry in USER_HZ ticks, RTAX_MTU. */
    record Clone(long expiresTicks, long mtu)
    {
    }

    private Ipv6RoutePrinter()
    {
    }

    /**
     * One route of a dump; {@code showTable} when no table was asked for (the table is then named unless it is
     * main, or always with {@code -d}), {@code showDevice} unless {@code dev D} filtered the list.
     */
    static void print(final Fields fields, final Ipv6Route route, final int table, final boolean showTable,
        final boolean showDevice, final int details)
    {
        type(fields, route, details);
        fields.string("dst", "%s ", destination(route));
        gateway(fields, route);
        if (showDevice)
        {
            device(fields, route.device().name());
        }
        if (showTable && (table != Ipv6Fib.MAIN || details > 0))
        {
            fields.string("table", "table %s ", RouteNames.tableName(table));
        }
        protocolAndScope(fields, route, details);
        metricAndFlags(fields, route);
        pref(fields);
    }

    /** A clone of {@code ip -6 route show cache}: the cached destination as a /128, its route's attributes. */
    static void printClone(final Fields fields, final long high, final long low, final Ipv6Route route,
        final boolean showDevice, final int details, final Clone clone)
    {
        type(fields, route, details);
        fields.string("dst", "%s ", Ipv6Address.format(high, low));
        gateway(fields, route);
        if (showDevice)
        {
            device(fields, route.device().name());
        }
        metricAndFlags(fields, route);
        cacheInfo(fields, clone);
        pref(fields);
    }

    /**
     * {@code ip -6 route get}: the destination asked for, {@code from} (:: when none was given), the route's
     * attributes and the source address the kernel would pick; a clone's expiry and MTU when a packet too big made
     * one.
     */
    static void printLookup(final Fields fields, final long high, final long low, final String from,
        final Ipv6Route route, final String device, final String source, final Clone clone)
    {
        type(fields, route, 0);
        fields.string("dst", "%s ", Ipv6Address.format(high, low));
        fields.string("from", "from %s ", from);
        gateway(fields, route);
        device(fields, device);
        if (route.type() == Ipv6Route.Type.LOCAL || route.type() == Ipv6Route.Type.MULTICAST)
        {
            fields.string("table", "table %s ", "local");
        }
        if (clone == null && route.protocol() != Ipv6Route.PROTOCOL_BOOT)
        {
            fields.string("protocol", "proto %s ", Route.Protocol.of(route.protocol()).label());
        }
        if (source != null)
        {
            fields.jsonString("prefsrc", source);
            fields.text("src " + source + " ");
        }
        metricAndFlags(fields, route);
        if (clone != null)
        {
            cacheInfo(fields, clone);
        }
        pref(fields);
    }

    private static void type(final Fields fields, final Ipv6Route route, final int details)
    {
        if (route.type() != Ipv6Route.Type.UNICAST || details > 0)
        {
            fields.string("type", "%s ", route.type() == Ipv6Route.Type.UNICAST ? "unicast" : route.type().label());
        }
    }

    private static void gateway(final Fields fields, final Ipv6Route route)
    {
        if (route.hasGateway())
        {
            fields.text("via ");
            fields.string("gateway", "%s ", Ipv6Address.format(route.gatewayHigh(), route.gatewayLow()));
        }
    }

    private static void protocolAndScope(final Fields fields, final Ipv6Route route, final int details)
    {
        if (route.protocol() != Ipv6Route.PROTOCOL_BOOT || details > 0)
        {
            fields.string("protocol", "proto %s ", Route.Protocol.of(route.protocol()).label());
        }
        if (details > 0)
        {
            // every IPv6 route has RT_SCOPE_UNIVERSE: rt6_fill_node sets no other scope
            fields.string("scope", "scope %s ", "global");
        }
    }

    /** The metric, then print_rt_flags: the JSON array, {@code linkdown} the one RTNH_F flag nslab has. */
    private static void metricAndFlags(final Fields fields, final Ipv6Route route)
    {
        fields.number("metric", "metric %d ", route.metric());
        fields.openJsonArray("flags");
        if (route.isLinkDown())
        {
            fields.string(null, "%s ", "linkdown");
        }
        fields.closeJsonArray();
    }

    /** print_rta_cacheinfo's whole seconds, then print_rta_metrics: {@code "metrics":[{"mtu":N}]} in JSON. */
    private static void cacheInfo(final Fields fields, final Clone clone)
    {
        fields.number("expires", "expires %dsec ", clone.expiresTicks() / 100);
        fields.openJsonArray("metrics");
        fields.openObject(null);
        fields.text("mtu ");
        fields.number("mtu", "%d ", clone.mtu());
        fields.closeObject();
        fields.closeJsonArray();
    }

    /** print_rt_pref: RTA_PREF, medium for every route nslab has (no router advertisements set another). */
    private static void pref(final Fields fields)
    {
        fields.string("pref", "pref %s", "medium");
        fields.text("\n");
    }

    private static void device(final Fields fields, final String name)
    {
        fields.jsonString("dev", name);
        fields.text("dev " + name + " ");
    }

    private static String destination(final Ipv6Route route)
    {
        if (route.prefixLength() == 0)
        {
            return "default";
        }
        final String address = Ipv6Address.format(route.high(), route.low());
        return route.prefixLength() == 128 ? address : address + "/" + route.prefixLength();
    }
}
