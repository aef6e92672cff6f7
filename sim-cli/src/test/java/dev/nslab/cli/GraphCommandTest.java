package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nslab graph}: formats, backends, and the one-line errors with their exit codes. */
class GraphCommandTest
{
    private static final String ROUTER = InProcessNslab.EXAMPLES.resolve("router.sh").toString();

    @TempDir
    Path directory;

    @Test
    void shouldDrawSvgOnStdoutWithRoutesAndForwarding()
    {
        final InProcessNslab.Run run = InProcessNslab.nslab("graph", ROUTER);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), run.out());
        assertTrue(run.out().contains(">default via 10.0.2.1 dev a-r<"), run.out());
        assertTrue(run.out().contains(">ip_forward: on<"), "r forwards at the end of router.sh");
        assertEquals("", run.err());
    }

    @Test
    void shouldWriteDotWithStatesAtTheWiresEnds() throws IOException
    {
        final Path scenario = directory.resolve("down.sh");
        Files.writeString(scenario, "ip netns add a\nip link add va type veth peer name vb netns a\n"
            + "ip link set va up\n");
        final Path dot = directory.resolve("t.dot");
        final InProcessNslab.Run run = InProcessNslab.nslab("graph", scenario.toString(), "-o", dot.toString());
        assertEquals(0, run.exitCode(), run.err());
        final String text = Files.readString(dot);
        assertTrue(text.contains("\"a/vb\" -- \"host/va\" [label=\"veth\", taillabel=\"DOWN\", headlabel=\"NO-CARRIER\"]"),
            text);
        assertTrue(text.contains("label=\"host\\lip_forward: off\\lno routes\\l\""), text);
    }

    @Test
    void shouldRefuseABadBackendOrFormat()
    {
        final InProcessNslab.Run backend = InProcessNslab.nslab("graph", "--backend", "qemu", ROUTER);
        assertEquals(2, backend.exitCode());
        assertTrue(backend.err().startsWith("nslab: --backend must be sim or kernel, not 'qemu'"), backend.err());
        final InProcessNslab.Run format = InProcessNslab.nslab("graph", ROUTER, "-o", "x.png");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().startsWith("nslab: -o must name a .svg or .dot file"), format.err());
    }

    @Test
    void shouldRefuseAScenarioLineBeforeTheKernelRunsAnything() throws IOException
    {
        // The inspection's own words are not scenario lines: a scenario cannot smuggle them in.
        final Path scenario = directory.resolve("sly.sh");
        Files.writeString(scenario, "ip netns add a\nip -all netns exec ip -o -d link show\n");
        final InProcessNslab.Run run = InProcessNslab.nslab("graph", "--backend", "kernel", scenario.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(scenario + ":2: "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void shouldExitThreeWithOneLineWhereTheKernelBackendCannotRun() throws Exception
    {
        // A JVM told it is not on Linux: the backend's preflight refuses, as on a machine without namespaces.
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        final Process nslab = new ProcessBuilder(java.toString(), "-Dos.name=NotLinux", "-cp",
            System.getProperty("java.class.path"), Nslab.class.getName(), "graph", "--backend", "kernel", ROUTER)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        final String out = new String(nslab.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        final String err = new String(nslab.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(nslab.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, nslab.exitValue(), err);
        assertEquals("nslab: kernel backend unavailable: the kernel backend needs Linux\n", err);
        assertEquals("", out);
    }
}
