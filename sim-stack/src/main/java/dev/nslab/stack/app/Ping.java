package dev.nslab.stack.app;

import java.util.List;
import java.util.function.Function;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.Timer;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.stack.ipv4.Ipv4Namespace;
import dev.nslab.stack.ipv6.Ipv6Namespace;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.sock.SendStatus;

/**
 * One run of iputils ping 20221126 as root (a raw ICMP socket), in virtual time, for either family.
 *
 * <p>It follows ping_common.c's main loop: the exit checks at the top of each iteration (count reached with
 * replies plus errors, any error under {@code -w}, Ctrl+C or a timer), pinger()'s token schedule, one exit timer
 * armed after the last send (-W when nothing came back, else max(2 x max rtt, interval)), and the two ways ping
 * waits: poll() with a millisecond timeout for short waits, recvmsg() with SO_RCVTIMEO (a kernel timer, rounded by
 * the timer wheel, which is why real 1 s pings are 1.02 s apart) otherwise. Packets that arrive at the same instant
 * are handled together before the next exit check, as ping drains its socket before looping. What differs between
 * IPv4 and IPv6 (startup, the echo header, parsing replies and errors) is the {@link EchoSocket}'s.
 */
public final class Ping
{
    private static final int MIN_INTERVAL_MS = 10;
    /** The most SO_SNDBUF grants without a larger net.core.wmem_max than its default (212992). */
    static final int MAX_DEFAULT_SEND_BUFFER = 212_992;
    /** The virtual wall clock's epoch: 2026-01-01T00:00:00Z, written into the echo payload's timeval. */
    static final long WALL_CLOCK_EPOCH_NS = 1_767_225_600_000_000_000L;

    private final Machine machine;
    private final PingOptions options;
    private final int ident;
    private final PingListener listener;
    /** iputils' rcvd_tbl: one bit per 16-bit sequence number, which is all the per-packet state ping keeps. */
    private final long[] receivedBits = new long[1024];

    private final Timer wakeTimer = new Timer(this::iterate);
    /** ping's raw socket, of the target's family. */
    private final EchoSocket socket;
    /** pinger()'s oom_count: ENOBUFS in a row. */
    private long outOfBuffers;
    private final Timer exitTimer = new Timer(this::onExitTimer);
    private boolean iterationPosted;
    private final Timer iterationTimer = new Timer(this::iterate);

    private long startNs;
    private long curTimeNs = -1;
    private long tokensMs;
    private long transmitted;
    private long received;
    private long duplicates;
    private long errors;
    private int pipe;
    private boolean exiting;
    private boolean finished;
    private boolean exitScheduled;
    private final RoundTripStatistics roundTrips = new RoundTripStatistics();

    private Ping(final Machine machine, final PingOptions options, final int pid, final PingListener listener,
        final Function<Ping, EchoSocket> socket)
    {
        this.machine = machine;
        this.options = options;
        this.ident = pid & 0xFFFF;
        this.listener = listener;
        this.socket = socket.apply(this);
    }

    /**
     * A ping of an IPv4 target.
     *
     * @param listener hears the start and each reply or error as it arrives; nothing is kept of them here.
     */
    public static Ping ipv4(final Ipv4Namespace namespace, final PingOptions options, final int pid,
        final PingListener listener)
    {
        return new Ping(namespace.machine(), options, pid, listener, ping -> new Ping4Socket(namespace, ping));
    }

    /** A ping of an IPv6 target ({@link PingOptions#toIpv6}). */
    public static Ping ipv6(final Ipv6Namespace namespace, final Machine machine, final PingOptions options,
        final int pid, final PingListener listener)
    {
        return new Ping(machine, options, pid, listener, ping -> new Ping6Socket(namespace, ping));
    }

