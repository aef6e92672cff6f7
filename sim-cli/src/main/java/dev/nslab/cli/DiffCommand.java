package dev.nslab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.core.scenario.TranscriptNormaliser;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nslab diff}: runs a scenario on both backends and shows where the simulator departs from the kernel. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Runs a scenario on the kernel and on the simulator and prints a unified diff of the normalised "
        + "transcripts (MACs, indexes, peer namespaces, ping times masked; inet6 lines dropped; ip neigh sorted).")
final class DiffCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--show-raw", description = "Also print both raw transcripts side by side.")
    private boolean showRaw;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the simulation.")
    private long seed;

    @Option(names = "--interrupt-after", defaultValue = "3s", paramLabel = "DURATION",
        converter = DurationConverter.class, description = "When uncounted pings get their Ctrl+C; default 3s.")
    private Duration interruptAfter;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario to run on both backends.")
    private Path scenarioFile;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final Scenario scenario;
        try
        {
            scenario = Scenario.read(scenarioFile);
        }
        catch (final ScenarioException e)
        {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        final String kernel;
        try
        {
            KernelBackend.checkAvailable();
            kernel = new KernelBackend(interruptAfter, KernelBackend.DEFAULT_COMMAND_TIMEOUT).run(scenario);
        }
        catch (final KernelBackendException e)
        {
            err.println("nslab: " + e.getMessage());
            return e.exitCode();
        }
        final String simulated = new SimulatorBackend(seed, interruptAfter).run(scenario);
        if (showRaw)
        {
            out.print(SideBySide.format("kernel", kernel, "simulator", simulated));
            out.println();
        }
        final String name = scenarioFile.toString();
        final String diff = UnifiedDiff.diff("kernel/" + name, TranscriptNormaliser.normalise(kernel),
            "simulator/" + name, TranscriptNormaliser.normalise(simulated));
        out.print(diff);
        out.flush();
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
