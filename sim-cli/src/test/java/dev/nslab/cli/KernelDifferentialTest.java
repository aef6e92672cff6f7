package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.UnprivilegedJvm;

/**
 * Every test scenario and example on both backends, as root and as a normal user: where the kernel backend can run
 * (namespaces), the live kernel is the oracle and the normalised transcripts must be equal ({@link Differential}).
 * Skipped, with the reason printed, elsewhere; the golden transcripts then stand in for the kernel
 * ({@link GoldenTranscriptTest}).
 *
 * <p>The normal user's runs are a JVM of uid 65534 started from root, going through the scenarios while root's runs
 * go through them here: the runs wait mostly on the scenarios' own timers, so the two streams share the machine in
 * half the time. Sharing it is not free: the link watch's one-second rate limit and the namespace cleanups are one
 * per machine, so one stream can move what the other sees. A scenario whose transcript differs from the simulator's
 * is therefore run again alone on the machine, after it settled, and judged on that run, as {@code nslab fuzz}
 * judges a difference. A scenario that makes a tap needs {@code /dev/net/tun}, which the normal user may not open
 * here: it must then be refused with exit 3 and one line naming the tap's line, and is reported as skipped.
 */
class KernelDifferentialTest
{
    /** What the kernel's namespace cleanups and link watch need to be done with the runs before the reruns. */
    private static final long SETTLE_MS = 1_000;

    @TempDir
    static Path scratch;

    /** How long the commands take on this machine, timed before the runs. */
    private static CommandDurations durations;

    /** What one kernel run printed and returned. */
    private record KernelRun(String out, String err, int exit)
    {
    }

    @TestFactory
    Stream<DynamicNode> shouldPrintWhatTheKernelPrints() throws Exception
    {
        final String unavailable = KernelAvailability.judgeUnavailable();
        if (unavailable != null)
        {
            System.out.println("Skipping the differential tests: " + unavailable);
            return Stream.of(DynamicTest.dynamicTest("kernel", () -> Assumptions.assumeTrue(false,
                "kernel backend unavailable: " + unavailable)));
        }
        final List<Goldens.Golden> goldens = Goldens.all();
        final String userUnavailable = UnprivilegedJvm.available() ? null
            : "needs root to start a JVM as an unprivileged user";
        // Timed as the two streams will load the machine: two sandboxes at once where both run.
        durations = new KernelCalibration(ScenarioCommands.DEFAULT_INTERRUPT_AFTER,
            KernelBackend.DEFAULT_COMMAND_TIMEOUT).measureConcurrently(userUnavailable == null ? 2 : 1);
        System.out.println("The simulator's commands take the durations timed in the sandbox: " + durations);
        Thread.sleep(SETTLE_MS);
        final CompletableFuture<List<KernelRun>> userRuns = userUnavailable != null ? null
            : runAsUser(scratch.resolve("user"), goldens);
        final List<KernelRun> rootRuns = new ArrayList<>();
        for (final Goldens.Golden golden : goldens)
        {
            rootRuns.add(runAsRoot(golden));
        }
        final List<KernelRun> asUser = userRuns == null ? null : userRuns.get(20, TimeUnit.MINUTES);
        rerunDifferencesAlone(goldens, rootRuns, asUser);

        final DynamicContainer root = DynamicContainer.dynamicContainer("as root", IntStream.range(0, goldens.size())
            .mapToObj(i -> DynamicTest.dynamicTest(goldens.get(i).name(),
                () -> judgeRootRun(goldens.get(i), rootRuns.get(i)))));
        if (asUser == null)
        {
            System.out.println("Skipping the unprivileged differential tests: " + userUnavailable);
            return Stream.of(root, DynamicTest.dynamicTest("as a normal user",
                () -> Assumptions.assumeTrue(false, userUnavailable)));
        }
        final DynamicContainer user = DynamicContainer.dynamicContainer("as a normal user", IntStream
            .range(0, goldens.size())
            .mapToObj(i -> DynamicTest.dynamicTest(goldens.get(i).name(), () -> judgeUserRun(goldens.get(i),
                asUser.get(i)))));
        return Stream.of(root, user);
    }

    /** @return the run, or its failure as exit -1 with the exception as its error (judged by its own test). */
    private static KernelRun runAsRoot(final Goldens.Golden golden)
    {
        try
        {
            return new KernelRun(new KernelBackend(EmulationGate.INSTANCE).run(Scenario.read(golden.scenario())), "",
                0);
        }
        catch (final Exception e)
        {
            return new KernelRun("", e.toString(), -1);
        }
    }