    /**
     * ping4_run's and ping6_run's estimate of one echo's memory (data + 8, plus 260 bytes, or 280 for IPv6, for
     * every 512), which sock_setbufs asks for as SO_SNDBUF (net.core.wmem_max caps it).
     */
    static long packetMemory(final long dataLength, final int ipHeaderLength)
    {
        final long hold = dataLength + 8;
        return hold + (hold + 511) / 512 * (ipHeaderLength + 16 + 64 + 160);
    }

    PingOptions options()
    {
        return options;
    }

    PingListener listener()
    {
        return listener;
    }

    int ident()
    {
        return ident;
    }

    public PingResult run()
    {
        startNs = machine.loop().now();
        final PingResult.StartupFailure failure = socket.start(ident);
        if (failure != null)
        {
            return result(failure, 2);
        }
        try
        {
            if (options.deadlineS > 0)
            {
                machine.loop().schedule(exitTimer, startNs + options.deadlineS * 1_000_000_000L);
            }
            final Timer interrupt = new Timer(this::onExitTimer);
            if (options.interruptAfterNs != Long.MAX_VALUE)
            {
                machine.loop().schedule(interrupt, startNs + options.interruptAfterNs);
            }
            iterate(startNs);
            while (!finished)
            {
                if (!machine.loop().runUntil(Long.MAX_VALUE) && !finished)
                {
                    // Nothing left to wake us: cannot happen while a wait timer is armed.
                    break;
                }
            }
            machine.loop().cancel(interrupt);
        }
        finally
        {
            machine.loop().cancel(wakeTimer);
            machine.loop().cancel(exitTimer);
            machine.loop().cancel(iterationTimer);
            socket.close();
        }
        final int exit = received == 0 || (options.deadlineS > 0 && received < options.count) ? 1 : 0;
        return result(null, exit);
    }

    /** The result has no events: the listener had them as they came. */
    private PingResult result(final PingResult.StartupFailure startupFailure, final int exitCode)
    {
        final long total = received + duplicates;
        final long timeMs = curTimeNs < 0 ? 0 : (curTimeNs - startNs + 500_000) / 1_000_000;
        return new PingResult(options, startupFailure, socket.source(), socket.sourceOffDevice(), List.of(),
            transmitted, received,
            duplicates, errors, timeMs, pipe, roundTrips.min(total), roundTrips.average(total), roundTrips.max(),
            roundTrips.meanDeviation(total), options.dataLength >= 16,
            exitCode, startNs, machine.loop().now(), curTimeNs < 0 ? 0 : (curTimeNs - startNs) / 1000,
            roundTrips.ewma());
    }

    /** The top of ping's main loop. */
    private void iterate(final long now)
    {
        iterationPosted = false;
        if (finished)
        {
            return;
        }
        if (exiting || (options.count > 0 && received + errors >= options.count)
            || (options.deadlineS > 0 && errors > 0))
        {
            finished = true;
            machine.loop().requestStop();
            return;
        }
        long next;
        long at = now;
        do
        {
            next = pinger(at);
            // A sendmsg that ran the softirq (a fragment's neighbour resolved inside it) returns that much later:
            // the next send of a preload burst comes after it, as in the kernel's one process.
            at = Math.max(at, machine.loop().now());
            if (options.count > 0 && transmitted >= options.count && options.deadlineS == 0)
            {
                next = scheduleExit(at, next);
            }
        }
        while (next <= 0);
        waitFor(at, next);
    }

    /** The end of the main loop's iteration: wait in poll() for a short time, else in recvmsg() with SO_RCVTIMEO. */
    private void waitFor(final long now, final long next)
    {
        final long schint = Math.max(options.intervalMs, MIN_INTERVAL_MS);
        final long wakeAt = next < schint
            ? now + next * 1_000_000L
            : machine.timers().fireTimeAfter(now, schint * 1_000_000L);
        machine.loop().schedule(wakeTimer, wakeAt);
    }

