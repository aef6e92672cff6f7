package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.ipv4.InterfaceAddress;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.ipv6.Ipv6InterfaceAddress;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * {@code ip address}: do_ipaddr's verbs, ipaddr_modify's arguments and the request it sends,
 * ipaddr_list_flush_or_save's filters and ipaddr_flush's rounds, as far as {@link EmulationGate} lets them through.
 */
final class AddressCommand
{
    /** ipaddress.c's max_flush_loops. */
    private static final int MAX_FLUSH_ROUNDS = 10;

    private AddressCommand()
    {
    }

    static int run(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            return list(arguments, options, invocation, false);
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add"))
        {
            return modify(rest, options, invocation, true);
        }
        if (Keywords.matches(verb, "delete"))
        {
            return modify(rest, options, invocation, false);
        }
        if (Keywords.matchesAny(verb, "list", "show", "lst"))
        {
            return list(rest, options, invocation, false);
        }
        if (Keywords.matches(verb, "flush"))
        {
            return list(rest, options, invocation, true);
        }
        throw invocation.out().fail("Command \"" + verb + "\" is unknown, try \"ip address help\".", 255);
    }

    /**
     * ipaddr_modify. The request's family is {@code -4}'s, else that of the first address read (an address, not
     * {@code default}, {@code any} or {@code all}); without one the kernel has no handler for it.
     */
    private static int modify(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean add)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        boolean inet = options.inetOnly();
        boolean inet6 = options.inet6Only();
        boolean nodad = false;
        String deviceName = null;
        String localText = null;
        Inet.Prefix local = null;
        Inet6.Prefix local6 = null;
        Inet.Prefix broadcast = null;
        int broadcastMode = 0;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "broadcast") || word.equals("brd"))
            {
                final String value = words.value();
                if (broadcastMode != 0)
                {
                    throw out.fail("Error: duplicate \"broadcast\": \"" + value + "\" is the second value.", 255);
                }
                if (value.equals("+"))
                {
                    broadcastMode = -1;
                }
                else if (value.equals("-"))
                {
                    broadcastMode = -2;
                }
                else
                {
                    broadcast = Inet.parseAddressOrKeyword(value, inet, out);
                    inet |= broadcast.inet();
                    broadcastMode = broadcast.empty() ? 0 : 1;
                }
            }
            else if (word.equals("dev"))
            {
                deviceName = words.value();
            }
            else if (word.equals("nodad"))
            {
                // The flag counts only once the request's family is known to be IPv6.
                if (inet6)
                {
                    nodad = true;
                }
                else
                {
                    out.line("Warning: nodad option can be set only for IPv6 addresses");
                }
            }
            else
            {
                final String text = word.equals("local") ? words.value() : word;
                if (local != null && !local.empty() || local6 != null && !local6.empty())
                {
                    throw Keywords.duplicateArgument(out, "local", text);
                }
                localText = text;
                if (inet6 || !inet && text.indexOf(':') >= 0)
                {
                    local6 = Inet6.parsePrefix(text, inet6, out);
                    inet6 = true;
                }
                else
                {
                    local = Inet.parsePrefix(text, inet, out);
                    inet |= local.inet();
                }
            }
        }
        if (inet6)
        {
            return modifyIpv6(deviceName, local6, nodad, invocation, add);
        }
        if (deviceName == null)
        {
            throw out.fail("Not enough information: \"dev\" argument is required.", 1);
        }
        final boolean wildcard = !add && local != null && !local.empty() && local.inet() && !local.lengthGiven();
        if (wildcard)
        {
            out.line("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                + "         Explicitly specify the prefix length (" + localText + "/32) to avoid this warning.\n"
                + "         This special behaviour is likely to disappear in further releases,\n"
                + "         fix your scripts!");
        }
        int broadcastAddress = broadcast == null ? 0 : broadcast.address();
        if (broadcastMode < 0 && add)
        {
            if (!inet)
            {
                throw out.fail("Broadcast can be set only for IPv4 addresses", 1);
            }
            final Inet.Prefix base = local == null ? new Inet.Prefix(0, 0, false) : local;
            if (base.length() <= 30)
            {
                final int host = ~dev.nslab.stack.ipv4.Prefix.mask(base.length());
                broadcastAddress = broadcastMode == -1 ? base.address() | host : base.address() & ~host;
                broadcast = new Inet.Prefix(broadcastAddress, 32, false);
            }
        }
        final NetNamespace namespace = invocation.namespace();
        final NetDevice device = invocation.getLink(deviceName);
        if (device == null)
        {
            throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
        }
        if (!inet)
        {
            // No family: rtnetlink has no PF_UNSPEC handler for addresses.
            throw out.fail("RTNETLINK answers: Operation not supported", 2);
        }
        if ((local != null && local.empty()) || (broadcast != null && broadcast.empty()))
        {
            // An IFA_LOCAL or IFA_BROADCAST of no bytes (any, all): nla_policy wants 4.
            throw out.fail("Error: Attribute failed policy validation.", 2);
        }
        try
        {
            if (add)
            {
                if (local == null)
                {
                    throw out.fail("Error: ipv4: Local address is not supplied.", 2);
                }
                namespace.addAddress(device, local.address(), local.length(), broadcastAddress);
            }
            else if (local == null)
            {
                namespace.deleteFirstAddress(device);
            }
            else
            {
                namespace.deleteAddress(device, local.address(), wildcard ? -1 : local.length());
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /** ipaddr_modify's request for an IPv6 address: inet6_rtm_newaddr or inet6_rtm_deladdr answers it. */
    private static int modifyIpv6(final String deviceName, final Inet6.Prefix local, final boolean nodad,
        final Invocation invocation, final boolean add)
    {
        final Output out = invocation.out();
        if (deviceName == null)
        {
            throw out.fail("Not enough information: \"dev\" argument is required.", 1);
        }
        final NetDevice device = invocation.getLink(deviceName);
        if (device == null)
        {
            throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
        }
        if (local != null && local.empty())
        {
            // An IFA_LOCAL of no bytes (any, all): nla_policy wants 16.
            throw out.fail("Error: Attribute failed policy validation.", 2);
        }
        if (local == null)
        {
            // extract_addr finds neither IFA_ADDRESS nor IFA_LOCAL.
            throw out.fail("RTNETLINK answers: Invalid argument", 2);
        }
        try
        {
            if (add)
            {
                invocation.namespace().ipv6().addAddress(device, local.high(), local.low(), local.length(), nodad);
            }
            else
            {
                invocation.namespace().ipv6().deleteAddress(device, local.high(), local.low(), local.length());
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /** ipaddr_list_flush_or_save: {@code [dev] DEV}, {@code up}, {@code to PREFIX}, {@code scope S}, flag words. */
    private static int list(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean flush)
    {
        final Output out = invocation.out();
        if (flush && arguments.isEmpty())
        {
            throw out.fail("Flush requires arguments.", 1);
        }
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        final AddressFilter filter = new AddressFilter(options.inetOnly(), options.inet6Only());
        String deviceName = null;
        boolean upOnly = false;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("to"))
            {
                final Inet.Prefix to = Inet.parsePrefix(words.value(), filter.inetOnly, out);
                filter.inetOnly |= to.inet();
                filter.to = to.inet() && to.length() > 0 ? to : null;
            }
            else if (word.equals("scope"))
            {
                readScope(words.value(), filter, out);
            }
            else if (word.equals("up"))
            {
                upOnly = true;
            }
            else if (!filter.readFlag(word))
            {
                final String name = word.equals("dev") ? words.value() : word;
                if (deviceName != null)
                {
                    throw Keywords.duplicateArgument(out, "dev", name);
                }
                deviceName = name;
            }
        }
        final NetNamespace namespace = invocation.namespace();
        final NetDevice only = filterDevice(deviceName, invocation);
        if (flush)
        {
            return flush(namespace, only, filter, options, invocation);
        }
        if (only == null)
        {
            invocation.dumpLinks();
        }
        final AddressPrinter printer = new AddressPrinter(invocation);
        if (filter.inet6Only && only == null)
        {
            final List<NetDevice> dumped = new ArrayList<>();
            for (final NetDevice device : namespace.devices())
            {
                if (Ipv6Device.of(device) != null)
                {
                    dumped.add(device);
                }
            }
            printer.useIpv6Dump(dumped);
        }
        final Listing listing = Listing.open(options, out);
        for (final NetDevice device : namespace.devices())
        {
            if ((only != null && device != only) || (upOnly && !device.isUp()))
            {
                continue;
            }
            if (printer.isListed(device, filter))
            {
                printer.print(listing.begin(), device, options, filter);
                listing.end();
            }
        }
        listing.close();
        return 0;
    }

    /** rtnl_rtscope_a2n: a scope name or number up to 255, or {@code all}; invarg otherwise. */
    private static void readScope(final String text, final AddressFilter filter, final Output out)
    {
        filter.scopeMask = -1;
        final int scope = switch (text)
        {
            case "global" -> 0;
            case "site" -> 200;
            case "link" -> 253;
            case "host" -> 254;
            case "nowhere" -> 255;
            default -> -1;
        };
        if (scope >= 0)
        {
            filter.scope = scope;
            return;
        }
        final long[] parsed = Inet.cStrtoul(text, 0);
        if (parsed[1] != 0 && parsed[1] == text.length() && Long.compareUnsigned(parsed[0], 255) <= 0)
        {
            filter.scope = (int) parsed[0];
            return;
        }
        if (!text.equals("all"))
        {
            throw out.fail("Error: argument \"" + text + "\" is wrong: invalid \"scope\"\n", 255);
        }
        filter.scope = 255;
        filter.scopeMask = 0;
    }

    /**
     * ipaddr_flush: rounds of dumping the addresses the filter takes (IPv4 in device order, then the automatic IPv6
     * ones unless the family is inet) and deleting each, until a round finds none (or after one round when only
     * primaries were asked for, so that promoted secondaries stay). A deletion that finds its address gone already
     * (its primary took it) is not an error. {@code up} does not filter a flush. {@code -s} tells the rounds,
     * {@code -s -s} each address too.
     */
    private static int flush(final NetNamespace namespace, final NetDevice only, final AddressFilter filter,
        final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        final AddressPrinter printer = new AddressPrinter(invocation);
        int round = 0;
        while (round < MAX_FLUSH_ROUNDS)
        {
            final List<NetDevice> owners = new ArrayList<>();
            final List<Object> listed = new ArrayList<>();
            for (final NetDevice device : namespace.devices())
            {
                if (only != null && device != only)
                {
                    continue;
                }
                for (final InterfaceAddress address : Ipv4Device.of(device).addresses())
                {
                    if (filter.matches(address))
                    {
                        owners.add(device);
                        listed.add(address);
                    }
                }
            }
            for (final NetDevice device : namespace.devices())
            {
                if (only != null && device != only)
                {
                    continue;
                }
                for (final Ipv6InterfaceAddress address : AddressPrinter.ipv6Addresses(device))
                {
                    if (filter.matches(address))
                    {
                        owners.add(device);
                        listed.add(address);
                    }
                }
            }
            if (listed.isEmpty())
            {
                break;
            }
            for (int i = 0; i < listed.size(); i++)
            {
                if (options.statistics() >= 2)
                {
                    printer.printFlushed(owners.get(i), listed.get(i), options);
                }
                if (listed.get(i) instanceof Ipv6InterfaceAddress inet6)
                {
                    namespace.ipv6().deleteAddress(owners.get(i), inet6);
                }
                else
                {
                    namespace.deleteListedAddress(owners.get(i), (InterfaceAddress) listed.get(i));
                }
            }
            round++;
            if (options.statistics() > 0)
            {
                out.print("\n*** Round " + round + ", deleting " + listed.size() + " addresses ***\n");
            }
            if (filter.primariesOnly())
            {
                break;
            }
        }
        if (round == MAX_FLUSH_ROUNDS)
        {
            out.line("*** Flush remains incomplete after " + MAX_FLUSH_ROUNDS + " rounds. ***");
            return 0;
        }
        if (options.statistics() > 0)
        {
            out.line(round == 0 ? "Nothing to flush."
                : "*** Flush is complete after " + round + " round" + (round > 1 ? "s" : "") + " ***");
        }
        return 0;
    }

    /**
     * ipaddr_list_flush_or_save's {@code dev DEV} filter, which {@code ip link show} shares: the device must exist.
     * It is looked up by name, and then the one device asked for instead of a dump (ipaddr_link_get).
     *
     * @return the device, or null when {@code deviceName} is null (no filter).
     */
    static NetDevice filterDevice(final String deviceName, final Invocation invocation)
    {
        if (deviceName == null)
        {
            return null;
        }
        final NetDevice device = invocation.getLink(deviceName);
        if (device == null)
        {
            throw invocation.out().fail("Device \"" + deviceName + "\" does not exist.", 1);
        }
        return device;
    }
}
