package dev.nslab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.nslab.cli.graph.DotRenderer;
import dev.nslab.cli.graph.SvgRenderer;
import dev.nslab.cli.graph.Topology;
import dev.nslab.cli.matrix.SimulatedRun;
import dev.nslab.core.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nslab graph}: a picture of the topology a scenario leaves, as SVG (drawn by nslab) or Graphviz DOT. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Runs a scenario on the simulator and draws the topology it leaves: namespaces as boxes, devices "
        + "with their addresses and state inside, veth pairs and bridge ports as edges.")
final class GraphCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.svg|FILE.dot",
        description = "Where to write; the extension picks the format. Default: SVG on stdout.")
    private Path output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the simulation.")
    private long seed;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file.")
    private Path scenarioFile;

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
        final Optional<Scenario> read = CommandArguments.read(scenarioFile, err);
        if (read.isEmpty())
        {
            return ExitCodes.CANNOT_RUN;
        }
        final Scenario scenario = read.get();
        final Topology topology = Topology.of(SimulatedRun.of(scenario, seed).simulation());
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
