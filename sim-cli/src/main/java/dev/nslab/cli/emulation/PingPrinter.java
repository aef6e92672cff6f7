package dev.nslab.cli.emulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import dev.nslab.stack.app.PingAddress;
import dev.nslab.stack.app.PingListener;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * iputils ping 20221126's text for a run: the header when ping starts, each reply and error line as it arrives,
 * and finish()'s statistics at the end. Nothing of a run is kept here, so a ping of any length prints in the same
 * memory.
 */
final class PingPrinter implements PingListener
{
    private final Output out;
    private final PingOptions options;
    private final String deviceName;
    private final boolean sourceGiven;
    private final boolean timestamps;
    private final boolean verbose;
    private final Runnable linkDump;
    private int ident = -1;
    /** One reply line at a time, reused: millions of replies must not cost millions of builders. */
    private final StringBuilder line = new StringBuilder(96);
    private String fromText = "";
    private PingAddress fromAddress;

    /**
     * @param options     the run's options (its target, as typed, and its data length).
     * @param deviceName  {@code -I DEV}, or null.
     * @param sourceGiven whether {@code -I ADDRESS} chose the source.
     * @param timestamps  {@code -D}: print_timestamp's {@code [seconds.microseconds] } before reply, error and
     *                    outstanding lines.
     * @param verbose     {@code -v}: {@code ident=N} in reply lines.
     * @param linkDump    getifaddrs()'s link dump in ping's namespace.
     */
    PingPrinter(final Output out, final PingOptions options, final String deviceName, final boolean sourceGiven,
        final boolean timestamps, final boolean verbose, final Runnable linkDump)
    {
        this.verbose = verbose;
        this.linkDump = linkDump;
        this.out = out;
        this.options = options;
        this.deviceName = deviceName;
        this.sourceGiven = sourceGiven;
        this.timestamps = timestamps;
    }

    /**
     * The header: {@code PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.}, or ping6_run's
     * {@code PING fd00::2(fd00::2) 56 data bytes}.
     */
    @Override
    public void started(final PingAddress source, final int ident)
    {
        this.ident = ident;
        final StringBuilder header = new StringBuilder("PING ").append(options.hostname());
        if (source.ipv6())
        {
            header.append('(').append(targetText()).append(") ");
        }
        else
        {
            header.append(" (").append(Inet.format(options.destination())).append(") ");
        }
        if (deviceName != null || sourceGiven)
        {
            header.append("from ").append(format(source)).append(' ')
                .append(deviceName == null ? "" : deviceName).append(": ");
        }
        final int dataLength = options.dataLength();
        if (source.ipv6())
        {
            header.append(dataLength).append(" data bytes");
        }
        else
        {
            header.append(dataLength).append('(').append(dataLength + 28).append(") bytes of data.");
        }
        out.line(header.toString());
    }

    /** pr_addr of the target as getaddrinfo gave it: its scope printed when it has one. */
    private String targetText()
    {
        final String address = Inet6.format(options.destinationHigh(), options.destinationLow());
        return options.scopeDevice() != null && dev.nslab.stack.ipv6.Ipv6Address.needsScope(options.destinationHigh())
            ? address + "%" + options.scopeDevice().name() : address;
    }

    /** pr_addr with NI_NUMERICHOST: dotted quad, or IPv6 text with {@code %DEV} for a scoped address. */
    static String format(final PingAddress address)
    {
        if (!address.ipv6())
        {
            return Inet.format(address.ipv4());
        }
        final String text = Inet6.format(address.high(), address.low());
        return address.scopeDevice() == null ? text : text + "%" + address.scopeDevice();
    }

    @Override
    public void event(final PingResult.Event event)
    {
        if (event instanceof PingResult.Reply reply)
        {
            out.print(replyLine(reply));
        }
        else if (event instanceof PingResult.IcmpError error)
        {
            out.line(timestamp(error.timeNs()) + errorLine(error));
        }
        else if (event instanceof PingResult.Redirect redirect)
        {
            out.line(timestamp(redirect.timeNs()) + "From " + Inet.format(redirect.from()) + ": icmp_seq="
                + redirect.sequence() + " " + redirectText(redirect.code()) + "(New nexthop: "
                + Inet.format(redirect.gateway()) + ")");
        }
        else if (event instanceof PingResult.LocalError local)
        {
            // error(): stderr, no timestamp.
            out.line(local.messageTooLong()
                ? "ping: local error: message too long, mtu" + (options.isIpv6() ? ": " : "=") + local.mtu()
                : "ping: sendmsg: No buffer space available");
        }
        else if (event instanceof PingResult.NoAnswerYet outstanding)
        {
            out.line(timestamp(outstanding.timeNs()) + "no answer yet for icmp_seq=" + outstanding.sequence());
        }
    }

