package dev.nslab.bench.ns3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building and running the ns-3 program without ns-3: stand-in compilers (shell scripts) that fail as g++ does
 * without ns-3, or "build" a script that prints a result line. The real build is {@code nslab bench}'s.
 */
class Ns3ProgramTest
{
    @TempDir
    Path temp;

    @Test
    void shouldSayInOneLineThatTheCompilerIsAbsent()
    {
        final Ns3Unavailable absent = assertThrows(Ns3Unavailable.class,
            () -> Ns3Program.build(temp.resolve("cache"), "nslab-no-such-compiler"));
        assertEquals("ns-3 not measured: nslab-no-such-compiler is not installed (apt-get install g++ ns3 "
            + "libns3-dev)", absent.getMessage());
        assertFalse(Ns3Program.onPath("nslab-no-such-compiler"));
    }

    @Test
    void shouldSayWhenNs3sHeadersAreMissing() throws IOException
    {
        final Path compiler = script("fake-gxx-no-ns3", "if [ \"$1\" = --version ]; then exit 0; fi\n"
            + "echo \"$5:17:10: fatal error: ns3/core-module.h: No such file or directory\" >&2\nexit 1\n");
        final Ns3Unavailable absent = assertThrows(Ns3Unavailable.class,
            () -> Ns3Program.build(temp.resolve("cache"), compiler.toString()));
        assertEquals("ns-3 not measured: its headers are not installed (apt-get install ns3 libns3-dev)",
            absent.getMessage());
        try (var left = Files.list(temp.resolve("cache")))
        {
            assertTrue(left.noneMatch(path -> path.toString().endsWith(".partial")), "no half-built binary is kept");
        }
    }

    @Test
    void shouldNameWhatIsMissingFromWhatGxxSaid()
    {
        assertEquals("ns-3 not measured: its libraries are not installed (apt-get install ns3 libns3-dev)",
            Ns3Program.reasonForBuildFailure("/usr/bin/ld: cannot find -lns3-core: No such file or directory\n"
                + "collect2: error: ld returned 1 exit status\n"));
        assertEquals("ns-3 not measured: g++ could not build nslab-ns3-echo.cc: x.cc:40:5: error: 'Icmpv4Echo' "
            + "was not declared in this scope",
            Ns3Program.reasonForBuildFailure("x.cc: In function 'int main()':\n"
                + "  x.cc:40:5: error: 'Icmpv4Echo' was not declared in this scope\n"));
    }

    @Test
    void shouldBuildOnceAndRunTheBuiltProgram() throws Exception
    {
        // "Compiles" into a script that answers as the real program does, naming the arguments it was given.
        final Path compiler = script("fake-gxx", "if [ \"$1\" = --version ]; then exit 0; fi\n"
            + "out=\"$4\"\nprintf '#!/bin/sh\\necho \"ns3-echo routers=$1 round_trips=$3 wall_ns=2000000 "
            + "sim_ns=14\"\\n' > \"$out\"\nchmod +x \"$out\"\n");
        final Path cache = temp.resolve("cache");
        final Ns3Result result = Ns3Program.build(cache, compiler.toString()).run(8, 100, 500);
        assertEquals(new Ns3Result(8, 500, 2_000_000, 14), result);
        assertEquals(250_000, result.roundTripsPerSecond(), 1e-9);
        // Built already: no compiler is needed the second time.
        assertEquals(result, Ns3Program.build(cache, "nslab-no-such-compiler").run(8, 100, 500));
    }

    @Test
    void shouldReportAProgramThatFails() throws Exception
    {
        final Path compiler = script("fake-gxx-bad-program", "if [ \"$1\" = --version ]; then exit 0; fi\n"
            + "printf '#!/bin/sh\\necho \"nslab-ns3-echo: 3 of 10 echo replies came back\" >&2\\nexit 1\\n' > \"$4\"\n"
            + "chmod +x \"$4\"\n");
        final Ns3Program program = Ns3Program.build(temp.resolve("cache"), compiler.toString());
        final Ns3Unavailable failed = assertThrows(Ns3Unavailable.class, () -> program.run(0, 1, 9));
        assertEquals("the ns-3 echo program failed (exit 1): nslab-ns3-echo: 3 of 10 echo replies came back",
            failed.getMessage());
    }

    private Path script(final String name, final String body) throws IOException
    {
        final Path script = temp.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
