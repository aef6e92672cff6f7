package dev.nslab.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.nslab.cli.emulation.ScenarioInterpreter;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.core.scenario.Transcript;
import dev.nslab.pcap.CaptureException;
import dev.nslab.stack.FrameInjector;
import dev.nslab.stack.Simulation;

/** Runs a scenario on a fresh simulated machine and returns its transcript, in the kernel backend's format. */
public final class SimulatorBackend
{
    /**
     * Virtual time run after the last injected frame, so that what it provokes (a reply, an ARP exchange, an ICMP
     * error) happens and is captured; one ARP retransmission interval.
     */
    static final long SETTLE_AFTER_INJECTION_NS = 1_000_000_000L;

    private final long seed;
    private final Duration interruptAfter;

    /** What a run with captures or injections produced. */
    public record Run(String transcript, List<String> notes)
    {
        /** Copies the notes. */
        public Run
        {
            notes = List.copyOf(notes);
        }
    }

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
        try
        {
            return run(scenario, streamed, CaptureRequest.NONE, List.of()).transcript();
        }
        catch (final CaptureException e)
        {
            throw new IllegalStateException("no capture was asked for, yet capturing failed", e);
        }
    }

    /**
     * Runs the scenario with captures and injected frames.
     *
     * <p>The capture files are created before the first command, checked for write errors after every command,
     * and closed complete whatever happens (a normal end, a capture failure, an internal error, SIGINT/SIGTERM).
     * Injected frames are read from their files as they come due, from virtual time 0; after the last command the
     * simulation runs on until the last of them is in, plus {@link #SETTLE_AFTER_INJECTION_NS}.
     *
     * @throws CaptureException     when a capture cannot be created (nothing run) or written (the run stops).
     * @throws ScenarioLineFailure  when a command fails inside nslab (a bug): the run stops, captures stay valid.
     */
    public Run run(final Scenario scenario, final Consumer<String> streamed, final CaptureRequest capture,
        final List<Injection> injections) throws CaptureException
    {
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
            final ScenarioInterpreter interpreter = new ScenarioInterpreter(simulation, interruptAfter);
            // One transcript per line for streaming: Transcript.text() copies everything so far, and a long
            // scenario must not cost the square of its length.
            final StringBuilder whole = new StringBuilder();
            for (final ScenarioLine line : scenario.lines())
            {
                final ScenarioInterpreter.Result result = execute(interpreter, scenario, line);
                final String text = new Transcript().append(line, result.printed(), result.exitCode()).text();
                whole.append(text);
                streamed.accept(text);
                throwOnFailure(captures);
            }
            final List<String> notes = finishInjections(simulation, injectors, injections);
            if (null != captures)
            {
                captures.close();
                throwOnFailure(captures);
            }
            return new Run(whole.toString(), notes);
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

    private static ScenarioInterpreter.Result execute(final ScenarioInterpreter interpreter, final Scenario scenario,
        final ScenarioLine line)
    {
        try
        {
            return interpreter.execute(line);
        }
        catch (final RuntimeException | StackOverflowError e)
        {
            throw new ScenarioLineFailure(scenario.name(), line, e);
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
        final List<Injection> injections)
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
        simulation.loop().runUntil(Math.max(simulation.now(), last) + SETTLE_AFTER_INJECTION_NS);
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
