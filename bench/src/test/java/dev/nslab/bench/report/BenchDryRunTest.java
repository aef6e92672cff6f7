package dev.nslab.bench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nslab bench --quick --dry-run} starts, says what it would run, and measures, builds and writes nothing. */
class BenchDryRunTest
{
    @TempDir
    Path temp;

    @Test
    void shouldPlanTheRunWithoutMeasuringOrWriting() throws Exception
    {
        final Path out = temp.resolve("results");
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try
        {
            BenchMain.main(new String[] {"--quick", "--dry-run", "--out", out.toString()});
        }
        finally
        {
            System.setOut(console);
        }
        final String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("nslab bench (quick, dry run): nothing is measured or written\n"), text);
        assertTrue(text.contains("3 interleaved rounds of: BareEchoBenchmark, EchoBenchmark capture=off"), text);
        assertTrue(text.contains("  ns-3: g++ "), text);
        assertTrue(text.contains("  kernel: "), text);
        assertFalse(Files.exists(out), "a dry run writes nothing");
    }
}
