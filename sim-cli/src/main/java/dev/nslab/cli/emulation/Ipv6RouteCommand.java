package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Fib;
import dev.nslab.stack.ipv6.Ipv6Route;
import dev.nslab.stack.link.NetDevice;

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

    static int list(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        long table = Ipv6Fib.MAIN;
        String deviceName = null;
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
            else
            {
                throw EmulationGate.unvetted("ip -6 route show " + word);
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
        final Ipv6Fib fib = invocation.namespace().ipv6().fib();
        if (table != 0 && fib.table((int) table) == null)
        {
            // inet6_dump_fib asked for one table that does not exist.
            throw out.fail("Error: ipv6: FIB table does not exist.\nDump terminated", 2);
        }
        for (final int id : table == 0 ? new int[] {Ipv6Fib.MAIN, Ipv6Fib.LOCAL} : new int[] {(int) table})
        {
            for (final Ipv6Route route : fib.table(id))
            {
                if (device == null || route.device() == device)
                {
                    out.print(line(route, id, table == 0, device == null));
                }
            }
        }
        return 0;
    }

    /** print_route for one IPv6 route. */
    private static String line(final Ipv6Route route, final int table, final boolean showTable, final boolean showDevice)
    {
        final StringBuilder text = new StringBuilder(80);
        if (route.type() != Ipv6Route.Type.UNICAST)
        {
            text.append(route.type().label()).append(' ');
        }
        if (route.prefixLength() == 0)
        {
            text.append("default");
        }
        else
        {
            text.append(Ipv6Address.format(route.high(), route.low()));
            if (route.prefixLength() != 128)
            {
                text.append('/').append(route.prefixLength());
            }
        }
        text.append(' ');
        if (showDevice)
        {
            text.append("dev ").append(route.device().name()).append(' ');
        }
        if (showTable && table != Ipv6Fib.MAIN)
        {
            text.append("table ").append(RouteNames.tableName(table)).append(' ');
        }
        text.append("proto ").append(route.protocol() == Ipv6Route.PROTOCOL_KERNEL ? "kernel" : "boot").append(' ');
        text.append("metric ").append(route.metric()).append(' ');
        if (route.isLinkDown())
        {
            text.append("linkdown ");
        }
        text.append("pref medium\n");
        return text.toString();
    }
}
