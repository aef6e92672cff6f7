package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelPreflightTest
{
    @TempDir
    Path directory;

    @Test
    void shouldRefuseWithOneLineAndExitThreeWithoutRoot() throws Exception
    {
        assumeTrue(KernelPreflight.effectiveUid() == 0, "needs root to drop to an unprivileged user");
        final Path scenario = directory.resolve("s.sh");
        Files.writeString(scenario, "ip netns add never\n");
        directory.toFile().setWritable(true, false);
        scenario.toFile().setReadable(true, false);
        final String java = ProcessHandle.current().info().command().orElse("java");
        final Process process = new ProcessBuilder(List.of("setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups",
            java, "-cp", System.getProperty("java.class.path"), RecordGolden.class.getName(), scenario.toString()))
            .redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        assumeTrue(!output.contains("ClassNotFoundException") && !output.contains("Could not find or load"),
            "the classpath is not readable by an unprivileged user: " + output);
        assertEquals("nslab: kernel backend unavailable: the kernel backend needs root (it creates network namespaces);"
            + " run as root or use the simulator\n", output);
        assertEquals(3, process.exitValue());
        assertEquals(false, Files.exists(RecordGolden.goldenFile(scenario)));
    }

    @Test
    void shouldNameExitCodeThreeForUnavailable()
    {
        assertEquals(3, KernelBackendException.Reason.UNAVAILABLE.exitCode());
        assertEquals(3, new KernelBackendException(KernelBackendException.Reason.UNAVAILABLE, "x").exitCode());
    }
}
