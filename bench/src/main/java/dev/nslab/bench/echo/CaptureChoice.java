package dev.nslab.bench.echo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.PcapngFileSink;
import dev.nslab.stack.Simulation;

/**
 * The capture setting of an echo benchmark: off, or one pcapng file for the run in a fresh temporary directory
 * that {@link #close()} deletes, so repeated iterations never pile up files or dirty page cache.
 */
final class CaptureChoice implements AutoCloseable
{
    static final String OFF = "off";
    static final String PCAPNG = "pcapng";
    private static final String FILE_NAME = "run.pcapng";

    private final Path directory;
    private final PcapngFileSink sink;

    private CaptureChoice(final Path directory, final PcapngFileSink sink)
    {
        this.directory = directory;
        this.sink = sink;
    }

    /**
     * Applies {@code mode} ({@value #OFF} or {@value #PCAPNG}) to the simulation before any traffic.
     */
    static CaptureChoice apply(final String mode, final Simulation simulation) throws IOException, CaptureException
    {
        if (OFF.equals(mode))
        {
            return new CaptureChoice(null, null);
        }
        if (!PCAPNG.equals(mode))
        {
            throw new IllegalArgumentException("capture must be off or pcapng: " + mode);
        }
        final Path directory = Files.createTempDirectory("nslab-echo-bench");
        final PcapngFileSink sink = new PcapngFileSink(directory.resolve(FILE_NAME));
        simulation.setCaptureSink(sink);
        return new CaptureChoice(directory, sink);
    }

    /** Flushes and closes the sink, then deletes its files. */
    @Override
    public void close() throws IOException
    {
        if (sink == null)
        {
            return;
        }
        sink.close();
        if (sink.failure().isPresent())
        {
            throw new IOException("capture failed", sink.failure().get());
        }
        // A capture that wrote nothing would make the "capture on" figure meaningless.
        if (Files.size(directory.resolve(FILE_NAME)) == 0)
        {
            throw new IOException("capture wrote nothing");
        }
        try (Stream<Path> files = Files.walk(directory))
        {
            files.sorted(Comparator.reverseOrder()).forEach(CaptureChoice::delete);
        }
    }

    private static void delete(final Path path)
    {
        try
        {
            Files.delete(path);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
