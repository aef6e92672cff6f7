package dev.nslab.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps each minimal reproduction as {@code DIR/NNN-<short-name>.sh}, with both normalised transcripts beside it
 * ({@code .kernel.txt}, {@code .simulator.txt}) and their diff ({@code .diff}).
 */
final class Reproductions
{
    private final Path directory;

    Reproductions(final Path directory)
    {
        this.directory = directory;
    }

    /** @return the name a reproduction of this signature gets, {@code NNN-ip-route-get}. */
    static String name(final int number, final Signature signature)
    {
        String shortName = signature.command().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
        if (shortName.isEmpty())
        {
            shortName = "difference";
        }
        return String.format(Locale.ROOT, "%03d-%s", number, shortName);
    }

    /**
     * Lists the classes found in {@code DIR/known.txt}, in {@link KnownOpen}'s format, so that a later campaign can
     * tolerate them ({@code --known}) and CI's list can take them over.
     */
    void list(final List<CampaignResult.RealClass> classes)
    {
        if (classes.isEmpty())
        {
            return;
        }
        final List<String> lines = new ArrayList<>();
        lines.add("# nslab fuzz: the classes of difference found (NAME, command, kernel line, simulator line)");
        for (final CampaignResult.RealClass found : classes)
        {
            lines.add(KnownOpen.line(name(found.number(), found.signature()), found.signature()));
        }
        try
        {
            Files.createDirectories(directory);
            Files.write(directory.resolve("known.txt"), lines, StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot list the classes in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** @return the scenario file written. */
    Path write(final String name, final List<String> header, final List<String> lines, final List<String> kernel,
        final List<String> simulator)
    {
        try
        {
            Files.createDirectories(directory);
            final List<String> scenario = new ArrayList<>();
            for (final String comment : header)
            {
                scenario.add("# " + comment.replace('\n', ' '));
            }
            scenario.addAll(lines);
            final Path file = directory.resolve(name + ".sh");
            Files.write(file, scenario, StandardCharsets.UTF_8);
            Files.write(directory.resolve(name + ".kernel.txt"), kernel, StandardCharsets.UTF_8);
            Files.write(directory.resolve(name + ".simulator.txt"), simulator, StandardCharsets.UTF_8);
            Files.write(directory.resolve(name + ".diff"), LineDiff.of(kernel, simulator), StandardCharsets.UTF_8);
            return file;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot keep a reproduction in " + directory + ": " + e.getMessage(), e);
        }
    }
}
