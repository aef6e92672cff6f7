package dev.nslab.cli;

import java.util.Optional;

import dev.nslab.core.capture.CaptureSink;
import dev.nslab.pcap.CaptureDirectory;
import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.CaptureOptions;
import dev.nslab.pcap.PcapDirectorySink;
import dev.nslab.pcap.PcapngFileSink;

/**
 * The simulator's capture sinks for one run, made from a {@link CaptureRequest}: they are created (directory made
 * ready, pcapng file opened) before any scenario command runs, so a place that cannot or must not be written fails
 * with nothing run, and a
 * shutdown hook closes them so SIGINT and SIGTERM leave complete files.
 */
final class SimulatorCaptures implements AutoCloseable
{
    private final PcapDirectorySink pcaps;
    private final PcapngFileSink pcapng;
    private final CaptureSink sink;
    private final Thread closeOnExit;

    private SimulatorCaptures(final PcapDirectorySink pcaps, final PcapngFileSink pcapng)
    {
        this.pcaps = pcaps;
        this.pcapng = pcapng;
        if (null != pcaps && null != pcapng)
        {
            sink = new TeeCaptureSink(pcaps, pcapng);
        }
        else
        {
            sink = null != pcaps ? pcaps : pcapng;
        }
        closeOnExit = new Thread(sink::close, "nslab-capture-close");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /**
     * Checks both outputs before it changes either (a refused {@code --pcapng} must not cost the earlier run's
     * pcaps), then makes the pcap directory ready and opens the pcapng.
     *
     * @param request what to capture; must be enabled.
     * @return the open sinks.
     * @throws CaptureException when the directory or the file cannot be made (nothing is left open then).
     */
    static SimulatorCaptures open(final CaptureRequest request) throws CaptureException
    {
        final CaptureOptions options = request.simulatorOptions();
        if (null != request.pcapngFile())
        {
            PcapngFileSink.requireReplaceable(request.pcapngFile());
        }
        final PcapDirectorySink pcaps = null == request.pcapDirectory() ? null
            : new PcapDirectorySink(CaptureDirectory.prepare(request.pcapDirectory(), request.pcapngFile()), options);
        try
        {
            final PcapngFileSink pcapng = null == request.pcapngFile()
                ? null : new PcapngFileSink(request.pcapngFile(), options);
            return new SimulatorCaptures(pcaps, pcapng);
        }
        catch (final CaptureException e)
        {
            if (null != pcaps)
            {
                pcaps.close();
            }
            throw e;
        }
    }

    /** @return the sink to give the simulation. */
    CaptureSink sink()
    {
        return sink;
    }

    /** @return the first write failure of either sink. Any thread. */
    Optional<CaptureException> failure()
    {
        if (null != pcaps && pcaps.failure().isPresent())
        {
            return pcaps.failure();
        }
        return null == pcapng ? Optional.empty() : pcapng.failure();
    }

    /** Writes everything out and closes the files; idempotent. */
    @Override
    public void close()
    {
        sink.close();
        try
        {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        }
        catch (final IllegalStateException e)
        {
            // The JVM is shutting down and the hook is closing the files (close is idempotent).
        }
    }
}
