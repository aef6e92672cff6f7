package dev.nslab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import dev.nslab.kernel.KernelRun;
import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureOptions;

/** {@code nslab run}: prints a scenario's transcript from the simulator or from the real kernel. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a scenario and prints its transcript: '$ <command>', what it printed, '[exit N]' when N != 0.")
final class RunCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private SharedOptions.Backend backend;

    @Mixin
    private SharedOptions.Seed seed;

    @Mixin
    private SharedOptions.InterruptAfter interruptAfter;

    @Mixin
    private SharedOptions.TimeLimit timeLimit;

    @Mixin
    private SharedOptions.Durations durations;

    @Option(names = "--pcap", paramLabel = "DIR",
        description = "Capture every interface that carries traffic into one pcap each: DIR/DEV.pcap for a device "
            + "of the initial namespace, DIR/netns/NS/DEV.pcap for one of namespace NS (nanosecond pcap, Ethernet). "
            + "DIR is created if missing; it may hold only what nslab wrote there before (it lists that in "
            + "a file named .nslab-captures), which is replaced. Links are never followed.")
    private Path pcapDirectory;

    @Option(names = "--pcapng", paramLabel = "FILE",
        description = "Capture the whole run into one pcapng, one interface per DEV (initial namespace) or NS/DEV, "
            + "with directions (sim). A regular FILE is replaced; a symbolic link is refused.")
    private Path pcapngFile;

    @Option(names = "--capture", paramLabel = "[NS/]DEV[,[NS/]DEV...]",
        description = "Capture only these interfaces: DEV for a device of the initial namespace, NS/DEV for one of "
            + "namespace NS; default all.")
    private String captureList;

    @Option(names = "--epoch", paramLabel = "INSTANT", converter = EpochConverter.class,
        description = "sim: the time virtual time 0 is written as in captures, ISO-8601 or seconds since 1970; "
            + "default 2026-01-01T00:00:00Z, so the same scenario gives byte-identical files.")
    private Instant epoch;

    @Option(names = "--inject", paramLabel = "NS/DEV=FILE[@TIME]",
        description = "sim: replay the Ethernet frames of a pcap or pcapng into a device, as received from its "
            + "userspace side (a tap) or its medium, at the capture's own relative times from the start of the "
            + "scenario (or from TIME, e.g. 1.5s). Repeatable.")
    private List<String> injectSpecs = new ArrayList<>();

    @Mixin
    private SharedOptions.ScenarioFile scenarioFile;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        CommandArguments.requireBackend(spec, backend);
        final CaptureRequest capture = captureRequest();
        final Optional<Scenario> read = scenarioFile.read(err);
        if (read.isEmpty())
        {
            return ExitCodes.CANNOT_RUN;
        }
        final Scenario scenario = read.get();
        return backend.isSimulator() ? runSimulator(scenario, capture, out, err)
            : runKernel(scenario, capture, out, err);
    }

    private CaptureRequest captureRequest()
    {
        CaptureRequest.requireNamed(spec, "--pcap", pcapDirectory);
        CaptureRequest.requireNamed(spec, "--pcapng", pcapngFile);
        if (null != captureList && null == pcapDirectory && null == pcapngFile)
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "--capture needs --pcap or --pcapng");
        }
        if (backend.isKernel() && null != epoch)
        {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--epoch is for the simulator: the kernel's captures carry the real time");
        }
        if (backend.isKernel() && durations.given().isPresent())
        {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--command-durations is for the simulator: the kernel's commands take what they take");
        }
        if (backend.isKernel() && !injectSpecs.isEmpty())
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "--inject is for the simulator only");
        }
        final CaptureFilter filter;
        try
        {
            filter = null == captureList ? CaptureFilter.all() : CaptureFilter.parse(captureList);
        }
        catch (final IllegalArgumentException e)
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "--capture: " + e.getMessage());
        }
        return new CaptureRequest(pcapDirectory, pcapngFile, filter,
            null == epoch ? CaptureOptions.DEFAULT_EPOCH : epoch);
    }

    private Integer runSimulator(final Scenario scenario, final CaptureRequest capture, final PrintWriter out,
        final PrintWriter err)
    {
        final List<Injection> injections = new ArrayList<>();
        final InjectionReader reader = new InjectionReader();
        try
        {
            for (final String injectSpec : injectSpecs)
            {
                injections.add(reader.read(injectSpec));
            }
        }
        catch (final InjectionReader.InjectionException e)
        {
            err.println("nslab: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        try
        {
            final SimulatorBackend.Run run = new SimulatorBackend(seed.value(), interruptAfter.value(),
                durations.given().orElse(CommandDurations.RECORDED_2026_12_02)).run(scenario,
                new StdoutSink(out), capture, injections);
            run.notes().forEach(note -> err.println("nslab: " + note));
            return ExitCodes.OK;
        }
        catch (final CaptureException e)
        {
            return Nslab.reportFailure(e.getMessage(), ExitCodes.CAPTURE_FAILED, out, err);
        }
        catch (final ScenarioLineFailure e)
        {
            return internalError(e, out, err);
        }
    }

    /** The one line of a failure inside nslab (exit 70), the transcript so far flushed first. */
    static int internalError(final ScenarioLineFailure e, final PrintWriter out, final PrintWriter err)
    {
        return Nslab.reportInternalError(e, out, err);
    }

    private Integer runKernel(final Scenario scenario, final CaptureRequest capture, final PrintWriter out,
        final PrintWriter err)
    {
        final KernelBackend kernel =
            new KernelBackend(EmulationGate.INSTANCE, interruptAfter.value(), timeLimit.value());
        try
        {
            // The kernel's output comes in real time: each piece is shown as soon as the sandbox reads it.
            if (capture.kernelCapture().isEmpty())
            {
                kernel.run(scenario, text -> print(out, text));
                return ExitCodes.OK;
            }
            final KernelRun run = kernel.run(scenario, text -> print(out, text), capture.kernelCapture().get());
            run.captureWarnings().forEach(warning -> err.println("nslab: warning: " + warning));
            return ExitCodes.OK;
        }
        catch (final KernelBackendException e)
        {
            return Nslab.reportFailure(e.getMessage(), e.exitCode(), out, err);
        }
        catch (final CaptureException e)
        {
            return Nslab.reportFailure(e.getMessage(), ExitCodes.CAPTURE_FAILED, out, err);
        }
        catch (final ScenarioLineFailure e)
        {
            return internalError(e, out, err);
        }
    }

    private static void print(final PrintWriter out, final String text)
    {
        out.print(text);
        out.flush();
    }
}
