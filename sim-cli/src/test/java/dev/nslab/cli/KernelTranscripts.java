package dev.nslab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@code nslab run --backend kernel} on each scenario given and writes what it printed and returned beside it
 * ({@code NAME.out}, {@code NAME.err}, {@code NAME.exit}), in one JVM: the differential tests start it as an
 * unprivileged user to prove what works without root. Args: the scenario files.
 */
public final class KernelTranscripts
{
    private KernelTranscripts()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        for (final String file : args)
        {
            final StringWriter out = new StringWriter();
            final StringWriter err = new StringWriter();
            final int exit = Nslab.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("run", "--backend", "kernel", file);
            Files.writeString(Path.of(file + ".out"), out.toString(), StandardCharsets.UTF_8);
            Files.writeString(Path.of(file + ".err"), err.toString(), StandardCharsets.UTF_8);
            Files.writeString(Path.of(file + ".exit"), Integer.toString(exit), StandardCharsets.UTF_8);
        }
    }
}
