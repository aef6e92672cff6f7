package dev.nslab.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.core.scenario.Transcript;
import dev.nslab.pcap.CaptureException;

/**
 * Runs a scenario on the real kernel, inside a sandbox of fresh network, mount and PID namespaces that never
 * touches the machine's own network, and returns its transcript in the simulator's format.
 *
 * <p>Call {@link #run} from a thread that lives until it returns: the sandbox is tied to that thread.
 */
public final class KernelBackend
{
    /** Default limit for one command; a hung command kills the sandbox rather than the user's patience. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration SANDBOX_START_TIMEOUT = Duration.ofSeconds(20);

    /** Extra time the SIGINT of an interrupted ping gets before {@code timeout} sends SIGKILL. */
    private static final String KILL_AFTER_INTERRUPT = "5s";

    /** How long an interrupted run waits for its tcpdumps to finish their files. */
    private static final Duration INTERRUPT_CAPTURE_WAIT = Duration.ofSeconds(2);

    private final Duration interruptAfter;
    private final Duration commandTimeout;

    /** A backend with the default interruption (3 s) and command time limit. */
    public KernelBackend()
    {
        this(ScenarioCommands.DEFAULT_INTERRUPT_AFTER, DEFAULT_COMMAND_TIMEOUT);
    }

    /**
     * @param interruptAfter how long a ping with neither {@code -c} nor {@code -w} runs before SIGINT.
     * @param commandTimeout how long any one command may run before the sandbox is killed and the run fails.
     */
    public KernelBackend(final Duration interruptAfter, final Duration commandTimeout)
    {
        this.interruptAfter = requirePositive(interruptAfter, "interruptAfter");
        this.commandTimeout = requirePositive(commandTimeout, "commandTimeout");
    }

    /**
     * Checks, without running any scenario command, that this machine can host the sandbox.
     *
     * @throws KernelBackendException with {@link KernelBackendException.Reason#UNAVAILABLE} (exit code 3) when not.
     */
    public static void checkAvailable() throws KernelBackendException
    {
        KernelPreflight.check();
    }

    /**
     * Checks, without running any scenario command, that this machine can host the sandbox and capture in it.
     *
     * @throws KernelBackendException with {@link KernelBackendException.Reason#UNAVAILABLE} (exit code 3) when not.
     */
    public static void checkCaptureAvailable() throws KernelBackendException
    {
        KernelPreflight.checkCapture();
    }

    /** Runs the scenario and returns its transcript. */
    public String run(final Scenario scenario) throws KernelBackendException
    {
        return run(scenario, text -> { });
    }

    /**
     * Runs the scenario, streaming the transcript to {@code streamed} (command lines, output as it comes, exit
     * lines) as well as returning it whole.
     */
    public String run(final Scenario scenario, final Consumer<String> streamed) throws KernelBackendException
    {
        Objects.requireNonNull(streamed, "streamed");
        checkAvailable();
        final Transcript transcript = new Transcript();
        try (Sandbox sandbox = Sandbox.start(SANDBOX_START_TIMEOUT))
        {
            runLines(scenario, sandbox, transcript, streamed, null);
        }
        catch (final CaptureException e)
        {
            throw new IllegalStateException("no capture was asked for, yet capturing failed", e);
        }
        return transcript.text();
    }

    /**
     * Runs the scenario with captures (tcpdump on every interface that is up, in its namespace, from the command
     * that brought it up), streaming the transcript as {@link #run(Scenario, Consumer)} does. What the tcpdumps
     * write is delivered to the outputs as the run goes (after every command and about every 200 ms), so even
     * {@code kill -9} of the JVM leaves them readable to their last whole record; the rest is delivered after a
     * normal end, after a failed run (then this throws, files written first) and when the JVM is interrupted
     * (SIGINT, SIGTERM: a shutdown hook stops the tcpdumps and delivers what they wrote).
     *
     * @return the transcript and the capture files written.
     * @throws KernelBackendException when the backend or tcpdump is unavailable (nothing run) or the sandbox broke.
     * @throws CaptureException       when an output cannot be written (checked before the run as far as possible;
     *                                during the run, the run stops after the current command).
     */
    public KernelRun run(final Scenario scenario, final Consumer<String> streamed, final KernelCapture capture)
        throws KernelBackendException, CaptureException
    {
        Objects.requireNonNull(streamed, "streamed");
        Objects.requireNonNull(capture, "capture");
        KernelPreflight.checkCapture();
        final CaptureStaging staging = CaptureStaging.create(capture);
        final Transcript transcript = new Transcript();
        final AtomicReference<Sandbox> running = new AtomicReference<>();
        final Thread interrupted = new Thread(() -> deliverOnInterrupt(running, staging), "nslab-kernel-capture-interrupt");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try
        {
            try (Sandbox sandbox = Sandbox.start(SANDBOX_START_TIMEOUT, staging.directory(),
                DriverNames.filterNames(capture.filter())))
            {
                running.set(sandbox);
                staging.startDelivering();
                runLines(scenario, sandbox, transcript, streamed, staging);
                sandbox.stopCaptures(commandTimeout);
            }
            catch (final KernelBackendException e)
            {
                // The sandbox is dead, so every tcpdump too: deliver what they wrote, then report the failure.
                throw withCaptureFailure(e, staging);
            }
            catch (final CaptureException e)
            {
                // An output could not be written: the sandbox is closed; what was delivered stays whole.
                finishAfterFailure(staging);
                throw e;
            }
            finally
            {
                running.set(null);
            }
            final CaptureStaging.Result delivered = staging.finish();
            return new KernelRun(transcript.text(), delivered.files(), delivered.warnings());
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

    private static void finishAfterFailure(final CaptureStaging staging)
    {
        try
        {
            staging.finish();
        }
        catch (final CaptureException again)
        {
            // The first failure is the one reported; the staging directory is removed all the same.
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

    /** @param staging the captures to deliver after each command, or null for none. */
    private void runLines(final Scenario scenario, final Sandbox sandbox, final Transcript transcript,
        final Consumer<String> streamed, final CaptureStaging staging) throws KernelBackendException, CaptureException
    {
        for (final ScenarioLine line : scenario.lines())
        {
            final int before = transcript.length();
            transcript.command(line);
            streamed.accept(transcript.textFrom(before));
            final int exitCode = sandbox.run(argv(line), commandTimeout, chunk ->
            {
                transcript.output(chunk);
                streamed.accept(chunk);
            });
            final int beforeExit = transcript.length();
            transcript.exit(exitCode);
            final String exitText = transcript.textFrom(beforeExit);
            if (!exitText.isEmpty())
            {
                streamed.accept(exitText);
            }
            if (null != staging)
            {
                staging.deliver();
            }
        }
    }

    /** The argv the sandbox runs for a line: its words, behind {@code timeout -s INT} for uncounted pings. */
    List<String> argv(final ScenarioLine line)
    {
        if (!ScenarioCommands.runsUntilInterrupted(line.words()))
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
