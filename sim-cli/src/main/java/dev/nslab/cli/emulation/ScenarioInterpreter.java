package dev.nslab.cli.emulation;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

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
    private final CommandDurations durations;
    /** The wall time the command just run still took on the kernel after its effect, passed before the next one. */
    private long afterPreviousEffectNs;
    /**
     * Whether a command ran: the clock starts when the first one acts (virtual time 0, from which injected frames
     * are counted), nothing before it having anything to wait for.
     */
    private boolean started;

    /**
     * @param simulation     the machine the commands run on; they start in its initial namespace.
     * @param interruptAfter how long a ping with neither {@code -c} nor {@code -w} runs before its Ctrl+C.
     */
    public ScenarioInterpreter(final Simulation simulation, final Duration interruptAfter)
    {
        this(simulation, interruptAfter, CommandDurations.RECORDED_2026_12_02);
    }

    /**
     * @param durations how long each kind of command takes on the kernel machine being modelled, passed in virtual
     *                  time after it.
     */
    public ScenarioInterpreter(final Simulation simulation, final Duration interruptAfter,
        final CommandDurations durations)
    {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.interruptAfterNs = interruptAfter.toNanos();
        this.durations = Objects.requireNonNull(durations, "durations");
    }

    /**
     * Runs one line and keeps what it printed: for short commands (probes, tests). A scenario's lines go through
     * {@link #execute(ScenarioLine, Consumer)}, which keeps nothing.
     */
    public Result execute(final ScenarioLine line)
    {
        final StringBuilder printed = new StringBuilder();
        final int exitCode = execute(line, printed::append);
        return new Result(printed.toString(), exitCode);
    }

    /**
     * Runs one line, handing what it prints to {@code printed} as the program prints it (a ping's reply lines as the
     * replies arrive). A line the gate refuses prints the refusal and exits 2, as the command line tools refuse the
     * whole scenario before anything runs.
     *
     * @return the command's exit code.
     */
    public int execute(final ScenarioLine line, final Consumer<String> printed)
    {
        final CommandVerdict verdict = EmulationGate.INSTANCE.vet(line.words());
        if (!verdict.isAccepted())
        {
            printed.accept("nslab: " + verdict.refusal() + "\n");
            return 2;
        }
        final long interruptAt = verdict.runsUntilInterrupted() ? interruptAfterNs : Long.MAX_VALUE;
        simulation.commandStarting(afterPreviousEffectNs,
            started ? CommandTiming.onKernel(line.words(), true, durations).beforeEffectNs() : 0);
        started = true;
        final int exitCode = Programs.run(line.words(),
            new Invocation(simulation, simulation.host(), new Output(printed), interruptAt));
        afterPreviousEffectNs = CommandTiming.onKernel(line.words(), exitCode == 0, durations).afterEffectNs();
        return exitCode;
    }
}
