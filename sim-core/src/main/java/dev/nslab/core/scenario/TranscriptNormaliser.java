package dev.nslab.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what differs between two correct runs of the same scenario, and nothing else: MAC addresses (except the
 * all-zero and broadcast ones), interface indexes, peer indexes and peer namespaces, ping times, the {@code pipe}
 * count, IPv6 address lines (link-local addresses and DAD state depend on random MACs and timers), and the order of
 * {@code ip neigh} lines. Everything else must match byte for byte.
 */
public final class TranscriptNormaliser
{
    private static final String COMMAND_PREFIX = "$ ";

    private static final Pattern MAC = Pattern.compile(
        "(?<![0-9A-Fa-f:])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?![0-9A-Fa-f:])");
    private static final Pattern INTERFACE_INDEX = Pattern.compile("^\\d+: ");
    private static final Pattern PEER_INDEX = Pattern.compile("@if\\d+");
    private static final Pattern LINK_NETNS = Pattern.compile("link-netns \\S+");
    private static final Pattern LINK_NETNSID = Pattern.compile("link-netnsid \\d+");
    private static final Pattern PING_TIME = Pattern.compile("time[=<][0-9.]+ ms");
    private static final Pattern PING_TOTAL_TIME = Pattern.compile("time \\d+ms");
    private static final Pattern RTT = Pattern.compile("rtt min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms");
    private static final Pattern PIPE_SUFFIX = Pattern.compile(", pipe \\d+");
    private static final Pattern PIPE_LINE = Pattern.compile("^pipe \\d+$");
    private static final Pattern INET6_LINE = Pattern.compile("^\\s+inet6 .*");
    private static final Pattern VALID_LFT_LINE = Pattern.compile("^\\s+valid_lft .*");

    private TranscriptNormaliser()
    {
    }

    public static String normalise(final String transcript)
    {
        final List<String> lines = splitLines(transcript);
        final StringBuilder out = new StringBuilder(transcript.length());
        int index = 0;
        while (index < lines.size())
        {
            final String line = lines.get(index);
            if (!line.startsWith(COMMAND_PREFIX))
            {
                appendOutputLines(out, lines, index, index + 1, false);
                index++;
                continue;
            }
            int end = index + 1;
            while (end < lines.size() && !lines.get(end).startsWith(COMMAND_PREFIX))
            {
                end++;
            }
            out.append(line).append('\n');
            appendOutputLines(out, lines, index + 1, end, isNeighbourCommand(line));
            index = end;
        }
        if (!transcript.endsWith("\n") && out.length() > 0)
        {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Normalises one command's output lines [from, to); neighbour output is sorted (its order is a hash order). */
    private static void appendOutputLines(
        final StringBuilder out, final List<String> lines, final int from, final int to, final boolean sort)
    {
        final List<String> kept = new ArrayList<>();
        String exitLine = null;
        for (int i = from; i < to; i++)
        {
            final String line = lines.get(i);
            if (INET6_LINE.matcher(line).matches())
            {
                if (i + 1 < to && VALID_LFT_LINE.matcher(lines.get(i + 1)).matches())
                {
                    i++;
                }
                continue;
            }
            if (sort && i == to - 1 && line.startsWith("[exit "))
            {
                exitLine = line;
                continue;
            }
            kept.add(maskLine(line));
        }
        if (sort)
        {
            kept.sort(null);
        }
        for (final String line : kept)
        {
            out.append(line).append('\n');
        }
        if (exitLine != null)
        {
            out.append(exitLine).append('\n');
        }
    }

    static String maskLine(final String line)
    {
        String masked = maskMacs(line);
        masked = INTERFACE_INDEX.matcher(masked).replaceFirst("N: ");
        masked = PEER_INDEX.matcher(masked).replaceAll("@ifN");
        masked = LINK_NETNS.matcher(masked).replaceAll("link-netns NS");
        masked = LINK_NETNSID.matcher(masked).replaceAll("link-netnsid N");
        masked = PING_TIME.matcher(masked).replaceAll("time=T ms");
        masked = PING_TOTAL_TIME.matcher(masked).replaceAll("time Tms");
        masked = RTT.matcher(masked).replaceAll("rtt min/avg/max/mdev = T/T/T/T ms");
        masked = PIPE_SUFFIX.matcher(masked).replaceAll(", pipe N");
        masked = PIPE_LINE.matcher(masked).replaceAll("pipe N");
        return masked;
    }

    private static String maskMacs(final String line)
    {
        final Matcher matcher = MAC.matcher(line);
        final StringBuilder out = new StringBuilder(line.length());
        while (matcher.find())
        {
            final String mac = matcher.group();
            final boolean deterministic =
                mac.equals("00:00:00:00:00:00") || mac.equalsIgnoreCase("ff:ff:ff:ff:ff:ff");
            matcher.appendReplacement(out, deterministic ? mac : "xx:xx:xx:xx:xx:xx");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isNeighbourCommand(final String commandLine)
    {
        try
        {
            final List<ScenarioLine> parsed =
                ShellScanner.scan("transcript", commandLine.substring(COMMAND_PREFIX.length()));
            return parsed.size() == 1 && ScenarioCommands.isIpNeighbour(parsed.get(0).words());
        }
        catch (final ScenarioException e)
        {
            return false; // not a command nslab runs, so not an ip neigh
        }
    }

    private static List<String> splitLines(final String text)
    {
        final List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length())
        {
            int end = text.indexOf('\n', start);
            if (end < 0)
            {
                end = text.length();
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }
}
