package dev.nslab.pcap;

/**
 * The writer thread's duty cycle: read frames from the ring, format them into files, write out at least every
 * {@link #FLUSH_INTERVAL_NS} (and every 64 KiB per file, see {@link CaptureFile}), idle with backoff when there is
 * nothing to do, and on close write everything out.
 *
 * <p>After a failure it keeps emptying the ring (discarding) so the simulation thread never waits on a dead
 * writer; the failure is kept for {@link #failure()}.
 */
final class CaptureWriterLoop implements Runnable, RingRecordHandler
{
    /** Half the 100 ms promised, so a late wake-up from parking still keeps the promise. */
    static final long FLUSH_INTERVAL_NS = 50_000_000L;
    private static final int READ_LIMIT = 1024;
    private static final long MAX_PARK_NS = 1_000_000L;

    private final CaptureRing ring;
    private final CaptureFileWriter writer;
    private final long epochNs;
    private final Backoff backoff = new Backoff(MAX_PARK_NS);
    /** Writer thread's own view of the failure, read per frame without a volatile load. */
    private boolean failed;

    /** Set by close or failure: the simulation thread stops capturing. */
    private volatile boolean stopped;
    private volatile boolean closeRequested;
    private volatile CaptureException failure;

    CaptureWriterLoop(final CaptureRing ring, final CaptureFileWriter writer, final long epochNs)
    {
        this.ring = ring;
        this.writer = writer;
        this.epochNs = epochNs;
    }

    @Override
    public void run()
    {
        long lastFlushNs = System.nanoTime();
        while (true)
        {
            final int frames = ring.read(this, READ_LIMIT);
            final long nowNs = System.nanoTime();
            if (nowNs - lastFlushNs >= FLUSH_INTERVAL_NS)
            {
                lastFlushNs = nowNs;
                flush();
            }
            if (frames > 0)
            {
                backoff.reset();
            }
            else if (closeRequested && ring.isEmpty())
            {
                break;
            }
            else
            {
                backoff.idle();
            }
        }
        finish();
    }

    @Override
    public void onFrame(
        final int pointId,
        final long timeNs,
        final boolean outbound,
        final byte[] buffer,
        final int offset,
        final int capturedLength,
        final int originalLength)
    {
        if (failed)
        {
            return;
        }
        try
        {
            writer.writeFrame(pointId, epochNs + timeNs, outbound, buffer, offset, capturedLength, originalLength);
        }
        catch (final CaptureException ex)
        {
            fail(ex);
        }
        catch (final RuntimeException ex)
        {
            // The ring's contract: a handler never throws.
            fail(new CaptureException("capture writer failed: " + ex));
        }
    }

    private void flush()
    {
        if (failed)
        {
            return;
        }
        try
        {
            writer.flush();
        }
        catch (final CaptureException ex)
        {
            fail(ex);
        }
    }

    private void finish()
    {
        if (failed)
        {
            return;
        }
        try
        {
            writer.close();
        }
        catch (final CaptureException ex)
        {
            fail(ex);
        }
    }

    private void fail(final CaptureException ex)
    {
        failed = true;
        failure = ex;
        stopped = true;
        writer.abort();
    }

    /**
     * Failures from outside the loop (the writer thread died of an Error). Any thread.
     */
    void failFromOutside(final CaptureException ex)
    {
        if (null == failure)
        {
            failure = ex;
        }
        stopped = true;
    }

    /**
     * @return whether captures are being accepted. Any thread.
     */
    boolean isStopped()
    {
        return stopped;
    }

    /**
     * Asks the loop to write what the ring holds, close the files and end. Any thread.
     */
    void requestClose()
    {
        stopped = true;
        closeRequested = true;
    }

    /**
     * @return the first failure, or null. Any thread.
     */
    CaptureException failure()
    {
        return failure;
    }
}
