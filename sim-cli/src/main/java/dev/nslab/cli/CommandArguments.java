package dev.nslab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;

/**
 * The arguments several commands share, checked one way: the scenario file, read and vetted (on failure its one-line
 * reason goes to stderr, then exit 2), and the {@code --backend} choice.
 */
final class CommandArguments
{
    private CommandArguments()
    {
    }

    /**
     * Reads the scenario and vets every line with the emulation's gate before anything runs: a line nslab does not
     * emulate, or one that would read files or run programs, makes the whole scenario unrunnable on both backends.
     *
     * @param file the scenario file; {@code -} reads it from standard input (named {@code <stdin>} in messages).
     * @return the scenario, or empty when it cannot be run (the reason, {@code FILE[:LINE]: ...}, was printed).
     */
    static Optional<Scenario> read(final Path file, final PrintWriter err)
    {
        try
        {
            final Scenario scenario = file.toString().equals("-") ? Scenario.read(System.in) : Scenario.read(file);
            EmulationGate.INSTANCE.check(scenario);
            return Optional.of(scenario);
        }
        catch (final ScenarioException e)
        {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    /** The {@code --backend} check shared by run, matrix and graph. */
    static void requireBackend(final picocli.CommandLine.Model.CommandSpec spec, final SharedOptions.Backend backend)
    {
        if (!backend.isSimulator() && !backend.isKernel())
        {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--backend must be sim or kernel, not '" + backend.name() + "'");
        }
    }
}
