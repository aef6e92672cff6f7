package dev.nslab.pcap;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code nslab run --pcap DIR}: one classic pcap per interface that carried traffic, {@code DIR/NS-DEV.pcap}
 * ({@code host} for the initial namespace), as {@code tcpdump -i DEV -w FILE --time-stamp-precision=nano} would
 * write: little-endian, nanosecond magic 0xA1B23C4D, version 2.4, Ethernet, snap length 262144 by default.
 * A file is created at its interface's first frame.
 *
 * <p>Frames are copied into a ring on the simulation thread and written by one writer thread. Poll
 * {@link #failure()} to learn that writing failed; {@link #close()} writes everything out.
 */
public final class PcapDirectorySink extends PipelineSink
{
    /**
     * Captures every device with the default options.
     *
     * @param directory where the files go; created if missing.
     * @throws CaptureException when the directory cannot be created or written into.
     */
    public PcapDirectorySink(final Path directory) throws CaptureException
    {
        this(directory, CaptureOptions.defaults());
    }

    /**
     * @param directory where the files go; created if missing.
     * @param options   filter, epoch, snap length, ring size.
     * @throws CaptureException when the directory cannot be created or written into.
     */
    public PcapDirectorySink(final Path directory, final CaptureOptions options) throws CaptureException
    {
        super(pipeline(directory, options));
    }

    private static CapturePipeline pipeline(final Path directory, final CaptureOptions options)
        throws CaptureException
    {
        requireWritableDirectory(directory);
        final PointRegistry registry = new PointRegistry();
        return new CapturePipeline(options, registry,
            new PcapDirectoryWriter(directory, registry, options.snapLength()), "nslab-pcap-writer");
    }

    /**
     * Creates the capture directory if missing and checks that files can be made in it, so that a bad directory is
     * reported before anything runs (also for the kernel backend's captures).
     *
     * @throws CaptureException with a one-line reason otherwise.
     */
    public static void requireWritableDirectory(final Path directory) throws CaptureException
    {
        try
        {
            Files.createDirectories(directory);
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotCreateDirectory(directory, ex);
        }
        if (!Files.isWritable(directory))
        {
            throw CaptureException.cannotCreateDirectory(directory, new AccessDeniedException(directory.toString()));
        }
    }
}