    /** ping4_run's and ping6_run's startup errors, as iputils words them. */
    private String startupMessage(final PingResult.StartupFailure failure)
    {
        if (options.isIpv6())
        {
            return (failure.step() == PingResult.StartupFailure.Step.BIND ? "ping: bind icmp socket: "
                : "ping: connect: ") + failure.errno().message();
        }
        return switch (failure.step())
        {
            case BIND -> "ping: bind: " + failure.errno().message();
            // EACCES: a broadcast route (no SO_BROADCAST), or a prohibit route or rule.
            case CONNECT -> failure.errno() == NetlinkException.Errno.EACCES
                ? "ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules"
                : "ping: connect: " + failure.errno().message();
            case SET_TTL -> "ping: cannot set unicast time-to-live: " + failure.errno().message();
        };
    }

    @Override
    public void interfacesListed()
    {
        linkDump.run();
    }

    @Override
    public void sourceMayBeOffDevice()
    {
        out.line("ping: Warning: source address might be selected on device other than: " + deviceName);
    }

    /**
     * The statistics, after the run.
     *
     * @return ping's exit code.
     */
    int finish(final PingResult result)
    {
        final PingResult.StartupFailure failure = result.startupFailure();
        if (failure != null)
        {
            throw out.fail(startupMessage(failure), 2);
        }
        final String hostname = options.hostname();
        out.line("");
        out.line("--- " + hostname + " ping statistics ---");
        final StringBuilder summary = new StringBuilder();
        summary.append(result.transmitted()).append(" packets transmitted, ").append(result.received()).append(" received");
        if (result.duplicates() > 0)
        {
            summary.append(", +").append(result.duplicates()).append(" duplicates");
        }
        if (result.errors() > 0)
        {
            summary.append(", +").append(result.errors()).append(" errors");
        }
        if (result.transmitted() > 0)
        {
            summary.append(", ").append(loss(result.transmitted(), result.received())).append("% packet loss");
            summary.append(", time ").append(result.timeMs()).append("ms");
        }
        out.line(summary.toString());
        final StringBuilder last = new StringBuilder();
        String comma = "";
        if (result.received() > 0 && result.timing())
        {
            last.append("rtt min/avg/max/mdev = ").append(millis(result.rttMinUs())).append('/')
                .append(millis(result.rttAvgUs())).append('/').append(millis(result.rttMaxUs())).append('/')
                .append(millis(result.rttMdevUs())).append(" ms");
            comma = ", ";
        }
        if (result.pipe() > 1)
        {
            last.append(comma).append("pipe ").append(result.pipe());
            comma = ", ";
        }
        if (result.received() > 0 && options.intervalMs() == 0 && result.transmitted() > 1)
        {
            // finish(): the mean gap between sends (int microseconds) and the moving average of the round trip.
            final int ipg = (int) (result.elapsedUs() / (result.transmitted() - 1));
            final int ewma = (int) result.rttEwma();
            last.append(comma).append("ipg/ewma ").append(ipg / 1000).append('.')
                .append(String.format("%03d", ipg % 1000)).append('/').append(ewma / 8000).append('.')
                .append(String.format("%03d", (ewma / 8) % 1000)).append(" ms");
        }
        out.line(last.toString());
        return result.exitCode();
    }

    /** {@code 64 bytes from 10.0.1.2: icmp_seq=1 ttl=64 time=0.242 ms}, with its newline. */
    private String replyLine(final PingResult.Reply reply)
    {
        if (reply.from() != fromAddress)
        {
            fromAddress = reply.from();
            fromText = format(reply.from());
        }
        line.setLength(0);
        if (timestamps)
        {
            line.append(timestamp(reply.timeNs()));
        }
        line.append(reply.bytes()).append(" bytes from ").append(fromText).append(": icmp_seq=")
            .append(reply.sequence());
        if (verbose && ident != -1)
        {
            line.append(" ident=").append(ident);
        }
        line.append(" ttl=").append(reply.ttl());
        if (reply.tripUs() >= 0)
        {
            line.append(" time=");
            appendTripTime(line, reply.tripUs());
            line.append(" ms");
        }
        // gather_statistics: a group answers many times over; ping marks those only under -v.
        if (reply.duplicate() && (!multicastTarget() || verbose))
        {
            line.append(" (DUP!)");
        }
        return line.append('\n').toString();
    }

    /** @return rts->multicast: the target is an IPv6 group. */
    private boolean multicastTarget()
    {
        return options.isIpv6() && dev.nslab.stack.ipv6.Ipv6Address.isMulticast(options.destinationHigh());
    }

    /** print_timestamp: {@code [%lu.%06lu] } of the wall clock under -D, else nothing. */
    private String timestamp(final long timeNs)
    {
        if (!timestamps)
        {
            return "";
        }
        final long wallUs = PingResult.wallClockNs(timeNs) / 1000;
        return "[" + wallUs / 1_000_000 + "." + String.format("%06d", wallUs % 1_000_000) + "] ";
    }

