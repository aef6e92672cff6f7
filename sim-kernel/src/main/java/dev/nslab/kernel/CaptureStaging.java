package dev.nslab.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.PcapDirectorySink;
import dev.nslab.pcap.CaptureInterface;
import dev.nslab.pcap.CapturedPacket;
import dev.nslab.pcap.PcapFileReader;
import dev.nslab.pcap.PcapGlobalHeader;
import dev.nslab.pcap.PcapMerger;

/**
 * The host directory the sandbox's tcpdumps write into, and the step that turns what they wrote into what was
 * asked for: {@code DIR/NS-DEV.pcap} for each interface that carried traffic (several captures of one interface,
 * after a move there and back, joined into one file) and/or one merged pcapng. Then the staging directory goes.
 *
 * <p>The staging directory is {@code nslab-capture-PID-*} in {@code java.io.tmpdir}; one left by a JVM that was
 * killed ({@code kill -9} runs no cleanup) is removed by the next run.
 */
final class CaptureStaging
{
    private static final String PREFIX = "nslab-capture-";
    private static final Pattern STALE = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");
    private static final String MANIFEST = "manifest";
    private static final String WARNINGS = "warnings";

    /** What the driver started: capture number {@code number} of {@code namespace/device}. */
    private record Started(String number, String namespace, String device)
    {
        String qualifiedName()
        {
            return CaptureInterface.qualifiedName(namespace, device);
        }
    }

    /** One staged pcap and what it holds. */
    private record Staged(Started capture, Path file, byte[] header, long recordBytes, long records)
    {
    }

    /** What {@link #finish()} wrote. */
    record Result(List<Path> files, List<String> warnings)
    {
    }

    private final KernelCapture request;
    private final Path directory;
    private Result result;

    private CaptureStaging(final KernelCapture request, final Path directory)
    {
        this.request = request;
        this.directory = directory;
    }

    /**
     * Checks that the outputs can be written (before anything runs), then makes the staging directory.
     *
     * @throws CaptureException with one line for the user when an output or the staging directory cannot be made.
     */
    static CaptureStaging create(final KernelCapture request) throws CaptureException
    {
        if (request.pcapDirectory() != null)
        {
            PcapDirectorySink.requireWritableDirectory(request.pcapDirectory());
        }
        if (request.pcapngFile() != null)
        {
            requireWritableFile(request.pcapngFile());
        }
        final Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(temporary);
        try
        {
            return new CaptureStaging(request,
                Files.createTempDirectory(temporary, PREFIX + ProcessHandle.current().pid() + "-"));
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotCreateDirectory(temporary.resolve(PREFIX + "*"), ex);
        }
    }

    /**
     * @return where tcpdump writes (passed to the driver).
     */
    Path directory()
    {
        return directory;
    }

    /**
     * Delivers the captures and removes the staging directory. Any thread (the shutdown hook too), any number of
     * times: the first call does the work, later ones return its result. Call only once the tcpdumps have ended.
     *
     * @throws CaptureException when an output cannot be written; the staging directory is removed all the same.
     */
    synchronized Result finish() throws CaptureException
    {
        if (null != result)
        {
            return result;
        }
        final List<String> warnings = new ArrayList<>();
        final List<Path> files = new ArrayList<>();
        try
        {
            final Map<String, List<Staged>> byInterface = new LinkedHashMap<>();
            for (final Started started : readManifest())
            {
                final Staged staged = inspect(started, warnings);
                if (null != staged && staged.records() > 0)
                {
                    byInterface.computeIfAbsent(started.qualifiedName(), name -> new ArrayList<>()).add(staged);
                }
            }
            warnings.addAll(readWarnings());
            if (null != request.pcapDirectory())
            {
                for (final List<Staged> captures : byInterface.values())
                {
                    files.add(writeJoined(captures, warnings));
                }
                files.sort(Comparator.naturalOrder());
            }
            if (null != request.pcapngFile())
            {
                final List<PcapMerger.Input> inputs = new ArrayList<>();
                byInterface.forEach((name, captures) ->
                    captures.forEach(staged -> inputs.add(new PcapMerger.Input(name, staged.file()))));
                PcapMerger.merge(inputs, request.pcapngFile());
                files.add(request.pcapngFile());
            }
            result = new Result(files, warnings);
            return result;
        }
        finally
        {
            deleteRecursively(directory);
            if (null == result)
            {
                result = new Result(files, warnings);
            }
        }
    }

