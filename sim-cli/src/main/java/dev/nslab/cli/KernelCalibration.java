package dev.nslab.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.core.scenario.TranscriptSink;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * Measures {@link CommandDurations} in the kernel backend's sandbox, on this machine as it is loaded now: a
 * scenario of each kind of command, repeated, the wall time from one command's end to the next one's (what a
 * scenario's next command waits for on the kernel, the backend's own bookkeeping included), the median of each
 * kind. About 1.5 s. A scenario's background work (an MLD report 10 ms after link-up, the link watch's second)
 * lands before or after a command by a few milliseconds, and commands ran 20% faster on one day than the day
 * before: a constant measured once cannot stand for every machine and day, a measurement just before the
 * comparison does.
 */
public final class KernelCalibration
{
    /**
     * Repeats of each short command. One takes 2 to 6 ms (an {@code ip} 1.8 to 4.8 ms, through {@code ip netns
     * exec} 2.9 to 7.4 ms, on the 2-core machine of 2026-12-04); the median of 25 moved by about 0.3 ms between
     * calibrations, about what one command varies by within a run.
     */
    private static final int SHORT_REPEATS = 25;
    /** Repeats of a move (there and back) and of a delete: 15 to 44 ms each, in two or three modes. */
    private static final int LONG_REPEATS = 8;

    private static final String A = "nslab-cal-a";
    private static final String B = "nslab-cal-b";

    enum Kind
    {
        SETUP, COMMAND, NETNS_EXEC, PING, MOVE, DELETE
    }

    private final Duration interruptAfter;
    private final Duration timeLimit;

    public KernelCalibration(final Duration interruptAfter, final Duration timeLimit)
    {
        this.interruptAfter = interruptAfter;
        this.timeLimit = timeLimit;
    }

    /**
     * @return the durations measured now in a sandbox of the kernel backend.
     * @throws KernelBackendException when the backend is unavailable or its sandbox broke.
     */
    public CommandDurations measure() throws KernelBackendException
    {
        final List<Kind> kinds = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        line(text, kinds, Kind.SETUP, "ip netns add " + A);
        line(text, kinds, Kind.SETUP, "ip netns add " + B);
        line(text, kinds, Kind.SETUP, "ip -n " + A + " link set lo up");
        line(text, kinds, Kind.SETUP, "ip -n " + A + " link add cal0 type veth peer name cal1");
        line(text, kinds, Kind.SETUP, "ip -n " + A + " link set cal0 up");
        for (int i = 0; i < SHORT_REPEATS; i++)
        {
            line(text, kinds, Kind.COMMAND, "ip -n " + A + " link show lo");
        }
        for (int i = 0; i < SHORT_REPEATS; i++)
        {
            line(text, kinds, Kind.NETNS_EXEC, "ip netns exec " + A + " ip link show lo");
        }
        for (int i = 0; i < SHORT_REPEATS; i++)
        {
            line(text, kinds, Kind.PING, "ip netns exec " + A + " ping -c 1 -W 1 127.0.0.1");
        }
        for (int i = 0; i < LONG_REPEATS; i++)
        {
            line(text, kinds, Kind.MOVE, "ip -n " + A + " link set cal1 netns " + B);
            line(text, kinds, Kind.MOVE, "ip -n " + B + " link set cal1 netns " + A);
        }
        for (int i = 0; i < LONG_REPEATS; i++)
        {
            line(text, kinds, Kind.SETUP, "ip -n " + A + " link add cal2 type veth peer name cal3");
            line(text, kinds, Kind.DELETE, "ip -n " + A + " link delete cal2");
        }
        final Scenario scenario;
        try
        {
            scenario = Scenario.parse("(calibration)", text.toString());
            EmulationGate.INSTANCE.check(scenario);
        }
        catch (final ScenarioException e)
        {
            throw new IllegalStateException("the calibration scenario does not pass the gate: " + e.getMessage(), e);
        }
        final CommandTimes times = new CommandTimes(kinds.size());
        new KernelBackend(EmulationGate.INSTANCE, interruptAfter, timeLimit).run(scenario, times);
        return durations(kinds, times.periods());
    }

