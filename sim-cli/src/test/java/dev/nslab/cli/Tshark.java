package dev.nslab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** tshark, when installed: reads a capture and prints fields, one line per frame. */
final class Tshark
{
    private static final Path BINARY = findBinary();

    private Tshark()
    {
    }

    static boolean isInstalled()
    {
        return null != BINARY;
    }

    /** @return why the tshark checks are skipped, printed by the tests. */
    static String missingReason()
    {
        return "tshark is not installed (apt-get install tshark): tshark checks skipped";
    }

    /** @return tshark's stdout lines for {@code -r FILE} plus the arguments. */
    static List<String> read(final Path file, final String... arguments) throws IOException, InterruptedException
    {
        final List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-n", "-r", file.toString()));
        command.addAll(List.of(arguments));
        final Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS))
        {
            process.destroyForcibly();
            throw new IOException("tshark did not finish reading " + file);
        }
        if (process.exitValue() != 0)
        {
            throw new IOException("tshark exited " + process.exitValue() + " reading " + file);
        }
        return out.lines().toList();
    }

    /** @return frame numbers tshark finds malformed or with an expert warning or error; empty when clean. */
    static List<String> problems(final Path file) throws IOException, InterruptedException
    {
        return read(file, "-o", "ip.check_checksum:TRUE", "-Y", "_ws.malformed || _ws.expert.severity >= warning",
            "-T", "fields", "-e", "frame.number");
    }

    private static Path findBinary()
    {
        for (final String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
        {
            final Path candidate = Path.of(directory, "tshark");
            if (Files.isExecutable(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
