package dev.nslab.bench.ns3;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of the ns-3 echo program printed:
 * {@code ns3-echo routers=8 round_trips=20000 wall_ns=1661572000 sim_ns=2520000}.
 *
 * @param routers    forwarding nodes between client and server (0: the two-node ping).
 * @param roundTrips timed echo round trips (after the warm-up).
 * @param wallNs     wall-clock time they took, in ns.
 * @param simNs      simulated time they took, in ns.
 */
public record Ns3Result(int routers, long roundTrips, long wallNs, long simNs)
{
    private static final Pattern LINE = Pattern.compile(
        "^ns3-echo routers=(\\d+) round_trips=(\\d+) wall_ns=(\\d+) sim_ns=(\\d+)$", Pattern.MULTILINE);

    /**
     * @param output the program's standard output.
     * @throws IllegalArgumentException when the result line is not there.
     */
    public static Ns3Result parse(final String output)
    {
        final Matcher line = LINE.matcher(output);
        if (!line.find())
        {
            throw new IllegalArgumentException("no ns3-echo result line in: " + output.strip());
        }
        return new Ns3Result(Integer.parseInt(line.group(1)), Long.parseLong(line.group(2)),
            Long.parseLong(line.group(3)), Long.parseLong(line.group(4)));
    }

    /** @return round trips per wall-clock second, or NaN when no wall time was measured. */
    public double roundTripsPerSecond()
    {
        return wallNs <= 0 ? Double.NaN : roundTrips * 1e9 / wallNs;
    }
}
