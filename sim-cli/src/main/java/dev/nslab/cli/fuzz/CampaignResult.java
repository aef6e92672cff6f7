package dev.nslab.cli.fuzz;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.nslab.cli.emulation.CommandDurations;

/**
 * What a campaign found: counts, the classes of real differences with their reproductions, the kernel races with
 * their observed frequencies, the known open differences it tolerated, kernel runs that failed, and the
 * generator's coverage.
 */
public record CampaignResult(long seed, long scenarios, long commands, long kernelRuns, Duration elapsed,
    boolean taps, CommandDurations durations, List<RealClass> differences, List<RaceClass> races, Map<Signature, Integer> knownOpen,
    List<String> kernelFailures, Coverage.Report coverage)
{
    /** A class of real differences: one signature, how often, and its minimal reproduction. */
    public static final class RealClass
    {
        private final int number;
        private final Signature signature;
        private final long firstScenario;
        private final boolean kernelStable;
        private final String kernelVariation;
        private final AtomicInteger occurrences = new AtomicInteger();
        private volatile Path reproduction;
        private volatile List<String> minimal = List.of();

        RealClass(final int number, final Signature signature, final long firstScenario, final boolean kernelStable,
            final String kernelVariation)
        {
            this.number = number;
            this.signature = signature;
            this.firstScenario = firstScenario;
            this.kernelStable = kernelStable;
            this.kernelVariation = kernelVariation;
        }

        void keep(final Path file, final List<String> lines)
        {
            reproduction = file;
            minimal = List.copyOf(lines);
        }

        public int number()
        {
            return number;
        }

        public Signature signature()
        {
            return signature;
        }

        public long firstScenario()
        {
            return firstScenario;
        }

        /** @return whether the kernel printed the same on every run of the first scenario. */
        public boolean kernelStable()
        {
            return kernelStable;
        }

        AtomicInteger occurrences()
        {
            return occurrences;
        }

        public int count()
        {
            return occurrences.get();
        }

        public Path reproduction()
        {
            return reproduction;
        }

        public List<String> minimal()
        {
            return minimal;
        }

        /** @return how the kernel varied where it did (the simulator matched none of its outcomes), or null. */
        public String kernelVariation()
        {
            return kernelVariation;
        }
    }

    /** A kernel race: where the kernel's runs differ among themselves and the simulator prints one outcome. */
    public static final class RaceClass
    {
        private final String key;
        private final String command;
        private final long firstScenario;
        private final String example;
        private final Map<String, Integer> printed = new LinkedHashMap<>();
        private int runs;
        private int occurrences;
        private volatile Path exampleFile;

        RaceClass(final String key, final String command, final long firstScenario, final String example)
        {
            this.key = key;
            this.command = command;
            this.firstScenario = firstScenario;
            this.example = example;
        }

        void keep(final Path file)
        {
            exampleFile = file;
        }

        /** @return the first scenario that showed it, kept whole, or null. */
        public Path exampleFile()
        {
            return exampleFile;
        }

        synchronized void add(final KernelVariation variation)
        {
            occurrences++;
            runs += variation.runs();
            variation.printed().forEach((line, count) -> printed.merge(line, count, Integer::sum));
        }

        public String key()
        {
            return key;
        }

        public long firstScenario()
        {
            return firstScenario;
        }

        public synchronized int occurrences()
        {
            return occurrences;
        }

        /** @return {@code 3/5 runs print 'X', 2/5 print 'Y'}, over all occurrences. */
        public synchronized String frequencies()
        {
            final StringBuilder text = new StringBuilder();
            printed.forEach((line, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append('/')
                .append(runs).append(" runs print '").append(line).append('\''));
            return text.toString();
        }

        public String command()
        {
            return command;
        }

        public String example()
        {
            return example;
        }
    }

    /** @return whether any real difference was found (races and known open ones do not count). */
    public boolean hasDifferences()
    {
        return !differences.isEmpty();
    }

    /** Prints the summary: what ran, every difference and race, the known open ones, coverage. */
    public void print(final PrintStream out)
    {
        out.printf(Locale.ROOT, "nslab fuzz --seed %d: %d scenarios, %d commands on both backends, %d kernel runs "
                + "(reruns and shrinking included), %.0f s%s%n", seed, scenarios, commands, kernelRuns,
            elapsed.toMillis() / 1000.0, taps ? "" : "; no taps (the kernel backend cannot make them here)");
        out.println("Simulated with the commands' durations timed in the sandbox: " + durations);
        out.println();
        out.println("Differences: " + differences.size() + " classes, "
            + differences.stream().mapToInt(RealClass::count).sum() + " scenarios");
        for (final RealClass found : differences)
        {
            out.printf(Locale.ROOT, "  %s  %d scenarios, first in scenario %d%n",
                found.reproduction() == null ? "#" + found.number() : found.reproduction(), found.count(),
                found.firstScenario());
            out.println("      in '" + found.signature().command() + "': kernel '" + found.signature().kernel()
                + "', simulator '" + found.signature().simulator() + "'");
            if (found.kernelVariation() != null)
            {
                out.println("      the kernel varied (" + found.kernelVariation() + ") but the simulator matched"
                    + " none of its outcomes");
            }
            for (final String line : found.minimal())
            {
                out.println("      | " + line);
            }
        }
        out.println();
        out.println("Kernel races: " + races.size() + " classes, "
            + races.stream().mapToInt(RaceClass::occurrences).sum() + " scenarios");
        for (final RaceClass race : races)
        {
            out.printf(Locale.ROOT, "  %s%n      %d scenarios, first in scenario %d (%s): %s%n", race.key(),
                race.occurrences(), race.firstScenario(), race.exampleFile(), race.frequencies());
        }
        if (!knownOpen.isEmpty())
        {
            out.println();
            out.println("Known open differences tolerated: "
                + knownOpen.values().stream().mapToInt(Integer::intValue).sum() + " scenarios");
            knownOpen.forEach((signature, count) -> out.println("  " + count + "  " + signature.line()
                .replace('\t', '|')));
        }
        if (!kernelFailures.isEmpty())
        {
            out.println();
            out.println("Kernel runs that failed (not judged): " + kernelFailures.size());
            kernelFailures.stream().limit(20).forEach(failure -> out.println("  " + failure));
        }
        out.println();
        printCoverage(out);
    }

    private void printCoverage(final PrintStream out)
    {
        out.println("Coverage: " + coverage.produced().size() + " features produced (lines using each)");
        final StringBuilder row = new StringBuilder("  ");
        for (final Map.Entry<String, Long> feature : coverage.produced().entrySet())
        {
            final String item = feature.getKey() + " " + feature.getValue();
            if (row.length() + item.length() + 3 > 118)
            {
                out.println(row);
                row.setLength(0);
                row.append("  ");
            }
            row.append(row.length() > 2 ? " | " : "").append(item);
        }
        if (row.length() > 2)
        {
            out.println(row);
        }
        if (coverage.unavailable() != null)
        {
            out.println("Emulated but never produced: cannot be derived from the gate: " + coverage.unavailable());
        }
        else
        {
            out.println("Emulated but never produced (" + coverage.neverProduced().size() + "): "
                + String.join(", ", coverage.neverProduced()));
        }
    }
}
