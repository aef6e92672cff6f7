package dev.nslab.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds processes by a word of their command line, and processes living in a given network namespace. */
final class SandboxProcesses
{
    private SandboxProcesses()
    {
    }

    /** @return pids of running {@code ping} processes whose argv contains {@code destination}. */
    static List<Long> pingsTo(final String destination) throws IOException
    {
        return withArguments("ping", destination);
    }

    /** @return pids of running processes whose argv[0] ends with {@code /program} or is {@code program}. */
    static List<Long> named(final String program) throws IOException
    {
        final List<Long> pids = new ArrayList<>();
        for (final Path process : processes())
        {
            try
            {
                final String argv0 = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .split("\0", 2)[0];
                if (argv0.equals(program) || argv0.endsWith("/" + program))
                {
                    pids.add(Long.parseLong(process.getFileName().toString()));
                }
            }
            catch (final IOException e)
            {
                // The process ended while we looked.
            }
        }
        return pids;
    }

    /** @return pids whose argv contains {@code word} exactly. */
    static List<Long> withArgument(final String word) throws IOException
    {
        return withArguments(null, word);
    }

    private static List<Long> withArguments(final String program, final String word) throws IOException
    {
        final List<Long> pids = new ArrayList<>();
        for (final Path process : processes())
        {
            try
            {
                final String cmdline = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
                final List<String> argv = List.of(cmdline.split("\0"));
                if (argv.contains(word) && (program == null || argv.get(0).equals(program)))
                {
                    pids.add(Long.parseLong(process.getFileName().toString()));
                }
            }
            catch (final IOException e)
            {
                // The process ended while we looked.
            }
        }
        return pids;
    }

    /** @return the {@code net:[inode]} link of a process, or null when it is gone. */
    static String networkNamespace(final long pid)
    {
        try
        {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString();
        }
        catch (final IOException e)
        {
            return null;
        }
    }

    /** @return pids of processes in the network namespace {@code net:[inode]}. */
    static List<Long> inNetworkNamespace(final String namespace) throws IOException
    {
        final List<Long> pids = new ArrayList<>();
        for (final Path process : processes())
        {
            final long pid = Long.parseLong(process.getFileName().toString());
            if (namespace.equals(networkNamespace(pid)))
            {
                pids.add(pid);
            }
        }
        return pids;
    }

    private static List<Path> processes() throws IOException
    {
        try (Stream<Path> listing = Files.list(Path.of("/proc")))
        {
            return listing.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
        }
    }
}
