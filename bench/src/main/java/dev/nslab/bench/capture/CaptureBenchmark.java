package dev.nslab.bench.capture;

import dev.nslab.bench.BenchJvm;
import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;
import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.PcapDirectorySink;
import dev.nslab.pcap.PcapngFileSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sustained capture throughput of one device to a file: the calling (simulation) thread copies each frame into
 * the ring and the writer thread writes the file. When the writer falls behind, the caller waits for room, so the
 * figure is what the whole pipeline sustains, not just the copy. Each iteration writes a fresh file (deleted
 * after) so dirty page cache never piles up into disk writeback.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar Capture -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CaptureBenchmark
{
    @Param({"pcap", "pcapng"})
    public String format;

    /** An ICMP echo with a 56-byte payload is 98 bytes. */
    @Param({"100"})
    public int frameLength;

    /** Where the files go: a directory on a real file system by default. */
    @Param({"java.io.tmpdir"})
    public String directory;

    private final byte[] frame = new byte[1514];
    private Path runDirectory;
    private CaptureSink sink;
    private CapturePoint point;
    private long timeNs;

    /**
     * Opens a new sink and its point before each iteration.
     */
    @Setup(Level.Iteration)
    public void openSink() throws IOException, CaptureException
    {
        final Path parent = Path.of("java.io.tmpdir".equals(directory) ? System.getProperty("java.io.tmpdir") : directory);
        runDirectory = Files.createTempDirectory(parent, "nslab-capture-bench");
        sink = "pcap".equals(format)
            ? new PcapDirectorySink(runDirectory)
            : new PcapngFileSink(runDirectory.resolve("run.pcapng"));
        point = sink.open("host", "veth0", 0x0200_0000_0001L);
        for (int i = 0; i < frame.length; i++)
        {
            frame[i] = (byte)i;
        }
    }

    /**
     * Closes the sink (writing everything) and deletes the files.
     */
    @TearDown(Level.Iteration)
    public void closeSink() throws IOException
    {
        sink.close();
        try (Stream<Path> files = Files.walk(runDirectory))
        {
            files.sorted(Comparator.reverseOrder()).forEach(CaptureBenchmark::delete);
        }
    }

    /**
     * One frame captured.
     */
    @Benchmark
    public void capture()
    {
        final long time = timeNs++;
        point.capture(time, (time & 1) == 0, frame, 0, frameLength);
    }

    private static void delete(final Path path)
    {
        try
        {
            Files.delete(path);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
