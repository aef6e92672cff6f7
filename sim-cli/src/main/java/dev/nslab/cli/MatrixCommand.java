package dev.nslab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.matrix.KernelMatrix;
import dev.nslab.cli.matrix.ReachabilityMatrix;
import dev.nslab.cli.matrix.SimulatorMatrix;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/** {@code nslab matrix}: after a scenario, who can ping whom, on the simulator, the kernel, or both compared. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
    description = "Runs a scenario, then pings every IPv4 address of every other namespace once from every "
        + "namespace (host included; ping -c 1 -W 1) and prints the reachability matrix: rows from, columns to.")
final class MatrixCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private SharedOptions.Backend backend;

    @Option(names = "--diff", description = "Computes both matrices and prints their differences (exit 1 if any).")
    private boolean diff;

    @Mixin
    private SharedOptions.Seed seed;

    @Mixin
    private SharedOptions.ScenarioFile scenarioFile;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        CommandArguments.requireBackend(spec, backend);
        final Optional<Scenario> read = scenarioFile.read(err);
        if (read.isEmpty())
        {
            return ExitCodes.CANNOT_RUN;
        }
        final Scenario scenario = read.get();
        try
        {
            if (!diff)
            {
                final ReachabilityMatrix matrix = backend.isSimulator() ? SimulatorMatrix.compute(scenario, seed.value())
                    : onKernel(scenario);
                out.print(matrix.render());
                out.flush();
                return ExitCodes.OK;
            }
            final ReachabilityMatrix simulated = SimulatorMatrix.compute(scenario, seed.value());
            final ReachabilityMatrix kernel = onKernel(scenario);
            final List<String> differences = simulated.differences(kernel, "sim", "kernel");
            out.print(simulated.render());
            if (differences.isEmpty())
            {
                out.println("sim and kernel agree on all " + simulated.probes().size() + " probes");
                out.flush();
                return ExitCodes.OK;
            }
            out.println(differences.size() + " difference(s) between sim and kernel:");
            differences.forEach(out::println);
            out.flush();
            return ExitCodes.DIFFERENT;
        }
        catch (final KernelBackendException e)
        {
            return Nslab.reportFailure(e.getMessage(), e.exitCode(), out, err);
        }
    }

    /** The matrix on the kernel, in a sandbox whose gate also admits the matrix's own discovery commands. */
    private static ReachabilityMatrix onKernel(final Scenario scenario) throws KernelBackendException
    {
        return KernelMatrix.compute(scenario, scenario.text(),
            new KernelBackend(KernelMatrix.gate(EmulationGate.INSTANCE)));
    }
}
