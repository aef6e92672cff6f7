package dev.nslab.cli.emulation;

import java.math.BigDecimal;
import java.util.List;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.PmtuDiscovery;
import dev.nslab.stack.link.NetDevice;

/**
 * iputils ping 20221126 as root: its getopt command line, its argument checks and messages, the startup steps that
 * can fail (SO_BINDTODEVICE, bind, connect), then the run on the stack, printed as it goes ({@link PingPrinter}).
 */
final class PingCommand
{
    private static final String USAGE = String.join("\n",
        "",
        "Usage",
        "  ping [options] <destination>",
        "",
        "Options:",
        "  <destination>      dns name or ip address",
        "  -a                 use audible ping",
        "  -A                 use adaptive ping",
        "  -B                 sticky source address",
        "  -c <count>         stop after <count> replies",
        "  -C                 call connect() syscall on socket creation",
        "  -D                 print timestamps",
        "  -d                 use SO_DEBUG socket option",
        "  -e <identifier>    define identifier for ping session, default is random for",
        "                     SOCK_RAW and kernel defined for SOCK_DGRAM",
        "                     Imply using SOCK_RAW (for IPv4 only for identifier 0)",
        "  -f                 flood ping",
        "  -h                 print help and exit",
        "  -I <interface>     either interface name or address",
        "  -i <interval>      seconds between sending each packet",
        "  -L                 suppress loopback of multicast packets",
        "  -l <preload>       send <preload> number of packages while waiting replies",
        "  -m <mark>          tag the packets going out",
        "  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>",
        "  -n                 no dns name resolution",
        "  -O                 report outstanding replies",
        "  -p <pattern>       contents of padding byte",
        "  -q                 quiet output",
        "  -Q <tclass>        use quality of service <tclass> bits",
        "  -s <size>          use <size> as number of data bytes to be sent",
        "  -S <size>          use <size> as SO_SNDBUF socket option value",
        "  -t <ttl>           define time to live",
        "  -U                 print user-to-user latency",
        "  -v                 verbose output",
        "  -V                 print version and exit",
        "  -w <deadline>      reply wait <deadline> in seconds",
        "  -W <timeout>       time to wait for response",
        "",
        "IPv4 options:",
        "  -4                 use IPv4",
        "  -b                 allow pinging broadcast",
        "  -R                 record route",
        "  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>",
        "",
        "IPv6 options:",
        "  -6                 use IPv6",
        "  -F <flowlabel>     define flow label, default is random",
        "  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument",
        "",
        "For more details see ping(8).");

    private PingCommand()
    {
    }