    private static void judgeRootRun(final Goldens.Golden golden, final KernelRun run) throws Exception
    {
        assertEquals(0, run.exit(), golden.name() + ": " + run.err());
        Differential.assertSimulatorMatches(golden, run.out(), durations);
    }

    /**
     * Runs again, alone on the machine, every scenario whose run beside the other stream differs from the simulator,
     * and keeps the rerun.
     */
    private static void rerunDifferencesAlone(final List<Goldens.Golden> goldens, final List<KernelRun> rootRuns,
        final List<KernelRun> userRuns) throws Exception
    {
        final List<Integer> root = new ArrayList<>();
        final List<Integer> user = new ArrayList<>();
        for (int i = 0; i < goldens.size(); i++)
        {
            if (rootRuns.get(i).exit() != 0
                || !Differential.simulatorMatches(goldens.get(i), rootRuns.get(i).out(), durations))
            {
                root.add(i);
            }
            if (userRuns != null && !isRefusedTap(userRuns.get(i)) && (userRuns.get(i).exit() != 0
                || !Differential.simulatorMatches(goldens.get(i), userRuns.get(i).out(),
                durations)))
            {
                user.add(i);
            }
        }
        if (root.isEmpty() && user.isEmpty())
        {
            return;
        }
        Thread.sleep(SETTLE_MS);
        for (final int i : root)
        {
            System.out.println(goldens.get(i).name() + " (as root) differed beside the other stream: run again alone");
            rootRuns.set(i, runAsRoot(goldens.get(i)));
        }
        if (!user.isEmpty())
        {
            final List<Goldens.Golden> again = user.stream().map(goldens::get).toList();
            again.forEach(golden -> System.out.println(golden.name()
                + " (as a normal user) differed beside the other stream: run again alone"));
            final List<KernelRun> reruns = runAsUser(scratch.resolve("user-again"), again).get(20, TimeUnit.MINUTES);
            for (int k = 0; k < user.size(); k++)
            {
                userRuns.set(user.get(k), reruns.get(k));
            }
        }
    }

    private static boolean isRefusedTap(final KernelRun run)
    {
        return run.exit() == 3 && run.err().contains("makes a tap, which needs /dev/net/tun");
    }

    private static void judgeUserRun(final Goldens.Golden golden, final KernelRun run) throws Exception
    {
        if (isRefusedTap(run))
        {
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.out().isEmpty(), "nothing ran");
            System.out.println("Skipping " + golden.name() + " as a normal user: " + run.err().trim());
            Assumptions.assumeTrue(false, run.err().trim());
        }
        assertEquals(0, run.exit(), golden.name() + ": " + run.err());
        Differential.assertSimulatorMatches(golden, run.out(), durations);
    }

    /**
     * Starts one JVM of the unprivileged user that runs the scenarios, each from a copy it may read, in reverse
     * order (so that the two streams are rarely in the same scenario at once).
     *
     * @return what each run printed and returned, in the order of {@code goldens}, once that JVM ended.
     */
    private static CompletableFuture<List<KernelRun>> runAsUser(final Path directory,
        final List<Goldens.Golden> goldens) throws IOException
    {
        final Path scenarios = Files.createDirectories(directory.resolve("scenarios"));
        Files.setPosixFilePermissions(scenarios, PosixFilePermissions.fromString("rwxrwxrwx"));
        final List<Path> copies = new ArrayList<>();
        for (final Goldens.Golden golden : goldens)
        {
            final Path copy = scenarios.resolve(golden.name().replace('/', '-') + ".sh");
            Files.copy(golden.scenario(), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            copies.add(copy);
        }
        final List<String> reversed = new ArrayList<>(copies.stream().map(Path::toString).toList());
        Collections.reverse(reversed);
        final Process process = UnprivilegedJvm.start(directory, KernelTranscripts.class.getName(), reversed);
        return CompletableFuture.supplyAsync(() ->
        {
            try
            {
                final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(20, TimeUnit.MINUTES), "the unprivileged runs end");
                assertEquals(0, process.exitValue(), output);
                final List<KernelRun> runs = new ArrayList<>();
                for (final Path copy : copies)
                {
                    runs.add(new KernelRun(Files.readString(Path.of(copy + ".out")),
                        Files.readString(Path.of(copy + ".err")),
                        Integer.parseInt(Files.readString(Path.of(copy + ".exit")).trim())));
                }
                return runs;
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
