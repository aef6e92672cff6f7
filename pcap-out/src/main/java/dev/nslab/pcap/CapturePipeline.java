package dev.nslab.pcap;

import dev.nslab.core.capture.CapturePoint;

import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * What both sinks share: the filter, the ring, the writer thread and its lifecycle.
 */
final class CapturePipeline
{
    /** The simulation thread never parks longer than this waiting for room. */
    private static final long PRODUCER_MAX_PARK_NS = 100_000L;

    private final CaptureOptions options;
    private final PointRegistry registry;
    private final CaptureRing ring;
    private final CaptureWriterLoop loop;
    private final Thread writerThread;
    private final Backoff producerBackoff = new Backoff(PRODUCER_MAX_PARK_NS);

    /**
     * Starts the writer thread.
     *
     * @param writer   the format's writer, owned by the writer thread from now on.
     * @param registry the registry {@code writer} resolves point ids with.
     */
    CapturePipeline(
        final CaptureOptions options,
        final PointRegistry registry,
        final CaptureFileWriter writer,
        final String threadName)
    {
        this.options = options;
        this.registry = registry;
        final long largestRecord = 2L * (CaptureRing.HEADER_LENGTH + options.snapLength() + CaptureRing.ALIGNMENT);
        this.ring = new CaptureRing((int)Math.min(1 << 30, Math.max(options.ringBytes(), largestRecord)));
        this.loop = new CaptureWriterLoop(ring, writer, options.epochNanos());
        this.writerThread = new Thread(loop, threadName);
        // Daemon: a forgotten close must not keep the JVM alive; close() and the shutdown hook save the data.
        writerThread.setDaemon(true);
        writerThread.setUncaughtExceptionHandler((thread, error) ->
            loop.failFromOutside(new CaptureException("capture writer failed: " + error)));
        writerThread.start();
    }

    /**
     * Simulation thread only.
     */
    CapturePoint open(final String namespace, final String device, final long mac)
    {
        if (!options.filter().accepts(namespace, device) || loop.isStopped())
        {
            return NoCapturePoint.INSTANCE;
        }
        final int pointId = registry.register(new CaptureInterface(namespace, device, mac));
        return new RingCapturePoint(ring, loop, producerBackoff, pointId, options.snapLength());
    }

    /**
     * Any thread, any number of times: the first call asks the writer to finish, every call returns once it has.
     */
    void close()
    {
        loop.requestClose();
        // The writer may be parked for up to a millisecond; wake it so close returns at once.
        LockSupport.unpark(writerThread);
        boolean interrupted = false;
        while (writerThread.isAlive())
        {
            try
            {
                writerThread.join();
            }
            catch (final InterruptedException ex)
            {
                // Finish anyway: leaving now would leave files without their last records.
                interrupted = true;
            }
        }
        if (interrupted)
        {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Any thread.
     */
    Optional<CaptureException> failure()
    {
        return Optional.ofNullable(loop.failure());
    }
}
