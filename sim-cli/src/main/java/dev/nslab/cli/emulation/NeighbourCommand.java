package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourTable;

/**
 * {@code ip [-4|-6] neigh}: show and flush, filtered by device. Without a family both tables are dumped, ARP's then
 * nd_tbl's, as neigh_dump_info walks the kernel's neighbour tables in that order.
 */
final class NeighbourCommand
{
    private NeighbourCommand()
    {
    }

    static int run(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            return showOrFlush(arguments, options, invocation, false);
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matchesAny(verb, "list", "show", "lst"))
        {
            return showOrFlush(rest, options, invocation, false);
        }
        if (Keywords.matches(verb, "flush"))
        {
            return showOrFlush(rest, options, invocation, true);
        }
        throw invocation.out().fail("Command \"" + verb + "\" is unknown, try \"ip neigh help\".", 255);
    }

    private static int showOrFlush(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean flush)
    {
        final Output out = invocation.out();
        if (flush && arguments.isEmpty())
        {
            throw out.fail("Flush requires arguments.", 1);
        }
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        String deviceName = null;
        while (words.hasNext())
        {
            words.next(); // dev: the gate lets no other filter through
            deviceName = words.value();
        }
        // do_show_or_flush: ll_init_map's link dump, then the device from its cache.
        invocation.dumpLinks();
        final NetDevice only = deviceName == null ? null : invocation.namespace().device(deviceName);
        if (deviceName != null && only == null)
        {
            throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
        }
        final Listing listing = flush ? null : Listing.open(options, out);
        for (int family = 0; family < 2; family++)
        {
            if (family == 0 ? options.inet6Only() : options.inetOnly())
            {
                continue;
            }
            for (final NetDevice device : invocation.namespace().devices())
            {
                if (only != null && device != only)
                {
                    continue;
                }
                final NeighbourTable table = family == 0 ? Ipv4Device.of(device).neighbours()
                    : Ipv6Device.neighboursIfAny(device);
                if (table == null)
                {
                    continue;
                }
                if (flush)
                {
                    table.flush();
                    continue;
                }
                for (final Neighbour neighbour : table.entries())
                {
                    NeighbourPrinter.print(listing.begin(), neighbour, family == 1, only == null);
                    listing.end();
                }
            }
        }
        if (listing != null)
        {
            listing.close();
        }
        return 0;
    }
}
