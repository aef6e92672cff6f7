package dev.nslab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nslab run}: prints a scenario's transcript from the simulator or from the real kernel. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a scenario and prints its transcript: '$ <command>', what it printed, '[exit N]' when N != 0.")
final class RunCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--backend", defaultValue = "sim", paramLabel = "sim|kernel",
        description = "sim (default): the simulator, no root needed; kernel: the real kernel in a private sandbox.")
    private String backend;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
        description = "Seed of the simulation (MAC addresses, timer jitter); default ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--interrupt-after", defaultValue = "3s", paramLabel = "DURATION",
        converter = DurationConverter.class,
        description = "When a ping with neither -c nor -w gets its Ctrl+C (3s, 500ms, 1.5s); default ${DEFAULT-VALUE}.")
    private Duration interruptAfter;

    // Capture options (--pcap DIR, --pcapng FILE, --capture NS/DEV,...) belong here once pcap-out is wired in.

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario: a shell script of ip, ping and "
        + "sysctl lines.")
    private Path scenarioFile;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        if (!backend.equals("sim") && !backend.equals("kernel"))
        {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--backend must be sim or kernel, not '" + backend + "'");
        }
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
        if (backend.equals("sim"))
        {
            new SimulatorBackend(seed, interruptAfter).run(scenario, text -> print(out, text));
            return ExitCodes.OK;
        }
        try
        {
            new KernelBackend(interruptAfter, KernelBackend.DEFAULT_COMMAND_TIMEOUT).run(scenario,
                text -> print(out, text));
            return ExitCodes.OK;
        }
        catch (final KernelBackendException e)
        {
            out.flush();
            err.println("nslab: " + e.getMessage());
            return e.exitCode();
        }
    }

    private static void print(final PrintWriter out, final String text)
    {
        out.print(text);
        out.flush();
    }
}
