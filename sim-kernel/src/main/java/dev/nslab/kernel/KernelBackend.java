package dev.nslab.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.core.scenario.Transcript;

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
            for (final ScenarioLine line : scenario.lines())
            {
                final int before = transcript.text().length();
                transcript.command(line);
                streamed.accept(transcript.text().substring(before));
                final int exitCode = sandbox.run(argv(line), commandTimeout, chunk ->
                {
                    transcript.output(chunk);
                    streamed.accept(chunk);
                });
                final int beforeExit = transcript.text().length();
                transcript.exit(exitCode);
                final String exitText = transcript.text().substring(beforeExit);
                if (!exitText.isEmpty())
                {
                    streamed.accept(exitText);
                }
            }
        }
        return transcript.text();
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
