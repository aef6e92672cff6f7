package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.core.wire.EthernetView;

/**
 * The Java examples of {@code examples/java}, as a user would meet them: compiled from source against nothing but
 * sim-stack's and sim-core's classes (no warnings), run in their own JVM, their output checked to the character,
 * and shown in README.md exactly as the files hold them, with what they print.
 */
class JavaExamplesTest
{
    private static final Path EXAMPLES = Path.of("..", "examples", "java").toAbsolutePath().normalize();
    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
    private static final long RUN_TIMEOUT_SECONDS = 60;

    @TempDir
    static Path classes;

    @BeforeAll
    static void compileTheExamples() throws IOException, URISyntaxException
    {
        final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        final String apiClasspath = location(Simulation.class) + File.pathSeparator + location(EthernetView.class);
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8))
        {
            final List<String> options = List.of("-d", classes.toString(), "-classpath", apiClasspath, "-Xlint:all",
                "-Werror");
            final boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                files.getJavaFileObjectsFromPaths(examples())).call();
            final String messages = diagnostics.getDiagnostics().stream().map(Diagnostic::toString)
                .collect(Collectors.joining("\n"));
            assertTrue(compiled && messages.isEmpty(), "the examples must compile cleanly:\n" + messages);
        }
    }

    @Test
    void shouldPrintThePingTheNeighbourAndTheCountersFromQuickStart() throws Exception
    {
        assertEquals("""
            64 bytes from 10.0.1.2: icmp_seq=1 ttl=64 time=0.080 ms
            64 bytes from 10.0.1.2: icmp_seq=2 ttl=64 time=0.040 ms
            64 bytes from 10.0.1.2: icmp_seq=3 ttl=64 time=0.040 ms
            3 packets transmitted, 3 received, time 2056ms
            10.0.1.2 dev va REACHABLE
            va RX: 9 packets 762 bytes, TX: 9 packets 762 bytes
            """, runAsShownInReadme("QuickStart"));
    }

    /** The tap's userspace side at work: every reply the namespace gets was written by the example's own thread. */
    @Test
    void shouldAnswerTheNamespacesArpAndPingFromAJavaHostBehindTheTap() throws Exception
    {
        assertEquals("""
            host: ARP who-has 10.0.0.2 tell 10.0.0.1, answered 02:00:00:00:00:02
            host: echo request icmp_seq=1 from 10.0.0.1, answered
            64 bytes from 10.0.0.2: icmp_seq=1 ttl=64
            host: echo request icmp_seq=2 from 10.0.0.1, answered
            64 bytes from 10.0.0.2: icmp_seq=2 ttl=64
            host: echo request icmp_seq=3 from 10.0.0.1, answered
            64 bytes from 10.0.0.2: icmp_seq=3 ttl=64
            3 packets transmitted, 3 received
            10.0.0.2 dev tap0 lladdr 02:00:00:00:00:02 REACHABLE
            """, runAsShownInReadme("TapResponder"));
    }

    @Test
    void shouldShowEveryExampleInReadmeVerbatim() throws IOException
    {
        final String readme = Files.readString(README);
        final List<Path> examples = examples();
        assertEquals(2, examples.size(), "QuickStart and TapResponder: " + examples);
        for (final Path example : examples)
        {
            final String code = Files.readString(example);
            assertTrue(readme.contains("```java\n" + code + "```\n"),
                "README.md must show " + EXAMPLES.getParent().getParent().relativize(example) + " as it is");
        }
    }

    /**
     * Runs an example's main class in a JVM of its own and returns its stdout; it must exit 0, silent on stderr, and
     * README.md must show that output as a block of its own.
     */
    private static String runAsShownInReadme(final String mainClass) throws Exception
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classes + File.pathSeparator + runtimeClasspath());
        command.add(mainClass);
        final Path out = classes.resolve(mainClass + ".out");
        final Path err = classes.resolve(mainClass + ".err");
        final Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
            .start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS))
        {
            process.destroyForcibly().waitFor();
            throw new AssertionError(mainClass + " did not end within " + RUN_TIMEOUT_SECONDS + " s");
        }
        final String stderr = Files.readString(err);
        assertEquals(0, process.exitValue(), mainClass + " failed:\n" + stderr);
        assertEquals("", stderr, mainClass + " wrote to stderr");
        final String stdout = Files.readString(out);
        assertTrue(Files.readString(README).contains("```\n" + stdout + "```\n"),
            "README.md must show what " + mainClass + " prints:\n" + stdout);
        return stdout;
    }

    /** The stack's runtime classpath (its dependencies included), without this module's test classes. */
    private static String runtimeClasspath() throws URISyntaxException
    {
        final String testClasses = location(JavaExamplesTest.class);
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().toString().equals(testClasses))
            .collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(final Class<?> type) throws URISyntaxException
    {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize()
            .toString();
    }

    private static List<Path> examples() throws IOException
    {
        try (Stream<Path> files = Files.list(EXAMPLES))
        {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
