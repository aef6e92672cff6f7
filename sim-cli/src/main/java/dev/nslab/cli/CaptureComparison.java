package dev.nslab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.nslab.pcap.CaptureDirectory;
import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.CaptureSummary;

/**
 * {@code nslab diff --pcap}: the capture half of the comparison. Both backends capture into pcap directories of
 * their own; each is reduced to {@link CaptureSummary} lines (ARP and IPv4 only: no times, MACs or IP ids) and the
 * two are diffed.
 */
final class CaptureComparison implements AutoCloseable
{
    private final Path root;
    private final boolean temporary;

    private CaptureComparison(final Path root, final boolean temporary)
    {
        this.root = root;
        this.temporary = temporary;
    }

    /**
     * Makes both capture directories ready before either backend runs, so that a kept directory holding files
     * nslab did not write refuses the diff with nothing run (and both checked before either is emptied).
     *
     * @param keepIn where to keep both captures ({@code kernel/} and {@code simulator/}, each a capture directory as
     *               for {@code run --pcap}), or null for a temporary directory removed on close.
     */
    static CaptureComparison create(final Path keepIn) throws CaptureException
    {
        final CaptureComparison comparison;
        try
        {
            comparison = null == keepIn ? new CaptureComparison(Files.createTempDirectory("nslab-diff-"), true)
                : new CaptureComparison(keepIn, false);
        }
        catch (final IOException e)
        {
            throw new CaptureException("cannot create a directory for the captures to compare: " + e.getMessage());
        }
        final List<Path> sides = List.of(comparison.kernelDirectory(), comparison.simulatorDirectory());
        for (final Path side : sides)
        {
            if (Files.isSymbolicLink(side))
            {
                throw new CaptureException("cannot create capture directory " + CaptureException.printable(side)
                    + ": it is a symbolic link, and nslab never writes through one");
            }
            CaptureDirectory.check(side);
        }
        for (final Path side : sides)
        {
            CaptureDirectory.prepare(side).close();
        }
        return comparison;
    }

    Path kernelDirectory()
    {
        return root.resolve("kernel");
    }

    Path simulatorDirectory()
    {
        return root.resolve("simulator");
    }

    /**
     * Streams a unified diff of the two summaries to {@code out}, each summary kept in a temporary file, not in
     * memory: captures of any size compare.
     *
     * @param scenarioName the scenario's name, for the diff's headers.
     * @return true when they differ.
     */
    boolean diff(final String scenarioName, final Appendable out) throws CaptureException, IOException
    {
        try (TranscriptSpool kernel = TranscriptSpool.create("kernel-captures");
             TranscriptSpool simulator = TranscriptSpool.create("simulator-captures"))
        {
            summarise(kernelDirectory(), kernel);
            summarise(simulatorDirectory(), simulator);
            try (LineReader kernelLines = kernel.lines(); LineReader simulatorLines = simulator.lines())
            {
                return UnifiedDiff.write("kernel/" + scenarioName + " (captures)", kernelLines,
                    "simulator/" + scenarioName + " (captures)", simulatorLines, out);
            }
        }
    }

    private static void summarise(final Path directory, final TranscriptSpool spool) throws CaptureException
    {
        // An interface that carried nothing has no file, and a run that carried nothing has no directory.
        if (Files.isDirectory(directory))
        {
            CaptureSummary.streamDirectory(directory, line -> spool.print(line + "\n"));
        }
    }

    /** Removes a temporary directory; a kept one stays. */
    @Override
    public void close()
    {
        if (!temporary)
        {
            return;
        }
        try (Stream<Path> walk = Files.walk(root))
        {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (final IOException e)
        {
            // Only a temporary directory is left behind.
        }
    }
}