    static int run(final List<String> arguments, final Invocation invocation)
    {
        final Output out = invocation.out();
        final PingCommandLine commandLine = PingCommandLine.parse(arguments);
        if (commandLine.error() != null)
        {
            throw out.fail("ping: " + commandLine.error() + "\n" + USAGE, 2);
        }
        final List<Character> options = commandLine.options();
        final List<String> values = commandLine.values();
        final List<String> operands = commandLine.operands();

        long count = 0;
        long intervalMs = 1000;
        long deadlineS = 0;
        long lingerMs = 10_000;
        int ttl = -1;
        int dataLength = 56;
        int preload = 1;
        boolean quiet = false;
        boolean timestamps = false;
        boolean outstanding = false;
        boolean verbose = false;
        boolean ipv4Only = false;
        boolean ipv6Only = false;
        long[] source6 = null;
        PmtuDiscovery pmtuDiscovery = null;
        int tos = 0;
        String pattern = null;
        String deviceName = null;
        Integer sourceAddress = null;
        for (int i = 0; i < options.size(); i++)
        {
            final char option = options.get(i);
            final String value = values.get(i);
            switch (option)
            {
                case 'c' -> count = integer(value, 1, Long.MAX_VALUE, out);
                case 'i' -> intervalMs = interval(value, out);
                case 'W' -> lingerMs = linger(value, out);
                case 'w' -> deadlineS = integer(value, 0, Integer.MAX_VALUE, out);
                case 't' -> ttl = (int) integer(value, 0, 255, out);
                case 's' -> dataLength = (int) integer(value, 0, Integer.MAX_VALUE, out);
                case 'l' -> preload = (int) integer(value, 1, 65536, out);
                case 'q' -> quiet = true;
                case 'D' -> timestamps = true;
                case 'O' -> outstanding = true;
                case 'v' -> verbose = true;
                case 'M' -> pmtuDiscovery = switch (value)
                {
                    case "do" -> PmtuDiscovery.DO;
                    case "dont" -> PmtuDiscovery.DONT;
                    case "want" -> PmtuDiscovery.WANT;
                    default -> throw out.fail("ping: invalid -M argument: " + value, 2);
                };
                case 'Q' -> tos = parseTos(value, out);
                case 'p' -> pattern = value;
                case 'n' ->
                {
                    // numeric output is all nslab prints
                }
                case '4', '6' ->
                {
                    if (option == '4' ? ipv6Only : ipv4Only)
                    {
                        throw out.fail("ping: only one -4 or -6 option may be specified", 2);
                    }
                    // ping then opens no socket of the other family
                    ipv4Only = option == '4';
                    ipv6Only = option == '6';
                }
                case 'I' ->
                {
                    final Integer address = value.indexOf(':') < 0 ? Inet.parseAton(value) : null;
                    if (value.indexOf(':') >= 0)
                    {
                        source6 = dev.nslab.stack.ipv6.Ipv6Address.parse(value);
                        if (source6 == null)
                        {
                            throw out.fail("ping: invalid source address: " + value, 2);
                        }
                    }
                    else if (address != null && value.chars().filter(c -> c == '.').count() == 3)
                    {
                        sourceAddress = address;
                    }
                    else
                    {
                        deviceName = value;
                    }
                }
                case 'h', '?' -> throw out.fail(USAGE, 2);
                case 'V' ->
                {
                    out.line("ping from iputils 20221126");
                    out.line("libcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes");
                    return 0;
                }
                default -> throw EmulationGate.unvetted("ping -" + option);
            }
        }
        if (operands.isEmpty())
        {
            throw out.fail("ping: usage error: Destination address required", 1);
        }
        final String target = operands.get(operands.size() - 1);
        final boolean ipv6 = target.indexOf(':') >= 0;
        final int scopeAt = target.indexOf('%');
        final long[] destination6 = ipv6 ? dev.nslab.stack.ipv6.Ipv6Address.parse(
            scopeAt < 0 ? target : target.substring(0, scopeAt)) : null;
        final Integer destination = ipv6 ? null : Inet.parseAton(target);
        if (destination == null && destination6 == null)
        {
            throw EmulationGate.unvetted("ping " + target);
        }

        final byte[] patternBytes = pattern == null ? null : fill(pattern, quiet, out);
        final String family = ipv4Only ? "AF_INET" : ipv6Only ? "AF_INET6" : "AF_UNSPEC";
        invocation.openedSocket(); // main() has made its raw sockets
        if (verbose)
        {
            // main(), after making its raw sockets (descriptors 3 and 4); the message ends in its own newline.
            out.line("ping: sock4.fd: " + (ipv6Only ? "-1 (socktype: 0)" : "3 (socktype: SOCK_RAW)") + ", sock6.fd: "
                + (ipv4Only ? "-1 (socktype: 0)" : (ipv6Only ? "3" : "4") + " (socktype: SOCK_RAW)")
                + ", hints.ai_family: " + family + "\n");
        }
        if (tos < -1 && !ipv4Only)
        {
            // -Q sets IPV6_TCLASS on ping's IPv6 socket too, which takes -1 to 255 only.
            throw out.fail("ping: setsockopt: Invalid argument", 2);
        }
        final NetNamespace namespace = invocation.namespace();
        NetDevice scopeDevice = null;
        if (scopeAt >= 0)
        {
            // getaddrinfo resolves the scope by the device's name (or takes a number as the index).
            scopeDevice = namespace.device(target.substring(scopeAt + 1));
            if (scopeDevice == null)
            {
                throw out.fail("ping: " + target + ": Name or service not known", 2);
            }
        }
        if (verbose)
        {
            // getaddrinfo() of the numeric target: one answer, its canonical name the text itself.
            out.line("ai->ai_family: " + (ipv6 ? "AF_INET6" : "AF_INET") + ", ai->ai_canonname: '" + target + "'");
        }
        if (ipv6 ? ipv4Only : ipv6Only)
        {
            throw out.fail("ping: " + target + ": Address family for hostname not supported", 2);
        }

        NetDevice device = null;
        if (deviceName != null)
        {
            device = namespace.device(deviceName);
            if (device == null)
            {
                throw out.fail(ipv6 ? "ping: unknown iface: " + deviceName
                    : "ping: SO_BINDTODEVICE " + deviceName + ": No such device", 2);
            }
        }
        final PingOptions pingOptions = ipv6
            ? PingOptions.toIpv6(destination6[0], destination6[1], target).scopeDevice(scopeDevice)
            : PingOptions.to(destination, target);
        pingOptions.dataLength(dataLength).quiet(quiet).intervalMs(intervalMs).lingerMs(lingerMs).preload(preload)
            .count(count).deadlineS(deadlineS).interruptAfterNs(invocation.interruptAfterNs());
        if (source6 != null && ipv6)
        {
            pingOptions.sourceAddress6(source6[0], source6[1]);
        }
        if (device != null)
        {
            pingOptions.device(device);
        }
        if (pmtuDiscovery != null)
        {
            pingOptions.pmtuDiscovery(pmtuDiscovery);
        }
        if (patternBytes != null)
        {
            pingOptions.pattern(patternBytes);
        }
        pingOptions.tos(tos & 0xFF).reportOutstanding(outstanding);
        if (sourceAddress != null)
        {
            pingOptions.sourceAddress(sourceAddress);
        }
        if (ttl >= 0)
        {
            pingOptions.ttl(ttl);
        }
        // ping4_run's and ping6_run's getifaddrs() for the -I warning dump the links, which gives peers their nsids
        final PingPrinter printer = new PingPrinter(out, pingOptions, deviceName,
            ipv6 ? source6 != null : sourceAddress != null, timestamps, verbose, invocation::dumpLinks);
        final PingResult result = invocation.simulation().ping(namespace, pingOptions, printer);
        return printer.finish(result);
    }

