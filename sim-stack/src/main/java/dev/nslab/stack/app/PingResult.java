package dev.nslab.stack.app;

import java.util.List;

import dev.nslab.stack.netlink.NetlinkException;

/**
 * What a ping run did: what it would have printed, as events in order, and the figures of its statistics.
 * Formatting the text is the command line's job; every number it needs is here.
 *
 * @param options         the options of the run.
 * @param startupFailure  non-null when ping's startup failed (its bind, its probe connect(), its IP_TTL): nothing
 *                        was sent.
 * @param source          the source address chosen (0.0.0.0 or :: when none was).
 * @param sourceOffDevice with {@code -I DEV}: the source is not an address of that device (ping warns).
 * @param events          replies and errors in the order ping printed them (empty when a listener had them).
 * @param transmitted     packets sent.
 * @param received        replies (duplicates not included).
 * @param duplicates      duplicate replies.
 * @param errors          ICMP errors about our packets.
 * @param timeMs          first send to last send, rounded to ms (the {@code time} of the statistics).
 * @param pipe            the most packets in flight when one was answered.
 * @param rttMinUs        smallest round trip, microseconds.
 * @param rttAvgUs        mean round trip.
 * @param rttMaxUs        largest round trip.
 * @param rttMdevUs       mean deviation as iputils computes it.
 * @param timing          whether round trips were measured ({@code -s} of at least 16).
 * @param exitCode        0 when a reply came (and -w was satisfied), 1 otherwise, 2 for a startup error.
 * @param startNs         virtual time the run started.
 * @param endNs           virtual time the run ended.
 * @param elapsedUs       first send to last send in microseconds, unrounded (what ipg is computed from).
 * @param rttEwma         iputils' rts->rtt: an exponentially weighted mean round trip, in microseconds times 8.
 */
public record PingResult(PingOptions options, StartupFailure startupFailure, PingAddress source,
    boolean sourceOffDevice, List<Event> events, long transmitted, long received, long duplicates, long errors,
    long timeMs, int pipe, long rttMinUs, long rttAvgUs, long rttMaxUs, long rttMdevUs, boolean timing,
    int exitCode, long startNs, long endNs, long elapsedUs, long rttEwma)
{
    /** Copies the events. */
    public PingResult
    {
        events = List.copyOf(events);
    }

    /** @return this result with these events (what a run that collected them printed). */
    public PingResult withEvents(final List<Event> printed)
    {
        return new PingResult(options, startupFailure, source, sourceOffDevice, printed, transmitted, received,
            duplicates, errors, timeMs, pipe, rttMinUs, rttAvgUs, rttMaxUs, rttMdevUs, timing, exitCode, startNs,
            endNs, elapsedUs, rttEwma);
    }

    /** @return the errno of a failed startup connect() (e.g. ENETUNREACH), or null. */
    public NetlinkException.Errno connectError()
    {
        return startupFailure != null && startupFailure.step() == StartupFailure.Step.CONNECT
            ? startupFailure.errno() : null;
    }

    /**
     * Where ping4_run's startup failed, before anything was sent.
     *
     * @param step  the call that failed.
     * @param errno what it failed with.
     */
    public record StartupFailure(Step step, NetlinkException.Errno errno)
    {
        /** ping4_run's startup calls that can fail on a namespace's state. */
        public enum Step
        {
            /** bind() to the -I address: EADDRNOTAVAIL when it is not ours. */
            BIND,
            /** The probe connect() (a UDP route lookup) when no -I address was given. */
            CONNECT,
            /** setsockopt(IP_TTL): a TTL of 0 is EINVAL. */
            SET_TTL
        }
    }

    /**
     * @return the wall-clock time (ns since 1970) ping's gettimeofday() reads at virtual time {@code virtualNs}: the
     * clock the echo payload carries, which {@code ping -D} prints.
     */
    public static long wallClockNs(final long virtualNs)
    {
        return Ping.WALL_CLOCK_EPOCH_NS + virtualNs;
    }

    /** Something ping printed during the run. */
    public sealed interface Event permits Reply, IcmpError, Redirect, LocalError, NoAnswerYet
    {
        long timeNs();

        int sequence();
    }

    /**
     * An echo reply: {@code 64 bytes from 10.0.1.2: icmp_seq=1 ttl=64 time=0.242 ms}.
     *
     * @param bytes     ICMP bytes received (data length + 8).
     * @param from      the reply's source address.
     * @param ttl       its TTL, or for IPv6 its hop limit.
     * @param tripUs    round trip in microseconds, -1 when not timed.
     * @param duplicate a second reply to the same sequence number.
     */
    public record Reply(long timeNs, int sequence, int bytes, PingAddress from, int ttl, long tripUs,
        boolean duplicate)
        implements Event
    {
    }

    /**
     * An ICMP error about one of our echo requests: {@code From 10.0.2.1 icmp_seq=1 Time to live exceeded}.
     *
     * @param from the error's source address (its family says whether type and code are ICMP's or ICMPv6's).
     * @param info the ICMP info word (next-hop MTU for fragmentation needed or packet too big).
     */
    public record IcmpError(long timeNs, int sequence, PingAddress from, int type, int code, int info)
        implements Event
    {
    }

    /**
     * An ICMP redirect about one of our echo requests, which ping prints from the raw packet and neither counts nor
     * takes as an answer: {@code From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)}.
     *
     * @param from    the redirect's source (the router).
     * @param gateway the new next hop it names.
     */
    public record Redirect(long timeNs, int sequence, int from, int code, int gateway) implements Event
    {
    }

    /**
     * sendmsg failed for this sequence and ping said so: {@code ping: local error: message too long, mtu=1500}
     * (read from the error queue, counted as an error) or {@code ping: sendmsg: No buffer space available} (after
     * ENOBUFS retries ran out, not counted as an error).
     *
     * @param messageTooLong true for the EMSGSIZE local error, false for ENOBUFS.
     * @param mtu            the local error's MTU (EMSGSIZE only).
     */
    public record LocalError(long timeNs, int sequence, boolean messageTooLong, int mtu) implements Event
    {
    }

    /** {@code -O}: {@code no answer yet for icmp_seq=N}, said just before the next echo is sent. */
    public record NoAnswerYet(long timeNs, int sequence) implements Event
    {
    }
}
