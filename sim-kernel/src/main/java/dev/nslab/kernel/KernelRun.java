package dev.nslab.kernel;

import java.nio.file.Path;
import java.util.List;

/**
 * What a kernel run with captures produced, besides its transcript (which went to the run's sink).
 *
 * @param captureFiles    the capture files written: the pcaps of interfaces that carried traffic, in name order,
 *                        then the pcapng if one was asked for.
 * @param captureWarnings one line each for what could not be captured (an interface tcpdump refused, a capture
 *                        cut short); empty when everything was.
 */
public record KernelRun(List<Path> captureFiles, List<String> captureWarnings)
{
    /**
     * Copies the lists.
     */
    public KernelRun
    {
        captureFiles = List.copyOf(captureFiles);
        captureWarnings = List.copyOf(captureWarnings);
    }
}
