package dev.nslab.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.ScenarioInterpreter;
import dev.nslab.core.scenario.HeapReserve;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.core.scenario.ScenarioLineFailure;
import dev.nslab.core.scenario.Transcript;
import dev.nslab.core.scenario.TranscriptSink;
import dev.nslab.pcap.CaptureException;
import dev.nslab.stack.FrameInjector;
import dev.nslab.stack.Simulation;

/**
 * Runs a scenario on a fresh simulated machine and streams its transcript, in the kernel backend's format, to a
 * {@link TranscriptSink} as the commands print it (a ping's replies as they arrive). Nothing of the transcript is
 * kept here, so a run prints any amount of text in the same memory.
 */
public final class SimulatorBackend
{
    /**
     * Virtual time run after the last injected frame, so that what it provokes (a reply, an ARP exchange, an ICMP
     * error) happens and is captured; one ARP retransmission interval.
     */
    static final long SETTLE_AFTER_INJECTION_NS = 1_000_000_000L;

    /** How one line runs on the interpreter: {@link ScenarioInterpreter#execute(ScenarioLine, Consumer)}. */
    @FunctionalInterface
    interface LineRunner
    {
        int run(ScenarioInterpreter interpreter, ScenarioLine line, Consumer<String> printed);
    }

    private final long seed;
    private final Duration interruptAfter;
    private final LineRunner lineRunner;
    private final CommandDurations durations;

    /**
     * What a run with captures or injections produced besides its transcript.
     *
     * @param notes one line each for the user (what was injected).
     */
    public record Run(List<String> notes)
    {
        /** Copies the notes. */
        public Run
        {
            notes = List.copyOf(notes);
        }
    }

    /** Commands take {@link CommandDurations#RECORDED_2026_12_02}. */
    public SimulatorBackend(final long seed, final Duration interruptAfter)
    {
        this(seed, interruptAfter, CommandDurations.RECORDED_2026_12_02);
    }

    /** @param durations how long each kind of command takes on the kernel machine modelled. */
    public SimulatorBackend(final long seed, final Duration interruptAfter, final CommandDurations durations)
    {
        this(seed, interruptAfter, ScenarioInterpreter::execute, durations);
    }

    /** For tests: lines run through {@code lineRunner}, which may fail as nslab itself could. */
    SimulatorBackend(final long seed, final Duration interruptAfter, final LineRunner lineRunner)
    {
        this(seed, interruptAfter, lineRunner, CommandDurations.RECORDED_2026_12_02);
    }

    private SimulatorBackend(final long seed, final Duration interruptAfter, final LineRunner lineRunner,
        final CommandDurations durations)
    {
        this.seed = seed;
        this.interruptAfter = interruptAfter;
        this.lineRunner = lineRunner;
        this.durations = Objects.requireNonNull(durations, "durations");
    }

    /**
     * Runs the scenario and collects its whole transcript: for tests and short scenarios. Anything that may print
     * without bound streams it with {@link #run(Scenario, TranscriptSink)}.
     */
    public String run(final Scenario scenario)
    {
        final StringBuilder text = new StringBuilder();
        run(scenario, text::append);
        return text.toString();
    }

    /**
     * Runs the scenario, streaming its transcript to {@code streamed}.
     *
     * @throws ScenarioLineFailure when a command fails inside nslab (a bug, or the JVM out of heap or stack).
     */
    public void run(final Scenario scenario, final TranscriptSink streamed)
    {
        try
        {
            run(scenario, streamed, CaptureRequest.NONE, List.of());
        }
        catch (final CaptureException e)
        {
            throw new IllegalStateException("no capture was asked for, yet capturing failed", e);
        }
    }

