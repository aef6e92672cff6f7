package dev.nslab.cli.matrix;

import java.time.Duration;

import dev.nslab.cli.emulation.ScenarioInterpreter;
import dev.nslab.core.scenario.HeapReserve;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.core.scenario.ScenarioLineFailure;
import dev.nslab.stack.Simulation;

/** A scenario run on a fresh simulated machine that is kept afterwards, to probe it or to draw it. */
public final class SimulatedRun
{
    private final Simulation simulation;
    private final ScenarioInterpreter interpreter;

    private SimulatedRun(final Simulation simulation)
    {
        this.simulation = simulation;
        this.interpreter = new ScenarioInterpreter(simulation, ScenarioCommands.DEFAULT_INTERRUPT_AFTER);
    }

    /**
     * Runs every line of the scenario (what they print is dropped as it is printed) and returns the machine as it
     * is left.
     *
     * @throws ScenarioLineFailure when a command fails inside nslab (a bug, or the JVM out of heap or stack).
     */
    public static SimulatedRun of(final Scenario scenario, final long seed)
    {
        HeapReserve.ensure();
        final SimulatedRun run = new SimulatedRun(new Simulation(seed));
        for (final ScenarioLine line : scenario.lines())
        {
            try
            {
                run.interpreter.execute(line, text -> { });
            }
            catch (final RuntimeException | Error e)
            {
                throw ScenarioLineFailure.of(scenario.name(), line, e);
            }
        }
        return run;
    }

    public Simulation simulation()
    {
        return simulation;
    }

    /** Runs one more command line on the machine. */
    public ScenarioInterpreter.Result execute(final String commandLine)
    {
        try
        {
            return interpreter.execute(Scenario.parse("matrix", commandLine).lines().get(0));
        }
        catch (final ScenarioException e)
        {
            throw new IllegalArgumentException("not a scenario line: " + commandLine, e);
        }
    }

    /** The virtual time a run has used, for reports. */
    public Duration elapsed()
    {
        return Duration.ofNanos(simulation.now());
    }
}
