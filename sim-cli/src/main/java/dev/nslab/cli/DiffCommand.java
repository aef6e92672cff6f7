package dev.nslab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioLineFailure;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;
import dev.nslab.kernel.KernelCapture;
import dev.nslab.kernel.KernelRun;
import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureOptions;

/** {@code nslab diff}: runs a scenario on both backends and shows where the simulator departs from the kernel. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Runs a scenario on the kernel and on the simulator and prints a unified diff of the normalised "
        + "transcripts (MACs and the IPv6 interface identifiers made from them, indexes, peer namespaces and ping "
        + "times masked; ip neigh sorted) "
        + "and, with --pcap, of their captures' summaries, or that they agree. Exit 1 when either differs.")
final class DiffCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--show-raw", description = "Also print both raw transcripts side by side.")
    private boolean showRaw;

    @Mixin
    private SharedOptions.Seed seed;

    @Mixin
    private SharedOptions.InterruptAfter interruptAfter;

    @Mixin
    private SharedOptions.TimeLimit timeLimit;

    @Mixin
    private SharedOptions.Durations durations;

    @Option(names = {"--pcap", "--captures"},
        description = "Also capture every interface on both backends and diff the captures' protocol summaries "
            + "(ARP and IPv4 frames per interface; times, MACs and IP ids left out).")
    private boolean compareCaptures;

    @Option(names = "--keep-captures", paramLabel = "DIR",
        description = "With --pcap: keep both captures in DIR/kernel and DIR/simulator (each a capture directory as "
            + "for run --pcap) instead of a temporary directory.")
    private Path keepCaptures;

    @Mixin
    private SharedOptions.ScenarioFile scenarioFile;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final Optional<Scenario> read = scenarioFile.read(err);
        if (read.isEmpty())
        {
            return ExitCodes.CANNOT_RUN;
        }
        final Scenario scenario = read.get();
        CaptureRequest.requireNamed(spec, "--keep-captures", keepCaptures);
        if (null != keepCaptures && !compareCaptures)
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keep-captures needs --pcap");
        }
        try (CaptureComparison captures = compareCaptures ? CaptureComparison.create(keepCaptures) : null)
        {
            return compare(scenario, captures, out, err);
        }
        catch (final CaptureException e)
        {
            return Nslab.reportFailure(e.getMessage(), ExitCodes.CAPTURE_FAILED, out, err);
        }
    }

    private int compare(final Scenario scenario, final CaptureComparison captures, final PrintWriter out,
        final PrintWriter err) throws CaptureException
    {
        try (TranscriptSpool kernel = TranscriptSpool.create("kernel");
             TranscriptSpool simulated = TranscriptSpool.create("simulator"))
        {
            try
            {
                final KernelBackend backend = new KernelBackend(EmulationGate.INSTANCE, interruptAfter.value(),
                    timeLimit.value());
                if (null == captures)
                {
                    KernelBackend.checkAvailable();
                    backend.run(scenario, kernel);
                }
                else
                {
                    KernelBackend.checkCaptureAvailable();
                    final KernelRun run = backend.run(scenario, kernel,
                        KernelCapture.toDirectory(captures.kernelDirectory()));
                    run.captureWarnings().forEach(warning -> err.println("nslab: warning: " + warning));
                }
            }
            catch (final KernelBackendException e)
            {
                err.println("nslab: " + e.getMessage());
                return e.exitCode();
            }
            final CommandDurations timing = durations.given().orElseGet(() -> measureDurations(err));
            final SimulatorBackend simulator = new SimulatorBackend(seed.value(), interruptAfter.value(), timing);
            if (null == captures)
            {
                simulator.run(scenario, simulated);
            }
            else
            {
                simulator.run(scenario, simulated, new CaptureRequest(captures.simulatorDirectory(), null,
                    CaptureFilter.all(), CaptureOptions.DEFAULT_EPOCH), List.of());
            }
            return print(scenario, kernel, simulated, captures, timing, out);
        }
        catch (final ScenarioLineFailure e)
        {
            return RunCommand.internalError(e, out, err);
        }
        catch (final IOException | UncheckedIOException e)
        {
            out.flush();
            err.println("nslab: cannot keep the transcripts to compare in temporary files: "
                + ScenarioLineFailure.describe(e));
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /**
     * The commands' durations measured in the sandbox, after the scenario's kernel run: its cleanup is the
     * calibration's, not the scenario's, business. Where they cannot be measured, the recorded ones, with a warning.
     */
    private CommandDurations measureDurations(final PrintWriter err)
    {
        try
        {
            return new KernelCalibration(interruptAfter.value(), timeLimit.value()).measure();
        }
        catch (final KernelBackendException e)
        {
            err.println("nslab: warning: cannot time commands in the sandbox (" + e.getMessage()
                + "); the simulator takes those measured on 2026-12-02");
            return CommandDurations.RECORDED_2026_12_02;
        }
    }

    /** The raw transcripts (with --show-raw), the diff of the normalised ones, the captures' diff. */
    private int print(final Scenario scenario, final TranscriptSpool kernel, final TranscriptSpool simulated,
        final CaptureComparison captures, final CommandDurations timing, final PrintWriter out)
        throws IOException, CaptureException
    {
        if (showRaw)
        {
            final List<LineReader> opened = new ArrayList<>();
            try
            {
                SideBySide.write("kernel", () -> open(kernel, opened), "simulator", open(simulated, opened), out);
            }
            finally
            {
                for (final LineReader reader : opened)
                {
                    reader.close();
                }
            }
            out.println();
        }
        final String name = scenarioFile.path().toString();
        final boolean transcriptsDiffer;
        try (LineReader kernelLines = kernel.lines(); LineReader simulatedLines = simulated.lines())
        {
            transcriptsDiffer = UnifiedDiff.write("kernel/" + name, new NormalisedLines(kernelLines),
                "simulator/" + name, new NormalisedLines(simulatedLines), out);
        }
        final boolean capturesDiffer = null != captures && captures.diff(name, out);
        final String timed = "(commands " + (durations.given().isPresent() ? "given" : "timed in the sandbox") + ": "
            + timing + ")";
        if (!transcriptsDiffer && !capturesDiffer)
        {
            out.println("kernel and simulator agree on all " + scenario.lines().size() + " commands"
                + (null == captures ? "" : " and their captures") + " " + timed);
        }
        else
        {
            out.println(timed);
        }
        out.flush();
        return transcriptsDiffer || capturesDiffer ? ExitCodes.DIFFERENT : ExitCodes.OK;
    }

    private static LineReader open(final TranscriptSpool spool, final List<LineReader> opened)
    {
        try
        {
            final LineReader reader = spool.lines();
            opened.add(reader);
            return reader;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
