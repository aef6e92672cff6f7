package dev.nslab.pcap;

import java.nio.file.Path;

/**
 * {@code nslab run --pcap DIR}: one classic pcap per interface that carried traffic, {@code DIR/DEV.pcap} for a
 * device of the initial namespace and {@code DIR/netns/NS/DEV.pcap} for one of namespace {@code NS} (see
 * {@link CaptureInterface}), as {@code tcpdump -i DEV -w FILE --time-stamp-precision=nano} would write:
 * little-endian, nanosecond magic 0xA1B23C4D, version 2.4, Ethernet, snap length 262144 by default. A file is
 * created at its interface's first frame, never over anything already there (see {@link CaptureDirectory}).
 *
 * <p>Frames are copied into a ring on the simulation thread and written by one writer thread. Poll
 * {@link #failure()} to learn that writing failed; {@link #close()} writes everything out.
 */
public final class PcapDirectorySink extends PipelineSink
{
    /**
     * Captures every device with the default options.
     *
     * @param directory where the files go; see {@link CaptureDirectory#prepare(Path)}.
     * @throws CaptureException when the directory cannot be made ready.
     */
    public PcapDirectorySink(final Path directory) throws CaptureException
    {
        this(directory, CaptureOptions.defaults());
    }

    /**
     * @param directory where the files go; see {@link CaptureDirectory#prepare(Path)}.
     * @param options   filter, epoch, snap length, ring size.
     * @throws CaptureException when the directory cannot be made ready.
     */
    public PcapDirectorySink(final Path directory, final CaptureOptions options) throws CaptureException
    {
        this(CaptureDirectory.prepare(directory), options);
    }

    /**
     * @param directory a prepared capture directory, owned by the sink from now on (closed with it).
     * @param options   filter, epoch, snap length, ring size.
     */
    public PcapDirectorySink(final CaptureDirectory directory, final CaptureOptions options)
    {
        super(pipeline(directory, options));
    }

    private static CapturePipeline pipeline(final CaptureDirectory directory, final CaptureOptions options)
    {
        final PointRegistry registry = new PointRegistry();
        return new CapturePipeline(options, registry,
            new PcapDirectoryWriter(directory, registry, options.snapLength()), "nslab-pcap-writer");
    }
}
