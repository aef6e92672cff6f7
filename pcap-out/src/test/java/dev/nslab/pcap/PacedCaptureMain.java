package dev.nslab.pcap;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * Child JVM of {@link KillCaptureTest}: captures numbered frames on lo about every 50 us until killed, and
 * every 10 ms prints the number of the last frame captured.
 *
 * <p>Arguments: {@code pcap DIR} or {@code pcapng FILE}.
 */
public final class PacedCaptureMain
{
    private PacedCaptureMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final Path path = Path.of(args[1]);
        final CaptureSink sink = "pcap".equals(args[0]) ? new PcapDirectorySink(path) : new PcapngFileSink(path);
        final CapturePoint point = sink.open("", "lo", 0L);
        final byte[] frame = TestFrames.icmpEcho(false, 1L, 2L, 3, 4, 1);
        long lastReportNs = System.nanoTime();
        for (int sequence = 0; ; sequence++)
        {
            CaptureSinkTest.putInt(frame, frame.length - 4, sequence);
            point.capture(sequence * 1_000L, true, frame, 0, frame.length);
            final long nowNs = System.nanoTime();
            if (nowNs - lastReportNs >= 10_000_000L)
            {
                lastReportNs = nowNs;
                System.out.println(sequence);
                System.out.flush();
            }
            LockSupport.parkNanos(50_000L);
        }
    }
}
