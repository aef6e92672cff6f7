package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.ipv4.InterfaceAddress;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.ipv6.Ipv6InterfaceAddress;
import dev.nslab.stack.link.NetDevice;

/**
 * {@code ip addr} output, in text or JSON ({@link Fields}): each device's header (see {@link LinkPrinter}) and its
 * addresses (print_addrinfo: IPv4's, then IPv6's as the kernel dumps them family by family), the {@code -o} lines,
 * or the brief form.
 */
final class AddressPrinter
{
    /** INFINITY_LIFE_TIME: the lifetime JSON shows for {@code forever}. */
    private static final long INFINITY_LIFE_TIME = 0xFFFFFFFFL;

    private final Invocation invocation;
    private final LinkPrinter links;
    /** The AF_INET6 link dump {@code ip -6 address} prints its device lines from, or null for the usual lines. */
    private List<NetDevice> ipv6Dump;

    /**
     * Prints the device lines as {@code ip -6 address} without {@code dev} does: from the AF_INET6 link dump of
     * these devices (those that have IPv6), see {@link LinkPrinter#printIpv6Header}.
     */
    void useIpv6Dump(final List<NetDevice> dumped)
    {
        this.ipv6Dump = dumped;
    }

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
        for (final Ipv6InterfaceAddress address : ipv6Addresses(device))
        {
            if (filter.matches(address))
            {
                return true;
            }
        }
        return !filter.inetOnly && !filter.inet6Only && Ipv4Device.of(device).addresses().isEmpty()
            && ipv6Addresses(device).isEmpty();
    }

    /**
     * One device of the list (ipaddr_list_flush_or_save's loop): its link fields unless {@code -o} (brief keeps
     * them), then the {@code addr_info} array of the addresses the filter passes.
     */
    void print(final Fields fields, final NetDevice device, final IpOptions options, final AddressFilter filter)
    {
        final boolean brief = options.brief();
        if (brief && filter.inet6Only && ipv6Dump != null)
        {
            links.printIpv6BriefStart(fields, device, ipv6Dump);
        }
        else if (brief)
        {
            links.printBriefStart(fields, device);
        }
        else if (filter.inet6Only && ipv6Dump != null && !options.oneline())
        {
            links.printIpv6Header(fields, device, ipv6Dump);
            fields.text("\n");
        }
        else if (!options.oneline())
        {
            links.printDevice(fields, device, false, filter.inetOnly || filter.inet6Only, 0);
            fields.text("\n");
        }
        final boolean prefixed = options.oneline() && !brief;
        fields.openJsonArray("addr_info");
        // An address of the family listed that the scope, flags or prefix refuse is an empty JSON object.
        for (final InterfaceAddress address : Ipv4Device.of(device).addresses())
        {
            if (filter.listsInet())
            {
                fields.openObject(null);
                if (filter.matches(address))
                {
                    printAddress(fields, device, address, brief, prefixed);
                }
                fields.closeObject();
            }
        }
        for (final Ipv6InterfaceAddress address : ipv6Addresses(device))
        {
            if (filter.listsInet6())
            {
                fields.openObject(null);
                if (filter.matches(address))
                {
                    printAddress(fields, device, address, brief, prefixed);
                }
                fields.closeObject();
            }
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
    void printFlushed(final NetDevice device, final Object address, final IpOptions options)
    {
        final TextFields text = new TextFields(options.oneline());
        if (address instanceof Ipv6InterfaceAddress inet6)
        {
            printAddress(text, device, inet6, options.brief(), !options.brief());
        }
        else
        {
            printAddress(text, device, (InterfaceAddress) address, options.brief(), !options.brief());
        }
        invocation.out().print(text.take());
    }

    /**
     * print_addrinfo for one IPv4 address: {@code inet local/prefixlen [brd B] scope S [secondary] LABEL} and the
     * lifetimes, or only {@code local/prefixlen } when brief; {@code prefixed} ({@code -o}, or a flush) puts
     * {@code IDX: DEV} first.
     */
    private static void printAddress(final Fields fields, final NetDevice device, final InterfaceAddress address,
        final boolean brief, final boolean prefixed)
    {
        if (!brief)
        {
            printPrefix(fields, device, prefixed);
            fields.string("family", "    %s ", "inet");
        }
        fields.string("local", "%s", Inet.format(address.address()));
        fields.number("prefixlen", "/%d ", address.prefixLength());
        if (brief)
        {
            return;
        }
        if (address.broadcast() != 0)
        {
            fields.text("brd ");
            fields.string("broadcast", "%s ", Inet.format(address.broadcast()));
        }
        fields.string("scope", "scope %s ", address.scope().label());
        if (address.isSecondary())
        {
            fields.flag("secondary", "secondary ");
        }
        fields.string("label", "%s", address.label());
        printLifetimes(fields);
    }

    /**
     * print_addrinfo for one IPv6 address: {@code inet6 local/prefixlen scope S} and the flags print_ifa_flags
     * names in its order (nodad, dadfailed, tentative), then the lifetimes.
     */
    private static void printAddress(final Fields fields, final NetDevice device, final Ipv6InterfaceAddress address,
        final boolean brief, final boolean prefixed)
    {
        if (!brief)
        {
            printPrefix(fields, device, prefixed);
            fields.string("family", "    %s ", "inet6");
        }
        fields.string("local", "%s", Ipv6Address.format(address.high(), address.low()));
        fields.number("prefixlen", "/%d ", address.prefixLength());
        if (brief)
        {
            return;
        }
        fields.string("scope", "scope %s ", address.scope().label());
        final int flags = address.flags();
        if ((flags & Ipv6InterfaceAddress.FLAG_NODAD) != 0)
        {
            fields.flag("nodad", "nodad ");
        }
        if ((flags & Ipv6InterfaceAddress.FLAG_DADFAILED) != 0)
        {
            fields.flag("dadfailed", "dadfailed ");
        }
        if ((flags & Ipv6InterfaceAddress.FLAG_TENTATIVE) != 0)
        {
            fields.flag("tentative", "tentative ");
        }
        printLifetimes(fields);
    }

    private static void printPrefix(final Fields fields, final NetDevice device, final boolean prefixed)
    {
        if (prefixed)
        {
            fields.jsonNumber("index", device.ifindex());
            fields.jsonString("dev", device.name());
            fields.text(device.ifindex() + ": " + device.name());
        }
    }

    private static void printLifetimes(final Fields fields)
    {
        fields.newline();
        fields.text("       valid_lft ");
        fields.jsonNumber("valid_life_time", INFINITY_LIFE_TIME);
        fields.text("forever");
        fields.text(" preferred_lft ");
        fields.jsonNumber("preferred_life_time", INFINITY_LIFE_TIME);
        fields.text("forever");
        fields.text("\n");
    }

    /** @return the device's IPv6 addresses, none while it has no IPv6 (an MTU below 1280). */
    static List<Ipv6InterfaceAddress> ipv6Addresses(final NetDevice device)
    {
        final Ipv6Device ipv6 = Ipv6Device.of(device);
        return ipv6 == null ? List.of() : ipv6.addresses();
    }
}
