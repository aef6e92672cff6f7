package dev.nslab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.graph.DotRenderer;
import dev.nslab.cli.graph.KernelTopology;
import dev.nslab.cli.graph.SimulatorTopology;
import dev.nslab.cli.graph.SvgRenderer;
import dev.nslab.cli.graph.Topology;
import dev.nslab.cli.matrix.SimulatedRun;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * {@code nslab graph}: a picture of the topology a scenario leaves, as SVG (drawn by nslab) or Graphviz DOT, from
 * the simulator or (as {@code matrix --backend kernel} does for reachability) from what the real kernel built.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Runs a scenario and draws the topology it leaves: namespaces as boxes with their devices "
        + "(addresses, state), ip_forward and routes; bridges as switches with their ports; veth pairs as wires "
        + "carrying the state of an end that is not up.")
final class GraphCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.svg|FILE.dot",
        description = "Where to write; the extension picks the format. Default: SVG on stdout.")
    private Path output;

    @Mixin
    private SharedOptions.Backend backend;

    @Mixin
    private SharedOptions.Seed seed;

    @Mixin
    private SharedOptions.ScenarioFile scenarioFile;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final String name = output == null ? "" : output.getFileName().toString();
        if (output != null && !name.endsWith(".svg") && !name.endsWith(".dot"))
        {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "-o must name a .svg or .dot file, not '" + output + "'");
        }
        CommandArguments.requireBackend(spec, backend);
        final Optional<Scenario> read = scenarioFile.read(err);
        if (read.isEmpty())
        {
            return ExitCodes.CANNOT_RUN;
        }
        final Scenario scenario = read.get();
        final Topology topology;
        if (backend.isSimulator())
        {
            topology = SimulatorTopology.of(SimulatedRun.of(scenario, seed.value()).simulation());
        }
        else
        {
            try
            {
                topology = KernelTopology.of(scenario, Files.readString(scenarioFile.path()),
                    new KernelBackend(KernelTopology.gate(EmulationGate.INSTANCE)));
            }
            catch (final IOException e)
            {
                err.println(scenarioFile.path() + ": cannot read: " + e.getMessage());
                return ExitCodes.CANNOT_RUN;
            }
            catch (final KernelBackendException e)
            {
                err.println("nslab: " + e.getMessage());
                return e.exitCode();
            }
        }
        final String drawing = name.endsWith(".dot") ? DotRenderer.render(topology) : SvgRenderer.render(topology);
        if (output == null)
        {
            out.print(drawing);
            out.flush();
            return ExitCodes.OK;
        }
        try
        {
            Files.writeString(output, drawing);
        }
        catch (final IOException e)
        {
            err.println("nslab: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        return ExitCodes.OK;
    }
}
