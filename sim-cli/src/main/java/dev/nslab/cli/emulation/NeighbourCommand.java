package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourState;
import dev.nslab.stack.neigh.NeighbourTable;

/**
 * {@code ip [-4|-6] neigh}: add, change, replace and delete (ipneigh_modify, answered by neigh_add and neigh_delete),
 * show and flush filtered by device and NUD state. Without a family both tables are dumped, ARP's then nd_tbl's, as
 * neigh_dump_info walks the kernel's neighbour tables in that order.
 */
final class NeighbourCommand
{
    /** The filter bit iproute2 gives NUD_NONE (state 0), which no mask of real state bits could pick. */
    private static final int NONE_BIT = 0x100;
    private static final int NOARP_BIT = 0x40;
    private static final int PERMANENT_BIT = 0x80;

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
        if (Keywords.matches(verb, "add"))
        {
            return modify(rest, options, invocation, true, true, false);
        }
        if (Keywords.matches(verb, "change") || verb.equals("chg"))
        {
            return modify(rest, options, invocation, false, false, false);
        }
        if (Keywords.matches(verb, "replace"))
        {
            return modify(rest, options, invocation, true, false, false);
        }
        if (Keywords.matches(verb, "delete"))
        {
            return modify(rest, options, invocation, false, false, true);
        }
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

