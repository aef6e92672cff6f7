package dev.nslab.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.CommandVerdict;
import dev.nslab.core.scenario.HeapReserve;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.core.scenario.ScenarioLineFailure;
import dev.nslab.core.scenario.Transcript;
import dev.nslab.core.scenario.TranscriptSink;
import dev.nslab.pcap.CaptureException;

/**
 * Runs a scenario on the real kernel, inside a sandbox of fresh network, mount and PID namespaces that never
 * touches the machine's own network, and streams its transcript, in the simulator's format, to a
 * {@link TranscriptSink} as the commands print it. Nothing of the transcript is kept here: a command may print for
 * as long as its time limit lets it.
 *
 * <p>Scenario lines run as root, so every line must pass the {@link CommandGate} the backend is given (the
 * emulation's, which defines what nslab runs at all); a scenario with a refused line runs nothing.
 *
 * <p>Call {@link #run} from a thread that lives until it returns: the sandbox is tied to that thread.
 */
public final class KernelBackend
{
    /** Default limit for one command; a hung command kills the sandbox rather than the user's patience. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration SANDBOX_START_TIMEOUT = Duration.ofSeconds(20);

    /** The longest {@link #startingAfter} delay: a few timer buckets, not a way to make a run hang. */
    private static final Duration MAX_START_DELAY = Duration.ofSeconds(2);

    /** Extra time the SIGINT of an interrupted ping gets before {@code timeout} sends SIGKILL. */
    private static final String KILL_AFTER_INTERRUPT = "5s";

    /** How long an interrupted run waits for its tcpdumps to finish their files. */
    private static final Duration INTERRUPT_CAPTURE_WAIT = Duration.ofSeconds(2);

    private final CommandGate gate;
    private final Duration interruptAfter;
    private final Duration commandTimeout;
    private final SandboxIdentity identity;
    /** How long the sandbox stays idle, once ready, before the first command: see {@link #startingAfter}. */
    private final Duration startDelay;

    /**
     * A backend with the default interruption (3 s) and command time limit.
     *
     * @param gate vets every line before anything runs.
     */
    public KernelBackend(final CommandGate gate)
    {
        this(gate, ScenarioCommands.DEFAULT_INTERRUPT_AFTER, DEFAULT_COMMAND_TIMEOUT);
    }

    /**
     * @param gate           vets every line before anything runs.
     * @param interruptAfter how long a ping with neither {@code -c} nor {@code -w} runs before SIGINT.
     * @param commandTimeout how long any one command may run before the sandbox is killed and the run fails.
     */
    public KernelBackend(final CommandGate gate, final Duration interruptAfter, final Duration commandTimeout)
    {
        this(gate, interruptAfter, commandTimeout, SandboxIdentity.ofThisProcess());
    }

    /** For tests: a sandbox of the given identity (as root, also what a normal user gets). */
    KernelBackend(final CommandGate gate, final Duration interruptAfter, final Duration commandTimeout,
        final SandboxIdentity identity)
    {
        this(gate, interruptAfter, commandTimeout, identity, Duration.ZERO);
    }

    private KernelBackend(final CommandGate gate, final Duration interruptAfter, final Duration commandTimeout,
        final SandboxIdentity identity, final Duration startDelay)
    {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.interruptAfter = requirePositive(interruptAfter, "interruptAfter");
        this.commandTimeout = requirePositive(commandTimeout, "commandTimeout");
        this.identity = identity;
        this.startDelay = Objects.requireNonNull(startDelay, "startDelay");
        if (startDelay.isNegative() || startDelay.compareTo(MAX_START_DELAY) > 0)
        {
            throw new IllegalArgumentException("startDelay must be 0 to " + MAX_START_DELAY + ", was " + startDelay);
        }
    }

    /**
     * The same backend, whose sandbox waits {@code delay} once ready before it runs the first command. The kernel's
     * timers fire on jiffies rounded up to their wheel level's granularity (32 ms for a one-second delay at HZ=250),
     * counted from when the machine booted, so where a scenario's commands fall in those buckets depends on when it
     * starts; so does what other namespaces on the machine did just before (link watch has one rate limit for the
     * whole machine). Runs started at different phases tell an outcome that hangs on them from a stable one.
     */
    public KernelBackend startingAfter(final Duration delay)
    {
        return new KernelBackend(gate, interruptAfter, commandTimeout, identity, delay);
    }

    /**
     * Checks, without running any scenario command, that this machine can host the sandbox.
     *
     * @throws KernelBackendException with {@link KernelBackendException.Reason#UNAVAILABLE} (exit code 3) when not.
     */
    public static void checkAvailable() throws KernelBackendException
    {
        KernelPreflight.check(SandboxIdentity.ofThisProcess());
    }

    /**
     * Checks, without running any scenario command, that this machine can host the sandbox and capture in it.
     *
     * @throws KernelBackendException with {@link KernelBackendException.Reason#UNAVAILABLE} (exit code 3) when not.
     */
    public static void checkCaptureAvailable() throws KernelBackendException
    {
        KernelPreflight.checkCapture(SandboxIdentity.ofThisProcess());
    }

