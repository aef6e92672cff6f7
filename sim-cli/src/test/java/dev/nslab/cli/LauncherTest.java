package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./nslab} launcher as a new user meets it: in a fresh copy of the repository (its tracked files, as
 * {@code git ls-files} lists them, so no {@code target/} exists), the first command of README's "Two commands"
 * builds in place, says so in one line on stderr, keeps Maven quiet unless the build fails, and installs nothing
 * into {@code ~/.m2}. Each test builds its copy from scratch (about 10 s on an idle machine); the launcher's
 * Maven runs offline, from the local repository the suite's own build filled.
 */
class LauncherTest
{
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path INSTALLED = Path.of(System.getProperty("user.home"), ".m2", "repository", "dev", "nslab");
    private static final String BUILDING = "nslab: building (first run, about 30 s)...\n";
    private static final long LAUNCH_TIMEOUT_SECONDS = 180;

    @TempDir
    Path directory;

    /**
     * README's first command in a fresh copy: exactly the building line on stderr, then on stdout the transcript
     * the simulator prints in-process for the same scenario, exit 0, the jar built in the copy, and
     * {@code ~/.m2/repository/dev/nslab} the same before and after (nothing installed).
     */
    @Test
    void shouldBuildAFreshCopySayingSoInOneLineThenPrintTheSeedTranscriptAndInstallNothing() throws Exception
    {
        final Path copy = freshCopy();
        final List<String> installedBefore = listing(INSTALLED);

        final InProcessNslab.Run run = launch(copy, "run", "examples/seed-tap-isolation.sh");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(BUILDING, run.err());
        final InProcessNslab.Run simulator =
            InProcessNslab.nslab("run", InProcessNslab.EXAMPLES.resolve("seed-tap-isolation.sh").toString());
        assertEquals(0, simulator.exitCode(), simulator.err());
        assertEquals(simulator.out(), run.out());
        assertTrue(Files.isRegularFile(copy.resolve("sim-cli/target/nslab.jar")), "built in place, in the copy");
        assertEquals(installedBefore, listing(INSTALLED), "the launcher must not install into ~/.m2");
    }

    /**
     * A copy that does not compile: the building line, the failure line, Maven's errors (once: the launcher does not
     * retry online when the offline build got as far as compiling), nothing on stdout, exit 2.
     */
    @Test
    void shouldShowMavensErrorsOnceAndExitTwoWhenTheBuildFails() throws Exception
    {
        final Path copy = freshCopy();
        Files.writeString(copy.resolve("sim-core/src/main/java/dev/nslab/core/Broken.java"),
            "package dev.nslab.core;\n\nfinal class Broken\n{\n    int missing = ;\n}\n");

        final InProcessNslab.Run run = launch(copy, "run", "examples/seed-tap-isolation.sh");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(BUILDING + "nslab: the build failed; Maven said:\n"), run.err());
        assertTrue(run.err().contains("Broken.java:[5,"), "Maven's error names the file and line:\n" + run.err());
        assertEquals(1, occurrences(run.err(), "COMPILATION ERROR"), "Maven's errors, once:\n" + run.err());
        assertFalse(Files.exists(copy.resolve("sim-cli/target/nslab.jar")));
    }

    /** README's way to run a Java example: from the jar the launcher built, as a single source file. */
    @Test
    void shouldRunTheReadmesJavaExampleFromTheJarTheLauncherBuilt() throws Exception
    {
        final String command = "java -cp sim-cli/target/nslab.jar examples/java/QuickStart.java";
        assertTrue(Files.readString(REPOSITORY.resolve("README.md")).contains("```\n" + command + "\n```\n"),
            "README shows: " + command);
        final Path copy = freshCopy();
        final InProcessNslab.Run build = launch(copy, "--version");
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(BUILDING, build.err());

        final InProcessNslab.Run run = execute(copy, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", "sim-cli/target/nslab.jar", "examples/java/QuickStart.java");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("\n3 packets transmitted, 3 received, "), run.out());
    }

    /** @return a copy of the repository's tracked files (their working-tree state) in the test's directory. */
    private Path freshCopy() throws Exception
    {
        final InProcessNslab.Run files = execute(REPOSITORY, "git", "ls-files", "-z");
        Assumptions.assumeTrue(files.exitCode() == 0, () -> "needs a git checkout to copy: " + files.err());
        Assumptions.assumeTrue(execute(REPOSITORY, "bash", "-c", "command -v mvn").exitCode() == 0,
            "needs Maven (mvn) on PATH, as the launcher does");
        final Path copy = directory.resolve("nslab");
        for (final String name : files.out().split("\0"))
        {
            final Path source = REPOSITORY.resolve(name);
            if (name.isEmpty() || !Files.exists(source, LinkOption.NOFOLLOW_LINKS))
            {
                continue; // deleted in the working tree, not yet in the index
            }
            final Path target = copy.resolve(name);
            Files.createDirectories(target.getParent());
            // Attributes too: the launcher must stay executable.
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        assertFalse(Files.exists(copy.resolve("sim-cli/target")), "a fresh copy has nothing built");
        return copy;
    }

    private static InProcessNslab.Run launch(final Path copy, final String... arguments) throws Exception
    {
        final List<String> command = new ArrayList<>();
        command.add(copy.resolve("nslab").toString());
        command.addAll(List.of(arguments));
        return execute(copy, command.toArray(String[]::new));
    }

    /** Runs a command in {@code directory}, its stdout and stderr kept apart, bounded in time. */
    private static InProcessNslab.Run execute(final Path directory, final String... command) throws Exception
    {
        final Path out = Files.createTempFile("nslab-launcher", ".out");
        final Path err = Files.createTempFile("nslab-launcher", ".err");
        try
        {
            final Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
            process.getOutputStream().close();
            if (!process.waitFor(LAUNCH_TIMEOUT_SECONDS, TimeUnit.SECONDS))
            {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not end within " + LAUNCH_TIMEOUT_SECONDS
                    + " s:\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new InProcessNslab.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        }
        finally
        {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** @return every path under {@code root} with its size and modification time; empty when it does not exist. */
    private static List<String> listing(final Path root) throws IOException
    {
        if (!Files.exists(root))
        {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root))
        {
            final List<String> entries = new ArrayList<>();
            for (final Path path : paths.sorted().toList())
            {
                entries.add(root.relativize(path) + " " + Files.size(path) + " " + Files.getLastModifiedTime(path));
            }
            return entries;
        }
    }

    private static int occurrences(final String text, final String part)
    {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length()))
        {
            count++;
        }
        return count;
    }
}
