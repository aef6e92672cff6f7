package dev.nslab.cli.emulation;

import java.util.List;
import java.util.Locale;

import dev.nslab.stack.netfilter.Connection;
import dev.nslab.stack.netfilter.ConnectionTable;

/**
 * conntrack-tools 1.4.7's {@code conntrack} on the namespace's connection-tracking table: {@code -L [conntrack]
 * [-p PROTO]} (the entries as its default output prints them, then its summary line on stderr, which a merged
 * transcript shows first), {@code -C} (the count) and {@code -F} (flush). The rest (the other tables, the filters
 * and changes, events, statistics, other output formats) is refused by {@link #refusal}.
 */
final class ConntrackCommand
{
    private static final String PREFIX = "conntrack v1.4.7 (conntrack-tools): ";
    private static final String TRY = "Try `conntrack -h' or 'conntrack --help' for more information.";
    private static final long SECOND_NS = 1_000_000_000L;

    private ConntrackCommand()
    {
    }

    /** What a parsed line says: the command letter, the protocol filter (-1 for none), or an error of its own. */
    private record Line(char command, int protocol, List<String> error)
    {
    }

    /** @return why the line is not emulated, or null when it is (a mistake conntrack reports itself is emulated). */
    static String refusal(final List<String> arguments)
    {
        if (arguments.isEmpty())
        {
            return "'conntrack' without a command is not emulated (it prints its usage)";
        }
        char command = 0;
        for (int i = 0; i < arguments.size(); i++)
        {
            final String word = arguments.get(i);
            switch (word)
            {
                case "-L", "--dump", "-C", "--count", "-F", "--flush" ->
                {
                    if (command != 0)
                    {
                        return "'conntrack " + String.join(" ", arguments) + "' is not emulated (one command)";
                    }
                    command = word.equals("--dump") ? 'L' : word.equals("--count") ? 'C'
                        : word.equals("--flush") ? 'F' : word.charAt(1);
                    if (i + 1 < arguments.size() && arguments.get(i + 1).equals("conntrack"))
                    {
                        i++;
                    }
                }
                case "-p", "--protonum" ->
                {
                    if (i + 1 >= arguments.size())
                    {
                        return "'conntrack " + word + "' without a protocol is not emulated";
                    }
                    final String name = arguments.get(++i).toLowerCase(Locale.ROOT);
                    if (!name.matches("icmp|udp|tcp|[0-9]{1,3}") && !name.matches("[a-z][a-z0-9-]*"))
                    {
                        return "'conntrack -p " + arguments.get(i) + "' is not emulated";
                    }
                    if (name.matches("gre|sctp|dccp|udplite|icmpv6|ipv6-icmp"))
                    {
                        return "'conntrack -p " + name + "' is not emulated (nslab tracks ICMP, UDP and others "
                            + "generically)";
                    }
                }
                default ->
                {
                    return "'conntrack " + word + "' is not emulated (nslab runs conntrack -L [-p PROTO], -C and -F)";
                }
            }
        }
        if (command == 0)
        {
            return "'conntrack " + String.join(" ", arguments) + "' is not emulated (no command)";
        }
        return null;
    }

    private static Line parse(final List<String> arguments)
    {
        char command = 0;
        int protocol = -1;
        for (int i = 0; i < arguments.size(); i++)
        {
            final String word = arguments.get(i);
            switch (word)
            {
                case "-L", "--dump", "-C", "--count", "-F", "--flush" ->
                {
                    command = word.equals("--dump") ? 'L' : word.equals("--count") ? 'C'
                        : word.equals("--flush") ? 'F' : word.charAt(1);
                    if (i + 1 < arguments.size() && arguments.get(i + 1).equals("conntrack"))
                    {
                        i++;
                    }
                }
                default ->
                {
                    final String name = arguments.get(++i).toLowerCase(Locale.ROOT);
                    protocol = switch (name)
                    {
                        case "icmp" -> 1;
                        case "tcp" -> 6;
                        case "udp" -> 17;
                        default -> name.matches("[0-9]{1,3}") && Integer.parseInt(name) <= 255
                            ? Integer.parseInt(name) : -2;
                    };
                    if (protocol == -2)
                    {
                        return new Line(command, protocol, List.of(PREFIX + "`" + arguments.get(i)
                            + "' unsupported protocol", TRY));
                    }
                }
            }
        }
        if (protocol >= 0 && command != 'L')
        {
            return new Line(command, protocol, List.of(PREFIX + "Illegal option `--protonum' with this command", TRY));
        }
        return new Line(command, protocol, null);
    }