    /** pinger(): sends when the token schedule allows; returns milliseconds until it should be called again. */
    private long pinger(final long now)
    {
        // iputils takes a negative -i (root) and then sends without pause, unbounded without -c: in real time a
        // Ctrl+C ends that, in virtual time nothing would. Treated as -i 0 (flood pacing), which ends.
        final long interval = Math.max(0, options.intervalMs);
        if (exiting || (options.count > 0 && transmitted >= options.count && options.deadlineS == 0))
        {
            return 1000;
        }
        if (curTimeNs < 0)
        {
            curTimeNs = now;
            tokensMs = interval * (options.preload - 1);
        }
        else
        {
            long tokens = (now - curTimeNs) / 1_000_000L;
            if (interval == 0 && tokens < MIN_INTERVAL_MS && transmitted - received - errors >= options.preload)
            {
                return MIN_INTERVAL_MS - tokens;
            }
            tokens += tokensMs;
            if (tokens > interval * options.preload)
            {
                tokens = interval * options.preload;
            }
            if (tokens < interval)
            {
                return interval - tokens;
            }
            curTimeNs = now;
            tokensMs = tokens - interval;
        }
        if (options.reportOutstanding && transmitted > 0 && !isReceived((int) (transmitted & 0xFFFF)))
        {
            listener.event(new PingResult.NoAnswerYet(now, (int) (transmitted % 65536)));
        }
        return afterSend(now, sendProbe(now), interval);
    }

    /**
     * The end of pinger(): a sent echo is counted; ENOBUFS is retried (not counted) every SCHINT(interval / 2),
     * at most 500 ms, until the retries would outlast -W, then reported as {@code sendmsg} and counted; EMSGSIZE
     * with a local error is reported from the error queue and counted as an error (not under -q); any other failure
     * is counted silently (receive_error_msg found nothing).
     */
    private long afterSend(final long now, final SendStatus status, final long interval)
    {
        final int sequence = (int) ((transmitted + 1) & 0xFFFF);
        switch (status)
        {
            case SENT ->
            {
                outOfBuffers = 0;
                transmitted++;
                return interval - tokensMs;
            }
            case NO_BUFFER_SPACE ->
            {
                tokensMs = 0;
                final long retry = Math.min(schint(interval / 2), 500);
                outOfBuffers++;
                if (outOfBuffers * retry < options.lingerMs)
                {
                    return retry;
                }
                if (!options.quiet)
                {
                    listener.event(new PingResult.LocalError(now, sequence, false, 0));
                }
            }
            case MESSAGE_TOO_LONG ->
            {
                if (!options.quiet)
                {
                    listener.event(new PingResult.LocalError(now, sequence, true, socket.localErrorMtu()));
                    errors++;
                }
            }
            default ->
            {
            }
        }
        // hard_local_error: pretend the echo was sent.
        transmitted++;
        tokensMs = 0;
        return schint(interval);
    }

    /** SCHINT: an interval of at least MININTERVAL. */
    private static long schint(final long intervalMs)
    {
        return intervalMs <= MIN_INTERVAL_MS ? MIN_INTERVAL_MS : intervalMs;
    }

    private boolean isReceived(final int sequence)
    {
        return (receivedBits[sequence >>> 6] & (1L << (sequence & 63))) != 0;
    }

    private long scheduleExit(final long now, final long next)
    {
        if (exitScheduled)
        {
            return next;
        }
        exitScheduled = true;
        final long waitUs = received > 0 ? Math.max(2 * roundTrips.max(), 1000 * options.intervalMs) : options.lingerMs * 1000;
        if (waitUs > 0)
        {
            machine.loop().schedule(exitTimer, now + waitUs * 1000);
        }
        return next < waitUs / 1000 ? waitUs / 1000 : next;
    }

