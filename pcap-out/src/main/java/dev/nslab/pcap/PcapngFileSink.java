package dev.nslab.pcap;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code nslab run --pcapng FILE}: one pcapng for the whole run. A section header ({@code shb_userappl} "nslab"),
 * one interface block per captured interface named {@code NS/DEV} with nanosecond resolution and its MAC, written
 * just before the interface's first frame, and every frame as an enhanced packet block with its direction, in
 * the order captured (virtual-time order).
 *
 * <p>Frames are copied into a ring on the simulation thread and written by one writer thread. Poll
 * {@link #failure()} to learn that writing failed; {@link #close()} writes everything out.
 */
public final class PcapngFileSink implements CaptureSink
{
    private final CapturePipeline pipeline;

    /**
     * Captures every device with the default options.
     *
     * @param file the pcapng file, created or truncated now.
     * @throws CaptureException when the file cannot be created.
     */
    public PcapngFileSink(final Path file) throws CaptureException
    {
        this(file, CaptureOptions.defaults());
    }

    /**
     * @param file    the pcapng file, created or truncated now.
     * @param options filter, epoch, snap length, ring size.
     * @throws CaptureException when the file cannot be created.
     */
    public PcapngFileSink(final Path file, final CaptureOptions options) throws CaptureException
    {
        final PointRegistry registry = new PointRegistry();
        final CaptureFile captureFile = CaptureFile.create(file);
        final PcapngFileWriter writer;
        try
        {
            writer = new PcapngFileWriter(captureFile, registry, options.snapLength());
        }
        catch (final CaptureException ex)
        {
            captureFile.closeQuietly();
            throw ex;
        }
        pipeline = new CapturePipeline(options, registry, writer, "nslab-pcapng-writer");
    }

    /**
     * Simulation thread only. A device the filter leaves out gets a point that does nothing.
     */
    @Override
    public CapturePoint open(final String namespace, final String device, final long mac)
    {
        return pipeline.open(namespace, device, mac);
    }

    /**
     * Writes every frame captured so far and closes the file. Any thread (the CLI's shutdown hook too), any number
     * of times; returns when the file is complete. Frames captured after close are not recorded.
     */
    @Override
    public void close()
    {
        pipeline.close();
    }

    /**
     * @return the first write failure, if any (then capturing has stopped; the file keeps its whole records).
     *     Any thread.
     */
    public Optional<CaptureException> failure()
    {
        return pipeline.failure();
    }
}