    /**
     * Runs the scenario and collects its whole transcript: for tests and short scenarios. Anything that may print
     * without bound streams it with {@link #run(Scenario, TranscriptSink)}.
     *
     * @throws IllegalArgumentException when the gate refuses a line ({@code FILE:LINE: reason}); nothing ran.
     */
    public String run(final Scenario scenario) throws KernelBackendException
    {
        final StringBuilder text = new StringBuilder();
        run(scenario, text::append);
        return text.toString();
    }

    /**
     * Runs the scenario, streaming the transcript to {@code streamed}: each command line, its output as the sandbox
     * reads it, its exit line, then {@link TranscriptSink#commandEnded()}.
     *
     * @throws ScenarioLineFailure when nslab itself fails during a command (the sink threw, the JVM ran out of
     *                             memory): the sandbox is gone, the message names the line.
     * @throws IllegalArgumentException when the gate refuses a line ({@code FILE:LINE: reason}); nothing ran.
     */
    public void run(final Scenario scenario, final TranscriptSink streamed) throws KernelBackendException
    {
        Objects.requireNonNull(streamed, "streamed");
        final Vetted vetted = vet(scenario);
        KernelPreflight.check(identity);
        vetted.requireTaps(identity.offersTun());
        try (Sandbox sandbox = Sandbox.start(identity, SANDBOX_START_TIMEOUT, null, List.of()))
        {
            vetted.requireTaps(sandbox.canMakeTaps());
            runLines(scenario, vetted.argvs(), sandbox, streamed, null);
        }
        catch (final CaptureException e)
        {
            throw new IllegalStateException("no capture was asked for, yet capturing failed", e);
        }
    }

    /**
     * Runs the scenario with captures (tcpdump on every interface that is up, in its namespace, from the command
     * that brought it up), streaming the transcript as {@link #run(Scenario, TranscriptSink)} does. What the tcpdumps
     * write is delivered to the outputs as the run goes (after every command and about every 200 ms), so even
     * {@code kill -9} of the JVM leaves them readable to their last whole record; the rest is delivered after a
     * normal end, after a failed run (then this throws, files written first) and when the JVM is interrupted
     * (SIGINT, SIGTERM: a shutdown hook stops the tcpdumps and delivers what they wrote).
     *
     * @return the capture files written and what could not be captured.
     * @throws KernelBackendException when the backend or tcpdump is unavailable (nothing run) or the sandbox broke.
     * @throws CaptureException       when an output cannot be written (checked before the run as far as possible;
     *                                during the run, the run stops after the current command).
     * @throws IllegalArgumentException when the gate refuses a line ({@code FILE:LINE: reason}); nothing ran.
     */
    public KernelRun run(final Scenario scenario, final TranscriptSink streamed, final KernelCapture capture)
        throws KernelBackendException, CaptureException
    {
        Objects.requireNonNull(streamed, "streamed");
        Objects.requireNonNull(capture, "capture");
        final Vetted vetted = vet(scenario);
        KernelPreflight.checkCapture(identity);
        vetted.requireTaps(identity.offersTun());
        final CaptureStaging staging = CaptureStaging.create(capture);
        final AtomicReference<Sandbox> running = new AtomicReference<>();
        final Thread interrupted = new Thread(() -> deliverOnInterrupt(running, staging), "nslab-kernel-capture-interrupt");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try
        {
            try (Sandbox sandbox = Sandbox.start(identity, SANDBOX_START_TIMEOUT, staging.directory(),
                DriverNames.filterNames(capture.filter())))
            {
                running.set(sandbox);
                vetted.requireTaps(sandbox.canMakeTaps());
                staging.startDelivering();
                runLines(scenario, vetted.argvs(), sandbox, streamed, staging);
                sandbox.stopCaptures(commandTimeout);
            }
            catch (final KernelBackendException e)
            {
                // The sandbox is dead, so every tcpdump too: deliver what they wrote, then report the failure.
                throw withCaptureFailure(e, staging);
            }
            catch (final ScenarioLineFailure | CaptureException e)
            {
                // nslab failed during a command, or an output could not be written, and the sandbox is gone: what
                // was delivered stays whole, and the rest is delivered as far as it can be.
                deliverAfterFailure(staging);
                throw e;
            }
            finally
            {
                running.set(null);
            }
            final CaptureStaging.Result delivered = staging.finish();
            return new KernelRun(delivered.files(), delivered.warnings());
        }
        finally
        {
            // Kept until the files are delivered: an interrupt before then must still deliver them.
            removeHook(interrupted);
        }
    }

    private static KernelBackendException withCaptureFailure(final KernelBackendException e, final CaptureStaging staging)
    {
        try
        {
            staging.finish();
            return e;
        }
        catch (final CaptureException captureFailure)
        {
            return new KernelBackendException(e.reason(), e.getMessage() + "; also " + captureFailure.getMessage());
        }
    }

