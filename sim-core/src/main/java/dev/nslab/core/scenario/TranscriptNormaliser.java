package dev.nslab.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what differs between two correct runs of the same scenario, and nothing else: MAC addresses (except the
 * all-zero and broadcast ones), interface indexes, peer indexes and peer namespaces, ping times (also
 * {@code ipg/ewma}, {@code ping -D}'s timestamps and {@code ping -v}'s random identifier), the {@code pipe} count,
 * IPv6 address lines (link-local addresses and DAD state depend on random MACs and timers), the EUI-64 interface
 * identifiers derived from MACs wherever else an IPv6 address shows ({@code ip -br addr}), and the order of
 * {@code ip neigh} lines; in {@code ip -j} output likewise the indexes and namespace ids, the IPv6 address objects
 * (all but their family) and the order of a compact neighbour list. Everything else must match byte for byte.
 * Which commands list neighbours is the caller's to say (it knows ip's syntax; sim-core does not).
 */
public final class TranscriptNormaliser
{
    private static final String COMMAND_PREFIX = "$ ";

    private static final Pattern MAC = Pattern.compile(
        "(?<![0-9A-Fa-f:])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?![0-9A-Fa-f:])");
    /**
     * The low 64 bits of an IPv6 address made from a MAC (RFC 4291 appendix A: {@code ff:fe} in the middle), as
     * inet6_ntop prints them: the first group may be compressed away with {@code ::} when it is zero.
     */
    private static final Pattern EUI64_IDENTIFIER = Pattern.compile(
        "(?<=:)(?:[0-9a-f]{1,4}:)?[0-9a-f]{0,2}ff:fe[0-9a-f]{2}:[0-9a-f]{1,4}(?![0-9a-f:])");
    private static final Pattern INTERFACE_INDEX = Pattern.compile("^\\d+: ");
    private static final Pattern PEER_INDEX = Pattern.compile("@if\\d+");
    private static final Pattern LINK_NETNS = Pattern.compile("link-netns \\S+");
    private static final Pattern LINK_NETNSID = Pattern.compile("link-netnsid \\d+");
    private static final Pattern PING_TIME = Pattern.compile("time[=<][0-9.]+ ms");
    private static final Pattern PING_TOTAL_TIME = Pattern.compile("time \\d+ms");
    private static final Pattern RTT = Pattern.compile("rtt min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms");
    private static final Pattern PIPE_SUFFIX = Pattern.compile(", pipe \\d+");
    private static final Pattern PIPE_LINE = Pattern.compile("^pipe \\d+$");
    private static final Pattern PING_IDENT = Pattern.compile(" ident=\\d+ ttl=");
    private static final Pattern IPG_EWMA = Pattern.compile("ipg/ewma [0-9.]+/[0-9.]+ ms");
    private static final Pattern PING_TIMESTAMP = Pattern.compile("^\\[\\d+\\.\\d{6}\\] ");
    /** JSON's indexes and namespace ids ({@code "ifindex":2}, {@code "link_index": 7}), compact or pretty. */
    private static final Pattern JSON_INDEX =
        Pattern.compile("\"(ifindex|link_index|index|link_netnsid)\":( ?)\\d+");

    private final Consumer<String> out;
    private final Predicate<List<String>> listsNeighbours;
    private final List<String> neighbourLines = new ArrayList<>();
    private boolean sortingNeighbours;

    /**
     * A normaliser that works line by line, for transcripts too long to hold: feed it with {@link #line}, end with
     * {@link #finish}. It holds at most one {@code ip neigh} command's output (which it sorts).
     *
     * @param out             receives the normalised lines, without their newlines.
     * @param listsNeighbours given a command's words, whether it lists neighbours ({@code ip neigh}, also through
     *                        {@code ip netns exec}), whose lines the kernel prints in no fixed order.
     */
    public TranscriptNormaliser(final Consumer<String> out, final Predicate<List<String>> listsNeighbours)
    {
        this.out = Objects.requireNonNull(out, "out");
        this.listsNeighbours = Objects.requireNonNull(listsNeighbours, "listsNeighbours");
    }

