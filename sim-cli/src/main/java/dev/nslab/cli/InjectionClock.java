package dev.nslab.cli;

import dev.nslab.cli.InjectionReader.InjectionException;

/**
 * When each frame of a capture goes in: at its time relative to the capture's first frame, counted from the
 * injection's start; a frame earlier than the one before it (a capture merged by hand) goes in right after it,
 * never backwards in time. Times stay within {@link #LATEST_NS}, so that nothing the simulation adds to them
 * (the settling second after the last frame, timers) can overflow.
 */
final class InjectionClock
{
    /** The latest virtual time a frame may be injected at: 2^62 - 1 ns, about 146 years. */
    static final long LATEST_NS = Long.MAX_VALUE / 2;

    private final String file;
    private final long startNs;
    private boolean started;
    private long firstNs;
    private long previousNs;

    /**
     * @param file    the capture, for messages.
     * @param startNs virtual time of the first frame; at most {@link #LATEST_NS}.
     */
    InjectionClock(final String file, final long startNs)
    {
        if (startNs < 0 || startNs > LATEST_NS)
        {
            throw new IllegalArgumentException("start " + startNs + " ns");
        }
        this.file = file;
        this.startNs = startNs;
        this.previousNs = startNs;
    }

    /**
     * @return the virtual time, in nanoseconds, at which the record goes in.
     * @throws InjectionException when that is beyond {@link #LATEST_NS}.
     */
    long timeOf(final CaptureRecords.Record record) throws InjectionException
    {
        if (!started)
        {
            started = true;
            firstNs = record.timestampNanos();
        }
        final long relative;
        try
        {
            relative = Math.subtractExact(record.timestampNanos(), firstNs);
        }
        catch (final ArithmeticException e)
        {
            throw tooLate(record);
        }
        if (relative > LATEST_NS - startNs)
        {
            throw tooLate(record);
        }
        previousNs = Math.max(previousNs, startNs + relative);
        return previousNs;
    }

    private InjectionException tooLate(final CaptureRecords.Record record)
    {
        return new InjectionException("--inject: " + file + ": record " + record.number() + ": it comes too long "
            + "after the first record to be injected (at most " + LATEST_NS / 1_000_000_000L + " s after the start)");
    }
}