    private List<Started> readManifest() throws CaptureException
    {
        final Path manifest = directory.resolve(MANIFEST);
        if (!Files.exists(manifest))
        {
            return List.of();
        }
        final String[] words;
        try
        {
            words = new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8).split("\0", -1);
        }
        catch (final IOException ex)
        {
            throw new CaptureException("cannot read the kernel capture manifest " + manifest + ": " + ex.getMessage());
        }
        final List<Started> started = new ArrayList<>();
        // The driver writes whole triples; a trailing partial one is a driver killed mid-write.
        for (int i = 0; i + 2 < words.length; i += 3)
        {
            // The driver writes the sandbox's initial namespace as an empty name; its files are still called host.
            started.add(new Started(words[i], words[i + 1].isEmpty() ? "host" : words[i + 1], words[i + 2]));
        }
        return started;
    }

    private List<String> readWarnings()
    {
        try
        {
            final Path file = directory.resolve(WARNINGS);
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        }
        catch (final IOException ex)
        {
            return List.of("cannot read the kernel capture warnings: " + ex.getMessage());
        }
    }

    /** @return the staged capture's header and whole records, or null when it is missing or not a pcap. */
    private Staged inspect(final Started started, final List<String> warnings)
    {
        final Path file = directory.resolve(started.number() + ".pcap");
        if (!Files.exists(file))
        {
            return null; // tcpdump never opened it: already reported in warnings
        }
        try (PcapFileReader reader = PcapFileReader.open(file, started.qualifiedName()))
        {
            long records = 0;
            long recordBytes = 0;
            for (CapturedPacket packet = reader.next(); null != packet; packet = reader.next())
            {
                records++;
                recordBytes += 16 + packet.frame().length;
            }
            if (reader.truncated())
            {
                warnings.add("capture of " + started.qualifiedName() + " was cut short; its whole records are kept");
            }
            final byte[] header;
            try (InputStream in = Files.newInputStream(file))
            {
                header = in.readNBytes(PcapGlobalHeader.LENGTH);
            }
            return new Staged(started, file, header, recordBytes, records);
        }
        catch (final CaptureException | IOException ex)
        {
            // A tcpdump killed before it wrote its header leaves an empty file: nothing was captured.
            return null;
        }
    }

    /** Writes one interface's captures as one pcap: tcpdump's bytes, whole records only, headers joined. */
    private Path writeJoined(final List<Staged> captures, final List<String> warnings) throws CaptureException
    {
        final Started first = captures.get(0).capture();
        final Path target = request.pcapDirectory().resolve(new CaptureInterface(first.namespace(), first.device(), 0L)
            .pcapFileName());
        try (OutputStream out = Files.newOutputStream(target))
        {
            out.write(captures.get(0).header());
            for (final Staged staged : captures)
            {
                if (!Arrays.equals(staged.header(), captures.get(0).header()))
                {
                    warnings.add("capture of " + first.qualifiedName() + " changed link type or snap length;"
                        + " only its first form is in " + target);
                    continue;
                }
                try (InputStream in = Files.newInputStream(staged.file()))
                {
                    in.skipNBytes(PcapGlobalHeader.LENGTH);
                    copy(in, out, staged.recordBytes());
                }
            }
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(target, ex);
        }
        return target;
    }

    private static void copy(final InputStream in, final OutputStream out, final long length) throws IOException
    {
        final byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0)
        {
            final int n = in.read(buffer, 0, (int)Math.min(buffer.length, left));
            if (n < 0)
            {
                throw new IOException("staged capture shrank while being copied");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void requireWritableFile(final Path file) throws CaptureException
    {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))
        {
            // Opened to prove it can be written; filled after the run.
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(file, ex);
        }
    }

    /** Removes staging directories whose JVM is gone (killed with SIGKILL, so its cleanup never ran). */
    private static void removeStale(final Path temporary)
    {
        try (Stream<Path> entries = Files.list(temporary))
        {
            for (final Path entry : (Iterable<Path>)entries::iterator)
            {
                final Matcher matcher = STALE.matcher(entry.getFileName().toString());
                if (matcher.matches() && ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty())
                {
                    deleteRecursively(entry);
                }
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            // Tidying only: a leftover directory costs a few kilobytes, never a wrong result.
        }
    }

    private static void deleteRecursively(final Path root)
    {
        try (Stream<Path> walk = Files.walk(root))
        {
            for (final Path path : walk.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(path);
            }
        }
        catch (final IOException ex)
        {
            // Already gone, or not ours to delete.
        }
    }
}