    static int run(final List<String> arguments, final Invocation invocation)
    {
        if (refusal(arguments) != null)
        {
            throw EmulationGate.unvetted("conntrack " + String.join(" ", arguments));
        }
        invocation.openedSocket(); // its ctnetlink socket
        final Output out = invocation.out();
        final Line line = parse(arguments);
        if (line.error() != null)
        {
            for (final String text : line.error())
            {
                out.line(text);
            }
            return 2;
        }
        final ConnectionTable table = invocation.namespace().netfilter().connections();
        final long now = invocation.simulation().now();
        switch (line.command())
        {
            case 'C' -> out.line(Integer.toString(table.count(now)));
            case 'F' ->
            {
                table.flush();
                out.line(PREFIX + "connection tracking table has been emptied.");
            }
            default -> list(table, line.protocol(), now, out);
        }
        return 0;
    }

    /** The entries as conntrack's default output prints them; the summary (stderr) comes first in a merged stream. */
    private static void list(final ConnectionTable table, final int protocol, final long now, final Output out)
    {
        final StringBuilder text = new StringBuilder();
        int shown = 0;
        for (final Connection connection : table.entries(now))
        {
            if (protocol >= 0 && connection.protocol() != protocol)
            {
                continue;
            }
            shown++;
            text.append(entry(connection, now)).append('\n');
        }
        out.line(PREFIX + shown + " flow entries have been shown.");
        out.print(text.toString());
    }

    /**
     * One entry: {@code %-8s %u %u }, the protocol's name and number and the seconds left, then the original tuple,
     * {@code [UNREPLIED]} before any reply, the reply tuple, {@code [ASSURED]}, the mark and the use count (the
     * table's reference and those of packets holding the entry, as one waiting for its neighbour does).
     */
    static String entry(final Connection connection, final long now)
    {
        final int protocol = connection.protocol();
        final StringBuilder out = new StringBuilder();
        out.append(String.format("%-8s %d ", protocolName(protocol), protocol));
        // The kernel's jiffies have always moved on a little since the packet that set the timeout.
        out.append(Math.max(0, (connection.expiresNs() - now - 1) / SECOND_NS)).append(' ');
        tuple(out, connection.tuple(0), protocol);
        if (!connection.seenReply())
        {
            out.append("[UNREPLIED] ");
        }
        tuple(out, connection.tuple(1), protocol);
        if (connection.assured())
        {
            out.append("[ASSURED] ");
        }
        return out.append("mark=0 use=").append(connection.use()).toString();
    }

    private static void tuple(final StringBuilder out, final Connection.TupleNode tuple, final int protocol)
    {
        out.append("src=").append(Inet.format(tuple.source())).append(" dst=").append(Inet.format(tuple.destination()))
            .append(' ');
        if (protocol == 1)
        {
            out.append("type=").append(tuple.destinationKey() >> 8).append(" code=")
                .append(tuple.destinationKey() & 0xFF).append(" id=").append(tuple.sourceKey()).append(' ');
        }
        else if (protocol == 6 || protocol == 17)
        {
            out.append("sport=").append(tuple.sourceKey()).append(" dport=").append(tuple.destinationKey())
                .append(' ');
        }
    }

    private static String protocolName(final int protocol)
    {
        return switch (protocol)
        {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            default -> "unknown";
        };
    }
}
