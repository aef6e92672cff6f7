package dev.nslab.pcap;

import dev.nslab.core.capture.CapturePoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Child JVM of {@link FullDiskTest}, run inside {@code unshare -m} with a 64 KiB tmpfs on {@code DIR}: captures
 * numbered frames until the sink reports the full disk, closes, prints the failure message, and copies what was
 * written to {@code OUT} (outside the private tmpfs) for the parent to check.
 *
 * <p>Arguments: {@code pcap|pcapng DIR OUT}.
 */
public final class FillDiskMain
{
    private FillDiskMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final Path dir = Path.of(args[1]);
        final Path out = Path.of(args[2]);
        final boolean pcap = "pcap".equals(args[0]);
        final Path file = pcap ? dir.resolve("lo.pcap") : dir.resolve("run.pcapng");
        final var sink = pcap ? new PcapDirectorySink(dir) : new PcapngFileSink(file);
        final CapturePoint point = sink.open("", "lo", 0L);
        final byte[] frame = TestFrames.icmpEcho(false, 1L, 2L, 3, 4, 1);
        final long deadline = System.nanoTime() + 10_000_000_000L;
        for (int sequence = 0; failed(sink) && System.nanoTime() < deadline; sequence++)
        {
            CaptureSinkTest.putInt(frame, frame.length - 4, sequence);
            point.capture(sequence, true, frame, 0, frame.length);
        }
        sink.close();
        System.out.println(failure(sink));
        Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean failed(final AutoCloseable sink)
    {
        return "none".equals(failure(sink));
    }

    private static String failure(final AutoCloseable sink)
    {
        final var failure = sink instanceof PcapDirectorySink directory ? directory.failure()
            : ((PcapngFileSink)sink).failure();
        return failure.map(Throwable::getMessage).orElse("none");
    }
}