    /** @param listsNeighbours as for {@link #TranscriptNormaliser(Consumer, Predicate)}. */
    public static String normalise(final String transcript, final Predicate<List<String>> listsNeighbours)
    {
        final StringBuilder text = new StringBuilder(transcript.length());
        final TranscriptNormaliser normaliser =
            new TranscriptNormaliser(line -> text.append(line).append('\n'), listsNeighbours);
        splitLines(transcript, normaliser::line);
        normaliser.finish();
        if (!transcript.endsWith("\n") && text.length() > 0)
        {
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    /** Takes the next line of the transcript, without its newline. */
    public void line(final String line)
    {
        if (line.startsWith(COMMAND_PREFIX))
        {
            finishCommand();
            out.accept(line);
            sortingNeighbours = isNeighbourCommand(line);
            return;
        }
        if (sortingNeighbours)
        {
            neighbourLines.add(line);
            return;
        }
        out.accept(maskLine(line));
    }

    /** Ends the transcript: hands over what the last command held back. */
    public void finish()
    {
        finishCommand();
    }

    /** Ends an {@code ip neigh} command's output: sorted (its order is a hash order), its exit line last. */
    private void finishCommand()
    {
        if (!sortingNeighbours)
        {
            return;
        }
        sortingNeighbours = false;
        final List<String> kept = new ArrayList<>();
        String exitLine = null;
        for (int i = 0; i < neighbourLines.size(); i++)
        {
            final String line = neighbourLines.get(i);
            if (i == neighbourLines.size() - 1 && line.startsWith("[exit "))
            {
                exitLine = line;
                continue;
            }
            kept.add(sortJsonArray(maskLine(line)));
        }
        neighbourLines.clear();
        kept.sort(null);
        kept.forEach(out);
        if (exitLine != null)
        {
            out.accept(exitLine);
        }
    }

    /** A compact JSON list of flat objects ({@code ip -j neigh}) in sorted order, as its lines are sorted. */
    private static String sortJsonArray(final String line)
    {
        if (!line.startsWith("[{") || !line.endsWith("}]"))
        {
            return line;
        }
        final String inside = line.substring(2, line.length() - 2);
        final List<String> objects = new ArrayList<>(List.of(inside.split("\\},\\{")));
        objects.sort(null);
        return "[{" + String.join("},{", objects) + "}]";
    }

    static String maskLine(final String line)
    {
        String masked = JSON_INDEX.matcher(line).replaceAll("\"$1\":$2N");
        masked = maskMacs(masked);
        masked = EUI64_IDENTIFIER.matcher(masked).replaceAll("xxxx:xxff:fexx:xxxx");
        masked = INTERFACE_INDEX.matcher(masked).replaceFirst("N: ");
        masked = PEER_INDEX.matcher(masked).replaceAll("@ifN");
        masked = LINK_NETNS.matcher(masked).replaceAll("link-netns NS");
        masked = LINK_NETNSID.matcher(masked).replaceAll("link-netnsid N");
        masked = PING_TIME.matcher(masked).replaceAll("time=T ms");
        masked = PING_TOTAL_TIME.matcher(masked).replaceAll("time Tms");
        masked = RTT.matcher(masked).replaceAll("rtt min/avg/max/mdev = T/T/T/T ms");
        masked = PIPE_SUFFIX.matcher(masked).replaceAll(", pipe N");
        masked = PIPE_LINE.matcher(masked).replaceAll("pipe N");
        masked = IPG_EWMA.matcher(masked).replaceAll("ipg/ewma T/T ms");
        masked = PING_IDENT.matcher(masked).replaceFirst(" ident=N ttl=");
        masked = PING_TIMESTAMP.matcher(masked).replaceFirst("[T] ");
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

    private boolean isNeighbourCommand(final String commandLine)
    {
        try
        {
            final List<ScenarioLine> parsed =
                ShellScanner.scan("transcript", commandLine.substring(COMMAND_PREFIX.length()));
            return parsed.size() == 1 && listsNeighbours.test(parsed.get(0).words());
        }
        catch (final ScenarioException e)
        {
            return false; // not a command nslab runs, so not an ip neigh
        }
    }

    private static void splitLines(final String text, final Consumer<String> lines)
    {
        int start = 0;
        while (start < text.length())
        {
            int end = text.indexOf('\n', start);
            if (end < 0)
            {
                end = text.length();
            }
            lines.accept(text.substring(start, end));
            start = end + 1;
        }
    }
}
