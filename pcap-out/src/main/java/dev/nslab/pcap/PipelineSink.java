package dev.nslab.pcap;

import java.util.Optional;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;

/**
 * What both capture sinks share: frames go through a {@link CapturePipeline} (a ring filled on the simulation
 * thread, one writer thread); the sinks differ only in the writer at its end.
 */
abstract class PipelineSink implements CaptureSink
{
    private final CapturePipeline pipeline;

    PipelineSink(final CapturePipeline pipeline)
    {
        this.pipeline = pipeline;
    }

    /**
     * Simulation thread only. A device the filter leaves out gets a point that does nothing.
     */
    @Override
    public final CapturePoint open(final String namespace, final String device, final long mac)
    {
        return pipeline.open(namespace, device, mac);
    }

    /**
     * Writes every frame captured so far and closes the files. Any thread (the CLI's shutdown hook too), any number
     * of times; returns when the files are complete. Frames captured after close are not recorded.
     */
    @Override
    public final void close()
    {
        pipeline.close();
    }

    /**
     * @return the first write failure, if any (then capturing has stopped; files keep their whole records).
     *     Any thread.
     */
    public final Optional<CaptureException> failure()
    {
        return pipeline.failure();
    }
}
