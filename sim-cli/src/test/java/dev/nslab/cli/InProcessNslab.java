package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the {@code nslab} command line in-process and keeps what it printed. */
final class InProcessNslab
{
    /** The repository's examples directory (tests run in sim-cli). */
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err)
    {
        void assertNoStackTrace()
        {
            final String all = out + err;
            assertFalse(all.contains("Exception") || all.contains("\tat "), "a stack trace leaked:\n" + all);
        }
    }

    private InProcessNslab()
    {
    }

    static Run nslab(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode = Nslab.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static List<Path> examples() throws Exception
    {
        try (Stream<Path> files = Files.list(EXAMPLES))
        {
            return files.filter(p -> p.toString().endsWith(".sh")).sorted().toList();
        }
    }

    static String baseName(final Path scenario)
    {
        final String name = scenario.getFileName().toString();
        return name.substring(0, name.length() - ".sh".length());
    }
}
