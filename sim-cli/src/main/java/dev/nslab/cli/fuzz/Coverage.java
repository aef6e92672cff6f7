package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the features ({@link Features}) of every generated line, and finds the emulated ones never produced. */
final class Coverage
{
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile String unavailable;

    /**
     * What the generator produced.
     *
     * @param produced      each feature with how many lines used it.
     * @param neverProduced the emulated features ({@link Inventory}) no line used.
     * @param unavailable   why coverage could not be derived from the gate, or null.
     */
    record Report(Map<String, Long> produced, List<String> neverProduced, String unavailable)
    {
    }

    void count(final List<String> lines)
    {
        if (unavailable != null)
        {
            return;
        }
        try
        {
            for (final String line : lines)
            {
                for (final String feature : Features.of(line))
                {
                    counts.computeIfAbsent(feature, f -> new LongAdder()).increment();
                }
            }
        }
        catch (final IllegalStateException e)
        {
            unavailable = e.getMessage();
        }
    }

    Report report()
    {
        final Map<String, Long> produced = new TreeMap<>();
        counts.forEach((feature, count) -> produced.put(feature, count.sum()));
        if (unavailable != null)
        {
            return new Report(produced, List.of(), unavailable);
        }
        try
        {
            final Set<String> emulated = Inventory.emulated();
            final List<String> never = new ArrayList<>();
            for (final String feature : emulated)
            {
                if (!produced.containsKey(feature))
                {
                    never.add(feature);
                }
            }
            return new Report(produced, never, null);
        }
        catch (final IllegalStateException e)
        {
            return new Report(produced, List.of(), e.getMessage());
        }
    }
}
