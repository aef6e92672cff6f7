package dev.nslab.kernel;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import dev.nslab.pcap.CaptureFilter;

/**
 * What to capture on the kernel backend: the counterpart of the simulator's {@code --pcap DIR},
 * {@code --pcapng FILE} and {@code --capture [NS/]DEV,...}. Inside the sandbox one tcpdump per interface that is
 * up captures it; as the run goes, each interface that carried traffic gets {@code DIR/DEV.pcap} (the sandbox's
 * initial namespace) or {@code DIR/netns/NS/DEV.pcap}, named as on the simulator (see
 * {@link dev.nslab.pcap.CaptureInterface}), and/or one pcapng holds them all.
 *
 * @param pcapDirectory where the per-interface pcaps go (see {@link dev.nslab.pcap.CaptureDirectory}), or null for
 *                      none.
 * @param pcapngFile    the one pcapng of the run, or null for none.
 * @param filter        which interfaces are captured.
 */
public record KernelCapture(Path pcapDirectory, Path pcapngFile, CaptureFilter filter)
{
    /**
     * Checks that something is captured somewhere.
     */
    public KernelCapture
    {
        Objects.requireNonNull(filter, "filter");
        if (null == pcapDirectory && null == pcapngFile)
        {
            throw new IllegalArgumentException("a kernel capture needs a pcap directory, a pcapng file, or both");
        }
    }

    /**
     * @param directory where the per-interface pcaps go.
     * @return every interface captured into that directory ({@code --pcap DIR}).
     */
    public static KernelCapture toDirectory(final Path directory)
    {
        return new KernelCapture(Objects.requireNonNull(directory, "directory"), null, CaptureFilter.all());
    }

    /**
     * @param file the pcapng file.
     * @return every interface captured into one pcapng ({@code --pcapng FILE}).
     */
    public static KernelCapture toPcapng(final Path file)
    {
        return new KernelCapture(null, Objects.requireNonNull(file, "file"), CaptureFilter.all());
    }

    /**
     * @param file the pcapng file.
     * @return a copy that also merges the captures into that pcapng.
     */
    public KernelCapture withPcapng(final Path file)
    {
        return new KernelCapture(pcapDirectory, Objects.requireNonNull(file, "file"), filter);
    }

    /**
     * @param newFilter which interfaces to capture ({@code --capture [NS/]DEV,...}).
     * @return a copy with that filter.
     */
    public KernelCapture withFilter(final CaptureFilter newFilter)
    {
        return new KernelCapture(pcapDirectory, pcapngFile, newFilter);
    }

    /**
     * @return the pcap directory, if any.
     */
    public Optional<Path> directory()
    {
        return Optional.ofNullable(pcapDirectory);
    }

    /**
     * @return the pcapng file, if any.
     */
    public Optional<Path> pcapng()
    {
        return Optional.ofNullable(pcapngFile);
    }
}
