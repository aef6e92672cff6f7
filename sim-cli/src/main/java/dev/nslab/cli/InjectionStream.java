package dev.nslab.cli;

import dev.nslab.cli.InjectionReader.InjectionException;
import dev.nslab.stack.FrameSource;

/**
 * An {@link Injection}'s frames read from its file as the simulation asks for them, timed as when the capture was
 * checked: one record in memory at a time, whatever the size of the capture.
 */
final class InjectionStream implements FrameSource, AutoCloseable
{
    private final Injection injection;
    private final CaptureRecords records;
    private final InjectionClock clock;

    InjectionStream(final Injection injection)
    {
        this.injection = injection;
        this.clock = new InjectionClock(injection.source(), injection.startNs());
        try
        {
            this.records = CaptureRecords.open(injection.file());
        }
        catch (final InjectionException e)
        {
            throw changed(e);
        }
    }

    @Override
    public TimedFrame next()
    {
        try
        {
            final CaptureRecords.Record record = records.next();
            return null == record ? null : new TimedFrame(clock.timeOf(record), record.frame());
        }
        catch (final InjectionException e)
        {
            throw changed(e);
        }
    }

    private IllegalStateException changed(final InjectionException e)
    {
        return new IllegalStateException(injection.source() + " changed after it was checked: " + e.getMessage());
    }

    @Override
    public void close()
    {
        records.close();
    }
}
