package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.nslab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.nslab.kernel.MachineSnapshot;
import dev.nslab.kernel.UnprivilegedJvm;

/**
 * Every escape attempt of {@code escapes.txt}, as a scenario for the kernel backend (after a harmless first line):
 * refused with its one line and exit 2 before anything runs, and the machine (network, mounts, non-network
 * sysctls, modules, the places of its file system anyone may write) exactly as before. As root, in this JVM; as a
 * normal user, all in one JVM of uid 65534. That nothing of the sandbox could harm the machine even if a line got
 * through is sim-kernel's {@code SandboxConfinementTest}.
 */
class EscapeAttemptsTest
{
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.nslab.cli.EscapeAttempts#all")
    void shouldRefuseOnTheKernelBackendAndLeaveTheMachineUnchanged(final String line, final String reason)
        throws Exception
    {
        assumeKernel();
        final Path file = directory.resolve("escape.sh");
        Files.writeString(file, "ip netns add first\n" + line + "\n");
        final MachineSnapshot before = MachineSnapshot.take();
        final InProcessNslab.Run run = nslab("run", "--backend", "kernel", file.toString());
        assertEquals(2, run.exitCode(), line + "\n" + run.err());
        assertEquals(file + ":2: " + reason + "\n", run.err(), line);
        assertEquals("", run.out(), "nothing runs: " + line);
        assertEquals("", before.differenceFrom(MachineSnapshot.take()), line);
    }

    @Test
    void shouldRefuseEveryAttemptForANormalUserAndLeaveTheMachineUnchanged() throws Exception
    {
        assumeKernel();
        Assumptions.assumeTrue(UnprivilegedJvm.available(), "needs root to start a JVM as an unprivileged user");
        final Path scenarios = Files.createDirectories(directory.resolve("escapes"));
        Files.setPosixFilePermissions(scenarios, PosixFilePermissions.fromString("rwxrwxrwx"));
        final List<EscapeAttempts.Attempt> attempts = EscapeAttempts.list();
        final List<String> files = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++)
        {
            final Path file = scenarios.resolve("escape-" + i + ".sh");
            Files.writeString(file, "ip netns add first\n" + attempts.get(i).line() + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            files.add(file.toString());
        }
        final MachineSnapshot before = MachineSnapshot.take();
        final Process process = UnprivilegedJvm.start(directory, KernelTranscripts.class.getName(), files);
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        for (int i = 0; i < attempts.size(); i++)
        {
            final String file = files.get(i);
            final String line = attempts.get(i).line();
            assertEquals("2", Files.readString(Path.of(file + ".exit")).trim(), line);
            assertEquals(file + ":2: " + attempts.get(i).reason() + "\n", Files.readString(Path.of(file + ".err")), line);
            assertEquals("", Files.readString(Path.of(file + ".out")), line);
        }
        assertEquals("", before.differenceFrom(MachineSnapshot.take()));
    }

    private static void assumeKernel()
    {
        final String unavailable = KernelAvailability.judgeUnavailable();
        if (unavailable != null)
        {
            System.out.println("Skipping an escape test on the kernel backend: " + unavailable);
        }
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    }
}