    /** ping4_send_probe / ping6_send_probe: one echo request, through the raw socket. The caller counts it. */
    private SendStatus sendProbe(final long now)
    {
        final int sequence = (int) ((transmitted + 1) & 0xFFFF);
        receivedBits[sequence >>> 6] &= ~(1L << (sequence & 63));
        if (!options.ipv6 && (long) IcmpView.HEADER_LENGTH + options.dataLength > 0xFFFF)
        {
            // raw_sendmsg refuses it before taking any memory (rawv6_sendmsg's ip6_append_data reports a local
            // error instead).
            return SendStatus.TOO_LONG;
        }
        final int icmpLength = IcmpView.HEADER_LENGTH + options.dataLength;
        final Frame frame = machine.pool().acquire().reset(icmpLength);
        final byte[] buffer = frame.buffer();
        final int offset = frame.offset();
        final byte[] pattern = options.pattern;
        for (int i = 0; i < options.dataLength; i++)
        {
            buffer[offset + IcmpView.HEADER_LENGTH + i] = pattern == null ? (byte) i : pattern[i % pattern.length];
        }
        if (options.dataLength >= 16)
        {
            final long wallNs = WALL_CLOCK_EPOCH_NS + now;
            putLongLittleEndian(buffer, offset + IcmpView.HEADER_LENGTH, wallNs / 1_000_000_000L);
            putLongLittleEndian(buffer, offset + IcmpView.HEADER_LENGTH + 8, (wallNs % 1_000_000_000L) / 1000);
        }
        return socket.send(frame, sequence, now);
    }

    /** An ICMP error about one of our echo requests (its sequence number), from the socket. */
    void onError(final int sequence, final PingAddress from, final int type, final int code, final int info,
        final boolean acknowledges, final long now)
    {
        if (acknowledges)
        {
            acknowledge(sequence);
        }
        errors++;
        if (!options.quiet)
        {
            listener.event(new PingResult.IcmpError(now, sequence, from, type, code, info));
        }
        postIteration(now);
    }

    /** An echo reply to us (our identifier), from the socket. */
    void onReply(final int sequence, final int icmpLength, final PingAddress from, final int ttl,
        final byte[] buffer, final int dataOffset, final long now)
    {
        final boolean duplicate = (receivedBits[sequence >>> 6] & (1L << (sequence & 63))) != 0;
        if (duplicate)
        {
            duplicates++;
        }
        else
        {
            received++;
            receivedBits[sequence >>> 6] |= 1L << (sequence & 63);
        }
        acknowledge(sequence);
        long tripUs = -1;
        if (options.dataLength >= 16 && icmpLength >= IcmpView.HEADER_LENGTH + 16)
        {
            final long sentSec = getLongLittleEndian(buffer, dataOffset);
            final long sentUsec = getLongLittleEndian(buffer, dataOffset + 8);
            final long wallNs = WALL_CLOCK_EPOCH_NS + now;
            tripUs = (wallNs / 1000) - (sentSec * 1_000_000L + sentUsec);
            if (tripUs < 0)
            {
                tripUs = 0;
            }
            roundTrips.add(tripUs);
        }
        if (!options.quiet)
        {
            listener.event(new PingResult.Reply(now, sequence, icmpLength, from, ttl, tripUs, duplicate));
        }
        postIteration(now);
    }

    private void acknowledge(final int sequence)
    {
        final int diff = (short) (transmitted - sequence);
        if (diff >= 0 && diff >= pipe)
        {
            pipe = diff + 1;
        }
    }

    private void onExitTimer(final long now)
    {
        exiting = true;
        postIteration(now);
    }

    /** Ping wakes up: it handles everything that arrived at this instant, then runs its loop once. */
    private void postIteration(final long now)
    {
        if (!iterationPosted && !finished)
        {
            iterationPosted = true;
            machine.loop().cancel(wakeTimer);
            machine.loop().schedule(iterationTimer, now);
        }
    }

    private static void putLongLittleEndian(final byte[] buffer, final int offset, final long value)
    {
        for (int i = 0; i < 8; i++)
        {
            buffer[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long getLongLittleEndian(final byte[] buffer, final int offset)
    {
        long value = 0;
        for (int i = 7; i >= 0; i--)
        {
            value = (value << 8) | (buffer[offset + i] & 0xFF);
        }
        return value;
    }
}
