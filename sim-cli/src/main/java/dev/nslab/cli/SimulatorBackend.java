package dev.nslab.cli;

import java.time.Duration;
import java.util.function.Consumer;

import dev.nslab.cli.emulation.ScenarioInterpreter;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.core.scenario.Transcript;
import dev.nslab.stack.Simulation;

/** Runs a scenario on a fresh simulated machine and returns its transcript, in the kernel backend's format. */
public final class SimulatorBackend
{
    private final long seed;
    private final Duration interruptAfter;

    public SimulatorBackend(final long seed, final Duration interruptAfter)
    {
        this.seed = seed;
        this.interruptAfter = interruptAfter;
    }

    public String run(final Scenario scenario)
    {
        return run(scenario, text -> { });
    }

    /** Runs the scenario, handing each command's transcript text to {@code streamed} as it completes. */
    public String run(final Scenario scenario, final Consumer<String> streamed)
    {
        final ScenarioInterpreter interpreter = new ScenarioInterpreter(new Simulation(seed), interruptAfter);
        final Transcript transcript = new Transcript();
        for (final ScenarioLine line : scenario.lines())
        {
            final int before = transcript.text().length();
            final ScenarioInterpreter.Result result = interpreter.execute(line);
            transcript.append(line, result.printed(), result.exitCode());
            streamed.accept(transcript.text().substring(before));
        }
        return transcript.text();
    }
}