    /**
     * Runs the scenario with captures and injected frames, streaming its transcript to {@code streamed}.
     *
     * <p>The capture files are created before the first command, checked for write errors after every command,
     * and closed complete whatever happens (a normal end, a capture failure, an internal error, SIGINT/SIGTERM).
     * Injected frames are read from their files as they come due, from virtual time 0; after the last command the
     * simulation runs on until the last of them is in, plus {@link #SETTLE_AFTER_INJECTION_NS}.
     *
     * @throws CaptureException     when a capture cannot be created (nothing run) or written (the run stops).
     * @throws ScenarioLineFailure  when a command fails inside nslab (a bug, or the JVM out of heap or stack): the
     *                              run stops, captures stay valid.
     */
    public Run run(final Scenario scenario, final TranscriptSink streamed, final CaptureRequest capture,
        final List<Injection> injections) throws CaptureException
    {
        HeapReserve.ensure();
        final SimulatorCaptures captures = capture.isEnabled() ? SimulatorCaptures.open(capture) : null;
        final List<InjectionStream> streams = new ArrayList<>();
        try
        {
            final Simulation simulation = new Simulation(seed);
            if (null != captures)
            {
                simulation.setCaptureSink(captures.sink());
            }
            final List<FrameInjector> injectors = startInjections(simulation, injections, streams);
            final ScenarioInterpreter interpreter = new ScenarioInterpreter(simulation, interruptAfter, durations);
            final Transcript transcript = new Transcript(streamed);
            for (final ScenarioLine line : scenario.lines())
            {
                execute(interpreter, scenario, line, transcript);
                throwOnFailure(captures);
            }
            final List<String> notes = finishInjections(simulation, injectors, injections, scenario);
            if (null != captures)
            {
                captures.close();
                throwOnFailure(captures);
            }
            return new Run(notes);
        }
        finally
        {
            streams.forEach(InjectionStream::close);
            if (null != captures)
            {
                captures.close();
            }
        }
    }

    private void execute(final ScenarioInterpreter interpreter, final Scenario scenario, final ScenarioLine line,
        final Transcript transcript)
    {
        try
        {
            transcript.command(line);
            final int exitCode = lineRunner.run(interpreter, line, transcript::output);
            transcript.exit(exitCode);
        }
        catch (final RuntimeException | Error e)
        {
            throw ScenarioLineFailure.of(scenario.name(), line, e);
        }
    }

    private static void throwOnFailure(final SimulatorCaptures captures) throws CaptureException
    {
        if (null != captures)
        {
            final Optional<CaptureException> failure = captures.failure();
            if (failure.isPresent())
            {
                throw failure.get();
            }
        }
    }

    private static List<FrameInjector> startInjections(final Simulation simulation, final List<Injection> injections,
        final List<InjectionStream> streams)
    {
        final List<FrameInjector> injectors = new ArrayList<>();
        for (final Injection injection : injections)
        {
            final InjectionStream stream = injection.open();
            streams.add(stream);
            final FrameInjector injector =
                new FrameInjector(simulation, injection.namespace(), injection.device(), stream);
            injector.start();
            injectors.add(injector);
        }
        return injectors;
    }

    private static List<String> finishInjections(final Simulation simulation, final List<FrameInjector> injectors,
        final List<Injection> injections, final Scenario scenario)
    {
        long last = -1;
        for (final Injection injection : injections)
        {
            last = Math.max(last, injection.lastTimeNs());
        }
        if (last < 0)
        {
            return List.of();
        }
        try
        {
            simulation.loop().runUntil(Math.max(simulation.now(), last) + SETTLE_AFTER_INJECTION_NS);
        }
        catch (final RuntimeException | Error e)
        {
            throw ScenarioLineFailure.afterLastLine(scenario.name(), e);
        }
        final List<String> notes = new ArrayList<>();
        for (int i = 0; i < injectors.size(); i++)
        {
            final FrameInjector injector = injectors.get(i);
            final Injection injection = injections.get(i);
            String note = "injected " + injector.injectedFrames() + " of " + injection.frameCount() + " frames from "
                + injection.source() + " into " + injection.target();
            if (injector.missedFrames() > 0)
            {
                note += " (" + injector.missedFrames() + " not injected: no such device when due)";
            }
            notes.add(note);
        }
        return notes;
    }
}