    private static String errorLine(final PingResult.IcmpError error)
    {
        return "From " + format(error.from()) + " icmp_seq=" + error.sequence() + " "
            + (error.from().ipv6() ? icmpv6Text(error.type(), error.code(), error.info())
                : icmpText(error.type(), error.code(), error.info()));
    }

    /** ping6's print_icmp for the errors a ping can receive. */
    static String icmpv6Text(final int type, final int code, final int info)
    {
        return switch (type)
        {
            case 1 -> "Destination unreachable: " + switch (code)
            {
                case 0 -> "No route";
                case 1 -> "Administratively prohibited";
                case 2 -> "Beyond scope of source address";
                case 3 -> "Address unreachable";
                case 4 -> "Port unreachable";
                default -> "Unknown code " + code;
            };
            case 2 -> "Packet too big: mtu=" + info + (code != 0 ? ", code=" + code : "");
            case 3 -> "Time exceeded: " + switch (code)
            {
                case 0 -> "Hop limit";
                case 1 -> "Defragmentation failure";
                default -> "code " + code;
            };
            case 4 -> "Parameter problem: " + switch (code)
            {
                case 0 -> "Wrong header field ";
                case 1 -> "Unknown header ";
                case 2 -> "Unknown option ";
                default -> "code " + code + " ";
            } + "at " + Integer.toUnsignedString(info);
            default -> "unknown icmp type: " + type;
        };
    }

    /** pr_icmph's words for an ICMP redirect's code. */
    static String redirectText(final int code)
    {
        return switch (code)
        {
            case 0 -> "Redirect Network";
            case 1 -> "Redirect Host";
            case 2 -> "Redirect Type of Service and Network";
            case 3 -> "Redirect Type of Service and Host";
            default -> "Redirect, Bad Code: " + code;
        };
    }

    /** pr_icmph's texts for the errors a ping can receive. */
    static String icmpText(final int type, final int code, final int info)
    {
        return switch (type)
        {
            case 3 -> switch (code)
            {
                case 0 -> "Destination Net Unreachable";
                case 1 -> "Destination Host Unreachable";
                case 2 -> "Destination Protocol Unreachable";
                case 3 -> "Destination Port Unreachable";
                case 4 -> "Frag needed and DF set (mtu = " + info + ")";
                case 5 -> "Source Route Failed";
                case 6 -> "Destination Net Unknown";
                case 7 -> "Destination Host Unknown";
                case 8 -> "Source Host Isolated";
                case 9 -> "Destination Net Prohibited";
                case 10 -> "Destination Host Prohibited";
                case 11 -> "Destination Net Unreachable for Type of Service";
                case 12 -> "Destination Host Unreachable for Type of Service";
                case 13 -> "Packet filtered";
                case 14 -> "Precedence Violation";
                case 15 -> "Precedence Cutoff";
                default -> "Dest Unreachable, Bad Code: " + code;
            };
            case 11 -> switch (code)
            {
                case 0 -> "Time to live exceeded";
                case 1 -> "Frag reassembly time exceeded";
                default -> "Time exceeded, Bad Code: " + code;
            };
            case 12 -> "Parameter problem: pointer = " + info;
            default -> "Bad ICMP type: " + type;
        };
    }

    /** The reply's {@code time=}: 3 decimals (truncated) under 1 ms, 2 under 10, 1 under 100, none above. */
    static String tripTime(final long us)
    {
        final StringBuilder text = new StringBuilder(12);
        appendTripTime(text, us);
        return text.toString();
    }

    private static void appendTripTime(final StringBuilder text, final long us)
    {
        if (us >= 100_000 - 50)
        {
            text.append((us + 500) / 1000);
        }
        else if (us >= 10_000 - 5)
        {
            text.append((us + 50) / 1000).append('.').append(((us + 50) % 1000) / 100);
        }
        else if (us >= 1000)
        {
            text.append((us + 5) / 1000).append('.');
            appendZeroPadded(text, ((us + 5) % 1000) / 10, 2);
        }
        else
        {
            text.append(us / 1000).append('.');
            appendZeroPadded(text, us % 1000, 3);
        }
    }

    /** {@code %0<width>ld} for a value that is not negative (String.format is slow, and this is per reply). */
    private static void appendZeroPadded(final StringBuilder text, final long value, final int width)
    {
        final String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++)
        {
            text.append('0');
        }
        text.append(digits);
    }

    /** {@code %ld.%03ld} of microseconds as milliseconds, as finish() prints them (negative parts as C does). */
    private static String millis(final long us)
    {
        return us / 1000 + "." + String.format("%03d", us % 1000);
    }

    /** {@code %g} of the float loss percentage: six significant digits, no trailing zeros. */
    static String loss(final long transmitted, final long received)
    {
        final double value = (float) ((transmitted - received) * 100.0 / transmitted);
        if (value == 0)
        {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros()
            .toPlainString();
    }
}
