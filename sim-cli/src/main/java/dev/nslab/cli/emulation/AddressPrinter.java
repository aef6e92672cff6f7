package dev.nslab.cli.emulation;

import dev.nslab.stack.ipv4.InterfaceAddress;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.link.NetDevice;

/**
 * {@code ip addr} output, in text or JSON ({@link Fields}): each device's header (see {@link LinkPrinter}) and its
 * addresses (print_addrinfo), the {@code -o} lines, or the brief form. IPv6 is not simulated, but the address the
 * kernel makes by itself is shown where it would have one ({@link NetDevice#hasAutoInet6Address}): {@code ::1} on a
 * loopback, the EUI-64 link-local elsewhere.
 */
final class AddressPrinter
{
    /** INFINITY_LIFE_TIME: the lifetime JSON shows for {@code forever}. */
    private static final long INFINITY_LIFE_TIME = 0xFFFFFFFFL;

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
        for (final InterfaceAddress address : Ipv4Device.of(device).addresses())
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
        return !filter.inetOnly && Ipv4Device.of(device).addresses().isEmpty() && !device.hasAutoInet6Address();
    }

    /**
     * One device of the list (ipaddr_list_flush_or_save's loop): its link fields unless {@code -o} (brief keeps
     * them), then the {@code addr_info} array of the addresses the filter passes.
     */
    void print(final Fields fields, final NetDevice device, final IpOptions options, final AddressFilter filter)
    {
        final boolean brief = options.brief();
        if (brief)
        {
            links.printBriefStart(fields, device);
        }
        else if (!options.oneline())
        {
            links.printDevice(fields, device, false, filter.inetOnly, 0);
            fields.text("\n");
        }
        final boolean prefixed = options.oneline() && !brief;
        fields.openJsonArray("addr_info");
        for (final InterfaceAddress address : Ipv4Device.of(device).addresses())
        {
            if (filter.matches(address))
            {
                fields.openObject(null);
                printAddress(fields, device, address, brief, prefixed);
                fields.closeObject();
            }
        }
        if (filter.matchesAutoInet6(device))
        {
            fields.openObject(null);
            printAddress(fields, device, null, brief, prefixed);
            fields.closeObject();
        }
        fields.closeJsonArray();
        if (brief)
        {
            fields.text("\n");
        }
    }

    /**
     * What {@code ip -s -s addr flush} prints for each address it deletes: print_addrinfo with the device in front,
     * {@code IDX: DEV}, or only {@code A/P } with {@code -br}; {@code -o} joins the two lines with a backslash.
     */
    void printFlushed(final NetDevice device, final InterfaceAddress address, final IpOptions options)
    {
        final TextFields text = new TextFields(options.oneline());
        printAddress(text, device, address, options.brief(), !options.brief());
        invocation.out().print(text.take());
    }

    /**
     * print_addrinfo for one address ({@code null}: the device's own IPv6 address): {@code family local/prefixlen
     * [brd B] scope S [secondary] LABEL} and the lifetimes, or only {@code local/prefixlen } when brief;
     * {@code prefixed} ({@code -o}, or a flush) puts {@code IDX: DEV} first.
     */
    private static void printAddress(final Fields fields, final NetDevice device, final InterfaceAddress address,
        final boolean brief, final boolean prefixed)
    {
        final boolean inet = address != null;
        if (!brief)
        {
            if (prefixed)
            {
                fields.jsonNumber("index", device.ifindex());
                fields.jsonString("dev", device.name());
                fields.text(device.ifindex() + ": " + device.name());
            }
            fields.string("family", "    %s ", inet ? "inet" : "inet6");
        }
        fields.string("local", "%s", inet ? Inet.format(address.address()) : inet6Local(device));
        fields.number("prefixlen", "/%d ", inet ? address.prefixLength() : device.isLoopback() ? 128 : 64);
        if (brief)
        {
            return;
        }
        if (inet && address.broadcast() != 0)
        {
            fields.text("brd ");
            fields.string("broadcast", "%s ", Inet.format(address.broadcast()));
        }
        fields.string("scope", "scope %s ", inet ? address.scope().label() : device.isLoopback() ? "host" : "link");
        if (inet && address.isSecondary())
        {
            fields.flag("secondary", "secondary ");
        }
        if (inet)
        {
            fields.string("label", "%s", address.label());
        }
        fields.newline();
        fields.text("       valid_lft ");
        fields.jsonNumber("valid_life_time", INFINITY_LIFE_TIME);
        fields.text("forever");
        fields.text(" preferred_lft ");
        fields.jsonNumber("preferred_life_time", INFINITY_LIFE_TIME);
        fields.text("forever");
        fields.text("\n");
    }

    /** @return the IPv6 address the kernel configures by itself. */
    private static String inet6Local(final NetDevice device)
    {
        return device.isLoopback() ? "::1" : Inet.linkLocal(device.mac());
    }
}