    private static void deliverAfterFailure(final CaptureStaging staging)
    {
        try
        {
            staging.finish();
        }
        catch (final CaptureException | RuntimeException e)
        {
            // The run's own failure is what the user hears about.
        }
    }

    private static void deliverOnInterrupt(final AtomicReference<Sandbox> running, final CaptureStaging staging)
    {
        final Sandbox sandbox = running.get();
        if (null != sandbox)
        {
            sandbox.terminateCaptures(INTERRUPT_CAPTURE_WAIT);
        }
        try
        {
            staging.finish();
        }
        catch (final CaptureException e)
        {
            System.err.println("nslab: " + e.getMessage());
        }
    }

    private static void removeHook(final Thread hook)
    {
        try
        {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (final IllegalStateException e)
        {
            // The JVM is shutting down: the hook is running or has run, and delivers the captures.
        }
    }

    /**
     * A scenario the gate accepted.
     *
     * @param argvs   the argv of each line, in order.
     * @param tapLine where the scenario first makes a tap ({@code FILE:LINE}), or null when it makes none.
     */
    private record Vetted(List<List<String>> argvs, String tapLine)
    {
        /** Taps need a tun device node this sandbox may open: without one, say so before anything runs. */
        void requireTaps(final boolean available) throws KernelBackendException
        {
            if (null != tapLine && !available)
            {
                throw KernelPreflight.unavailable(tapLine + " makes a tap, which needs " + SandboxIdentity.TUN
                    + ", and this user may not open it (" + tunMode() + "); run nslab as root for taps");
            }
        }

        private static String tunMode()
        {
            try
            {
                final int mode = (Integer) java.nio.file.Files.getAttribute(SandboxIdentity.TUN, "unix:mode");
                return String.format("mode %04o, owner %s", mode & 07777,
                    java.nio.file.Files.getOwner(SandboxIdentity.TUN).getName());
            }
            catch (final java.io.IOException | RuntimeException e)
            {
                return "it does not exist";
            }
        }
    }

    /**
     * Vets every line with the gate before anything starts.
     *
     * @throws IllegalArgumentException for the first refused line.
     */
    private Vetted vet(final Scenario scenario)
    {
        final List<List<String>> argvs = new ArrayList<>(scenario.lines().size());
        String tapLine = null;
        for (final ScenarioLine line : scenario.lines())
        {
            final CommandVerdict verdict = gate.vet(line.words());
            if (!verdict.isAccepted())
            {
                throw new IllegalArgumentException(
                    scenario.name() + ":" + line.lineNumber() + ": " + verdict.refusal());
            }
            if (verdict.makesTap() && null == tapLine)
            {
                tapLine = scenario.name() + ":" + line.lineNumber();
            }
            argvs.add(argv(line, verdict));
        }
        return new Vetted(argvs, tapLine);
    }

    /** @param staging the captures to deliver after each command, or null for none. */
    private void runLines(final Scenario scenario, final List<List<String>> argvs, final Sandbox sandbox,
        final TranscriptSink streamed, final CaptureStaging staging) throws KernelBackendException, CaptureException
    {
        HeapReserve.ensure();
        idleBeforeFirstCommand();
        final Transcript transcript = new Transcript(streamed);
        for (int i = 0; i < argvs.size(); i++)
        {
            final ScenarioLine line = scenario.lines().get(i);
            try
            {
                transcript.command(line);
                final int exitCode = sandbox.run(argvs.get(i), commandTimeout, transcript::output);
                transcript.exit(exitCode);
            }
            catch (final RuntimeException | Error e)
            {
                throw ScenarioLineFailure.of(scenario.name(), line, e);
            }
            if (null != staging)
            {
                staging.deliver();
            }
        }
    }

    private void idleBeforeFirstCommand()
    {
        if (startDelay.isZero())
        {
            return;
        }
        try
        {
            Thread.sleep(startDelay.toMillis(), startDelay.toNanosPart() % 1_000_000);
        }
        catch (final InterruptedException e)
        {
            // Interrupted: start now, and let the caller see the flag.
            Thread.currentThread().interrupt();
        }
    }

    /** The argv the sandbox runs for a vetted line: its words, behind {@code timeout -s INT} for uncounted pings. */
    private List<String> argv(final ScenarioLine line, final CommandVerdict verdict)
    {
        if (!verdict.runsUntilInterrupted())
        {
            return line.words();
        }
        final List<String> argv = new ArrayList<>(List.of(
            "timeout", "--preserve-status", "--signal", "INT", "--kill-after", KILL_AFTER_INTERRUPT, seconds(interruptAfter)));
        argv.addAll(line.words());
        return argv;
    }

    private static String seconds(final Duration duration)
    {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + "s";
    }

    private static Duration requirePositive(final Duration duration, final String name)
    {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero())
        {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
        return duration;
    }
}
