package dev.nslab.cli.fuzz;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * A fuzzing campaign: generated scenarios ({@link ScenarioGenerator}) on both backends, in {@code jobs} sandboxes at
 * once; for every difference the kernel side is rerun to tell a kernel race (the kernel varies and the simulator
 * prints one of its outcomes) from a real difference (the kernel is stable, or the simulator matches none of its
 * outcomes); each new class of real difference is shrunk ({@link Shrinker}) and kept as a reproduction.
 */
public final class Campaign
{
    /** How often progress is printed. */
    private static final long PROGRESS_EVERY_SECONDS = 10;
    private static final long RERUN_PHASE_STEP_MS = 13;
    private static final long RERUN_PHASE_SPAN_MS = 64;

    /**
     * What a campaign runs.
     *
     * @param seed           the generator's seed.
     * @param count          how many scenarios at most.
     * @param jobs           how many run at once (each its own sandbox).
     * @param keep           where reproductions go.
     * @param timeLimit      no scenario starts after this long; null for none.
     * @param mistakeRate    the share of deliberately mistaken lines.
     * @param kernelRuns     how many kernel runs a difference is judged on (the first and the reruns).
     * @param shrinkBudget   at most this many runs of both backends to shrink one class.
     * @param knownOpen      differences tolerated for now (CI's list), counted but neither rerun nor shrunk.
     * @param interruptAfter when uncounted pings get their Ctrl+C.
     * @param commandLimit   how long one kernel command may run.
     * @param longest        the longest scenario, in commands.
     */
    public record Settings(long seed, long count, int jobs, Path keep, Duration timeLimit, double mistakeRate,
        int kernelRuns, int shrinkBudget, Set<Signature> knownOpen, Duration interruptAfter, Duration commandLimit,
        int longest)
    {
        public Settings
        {
            Objects.requireNonNull(keep, "keep");
            knownOpen = Set.copyOf(knownOpen);
            if (count < 0 || jobs < 1 || kernelRuns < 1 || shrinkBudget < 0)
            {
                throw new IllegalArgumentException("count >= 0, jobs >= 1, kernelRuns >= 1, shrinkBudget >= 0");
            }
        }
    }

    private final Settings settings;
    private final PrintStream progress;
    private final Backends backends;
    private final Reproductions reproductions;
    private final Coverage coverage = new Coverage();
    private final AtomicLong nextIndex = new AtomicLong();
    private final AtomicLong scenariosRun = new AtomicLong();
    private final AtomicLong commandsRun = new AtomicLong();
    private final AtomicLong kernelRunsMade = new AtomicLong();
    private final AtomicInteger nextNumber = new AtomicInteger();
    private final AtomicInteger raceNumber = new AtomicInteger();
    /**
     * The machine's kernel, shared by every job's sandbox: scenarios run under its read lock, a difference's reruns
     * under its write lock, alone. The link watch is one per machine (another sandbox's run handles our pending
     * event early) and namespace cleanups queue behind each other, so reruns beside another job would measure that
     * job, not the kernel's own variation.
     */
    private final ReentrantReadWriteLock machine = new ReentrantReadWriteLock(true);
    private final Map<Signature, CampaignResult.RealClass> real = new ConcurrentHashMap<>();
    /** Real classes by the signature of the first difference their scenarios showed against the first kernel run. */
    private final Map<Signature, CampaignResult.RealClass> realByFirstDifference = new ConcurrentHashMap<>();
    private final Map<String, CampaignResult.RaceClass> races = new ConcurrentHashMap<>();
    private final Map<Signature, AtomicInteger> knownOpen = new ConcurrentHashMap<>();
    private final List<String> kernelFailures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Boolean tapsGiven;
    private ScenarioGenerator generator;
    private long deadline;

    public Campaign(final Settings settings, final PrintStream progress)
    {
        this.settings = settings;
        this.progress = progress;
        this.backends = new Backends(settings.interruptAfter(), settings.commandLimit(), kernelRunsMade);
        this.reproductions = new Reproductions(settings.keep());
        this.tapsGiven = null;
    }

