package dev.nslab.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import picocli.CommandLine;

import dev.nslab.kernel.KernelCapture;
import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureOptions;

/**
 * What {@code --pcap DIR}, {@code --pcapng FILE}, {@code --capture [NS/]DEV,...} and {@code --epoch} ask for, in one
 * value both backends understand. Interfaces are named alike on both (see {@link dev.nslab.pcap.CaptureInterface}):
 * {@code DEV} for a device of the initial namespace, {@code NS/DEV} for one of namespace {@code NS}; their pcaps are
 * {@code DIR/DEV.pcap} and {@code DIR/netns/NS/DEV.pcap}.
 *
 * @param pcapDirectory where the per-interface pcaps go, or null.
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

    /**
     * Refuses an option given an empty file name: {@code Path.of("")} is the working directory, which nobody means
     * by {@code --pcap ''}.
     *
     * @throws CommandLine.ParameterException (exit 2) when {@code path} is empty.
     */
    static void requireNamed(final CommandLine.Model.CommandSpec spec, final String option, final Path path)
    {
        if (null != path && path.toString().isEmpty())
        {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " needs a name, not ''");
        }
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
