package dev.nslab.bench.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics iputils ping prints when it ends:
 * <pre>
 * 20000 packets transmitted, 20000 received, 0% packet loss, time 1234ms
 * rtt min/avg/max/mdev = 0.010/0.020/0.150/0.005 ms, ipg/ewma 0.061/0.021 ms
 * </pre>
 * With {@code -f} ping sends the next request as soon as a reply comes back, so received / time is round trips
 * per second, one at a time, as nslab's echo benchmark does them.
 *
 * @param transmitted requests sent.
 * @param received    replies received.
 * @param timeMs      ping's own elapsed time, in whole ms.
 * @param averageRttMs the mean round trip, in ms.
 */
record PingSummary(long transmitted, long received, long timeMs, double averageRttMs)
{
    private static final Pattern COUNTS =
        Pattern.compile("(\\d+) packets transmitted, (\\d+) received,.* time (\\d+)ms");
    private static final Pattern RTT = Pattern.compile("rtt min/avg/max/mdev = [\\d.]+/([\\d.]+)/");

    /**
     * @param output ping's output (or a transcript holding it).
     * @throws IllegalArgumentException when the summary is not there.
     */
    static PingSummary parse(final String output)
    {
        final Matcher counts = COUNTS.matcher(output);
        if (!counts.find())
        {
            throw new IllegalArgumentException("no ping summary in: " + output);
        }
        final Matcher rtt = RTT.matcher(output);
        final double average = rtt.find() ? Double.parseDouble(rtt.group(1)) : Double.NaN;
        return new PingSummary(Long.parseLong(counts.group(1)), Long.parseLong(counts.group(2)),
            Long.parseLong(counts.group(3)), average);
    }

    /** @return replies per second, or NaN when ping reported 0 ms. */
    double roundTripsPerSecond()
    {
        return timeMs == 0 ? Double.NaN : received * 1000.0 / timeMs;
    }
}
