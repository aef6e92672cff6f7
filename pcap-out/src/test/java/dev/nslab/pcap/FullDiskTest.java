package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A disk that fills up: one clear line ({@code cannot write capture F: No space left on device}) through
 * {@code failure()}, and the file keeps only whole records. Uses a real 64 KiB tmpfs mounted in a private mount
 * namespace ({@code unshare -m}), so it needs root; skipped with the reason otherwise.
 */
class FullDiskTest
{
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"pcap", "pcapng"})
    void shouldReportTheFullDiskAndKeepWholeRecords(final String format) throws Exception
    {
        final Path mountPoint = Files.createDirectory(dir.resolve("tiny"));
        final Path copy = dir.resolve("copy");
        final List<String> command = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private",
            "sh", "-c", "mount -t tmpfs -o size=64k nslab-full \"$0\" && exec \"$@\"", mountPoint.toString()));
        command.addAll(ChildJvm.command(FillDiskMain.class, format, mountPoint.toString(), copy.toString()));
        final Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        if (0 != child.exitValue())
        {
            final String reason = "skipped: no private tmpfs here (needs root and unshare -m): " + output;
            System.out.println(reason);
            Assumptions.abort(reason);
        }

        final String file = mountPoint.resolve("pcap".equals(format) ? "lo.pcap" : "run.pcapng").toString();
        assertEquals("cannot write capture " + file + ": No space left on device", lastLine(output));
        final CaptureFileReader.Contents contents = CaptureFileReader.read(copy);
        assertEquals(0, contents.trailingBytes(), "only whole records");
        assertTrue(contents.frames().size() > 300, "most of 64 KiB used: " + contents.frames().size() + " frames");
        for (int i = 0; i < contents.frames().size(); i++)
        {
            final byte[] data = contents.frames().get(i).data();
            assertEquals(i, CaptureSinkTest.getInt(data, data.length - 4));
        }
    }

    private static String lastLine(final String output)
    {
        final String[] lines = output.split("\n");
        return lines[lines.length - 1];
    }
}
