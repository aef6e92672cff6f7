package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.kernel.UnprivilegedJvm;

/**
 * The differential tests as a normal user: every test scenario and example runs through {@code nslab run --backend
 * kernel} in a JVM of an unprivileged user (uid 65534, started from root), and the simulator must match it as it
 * matches root's runs. A scenario that makes a tap needs {@code /dev/net/tun}, which that user may not open here:
 * it must then be refused with exit 3 and one line naming the tap's line, and is reported as skipped.
 */
class UnprivilegedDifferentialTest
{
    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicTest> shouldPrintWhatTheKernelPrintsForANormalUser() throws Exception
    {
        final String unavailable = !UnprivilegedJvm.available() ? "needs root to start a JVM as an unprivileged user"
            : KernelAvailability.judgeUnavailable();
        if (unavailable != null)
        {
            System.out.println("Skipping the unprivileged differential tests: " + unavailable);
            return Stream.of(DynamicTest.dynamicTest("unprivileged", () -> Assumptions.assumeTrue(false, unavailable)));
        }
        final List<Goldens.Golden> goldens = Goldens.all();
        final List<Path> copies = runAsUser(goldens);
        return java.util.stream.IntStream.range(0, goldens.size()).mapToObj(i -> DynamicTest.dynamicTest(
            goldens.get(i).name(), () -> judge(goldens.get(i), copies.get(i))));
    }

    private static void judge(final Goldens.Golden golden, final Path copy) throws Exception
    {
        final int exit = Integer.parseInt(Files.readString(Path.of(copy + ".exit")).trim());
        final String err = Files.readString(Path.of(copy + ".err"));
        if (exit == 3 && err.contains("makes a tap, which needs /dev/net/tun"))
        {
            assertEquals(1, err.lines().count(), err);
            assertTrue(Files.readString(Path.of(copy + ".out")).isEmpty(), "nothing ran");
            System.out.println("Skipping " + golden.name() + " as a normal user: " + err.trim());
            Assumptions.assumeTrue(false, err.trim());
        }
        assertEquals(0, exit, golden.name() + ": " + err);
        Differential.assertSimulatorMatches(golden, Files.readString(Path.of(copy + ".out")));
    }

    /** @return each scenario's copy, readable by the user, after one JVM of that user ran them all. */
    private static List<Path> runAsUser(final List<Goldens.Golden> goldens) throws IOException, InterruptedException
    {
        final Path scenarios = Files.createDirectories(scratch.resolve("scenarios"));
        Files.setPosixFilePermissions(scenarios, PosixFilePermissions.fromString("rwxrwxrwx"));
        final List<Path> copies = new ArrayList<>();
        for (final Goldens.Golden golden : goldens)
        {
            final Path copy = scenarios.resolve(golden.name().replace('/', '-') + ".sh");
            Files.copy(golden.scenario(), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            copies.add(copy);
        }
        final Process process = UnprivilegedJvm.start(scratch, KernelTranscripts.class.getName(),
            copies.stream().map(Path::toString).toList());
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the unprivileged runs end");
        assertEquals(0, process.exitValue(), output);
        return copies;
    }
}
