package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A writer killed with {@code kill -9} leaves a file that reads up to its last whole record, holding every frame
 * captured more than 100 ms before the kill (the writer writes out at least every 100 ms).
 */
class KillCaptureTest
{
    private static final long FLUSH_PROMISE_NS = 100_000_000L;

    @TempDir
    Path dir;

    /** Sequence number reported by the child, and when the report arrived. */
    private record Report(int sequence, long receivedNs)
    {
    }

    @ParameterizedTest
    @ValueSource(strings = {"pcap", "pcapng"})
    void shouldReadUpToTheLastWholeRecordAfterKillNine(final String format) throws Exception
    {
        final Path target = "pcap".equals(format) ? dir : dir.resolve("run.pcapng");
        final Process child = new ProcessBuilder(ChildJvm.command(PacedCaptureMain.class, format, target.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        final ConcurrentLinkedQueue<Report> reports = new ConcurrentLinkedQueue<>();
        final Thread reader = new Thread(() -> readReports(child, reports));
        reader.start();

        Thread.sleep(1_500);
        final long killedNs = System.nanoTime();
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        reader.join();

        final int mustHave = reports.stream()
            .filter(r -> killedNs - r.receivedNs() > FLUSH_PROMISE_NS)
            .mapToInt(Report::sequence)
            .max()
            .orElseThrow(() -> new AssertionError("the child reported nothing in 1.5 s"));
        final Path file = "pcap".equals(format) ? dir.resolve("lo.pcap") : target;
        final List<CapturedFrame> frames = CaptureFileReader.read(file).frames();
        for (int i = 0; i < frames.size(); i++)
        {
            final byte[] data = frames.get(i).data();
            assertEquals(i, CaptureSinkTest.getInt(data, data.length - 4), "frames in order, none missing");
        }
        System.out.printf("kill -9 %s: %d whole frames, %d trailing bytes, frame %d reported 100 ms+ before%n",
            format, frames.size(), CaptureFileReader.read(file).trailingBytes(), mustHave);
        assertTrue(frames.size() > mustHave,
            "frame " + mustHave + " was captured 100 ms+ before the kill but the file holds " + frames.size());
    }

    private static void readReports(final Process child, final ConcurrentLinkedQueue<Report> reports)
    {
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)))
        {
            String line;
            while (null != (line = lines.readLine()))
            {
                reports.add(new Report(Integer.parseInt(line.trim()), System.nanoTime()));
            }
        }
        catch (final java.io.IOException ended)
        {
            // The child was killed.
        }
    }
}