    /**
     * ipneigh_modify: {@code ADDR [lladdr LLADDR] [nud STATE] [router] dev DEV}, the state PERMANENT unless given;
     * add is NLM_F_CREATE|NLM_F_EXCL, replace NLM_F_CREATE|NLM_F_REPLACE, change NLM_F_REPLACE.
     */
    private static int modify(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean create, final boolean exclusive, final boolean delete)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        NeighbourState state = NeighbourState.PERMANENT;
        String deviceName = null;
        String linkAddressText = null;
        boolean router = false;
        Destination destination = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "lladdr"))
            {
                final String value = words.value();
                if (linkAddressText != null)
                {
                    throw out.fail("Error: duplicate \"lladdr\": \"" + value + "\" is the second value.", 255);
                }
                linkAddressText = value;
            }
            else if (word.equals("nud"))
            {
                final String value = words.value();
                state = stateNamed(value);
                if (state == null)
                {
                    throw out.fail("Error: argument \"" + value + "\" is wrong: nud state is bad", 255);
                }
            }
            else if (word.equals("router"))
            {
                router = true;
            }
            else if (word.equals("dev"))
            {
                deviceName = words.value();
            }
            else
            {
                final String text = word.equals("to") ? words.value() : word;
                if (destination != null)
                {
                    throw out.fail("Error: either \"to\" is duplicate, or \"" + text + "\" is a garbage.", 255);
                }
                destination = Destination.parse(text, options, out);
            }
        }
        if (deviceName == null || destination == null)
        {
            throw out.fail("Device and destination are required arguments.", 255);
        }
        long mac = 0;
        int macLength = -1;
        if (linkAddressText != null && !linkAddressText.equals("null"))
        {
            final int[] octets = LinkRequest.parseLinkAddress(linkAddressText, out);
            macLength = octets.length;
            for (int i = 0; i < Math.min(6, octets.length); i++)
            {
                mac = mac << 8 | octets[i];
            }
            mac <<= 8L * Math.max(0, 6 - octets.length);
        }
        // ll_init_map: the link dump, then the device from its cache.
        invocation.dumpLinks();
        final NetDevice device = invocation.namespace().device(deviceName);
        if (device == null)
        {
            throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
        }
        if (macLength >= 0 && macLength < 6)
        {
            throw out.fail("Error: Invalid link address.", 2);
        }
        final NeighbourTable table;
        if (destination.ipv6)
        {
            final Ipv6Device idev = Ipv6Device.of(device);
            if (idev == null || idev.config().disableIpv6 != 0)
            {
                throw out.fail(delete ? "RTNETLINK answers: No such file or directory"
                    : "Error: IPv6 is disabled on this device.", 2);
            }
            table = idev.neighbours();
        }
        else
        {
            if (!Ipv4Device.exists(device))
            {
                throw out.fail(delete ? "RTNETLINK answers: No such file or directory"
                    : "RTNETLINK answers: Invalid argument", 2);
            }
            table = Ipv4Device.of(device).neighbours();
        }
        final long now = invocation.simulation().now();
        if (delete)
        {
            if (!table.administerDelete(destination.high, destination.low, now))
            {
                throw out.fail("RTNETLINK answers: No such file or directory", 2);
            }
            return 0;
        }
        // arp_constructor files every IPv4 address of lo under 0.0.0.0.
        final long storedLow = !destination.ipv6 && device.isLoopback() ? 0 : destination.low;
        final NeighbourTable.AdminResult result = table.administer(destination.high, destination.low, storedLow,
            macLength >= 0, mac, state, router, create, exclusive, now);
        switch (result)
        {
            case EXISTS -> throw out.fail("RTNETLINK answers: File exists", 2);
            case NO_ENTRY -> throw out.fail("RTNETLINK answers: No such file or directory", 2);
            case NO_LINK_ADDRESS -> throw out.fail("Error: No link layer address given.", 2);
            case TABLE_FULL -> throw out.fail("RTNETLINK answers: No buffer space available", 2);
            default ->
            {
                return 0;
            }
        }
    }

    /** get_addr for the destination: the family from {@code -4}/{@code -6}, else from the text. */
    private record Destination(boolean ipv6, long high, long low)
    {
        static Destination parse(final String text, final IpOptions options, final Output out)
        {
            final boolean ipv6 = options.inet6Only() || !options.inetOnly() && text.indexOf(':') >= 0;
            if (ipv6)
            {
                final long[] parsed = text.indexOf('/') < 0 ? Ipv6Address.parse(text) : null;
                if (parsed == null)
                {
                    throw out.fail("Error: " + (options.inet6Only() ? "inet6" : "any valid")
                        + " address is expected rather than \"" + text + "\".", 1);
                }
                return new Destination(true, parsed[0], parsed[1]);
            }
            final int address = Inet.parseAddress(text, options.inetOnly(), out);
            return new Destination(false, 0, address & 0xFFFF_FFFFL);
        }
    }

    /** nud_state_a2n for the names (the gate lets no number through). */
    private static NeighbourState stateNamed(final String name)
    {
        if (Keywords.matches(name, "permanent"))
        {
            return NeighbourState.PERMANENT;
        }
        if (Keywords.matches(name, "reachable"))
        {
            return NeighbourState.REACHABLE;
        }
        if (Keywords.matches(name, "failed"))
        {
            return NeighbourState.FAILED;
        }
        return switch (name)
        {
            case "noarp" -> NeighbourState.NOARP;
            case "none" -> NeighbourState.NONE;
            case "stale" -> NeighbourState.STALE;
            case "incomplete" -> NeighbourState.INCOMPLETE;
            case "delay" -> NeighbourState.DELAY;
            case "probe" -> NeighbourState.PROBE;
            default -> null;
        };
    }

    /** @return the state's NUD bit, NUD_NONE as iproute2's 0x100. */
    private static int stateBit(final NeighbourState state)
    {
        return state == NeighbourState.NONE ? NONE_BIT : 1 << state.ordinal() - 1;
    }

    private static int showOrFlush(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean flush)
    {
        final Output out = invocation.out();
        if (flush && arguments.isEmpty())
        {
            throw out.fail("Flush requires arguments.", 1);
        }
        // filter.state: a show hides NOARP (and NONE), a flush spares PERMANENT and NOARP; nud STATE picks instead.
        int states = flush ? ~(PERMANENT_BIT | NOARP_BIT) : 0xFF & ~NOARP_BIT;
        boolean stateGiven = false;
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        String deviceName = null;
        while (words.hasNext())
        {
            final String word = words.next(); // dev or nud: the gate lets no other filter through
            final String value = words.value();
            if (word.equals("dev"))
            {
                deviceName = value;
                continue;
            }
            if (!stateGiven)
            {
                stateGiven = true;
                states = 0;
            }
            final NeighbourState state = stateNamed(value);
            int bits;
            if (state == null)
            {
                if (!value.equals("all"))
                {
                    throw out.fail("Error: argument \"" + value + "\" is wrong: nud state is bad", 255);
                }
                bits = flush ? ~NOARP_BIT : ~0;
            }
            else
            {
                bits = stateBit(state);
            }
            states |= bits;
        }
        // do_show_or_flush: ll_init_map's link dump, then the device from its cache.
        invocation.dumpLinks();
        final NetDevice only = deviceName == null ? null : invocation.namespace().device(deviceName);
        if (deviceName != null && only == null)
        {
            throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
        }
        final int picked = states;
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
                    // One round deletes what the filter picks; iproute2 drops FAILED from it only for the rounds after.
                    table.flush(state -> (stateBit(state) & picked) != 0);
                    continue;
                }
                for (final Neighbour neighbour : table.allEntries())
                {
                    if ((stateBit(neighbour.state()) & picked) == 0)
                    {
                        continue;
                    }
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
