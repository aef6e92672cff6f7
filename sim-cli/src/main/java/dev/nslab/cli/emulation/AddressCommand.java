package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.NetDevice;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.NetlinkException;

/**
 * {@code ip address}: do_ipaddr's verbs, ipaddr_modify's arguments, ipaddr_list_flush_or_save's filters, as far as
 * {@link EmulationGate} lets them through.
 */
final class AddressCommand
{
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

    private static int modify(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean add)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        String deviceName = null;
        String localText = null;
        Inet.Prefix local = null;
        String broadcastText = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "broadcast") || word.equals("brd"))
            {
                broadcastText = words.value();
            }
            else if (word.equals("dev"))
            {
                deviceName = words.value();
            }
            else
            {
                final String text = word.equals("local") ? words.value() : word;
                if (local != null)
                {
                    throw Keywords.duplicateArgument(out, "local", text);
                }
                localText = text;
                local = Inet.parsePrefix(text, options.inetOnly(), out);
            }
        }
        if (deviceName == null)
        {
            throw out.fail("Not enough information: \"dev\" argument is required.", 1);
        }
        final NetDevice device = invocation.namespace().device(deviceName);
        if (device == null)
        {
            throw out.fail("Cannot find device \"" + deviceName + "\"", 1);
        }
        if (local == null)
        {
            // No address: the request has no family and the kernel has no handler for it.
            throw out.fail("RTNETLINK answers: Operation not supported", 2);
        }
        try
        {
            if (add)
            {
                invocation.namespace().addAddress(device, local.address(), local.length(),
                    broadcast(broadcastText, local, options, out));
            }
            else
            {
                if (!local.lengthGiven())
                {
                    out.line("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                        + "         Explicitly specify the prefix length (" + localText + "/32) to avoid this warning.\n"
                        + "         This special behaviour is likely to disappear in further releases,\n"
                        + "         fix your scripts!");
                }
                invocation.namespace().deleteAddress(device, local.address(), local.lengthGiven() ? local.length() : -1);
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    private static int broadcast(final String text, final Inet.Prefix local, final IpOptions options,
        final Output out)
    {
        if (text == null || text.equals("-"))
        {
            return 0;
        }
        if (text.equals("+"))
        {
            return local.length() >= 31 ? 0 : local.address() | ~dev.nslab.stack.Prefix.mask(local.length());
        }
        return Inet.parseAddress(text, options.inetOnly(), out);
    }

    /** ipaddr_list_flush_or_save: {@code [dev] DEV}, {@code up}; flush needs a filter. */
    private static int list(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean flush)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        String deviceName = null;
        boolean upOnly = false;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("up"))
            {
                upOnly = true;
            }
            else
            {
                final String name = word.equals("dev") ? words.value() : word;
                if (deviceName != null)
                {
                    throw Keywords.duplicateArgument(out, "dev", name);
                }
                deviceName = name;
            }
        }
        if (flush && arguments.isEmpty())
        {
            throw out.fail("Flush requires arguments.", 1);
        }
        final NetNamespace namespace = invocation.namespace();
        final NetDevice only = filterDevice(namespace, deviceName, out);
        final AddressPrinter printer = new AddressPrinter(invocation);
        for (final NetDevice device : namespace.devices())
        {
            if ((only != null && device != only) || (upOnly && !device.isUp()))
            {
                continue;
            }
            if (flush)
            {
                namespace.flushAddresses(device);
            }
            else if (printer.isListed(device, options))
            {
                printer.print(device, options);
            }
        }
        return 0;
    }

    /**
     * ipaddr_list_flush_or_save's {@code dev DEV} filter, which {@code ip link show} shares: the device must exist.
     *
     * @return the device, or null when {@code deviceName} is null (no filter).
     */
    static NetDevice filterDevice(final NetNamespace namespace, final String deviceName, final Output out)
    {
        if (deviceName == null)
        {
            return null;
        }
        final NetDevice device = namespace.device(deviceName);
        if (device == null)
        {
            throw out.fail("Device \"" + deviceName + "\" does not exist.", 1);
        }
        return device;
    }
}
