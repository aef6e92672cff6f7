package dev.nslab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The scenarios with golden kernel transcripts: the test scenarios and the repository's examples. */
final class Goldens
{
    /** A scenario file and the kernel transcript recorded for it. */
    record Golden(String name, Path scenario, Path transcript)
    {
    }

    static final Path MODULE = Paths.get("").toAbsolutePath();
    static final Path SCENARIOS = MODULE.resolve("src/test/resources/scenarios");
    static final Path EXAMPLES = MODULE.getParent().resolve("examples");
    static final Path EXAMPLE_GOLDENS = MODULE.resolve("src/test/resources/examples-golden");

    private Goldens()
    {
    }

    static List<Golden> all()
    {
        final List<Golden> goldens = new ArrayList<>();
        for (final Path scenario : scripts(SCENARIOS))
        {
            final String base = baseName(scenario);
            goldens.add(new Golden(base, scenario, SCENARIOS.resolve(base + ".kernel.txt")));
        }
        for (final Path example : scripts(EXAMPLES))
        {
            final String base = baseName(example);
            goldens.add(new Golden("examples/" + base, example, EXAMPLE_GOLDENS.resolve(base + ".kernel.txt")));
        }
        return goldens;
    }

    static String read(final Path file)
    {
        try
        {
            return Files.readString(file);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> scripts(final Path directory)
    {
        try (Stream<Path> files = Files.list(directory))
        {
            return files.filter(file -> file.toString().endsWith(".sh")).sorted().toList();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(final Path script)
    {
        final String name = script.getFileName().toString();
        return name.substring(0, name.length() - ".sh".length());
    }
}