    /**
     * parsetos: {@code 0x} and hex digits, or a decimal number (strtol: a sign and leading blanks allowed, the whole
     * word used); the value must not exceed 255.
     */
    private static int parseTos(final String text, final Output out)
    {
        final boolean hex = text.startsWith("0x") || text.startsWith("0X");
        final String digits = hex ? text.substring(2) : text;
        final java.util.regex.Matcher number = java.util.regex.Pattern
            .compile(hex ? "\\s*([-+]?)(?:0[xX])?([0-9a-fA-F]+)" : "\\s*([-+]?)([0-9]+)").matcher(digits);
        long value = 0;
        if (number.matches())
        {
            final java.math.BigInteger parsed = new java.math.BigInteger(number.group(1) + number.group(2),
                hex ? 16 : 10);
            // strtol saturates at LONG_MIN/LONG_MAX; parsetos keeps an int of it.
            value = parsed.bitLength() >= 64 ? (parsed.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                : parsed.longValue();
        }
        else if (!digits.isEmpty())
        {
            throw out.fail("ping: bad TOS value: " + text, 2);
        }
        final int tos = (int) value;
        if (tos > 255)
        {
            throw out.fail("ping: the decimal value of TOS bits must be in range 0-255: " + tos, 2);
        }
        return tos;
    }

    /**
     * fill(): hex digits only, read as up to 16 bytes of two digits each ({@code %2x}), repeated over the data; the
     * {@code PATTERN: 0x...} line unless -q.
     */
    private static byte[] fill(final String pattern, final boolean quiet, final Output out)
    {
        for (int i = 0; i < pattern.length(); i++)
        {
            if (Character.digit(pattern.charAt(i), 16) < 0)
            {
                throw out.fail("ping: patterns must be specified as hex digits: " + pattern.substring(i), 2);
            }
        }
        final int count = Math.min(16, (pattern.length() + 1) / 2);
        final byte[] bytes = new byte[count];
        final StringBuilder line = new StringBuilder("PATTERN: 0x");
        for (int i = 0; i < count; i++)
        {
            bytes[i] = (byte) Integer.parseInt(pattern.substring(2 * i, Math.min(pattern.length(), 2 * i + 2)), 16);
            line.append(String.format("%02x", bytes[i] & 0xFF));
        }
        if (!quiet)
        {
            out.line(line.toString());
        }
        return bytes;
    }

    /** strtol_or_err: a whole decimal number (base 10) within [min, max], or ping's message and exit 1. */
    private static long integer(final String text, final long min, final long max, final Output out)
    {
        final String trimmed = text.stripLeading();
        if (!trimmed.matches("[-+]?[0-9]+"))
        {
            throw out.fail("ping: invalid argument: '" + text + "'", 1);
        }
        final BigDecimal value = new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
            || value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0)
        {
            throw out.fail("ping: invalid argument: '" + text + "': Numerical result out of range", 1);
        }
        final long parsed = value.longValueExact();
        if (parsed < min || parsed > max)
        {
            throw out.fail("ping: invalid argument: '" + text + "': out of range: " + min + " <= value <= " + max, 1);
        }
        return parsed;
    }

    /** {@code -i}: ping_strtod, then the range check; milliseconds. */
    private static long interval(final String text, final Output out)
    {
        final double seconds = strtod(text, "bad timing interval", out);
        if (seconds > (double) Integer.MAX_VALUE / 1000)
        {
            throw out.fail("ping: bad timing interval: " + text, 2);
        }
        return (long) (seconds * 1000);
    }

    /** {@code -W}: ping_strtod, then the range check; milliseconds. */
    private static long linger(final String text, final Output out)
    {
        final double seconds = strtod(text, "bad linger time", out);
        if (seconds < 0 || seconds > (double) Integer.MAX_VALUE / 1000)
        {
            throw out.fail("ping: bad linger time: " + text, 2);
        }
        return (long) (seconds * 1000);
    }

    /**
     * ping_strtod: the longest leading decimal number; anything after it is "garbage", warned about but not fatal
     * (the value read so far, 0 when nothing was, is used).
     */
    private static double strtod(final String text, final String errorMessage, final Output out)
    {
        if (text.isEmpty())
        {
            throw out.fail("ping: " + errorMessage + ": ", 2);
        }
        final java.util.regex.Matcher number =
            java.util.regex.Pattern.compile("^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?").matcher(text);
        final String lower = text.trim().toLowerCase();
        if (lower.matches("[-+]?(inf|infinity|nan)"))
        {
            throw out.fail("ping: " + errorMessage + ": " + text + ": Numerical result out of range", 2);
        }
        double value = 0;
        int end = 0;
        if (number.find())
        {
            value = Double.parseDouble(number.group().trim());
            end = number.end();
        }
        if (end < text.length())
        {
            out.line("ping: option argument contains garbage: " + text.substring(end));
            out.line("ping: this will become fatal error in the future");
        }
        return value;
    }
}
