package dev.nslab.cli.emulation;

import dev.nslab.stack.InterfaceAddress;
import dev.nslab.stack.NetDevice;

/**
 * {@code ip addr} output: each device's header (see {@link LinkPrinter}) and its address lines, or the brief form.
 * IPv6 is not simulated, but the kernel's automatic IPv6 addresses are shown where it would have them: {@code ::1}
 * on an up loopback and the EUI-64 link-local on a device that is up with carrier.
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

    /** @return false when the device is left out ({@code -4} and no IPv4 address). */
    boolean isListed(final NetDevice device, final IpOptions options)
    {
        return !options.inetOnly() || !device.addresses().isEmpty();
    }

    void print(final NetDevice device, final IpOptions options)
    {
        if (options.brief())
        {
            printBrief(device, options);
            return;
        }
        links.printDevice(device, false, options.inetOnly(), 0);
        final Output out = invocation.out();
        for (final InterfaceAddress address : device.addresses())
        {
            final StringBuilder line = new StringBuilder("    inet ");
            line.append(Inet.format(address.address())).append('/').append(address.prefixLength());
            if (address.broadcast() != 0)
            {
                line.append(" brd ").append(Inet.format(address.broadcast()));
            }
            line.append(" scope ").append(address.scope().label());
            if (invocation.namespace().isSecondary(device, address))
            {
                line.append(" secondary");
            }
            line.append(' ').append(address.label());
            out.line(line.toString());
            out.line(LIFETIME);
        }
        if (!options.inetOnly())
        {
            final String inet6 = inet6Address(device);
            if (inet6 != null)
            {
                out.line("    inet6 " + inet6 + " scope " + (device.isLoopback() ? "host" : "link") + " ");
                out.line(LIFETIME);
            }
        }
    }

    private void printBrief(final NetDevice device, final IpOptions options)
    {
        final StringBuilder line = new StringBuilder(links.briefStart(device));
        for (final InterfaceAddress address : device.addresses())
        {
            line.append(Inet.format(address.address())).append('/').append(address.prefixLength()).append(' ');
        }
        if (!options.inetOnly())
        {
            final String inet6 = inet6Address(device);
            if (inet6 != null)
            {
                line.append(inet6).append(' ');
            }
        }
        invocation.out().line(line.toString());
    }

    /** @return the IPv6 address the kernel would have configured on its own, with its prefix length, or null. */
    private static String inet6Address(final NetDevice device)
    {
        if (device.isLoopback())
        {
            return device.isUp() ? "::1/128" : null;
        }
        return device.isRunning() ? Inet.linkLocal(device.mac()) + "/64" : null;
    }
}
