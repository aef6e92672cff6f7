package dev.nslab.pcap;

import java.nio.file.Path;

/**
 * {@code nslab run --pcapng FILE}: one pcapng for the whole run. A section header ({@code shb_userappl} "nslab"),
 * one interface block per captured interface named {@code DEV} or {@code NS/DEV} (see {@link CaptureInterface})
 * with nanosecond resolution and its MAC, written
 * just before the interface's first frame, and every frame as an enhanced packet block with its direction, in
 * the order captured (virtual-time order). A regular file at {@code FILE} is replaced by a new one, a device or FIFO
 * is written into, and a symbolic link is refused: nslab never writes through one.
 *
 * <p>Frames are copied into a ring on the simulation thread and written by one writer thread. Poll
 * {@link #failure()} to learn that writing failed; {@link #close()} writes everything out.
 */
public final class PcapngFileSink extends PipelineSink
{
    /**
     * Captures every device with the default options.
     *
     * @param file the pcapng file, created or replaced now.
     * @throws CaptureException when the file cannot be created, or is a link or a directory.
     */
    public PcapngFileSink(final Path file) throws CaptureException
    {
        this(file, CaptureOptions.defaults());
    }

    /**
     * @param file    the pcapng file, created or replaced now.
     * @param options filter, epoch, snap length, ring size.
     * @throws CaptureException when the file cannot be created, or is a link or a directory.
     */
    public PcapngFileSink(final Path file, final CaptureOptions options) throws CaptureException
    {
        super(pipeline(file, options));
    }

    /**
     * Checks, changing nothing, that {@code file} may be written as a pcapng: not a symbolic link, not a directory.
     * Lets a caller refuse a bad {@code --pcapng} before it empties a capture directory.
     *
     * @throws CaptureException with one line for the user otherwise.
     */
    public static void requireReplaceable(final Path file) throws CaptureException
    {
        OutputFiles.requireReplaceable(file);
    }

    private static CapturePipeline pipeline(final Path file, final CaptureOptions options) throws CaptureException
    {
        final PointRegistry registry = new PointRegistry();
        final CaptureFile captureFile = CaptureFile.open(file, OutputFiles.replace(file));
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
        return new CapturePipeline(options, registry, writer, "nslab-pcapng-writer");
    }
}
