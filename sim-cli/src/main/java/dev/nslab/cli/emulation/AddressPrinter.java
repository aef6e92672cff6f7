package dev.nslab.cli.emulation;

import dev.nslab.stack.InterfaceAddress;
import dev.nslab.stack.NetDevice;

/**
 * {@code ip addr} output: each device's header (see {@link LinkPrinter}) and its address lines (print_addrinfo), or
 * the brief form. IPv6 is not simulated, but the address the kernel makes by itself is shown where it would have
 * one ({@link NetDevice#hasAutoInet6Address}): {@code ::1} on a loopback, the EUI-64 link-local elsewhere.
 */
final class AddressPrinter
{
    private static final String LIFETIME = "       valid_lft forever preferred_lft forever";

    private final Invocation invocation;
    private final LinkPrinter links;

    AddressPrinter(final Invocation invocation)
    {
        this.invocation = invocation;
        this.links = new LinkPrinter(invocation);
    }

    /**
     * ipaddr_filter: a device is listed when one of its addresses passes the filter, or, unless the family is
     * inet, when it has no address at all.
     */
    boolean isListed(final NetDevice device, final AddressFilter filter)
    {
        for (final InterfaceAddress address : device.addresses())
        {
            if (filter.matches(address))
            {
                return true;
            }
        }
        if (filter.matchesAutoInet6(device))
        {
            return true;
        }
        return !filter.inetOnly && device.addresses().isEmpty() && !device.hasAutoInet6Address();
    }

    void print(final NetDevice device, final IpOptions options, final AddressFilter filter)
    {
        if (options.brief())
        {
            printBrief(device, filter);
            return;
        }
        links.printDevice(device, false, filter.inetOnly, 0);
        final Output out = invocation.out();
        for (final InterfaceAddress address : device.addresses())
        {
            if (filter.matches(address))
            {
                out.line(inetLine(address));
                out.line(LIFETIME);
            }
        }
        if (filter.matchesAutoInet6(device))
        {
            out.line(inet6Line(device));
            out.line(LIFETIME);
        }
    }

    private void printBrief(final NetDevice device, final AddressFilter filter)
    {
        final StringBuilder line = new StringBuilder(links.briefStart(device));
        for (final InterfaceAddress address : device.addresses())
        {
            if (filter.matches(address))
            {
                line.append(briefAddress(address));
            }
        }
        if (filter.matchesAutoInet6(device))
        {
            line.append(inet6Address(device)).append(' ');
        }
        invocation.out().line(line.toString());
    }

    /**
     * What {@code ip -s -s addr flush} prints for each address it deletes: print_addrinfo with the device in front,
     * {@code IDX: DEV}, or only {@code A/P } with {@code -br}; {@code -o} joins the two lines with a backslash.
     */
    void printFlushed(final NetDevice device, final InterfaceAddress address, final IpOptions options)
    {
        if (options.brief())
        {
            invocation.out().print(address == null ? inet6Address(device) + " " : briefAddress(address));
            return;
        }
        final String text = address == null ? inet6Line(device) : inetLine(address);
        invocation.out().print(device.ifindex() + ": " + device.name() + text + (options.oneline() ? "\\" : "\n")
            + LIFETIME + "\n");
    }

    /** {@code     inet A/P [brd B] scope S [secondary] LABEL}. */
    private static String inetLine(final InterfaceAddress address)
    {
        final StringBuilder line = new StringBuilder("    inet ");
        line.append(Inet.format(address.address())).append('/').append(address.prefixLength()).append(' ');
        if (address.broadcast() != 0)
        {
            line.append("brd ").append(Inet.format(address.broadcast())).append(' ');
        }
        line.append("scope ").append(address.scope().label()).append(' ');
        if (address.isSecondary())
        {
            line.append("secondary ");
        }
        return line.append(address.label()).toString();
    }

    private static String inet6Line(final NetDevice device)
    {
        return "    inet6 " + inet6Address(device) + " scope " + (device.isLoopback() ? "host" : "link") + " ";
    }

    private static String briefAddress(final InterfaceAddress address)
    {
        return Inet.format(address.address()) + "/" + address.prefixLength() + " ";
    }

    /** @return the IPv6 address the kernel configures by itself, with its prefix length. */
    private static String inet6Address(final NetDevice device)
    {
        return device.isLoopback() ? "::1/128" : Inet.linkLocal(device.mac()) + "/64";
    }
}
