package dev.nslab.cli.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import dev.nslab.cli.emulation.CommandDurations;

/**
 * Backends whose "kernel" is the simulator with planted differences, so the shrinker and the campaign's judgement
 * can be tested anywhere: after each command the predicate picks, it prints one line more, always ("real") or on
 * every other run ("race").
 */
final class FakeKernel extends Backends
{
    private final Predicate<String> realAfter;
    private final Predicate<String> raceAfter;
    private final Predicate<String> plantedIn;
    private final AtomicInteger runs = new AtomicInteger();

    FakeKernel(final Predicate<String> realAfter, final Predicate<String> raceAfter)
    {
        this(realAfter, raceAfter, text -> true);
    }

    /** @param plantedIn which scenario texts get the planted differences at all. */
    FakeKernel(final Predicate<String> realAfter, final Predicate<String> raceAfter, final Predicate<String> plantedIn)
    {
        super(Duration.ofSeconds(3), Duration.ofSeconds(60), new AtomicLong());
        this.realAfter = realAfter;
        this.raceAfter = raceAfter;
        this.plantedIn = plantedIn;
    }

    @Override
    CommandDurations calibrate(final int sandboxes)
    {
        // A fake kernel's commands take the simulator's own durations.
        return durations();
    }

    @Override
    void settle()
    {
        // Nothing of a fake kernel runs on after it.
    }

    @Override
    List<String> kernel(final String name, final String text, final Duration startDelay)
    {
        final boolean raceThisRun = runs.incrementAndGet() % 2 == 0;
        final List<String> lines = new ArrayList<>();
        final List<String> simulated = simulator(name, text);
        if (!plantedIn.test(text))
        {
            return simulated;
        }
        for (int i = 0; i < simulated.size(); i++)
        {
            lines.add(simulated.get(i));
            final boolean lastOfCommand = i + 1 == simulated.size() || simulated.get(i + 1).startsWith("$ ");
            if (lastOfCommand)
            {
                final String command = Divergence.commandBefore(simulated, i + 1);
                if (realAfter.test(command))
                {
                    lines.add("planted real difference");
                }
                if (raceThisRun && raceAfter.test(command))
                {
                    lines.add("planted race");
                }
            }
        }
        return lines;
    }

    int runs()
    {
        return runs.get();
    }
}
