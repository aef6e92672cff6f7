package dev.nslab.cli.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of known open difference classes, which a campaign counts but neither reruns nor shrinks, and which do not
 * make it fail: CI's list (each entry with its minimal reproduction beside the list) and {@code nslab fuzz --known}.
 * One entry a line, {@code NAME<TAB>COMMAND<TAB>KERNEL<TAB>SIMULATOR} (a {@link Signature} with a name; the
 * reproduction is {@code NAME.sh} in the list's directory); {@code #} starts a comment line.
 *
 * @param entries the classes in the list's order.
 */
public record KnownOpen(List<Entry> entries)
{
    /** One known open class. */
    public record Entry(String name, Signature signature)
    {
    }

    /**
     * @throws IOException              when the file cannot be read.
     * @throws IllegalArgumentException naming the line that is not an entry.
     */
    public static KnownOpen read(final Path file) throws IOException
    {
        final List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8))
        {
            number++;
            if (line.isBlank() || line.startsWith("#"))
            {
                continue;
            }
            final int tab = line.indexOf('\t');
            if (tab <= 0)
            {
                throw new IllegalArgumentException(file + ":" + number + ": not NAME<TAB>COMMAND<TAB>KERNEL<TAB>SIMULATOR");
            }
            try
            {
                entries.add(new Entry(line.substring(0, tab), Signature.parse(line.substring(tab + 1))));
            }
            catch (final IllegalArgumentException e)
            {
                throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return new KnownOpen(List.copyOf(entries));
    }

    /** @return the entries' signatures. */
    public Set<Signature> signatures()
    {
        final Set<Signature> signatures = new LinkedHashSet<>();
        entries.forEach(entry -> signatures.add(entry.signature()));
        return signatures;
    }

    /** @return the entry of this signature, or null. */
    public Entry find(final Signature signature)
    {
        return entries.stream().filter(entry -> entry.signature().equals(signature)).findFirst().orElse(null);
    }

    /** @return the entry's line, as {@link #read} reads it. */
    static String line(final String name, final Signature signature)
    {
        return name + "\t" + signature.line();
    }
}
