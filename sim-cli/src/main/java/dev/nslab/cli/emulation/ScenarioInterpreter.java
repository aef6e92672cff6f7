package dev.nslab.cli.emulation;

import java.time.Duration;
import java.util.Objects;

import dev.nslab.core.scenario.CommandVerdict;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.stack.Simulation;

/**
 * Runs scenario lines on one simulated machine, printing what iproute2 6.1, iputils ping 20221126 and procps sysctl
 * print on the kernel. The text is made here; what happens is the stack's business. Each line is vetted by
 * {@link EmulationGate} first: a refused one prints its reason and exits 2 without running.
 */
public final class ScenarioInterpreter
{
    /** What one command printed and the exit code it returned. */
    public record Result(String printed, int exitCode)
    {
    }

    private final Simulation simulation;
    private final long interruptAfterNs;

    /**
     * @param simulation     the machine the commands run on; they start in its initial namespace.
     * @param interruptAfter how long a ping with neither {@code -c} nor {@code -w} runs before its Ctrl+C.
     */
    public ScenarioInterpreter(final Simulation simulation, final Duration interruptAfter)
    {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.interruptAfterNs = interruptAfter.toNanos();
    }

    public Result execute(final ScenarioLine line)
    {
        final CommandVerdict verdict = EmulationGate.INSTANCE.vet(line.words());
        if (!verdict.isAccepted())
        {
            // Refused before anything ran, as the command line tools refuse the whole scenario.
            return new Result("nslab: " + verdict.refusal() + "\n", 2);
        }
        final Output out = new Output();
        final long interruptAt = verdict.runsUntilInterrupted() ? interruptAfterNs : Long.MAX_VALUE;
        final int exitCode = Programs.run(line.words(), new Invocation(simulation, simulation.host(), out, interruptAt));
        return new Result(out.text(), exitCode);
    }
}