    /** For tests: these backends (a fake kernel), and taps allowed or not without asking the kernel. */
    Campaign(final Settings settings, final PrintStream progress, final Backends backends, final boolean taps)
    {
        this.settings = settings;
        this.progress = progress;
        this.backends = backends;
        this.reproductions = new Reproductions(settings.keep());
        this.tapsGiven = taps;
    }

    /**
     * Whether the kernel backend can make taps here, asked of the backend itself: a one-line scenario making a tap,
     * which it refuses before running anything where this user may not open {@code /dev/net/tun}.
     *
     * @throws KernelBackendException when the kernel backend cannot run here at all.
     */
    public static boolean kernelMakesTaps() throws KernelBackendException
    {
        KernelBackend.checkAvailable();
        try
        {
            final Scenario probe = Scenario.parse("tap-probe.sh", "ip tuntap add dev fuzz0 mode tap\n");
            new KernelBackend(EmulationGate.INSTANCE).run(probe);
            return true;
        }
        catch (final KernelBackendException e)
        {
            if (e.reason() == KernelBackendException.Reason.UNAVAILABLE)
            {
                return false;
            }
            throw e;
        }
        catch (final ScenarioException e)
        {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the campaign to its count or its time limit.
     *
     * @throws KernelBackendException when the kernel backend cannot run here (nothing ran).
     */
    public CampaignResult run() throws KernelBackendException, InterruptedException
    {
        final long start = System.nanoTime();
        final boolean taps = tapsGiven != null ? tapsGiven : kernelMakesTaps();
        generator = new ScenarioGenerator(settings.seed(), settings.mistakeRate(), taps, settings.longest());
        final CommandDurations durations = backends.calibrate(settings.jobs());
        progress.println("nslab fuzz: the commands' durations timed in " + settings.jobs() + " sandbox"
            + (settings.jobs() == 1 ? "" : "es at once") + ": " + durations);
        deadline = settings.timeLimit() == null ? Long.MAX_VALUE : start + settings.timeLimit().toNanos();
        final ExecutorService workers = Executors.newFixedThreadPool(settings.jobs(), runnable ->
        {
            final Thread thread = new Thread(runnable, "nslab-fuzz");
            thread.setDaemon(true);
            return thread;
        });
        for (int job = 0; job < settings.jobs(); job++)
        {
            workers.execute(this::work);
        }
        workers.shutdown();
        while (!workers.awaitTermination(PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS))
        {
            printProgress(start);
        }
        printProgress(start);
        if (failure.get() != null)
        {
            throw failure.get();
        }
        final List<CampaignResult.RealClass> classes = new ArrayList<>(real.values());
        classes.sort((a, b) -> Integer.compare(a.number(), b.number()));
        reproductions.list(classes);
        final List<CampaignResult.RaceClass> raceList = new ArrayList<>(races.values());
        raceList.sort((a, b) -> Long.compare(a.firstScenario(), b.firstScenario()));
        final Map<Signature, Integer> known = new java.util.LinkedHashMap<>();
        knownOpen.forEach((signature, count) -> known.put(signature, count.get()));
        return new CampaignResult(settings.seed(), scenariosRun.get(), commandsRun.get(), kernelRunsMade.get(),
            Duration.ofNanos(System.nanoTime() - start), taps, durations, classes, raceList, known,
            List.copyOf(kernelFailures),
            coverage.report());
    }

    private void work()
    {
        try
        {
            while (failure.get() == null && System.nanoTime() - deadline < 0)
            {
                final long index = nextIndex.getAndIncrement();
                if (index >= settings.count())
                {
                    return;
                }
                runOne(index);
            }
        }
        catch (final RuntimeException e)
        {
            failure.compareAndSet(null, e);
        }
    }

    private void runOne(final long index)
    {
        final String text = generator.scenario(index);
        final String name = "seed-" + settings.seed() + "-" + index + ".sh";
        final List<String> lines = commandLines(text);
        coverage.count(lines);
        final List<String> simulator = backends.simulator(name, text);
        final List<String> kernel;
        machine.readLock().lock();
        try
        {
            kernel = backends.kernel(name, text);
        }
        catch (final KernelBackendException e)
        {
            kernelFailures.add("scenario " + index + ": " + e.getMessage());
            return;
        }
        finally
        {
            machine.readLock().unlock();
            scenariosRun.incrementAndGet();
            commandsRun.addAndGet(lines.size());
        }
        final Divergence divergence = Divergence.between(kernel, simulator);
        if (divergence != null)
        {
            judge(index, lines, kernel, simulator, divergence);
        }
    }

    /**
     * When rerun {@code run} starts: reruns start 13 ms apart (mod 64 ms), so that they meet the kernel's clock at
     * different phases of its timer buckets (32 ms for a one-second timer at HZ=250) and an outcome that hangs on the
     * phase shows up as the race it is, instead of five runs that happen to start alike.
     */
    static Duration rerunPhase(final int run)
    {
        return Duration.ofMillis(run * RERUN_PHASE_STEP_MS % RERUN_PHASE_SPAN_MS);
    }

    /**
     * Kernel rerun {@code run} of a scenario, on a settled machine ({@link Backends#settle}): what a scenario sees of
     * the kernel's work on its own clock (a deleted namespace's cleanup, queued behind the previous sandbox's; the
     * link watch's second, counted from the machine's last run) depends on what ran just before, and the simulator
     * starts on a quiet machine. Back-to-back reruns all shared the previous one's cleanup: they met one outcome of
     * a race in 11 of 12 runs where settled ones met it in 7.
     */
    private void rerun(final long index, final String text, final int run, final List<List<String>> outcomes)
    {
        try
        {
            backends.settle();
            outcomes.add(backends.kernel("rerun.sh", text, rerunPhase(run)));
        }
        catch (final KernelBackendException e)
        {
            kernelFailures.add("scenario " + index + " (rerun): " + e.getMessage());
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    /** Rerun, classify, and shrink what is new. */
    private void judge(final long index, final List<String> lines, final List<String> kernel,
        final List<String> simulator, final Divergence divergence)
    {
        final Signature signature = divergence.signature();
        if (settings.knownOpen().contains(signature))
        {
            knownOpen.computeIfAbsent(signature, s -> new AtomicInteger()).incrementAndGet();
            return;
        }
        final CampaignResult.RealClass seen = realByFirstDifference.get(signature);
        if (seen != null)
        {
            // Judged real before (reruns showed no outcome the simulator prints): counted as real again, which can
            // only make the campaign stricter, never hide a difference.
            seen.occurrences().incrementAndGet();
            return;
        }
        final List<List<String>> outcomes = new ArrayList<>(List.of(kernel));
        final String text = String.join("\n", lines) + "\n";
        KernelVariation variation;
        machine.writeLock().lock();
        try
        {
            for (int run = 1; run < settings.kernelRuns(); run++)
            {
                rerun(index, text, run, outcomes);
            }
            variation = KernelVariation.among(outcomes);
            // A kernel that varies may have more outcomes than the first runs met (IPv6's random delays give
            // counters four or five): as many runs again look for the simulator's outcome before the difference is
            // called real.
            for (int run = settings.kernelRuns(); variation != null && !outcomes.contains(simulator)
                && run < 2 * settings.kernelRuns(); run++)
            {
                rerun(index, text, run, outcomes);
                variation = KernelVariation.among(outcomes);
            }
        }
        finally
        {
            machine.writeLock().unlock();
        }
        final KernelVariation measured = variation;
        if (measured != null && outcomes.contains(simulator))
        {
            final boolean[] first = new boolean[1];
            final CampaignResult.RaceClass race = races.computeIfAbsent(measured.key(), key ->
            {
                first[0] = true;
                return new CampaignResult.RaceClass(key, measured.command(), index, text);
            });
            race.add(measured);
            if (first[0])
            {
                // Kept whole: a race is a property of the kernel's timing, which shrinking would chase at random.
                final String name = "race-" + Reproductions.name(raceNumber.incrementAndGet(),
                    new Signature(Signature.commandKey(measured.command()), "", ""));
                race.keep(reproductions.write(name, List.of("nslab fuzz: kernel race " + measured.key(),
                    "found in scenario " + index + " of --seed " + settings.seed() + ": " + measured.frequencies()),
                    lines, outcomes.get(0), simulator));
            }
            return;
        }
        // Real: judged against the kernel outcome the simulator follows longest.
        List<String> closest = kernel;
        Divergence where = divergence;
        for (final List<String> outcome : outcomes)
        {
            final Divergence candidate = Divergence.between(outcome, simulator);
            if (candidate.index() > where.index())
            {
                closest = outcome;
                where = candidate;
            }
        }
        final Signature realSignature = where.signature();
        if (settings.knownOpen().contains(realSignature))
        {
            knownOpen.computeIfAbsent(realSignature, s -> new AtomicInteger()).incrementAndGet();
            return;
        }
        final boolean[] created = new boolean[1];
        final CampaignResult.RealClass found = real.computeIfAbsent(realSignature, key ->
        {
            created[0] = true;
            return new CampaignResult.RealClass(nextNumber.incrementAndGet(), key, index, measured == null,
                measured == null ? null : measured.frequencies() + " (in '" + measured.command() + "')");
        });
        found.occurrences().incrementAndGet();
        realByFirstDifference.putIfAbsent(signature, found);
        if (created[0])
        {
            shrink(found, lines, closest, where);
        }
    }

    private void shrink(final CampaignResult.RealClass found, final List<String> lines, final List<String> kernel,
        final Divergence divergence)
    {
        final Shrinker shrinker = new Shrinker(backends, found.signature(), settings.shrinkBudget(),
            settings.timeLimit() == null ? System.nanoTime() + Duration.ofMinutes(10).toNanos() : deadline);
        final int commands = commandsUpTo(kernel, divergence.index());
        final List<String> minimal = shrinker.shrink(lines, commands);
        final String name = Reproductions.name(found.number(), found.signature());
        final List<String> header = List.of(
            "nslab fuzz: minimal reproduction " + name + " (shrunk in " + shrinker.runs() + " runs from "
                + lines.size() + " lines)",
            "found in scenario " + found.firstScenario() + " of --seed " + settings.seed(),
            "first difference in '" + found.signature().command() + "': kernel '" + divergence.kernelLine()
                + "', simulator '" + divergence.simulatorLine() + "'",
            "signature: " + found.signature().line().replace('\t', '|'),
            "replay: nslab diff " + name + ".sh (it times the commands anew; the campaign's simulator took "
                + "--command-durations '" + backends.durations() + "')");
        found.keep(reproductions.write(name, header, minimal, shrinker.kernelOf(minimal),
            shrinker.simulatorOf(minimal)), minimal);
    }

    private static int commandsUpTo(final List<String> transcript, final int index)
    {
        int commands = 0;
        for (int i = 0; i < Math.min(index, transcript.size()); i++)
        {
            if (transcript.get(i).startsWith("$ "))
            {
                commands++;
            }
        }
        return commands;
    }

    static List<String> commandLines(final String text)
    {
        final List<String> lines = new ArrayList<>();
        for (final String line : text.split("\n"))
        {
            if (!line.isBlank() && !line.startsWith("#"))
            {
                lines.add(line);
            }
        }
        return lines;
    }

    private void printProgress(final long start)
    {
        final double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        final long done = scenariosRun.get();
        int differences = 0;
        for (final CampaignResult.RealClass found : real.values())
        {
            differences += found.occurrences().get();
        }
        int raceCount = 0;
        for (final CampaignResult.RaceClass race : races.values())
        {
            raceCount += race.occurrences();
        }
        int known = 0;
        for (final AtomicInteger count : knownOpen.values())
        {
            known += count.get();
        }
        progress.printf(Locale.ROOT, "nslab fuzz: %d/%s scenarios, %d differences (%d classes), %d races, "
                + "%d known open, %.2f scenarios/s, %.0f s%n", done,
            settings.count() == Long.MAX_VALUE ? "?" : String.valueOf(settings.count()), differences, real.size(),
            raceCount, known, done / seconds, seconds);
        progress.flush();
    }
}
