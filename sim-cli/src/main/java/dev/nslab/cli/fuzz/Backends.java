package dev.nslab.cli.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.nslab.cli.KernelCalibration;
import dev.nslab.cli.SimulatorBackend;
import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.emulation.ExecutedCommands;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.core.scenario.ScenarioLineFailure;
import dev.nslab.core.scenario.TranscriptNormaliser;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * Runs scenario text on the simulator and on the kernel and hands back both transcripts normalised exactly as
 * {@code nslab diff} normalises them ({@link TranscriptNormaliser}), one element per line. Not final: tests stand a
 * fake kernel in to check the shrinker and the campaign's judgement without one.
 */
class Backends
{
    /** The simulator's seed, as {@code nslab diff}'s default. */
    private static final long SIMULATOR_SEED = 1;

    /** A simulated scenario takes well under a second; one that runs this long is stuck, a bug worth reporting. */
    private static final Duration SIMULATOR_LIMIT = Duration.ofSeconds(60);
    /**
     * The link watch's second counted from the last sandbox's namespace cleanup, which runs after the sandbox ended:
     * a same-index veth end read a second after its carrier came up was NO-CARRIER in 5 of 12 runs 1.5 s apart,
     * 1 of 12 back to back (the cleanup's own link events had started the second earlier).
     */
    private static final Duration SETTLE = Duration.ofMillis(1_500);

    private final Duration interruptAfter;
    private final Duration timeLimit;
    private final AtomicLong kernelRuns;
    /** How long each kind of command takes on the kernel, set by {@link #calibrate} before a campaign's first run. */
    private volatile CommandDurations durations = CommandDurations.RECORDED_2026_12_02;

    /** @param kernelRuns counts every kernel run made through these backends. */
    Backends(final Duration interruptAfter, final Duration timeLimit, final AtomicLong kernelRuns)
    {
        this.interruptAfter = interruptAfter;
        this.timeLimit = timeLimit;
        this.kernelRuns = kernelRuns;
    }

    /**
     * @return the simulator's normalised transcript; a failure inside nslab ends it with the one line nslab prints,
     *         so it differs from the kernel's and is reported like any other difference.
     */
    List<String> simulator(final String name, final String text)
    {
        final StringBuffer raw = new StringBuffer();
        final Scenario scenario = parse(name, text);
        final Thread run = new Thread(() ->
        {
            try
            {
                new SimulatorBackend(SIMULATOR_SEED, interruptAfter, durations).run(scenario, raw::append);
            }
            catch (final ScenarioLineFailure e)
            {
                raw.append("nslab: ").append(e.getMessage()).append('\n');
            }
        }, "nslab-fuzz-simulator");
        run.setDaemon(true);
        run.start();
        try
        {
            run.join(SIMULATOR_LIMIT.toMillis());
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        if (run.isAlive())
        {
            stop(run);
            raw.append("\nnslab fuzz: the simulator was still running this command after ").append(SIMULATOR_LIMIT
                .toSeconds()).append(" s of wall time\n");
        }
        return normalise(raw.toString());
    }

    /**
     * Ends a simulation that runs away (virtual time that no longer advances is a simulator bug the campaign
     * reports): it holds nothing but its own objects, so stopping its thread harms nothing else.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(final Thread run)
    {
        run.stop();
    }

    /**
     * Times the commands in {@code sandboxes} sandboxes at once, the load of a campaign with that many jobs
     * ({@link KernelCalibration#measureConcurrently}), for every simulator run from now on; then settles.
     *
     * @return the durations measured.
     */
    CommandDurations calibrate(final int sandboxes) throws KernelBackendException, InterruptedException
    {
        durations = new KernelCalibration(interruptAfter, timeLimit).measureConcurrently(sandboxes);
        settle();
        return durations;
    }

    /** @return the durations the simulator runs take now. */
    final CommandDurations durations()
    {
        return durations;
    }

    /** Waits until what earlier sandboxes left running on the machine (namespace cleanups, link watch) is done. */
    void settle() throws InterruptedException
    {
        Thread.sleep(SETTLE.toMillis());
    }

    /** @return the kernel's normalised transcript, the sandbox starting at once. */
    final List<String> kernel(final String name, final String text) throws KernelBackendException
    {
        return kernel(name, text, Duration.ZERO);
    }

    /**
     * @param startDelay how long the sandbox idles before the first command ({@link KernelBackend#startingAfter}).
     * @return the kernel's normalised transcript.
     */
    List<String> kernel(final String name, final String text, final Duration startDelay)
        throws KernelBackendException
    {
        kernelRuns.incrementAndGet();
        final StringBuilder raw = new StringBuilder();
        new KernelBackend(EmulationGate.INSTANCE, interruptAfter, timeLimit).startingAfter(startDelay)
            .run(parse(name, text), raw::append);
        return normalise(raw.toString());
    }

    static Scenario parse(final String name, final String text)
    {
        try
        {
            final Scenario scenario = Scenario.parse(name, text);
            EmulationGate.INSTANCE.check(scenario);
            return scenario;
        }
        catch (final ScenarioException e)
        {
            throw new IllegalStateException("a generated scenario does not pass the gate: " + e.getMessage(), e);
        }
    }

    static List<String> normalise(final String transcript)
    {
        final List<String> lines = new ArrayList<>();
        final TranscriptNormaliser normaliser =
            new TranscriptNormaliser(lines::add, ExecutedCommands::listsInHashOrder);
        int start = 0;
        while (start < transcript.length())
        {
            int end = transcript.indexOf('\n', start);
            if (end < 0)
            {
                end = transcript.length();
            }
            normaliser.line(transcript.substring(start, end));
            start = end + 1;
        }
        normaliser.finish();
        return lines;
    }
}