    /**
     * As {@link #measure()}, {@code sandboxes} calibrations at once, each in its own sandbox: the load a campaign of
     * that many jobs puts on the machine slows its commands too. Each duration is the mean of theirs.
     *
     * @throws KernelBackendException the first calibration's failure, when one failed.
     */
    public CommandDurations measureConcurrently(final int sandboxes) throws KernelBackendException,
        InterruptedException
    {
        final List<CommandDurations> measured = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicReference<KernelBackendException> failed = new AtomicReference<>();
        final List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sandboxes; i++)
        {
            final Thread thread = new Thread(() ->
            {
                try
                {
                    measured.add(measure());
                }
                catch (final KernelBackendException e)
                {
                    failed.compareAndSet(null, e);
                }
            }, "nslab-calibration");
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (final Thread thread : threads)
        {
            thread.join();
        }
        if (null != failed.get())
        {
            throw failed.get();
        }
        if (measured.size() != sandboxes)
        {
            throw new IllegalStateException("a calibration ended without durations or a failure");
        }
        return mean(measured);
    }

    static CommandDurations mean(final List<CommandDurations> measured)
    {
        long command = 0;
        long netnsExec = 0;
        long ping = 0;
        long move = 0;
        long delete = 0;
        for (final CommandDurations durations : measured)
        {
            command += durations.commandNs();
            netnsExec += durations.netnsExecNs();
            ping += durations.pingNs();
            move += durations.deviceMoveNs();
            delete += durations.deviceDeleteNs();
        }
        final int n = measured.size();
        return new CommandDurations(micros(command / n), micros(netnsExec / n), micros(ping / n), micros(move / n),
            micros(delete / n));
    }

    private static void line(final StringBuilder text, final List<Kind> kinds, final Kind kind, final String line)
    {
        text.append(line).append('\n');
        kinds.add(kind);
    }

    /** The durations from each command's period, each kind's median, each extra net of the plain command's. */
    static CommandDurations durations(final List<Kind> kinds, final long[] periods)
    {
        final long command = median(kinds, periods, Kind.COMMAND);
        final long netnsExec = Math.max(0, median(kinds, periods, Kind.NETNS_EXEC) - command);
        final long ping = Math.max(0, median(kinds, periods, Kind.PING) - netnsExec);
        final long move = Math.max(0, median(kinds, periods, Kind.MOVE) - command);
        final long delete = Math.max(0, median(kinds, periods, Kind.DELETE) - command);
        return new CommandDurations(micros(command), micros(netnsExec), micros(ping), micros(move), micros(delete));
    }

    /** To the microsecond, as {@link CommandDurations#toString()} prints them, so a printed value replays exactly. */
    private static long micros(final long ns)
    {
        return ns / 1_000L * 1_000L;
    }

    private static long median(final List<Kind> kinds, final long[] periods, final Kind kind)
    {
        final long[] chosen = new long[kinds.size()];
        int count = 0;
        for (int i = 0; i < kinds.size(); i++)
        {
            if (kinds.get(i) == kind)
            {
                chosen[count++] = periods[i];
            }
        }
        final long[] sorted = Arrays.copyOf(chosen, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    /** Each command's period: from the previous command's end (the first: the first command's text) to its end. */
    private static final class CommandTimes implements TranscriptSink
    {
        private final long[] periods;
        private final StringBuilder current = new StringBuilder();
        private long last = -1;
        private int ended;
        private String failed;

        CommandTimes(final int commands)
        {
            periods = new long[commands];
        }

        @Override
        public void print(final String text)
        {
            if (last < 0)
            {
                last = System.nanoTime();
            }
            if (current.length() < 4_096)
            {
                current.append(text);
            }
        }

        @Override
        public void commandEnded()
        {
            final long now = System.nanoTime();
            if (ended < periods.length)
            {
                periods[ended++] = now - last;
            }
            last = now;
            if (null == failed && current.indexOf("\n[exit ") >= 0)
            {
                failed = current.toString().strip().replace('\n', ' ');
            }
            current.setLength(0);
        }

        long[] periods() throws KernelBackendException
        {
            if (null != failed)
            {
                throw new KernelBackendException(KernelBackendException.Reason.SANDBOX_FAILED,
                    "a command timing the sandbox failed: " + failed);
            }
            if (ended != periods.length)
            {
                throw new IllegalStateException("the calibration ran " + ended + " of " + periods.length
                    + " commands");
            }
            return periods;
        }
    }
}
