package dev.nslab.cli.emulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import dev.nslab.stack.PingResult;

/** iputils ping 20221126's text for a run: the header, reply and error lines, and finish()'s statistics. */
final class PingPrinter
{
    private final Output out;

    PingPrinter(final Output out)
    {
        this.out = out;
    }

    /** @return ping's exit code. */
    int print(final PingResult result, final String deviceName, final boolean sourceGiven)
    {
        if (result.connectError() != null)
        {
            throw out.fail("ping: connect: " + result.connectError().message(), 2);
        }
        final String hostname = result.options().hostname();
        final StringBuilder header = new StringBuilder("PING ").append(hostname).append(" (")
            .append(Inet.format(result.options().destination())).append(") ");
        if (deviceName != null || sourceGiven)
        {
            header.append("from ").append(Inet.format(result.source())).append(' ')
                .append(deviceName == null ? "" : deviceName).append(": ");
        }
        final int dataLength = result.options().dataLength();
        header.append(dataLength).append('(').append(dataLength + 28).append(") bytes of data.");
        out.line(header.toString());
        for (final PingResult.Event event : result.events())
        {
            out.line(event instanceof PingResult.Reply reply ? replyLine(reply) : errorLine((PingResult.IcmpError) event));
        }
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
        }
        out.line(last.toString());
        return result.exitCode();
    }

    private static String replyLine(final PingResult.Reply reply)
    {
        final StringBuilder line = new StringBuilder();
        line.append(reply.bytes()).append(" bytes from ").append(Inet.format(reply.from())).append(": icmp_seq=")
            .append(reply.sequence()).append(" ttl=").append(reply.ttl());
        if (reply.tripUs() >= 0)
        {
            line.append(" time=").append(tripTime(reply.tripUs())).append(" ms");
        }
        if (reply.duplicate())
        {
            line.append(" (DUP!)");
        }
        return line.toString();
    }

    private static String errorLine(final PingResult.IcmpError error)
    {
        return "From " + Inet.format(error.from()) + " icmp_seq=" + error.sequence() + " "
            + icmpText(error.type(), error.code(), error.info());
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
        if (us >= 100_000 - 50)
        {
            return String.valueOf((us + 500) / 1000);
        }
        if (us >= 10_000 - 5)
        {
            return (us + 50) / 1000 + "." + ((us + 50) % 1000) / 100;
        }
        if (us >= 1000)
        {
            return (us + 5) / 1000 + "." + String.format("%02d", ((us + 5) % 1000) / 10);
        }
        return us / 1000 + "." + String.format("%03d", us % 1000);
    }

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
