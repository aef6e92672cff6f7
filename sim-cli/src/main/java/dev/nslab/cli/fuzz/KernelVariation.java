package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the kernel's own transcripts of one scenario differed from run to run: the command whose output first varied
 * and what each run printed there, counted ("3/5 runs print X, 2/5 print Y").
 *
 * @param command  the command whose output varied, as written.
 * @param printed  each line seen at the first varying place (or {@link #NOTHING}), with how many runs printed it.
 * @param runs     how many kernel runs were compared.
 */
record KernelVariation(String command, Map<String, Integer> printed, int runs)
{
    /** Stands for a run whose command printed nothing more there. */
    static final String NOTHING = "(nothing more)";

    /** @return where the runs first differ, or null when all printed the same. */
    static KernelVariation among(final List<List<String>> outcomes)
    {
        final List<String> first = outcomes.get(0);
        int index = Integer.MAX_VALUE;
        for (final List<String> outcome : outcomes)
        {
            final Divergence divergence = Divergence.between(first, outcome);
            if (divergence != null)
            {
                index = Math.min(index, divergence.index());
            }
        }
        if (index == Integer.MAX_VALUE)
        {
            return null;
        }
        final Map<String, Integer> printed = new LinkedHashMap<>();
        for (final List<String> outcome : outcomes)
        {
            final String line = index < outcome.size() && !outcome.get(index).startsWith("$ ") ? outcome.get(index)
                : NOTHING;
            printed.merge(line, 1, Integer::sum);
        }
        return new KernelVariation(Divergence.commandBefore(first, index), printed, outcomes.size());
    }

    /** @return the variation's class: the command's key and the skeletons of what the runs printed. */
    String key()
    {
        final TreeSet<String> skeletons = new TreeSet<>();
        for (final String line : printed.keySet())
        {
            skeletons.add(line.equals(NOTHING) ? NOTHING : Signature.skeleton(line));
        }
        return Signature.commandKey(command) + ": " + String.join(" | ", skeletons);
    }

    /** @return {@code 3/5 runs print 'X', 2/5 print 'Y'}. */
    String frequencies()
    {
        final List<String> parts = new ArrayList<>();
        for (final Map.Entry<String, Integer> entry : printed.entrySet())
        {
            parts.add(entry.getValue() + "/" + runs + " runs print '" + entry.getKey() + "'");
        }
        return String.join(", ", parts);
    }
}
