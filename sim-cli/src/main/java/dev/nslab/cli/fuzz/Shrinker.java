package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.kernel.KernelBackendException;

/**
 * Reduces a scenario that shows a difference to a minimal one that shows the same difference (the same
 * {@link Signature}): first the lines after the differing command go, then delta debugging (ddmin, Zeller and
 * Hildebrandt's complement steps) removes lines, then each remaining line loses what words it can (an option, a
 * keyword and its value) or has its numbers made smaller. A reduction is kept only when every line still passes the
 * gate and both backends still differ the same way. Bounded: at most {@code budget} runs of the pair.
 */
final class Shrinker
{
    private final Backends backends;
    private final Signature target;
    private final int budget;
    private final long deadlineNanos;
    private final Map<List<String>, Tried> tried = new HashMap<>();
    private int runs;

    /**
     * @param budget        at most this many runs of both backends.
     * @param deadlineNanos and none started after this {@link System#nanoTime()}.
     */
    Shrinker(final Backends backends, final Signature target, final int budget, final long deadlineNanos)
    {
        this.backends = backends;
        this.target = target;
        this.budget = budget;
        this.deadlineNanos = deadlineNanos;
    }

    private boolean mayRun()
    {
        return runs < budget && System.nanoTime() - deadlineNanos < 0;
    }

    /** @return how many times both backends ran. */
    int runs()
    {
        return runs;
    }

    /**
     * @param lines        the scenario's command lines (no comments).
     * @param commandCount how many commands the transcripts hold up to and including the differing one.
     * @return the smallest scenario found that still differs the same way (at worst {@code lines} itself).
     */
    List<String> shrink(final List<String> lines, final int commandCount)
    {
        List<String> best = lines;
        final List<String> truncated = lines.subList(0, Math.min(commandCount, lines.size()));
        if (truncated.size() < lines.size() && differs(truncated))
        {
            best = truncated;
        }
        best = withoutKind(best, Shrinker::onlyShows);
        best = withoutKind(best, line -> Signature.commandKey(line).equals("ping"));
        best = ddmin(best);
        best = simplifyWords(best);
        return best;
    }

    /** @return the normalised transcripts of {@code lines}' last run, for the reproduction's files. */
    List<String> kernelOf(final List<String> lines)
    {
        return run(lines).kernel();
    }

    List<String> simulatorOf(final List<String> lines)
    {
        return run(lines).simulator();
    }

    /**
     * One run that drops every line of a kind (but the last line, the differing command): commands that only show
     * state, and pings, rarely matter to a difference elsewhere, and dropping them all at once spares ddmin many
     * runs (and the kernel the pings' wall time).
     */
    private List<String> withoutKind(final List<String> lines, final java.util.function.Predicate<String> kind)
    {
        final List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++)
        {
            if (i == lines.size() - 1 || !kind.test(lines.get(i)))
            {
                kept.add(lines.get(i));
            }
        }
        return kept.size() < lines.size() && mayRun() && differs(kept) ? kept : lines;
    }

    private static boolean onlyShows(final String line)
    {
        final String key = Signature.commandKey(line);
        return key.startsWith("bridge ") || key.endsWith(" show") || key.endsWith(" get")
            || key.endsWith(" identify") || key.endsWith(" pids") || key.endsWith(" list-id")
            || key.equals("sysctl") && !line.contains("=");
    }

    private List<String> ddmin(final List<String> start)
    {
        List<String> current = start;
        int granularity = 2;
        while (current.size() >= 2 && mayRun())
        {
            final int chunk = (current.size() + granularity - 1) / granularity;
            boolean reduced = false;
            for (int from = 0; from < current.size() && mayRun(); from += chunk)
            {
                final List<String> complement = new ArrayList<>(current.subList(0, from));
                complement.addAll(current.subList(Math.min(from + chunk, current.size()), current.size()));
                if (!complement.isEmpty() && differs(complement))
                {
                    current = complement;
                    granularity = Math.max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced)
            {
                if (granularity >= current.size())
                {
                    break;
                }
                granularity = Math.min(granularity * 2, current.size());
            }
        }
        return current;
    }

    private List<String> simplifyWords(final List<String> start)
    {
        List<String> current = start;
        boolean changed = true;
        while (changed && mayRun())
        {
            changed = false;
            for (int line = 0; line < current.size() && mayRun(); line++)
            {
                for (final String candidate : simpler(current.get(line)))
                {
                    final List<String> trial = new ArrayList<>(current);
                    trial.set(line, candidate);
                    if (mayRun() && differs(trial))
                    {
                        current = trial;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    /** Simpler versions of a line that the gate accepts: one or two words fewer, a number made 1 or 0. */
    private static List<String> simpler(final String line)
    {
        final List<String> words = Script.words(line);
        final List<String> candidates = new ArrayList<>();
        for (int width = 2; width >= 1; width--)
        {
            for (int i = 1; i + width <= words.size(); i++)
            {
                final List<String> shorter = new ArrayList<>(words.subList(0, i));
                shorter.addAll(words.subList(i + width, words.size()));
                addIfAccepted(candidates, shorter);
            }
        }
        for (int i = 1; i < words.size(); i++)
        {
            final String word = words.get(i);
            if (word.matches("[0-9]+") && !word.equals("0") && !word.equals("1"))
            {
                for (final String smaller : new String[] {"1", String.valueOf(Long.parseLong(word) / 2)})
                {
                    final List<String> changed = new ArrayList<>(words);
                    changed.set(i, smaller);
                    addIfAccepted(candidates, changed);
                }
            }
        }
        return candidates;
    }

    private static void addIfAccepted(final List<String> candidates, final List<String> words)
    {
        if (EmulationGate.INSTANCE.vet(Script.unquoted(words)).isAccepted())
        {
            final String text = String.join(" ", words);
            if (!candidates.contains(text))
            {
                candidates.add(text);
            }
        }
    }

    private boolean differs(final List<String> lines)
    {
        return run(lines).same();
    }

    /** Both transcripts of a candidate, and whether they differ the target's way; each candidate runs once. */
    private Tried run(final List<String> lines)
    {
        final Tried known = tried.get(lines);
        if (known != null)
        {
            return known;
        }
        runs++;
        final String text = String.join("\n", lines) + "\n";
        final List<String> simulator = backends.simulator("reduced.sh", text);
        Tried outcome;
        try
        {
            final List<String> kernel = backends.kernel("reduced.sh", text);
            final Divergence divergence = Divergence.between(kernel, simulator);
            outcome = new Tried(kernel, simulator, divergence != null && divergence.signature().equals(target));
        }
        catch (final KernelBackendException e)
        {
            outcome = new Tried(List.of("kernel backend failed: " + e.getMessage()), simulator, false);
        }
        tried.put(List.copyOf(lines), outcome);
        return outcome;
    }

    /** One candidate's run. */
    private record Tried(List<String> kernel, List<String> simulator, boolean same)
    {
    }
}
