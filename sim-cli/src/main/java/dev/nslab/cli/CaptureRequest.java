package dev.nslab.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.nslab.kernel.KernelCapture;
import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureOptions;

/**
 * What {@code --pcap DIR}, {@code --pcapng FILE}, {@code --capture NS/DEV,...} and {@code --epoch} ask for, in one
 * value both backends understand.
 *
 * @param pcapDirectory where {@code NS-DEV.pcap} files go, or null.
 * @param pcapngFile    the one pcapng of the run, or null.
 * @param filter        which devices are captured.
 * @param epoch         the wall-clock instant virtual time 0 is written as (simulator only; the kernel's
 *                      captures carry real time).
 */
public record CaptureRequest(Path pcapDirectory, Path pcapngFile, CaptureFilter filter, Instant epoch)
{
    /** Nothing captured. */
    public static final CaptureRequest NONE = new CaptureRequest(null, null, CaptureFilter.all(),
        CaptureOptions.DEFAULT_EPOCH);

    /**
     * Checks the parts are there.
     */
    public CaptureRequest
    {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(epoch, "epoch");
    }

    /** @return true when at least one of {@code --pcap} and {@code --pcapng} was given. */
    public boolean isEnabled()
    {
        return null != pcapDirectory || null != pcapngFile;
    }

    /** @return the options the simulator's sinks are made with. */
    CaptureOptions simulatorOptions()
    {
        return CaptureOptions.defaults().withFilter(filter).withEpoch(epoch);
    }

    /** @return the kernel backend's equivalent, or empty when nothing is captured. */
    Optional<KernelCapture> kernelCapture()
    {
        if (!isEnabled())
        {
            return Optional.empty();
        }
        return Optional.of(new KernelCapture(pcapDirectory, pcapngFile, filter));
    }
}
