package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.ipv6.Ipv6Address;

/**
 * What of iputils ping's command line nslab emulates: the options it models, a target of either family given as an
 * address (an IPv6 one with an optional {@code %DEV} scope), and socket buffers within the machine defaults.
 */
final class PingGate
{
    private PingGate()
    {
    }

    /** @return whether the ping runs until it is interrupted (neither {@code -c} nor {@code -w}). */
    static boolean vet(final List<String> arguments)
    {
        final PingCommandLine commandLine = PingCommandLine.parse(arguments);
        if (commandLine.error() != null)
        {
            return commandLine.runsUntilInterrupted(); // ping prints getopt's complaint and its usage, exits 2
        }
        final List<String> operands = commandLine.operands();
        if (operands.size() > 1)
        {
            throw Refusal.notEmulated("ping " + String.join(" ", operands), "gateways");
        }
        final String target = operands.isEmpty() ? null : operands.get(0);
        final boolean ipv6Target = target != null && target.indexOf(':') >= 0;
        if (target != null && Inet.parseAton(target) == null && !ipv6Target)
        {
            throw Refusal.notEmulated("ping " + target, "host names: nslab pings addresses");
        }
        if (ipv6Target)
        {
            vetIpv6Target(target);
        }
        boolean ipv6 = ipv6Target;
        for (int i = 0; i < commandLine.options().size(); i++)
        {
            final char option = commandLine.options().get(i);
            final String value = commandLine.values().get(i);
            switch (option)
            {
                case 'c', 'i', 'W', 'w', 't', 's', 'q', 'l', 'n', '4', 'I', 'h', '?', 'V', 'M', 'O', 'D', 'v', 'Q' ->
                {
                }
                case '6' -> ipv6 = true;
                case 'p' ->
                {
                    if (value.isEmpty())
                    {
                        // fill() would leave the data as malloc() gave it.
                        throw Refusal.notEmulated("ping -p ''", "an empty pattern");
                    }
                }
                case 'F', 'N' -> throw Refusal.notEmulated("ping -" + option, "IPv6 flow labels and node information");
                default -> throw Refusal.notEmulated("ping -" + option);
            }
        }
        if (ipv6Target && ipv6)
        {
            vetIpv6Options(commandLine, target);
        }
        vetBuffers(commandLine, ipv6Target && ipv6 ? 40 : 20);
        return commandLine.runsUntilInterrupted();
    }

    private static void vetIpv6Target(final String target)
    {
        final int percent = target.indexOf('%');
        final String address = percent < 0 ? target : target.substring(0, percent);
        final long[] parsed = Ipv6Address.parse(address);
        if (parsed == null)
        {
            // getaddrinfo would try it as a host name.
            throw Refusal.notEmulated("ping " + target, "host names: nslab pings addresses");
        }
        // A link-scope group with its device (ff02::1%eth0, how people find their neighbours) is pinged as the
        // kernel does it; other scopes, or a group without its device, pick devices nslab does not model yet.
        if (Ipv6Address.isMulticast(parsed[0])
            && (Ipv6Address.multicastScope(parsed[0]) != 2 || percent < 0))
        {
            throw Refusal.notEmulated("ping " + target, "pings of IPv6 multicast groups but link-scope ones with"
                + " their device (ff02::1%DEV)");
        }
    }

    private static void vetIpv6Options(final PingCommandLine commandLine, final String target)
    {
        for (int i = 0; i < commandLine.options().size(); i++)
        {
            final char option = commandLine.options().get(i);
            final String value = commandLine.values().get(i);
            if (option == 't' && value.strip().matches("\\+?0+"))
            {
                throw Refusal.notEmulated("ping -t 0 " + target, "an IPv6 hop limit of 0");
            }
            if (option == 'I' && value.indexOf(':') >= 0 && value.indexOf('%') >= 0)
            {
                throw Refusal.notEmulated("ping -I " + value, "a scoped IPv6 source address");
            }
            if (option == 'I' && value.indexOf(':') < 0 && Inet.parseAton(value) != null)
            {
                throw Refusal.notEmulated("ping -I " + value + " " + target, "an IPv4 source for an IPv6 target");
            }
        }
    }

    /**
     * ping's socket buffers: sock_setbufs asks for (data + 8 + 260, or 280 for IPv6, per 512 bytes) x preload of
     * receive buffer and warns when the kernel grants less, which depends on net.core.rmem_max (a machine's setting,
     * 212992 unless raised); the send buffer likewise on wmem_max. Lines whose buffers stay within the defaults run;
     * larger ones would print what the machine decides, so they are not emulated. Values that are not numbers pass:
     * ping rejects them itself.
     */
    private static void vetBuffers(final PingCommandLine commandLine, final int ipHeaderLength)
    {
        long dataLength = 56;
        long preload = 1;
        for (int i = 0; i < commandLine.options().size(); i++)
        {
            final String value = commandLine.values().get(i);
            final char option = commandLine.options().get(i);
            if ((option == 's' || option == 'l') && value != null && value.strip().matches("\\+?[0-9]{1,18}"))
            {
                final long parsed = Long.parseLong(value.strip().replace("+", ""));
                if (option == 's')
                {
                    dataLength = parsed;
                }
                else
                {
                    preload = parsed;
                }
            }
        }
        final long hold = dataLength + 8 + (dataLength + 8 + 511) / 512 * (ipHeaderLength + 240);
        if (hold > 212_992 || hold * preload > 2 * 212_992)
        {
            final String what = "ping -s " + dataLength + (preload == 1 ? "" : " -l " + preload);
            throw Refusal.notEmulated(what, "socket buffers over the default net.core.rmem_max and wmem_max");
        }
    }
}
