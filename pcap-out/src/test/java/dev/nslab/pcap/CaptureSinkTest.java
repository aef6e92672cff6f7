package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nslab.core.capture.CapturePoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both sinks end to end, read back with the strict test reader. */
class CaptureSinkTest
{
    private static final long EPOCH_NS = CaptureOptions.DEFAULT_EPOCH.getEpochSecond() * 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void shouldWriteOnePcapPerInterfaceThatCarriedTraffic() throws Exception
    {
        try (PcapDirectorySink sink = new PcapDirectorySink(dir))
        {
            sink.open("c", "veth2", 0x0200_0000_000CL);
            PingScenario.play(sink);
        }

        assertEquals(Set.of(CaptureDirectory.MANIFEST, "netns/a/veth0.pcap", "netns/b/veth1.pcap"), fileNames(dir));
        for (final String device : List.of(PingScenario.A_VETH0, PingScenario.B_VETH1))
        {
            final Path file = pcapOf(dir, device);
            final CaptureFileReader.Contents contents = CaptureFileReader.read(file);
            assertEquals(0, contents.trailingBytes());
            assertEquals(expectedFrames(device, false), contents.frames(), device);
        }
    }

    @Test
    void shouldWriteOnePcapngWithNamedInterfacesAndDirectionsInCaptureOrder() throws Exception
    {
        final Path file = dir.resolve("run.pcapng");
        try (PcapngFileSink sink = new PcapngFileSink(file))
        {
            PingScenario.play(sink);
        }

        final CaptureFileReader.Contents contents = CaptureFileReader.read(file);
        assertEquals(0, contents.trailingBytes());
        assertEquals(List.of(PingScenario.A_VETH0, PingScenario.B_VETH1), contents.interfaces());
        assertEquals(expectedFrames(null, true), contents.frames());
    }

    @Test
    void shouldWriteAValidEmptyPcapngWhenNothingIsCaptured() throws Exception
    {
        final Path file = dir.resolve("empty.pcapng");
        new PcapngFileSink(file).close();

        assertEquals(44, Files.size(file));
        assertEquals(List.of(), CaptureFileReader.read(file).frames());
    }

    @Test
    void shouldCaptureOnlyTheDevicesTheFilterNames() throws Exception
    {
        final CaptureOptions options = CaptureOptions.defaults()
            .withFilter(CaptureFilter.parse(PingScenario.B_VETH1));
        final Path file = dir.resolve("filtered.pcapng");
        try (PcapDirectorySink pcaps = new PcapDirectorySink(dir, options);
            PcapngFileSink pcapng = new PcapngFileSink(file, options))
        {
            assertSame(NoCapturePoint.INSTANCE, pcaps.open("a", "veth0", 1L));
            PingScenario.play(pcaps);
            PingScenario.play(pcapng);
        }

        assertEquals(Set.of(CaptureDirectory.MANIFEST, "netns/b/veth1.pcap", "filtered.pcapng"), fileNames(dir));
        assertEquals(List.of(PingScenario.B_VETH1), CaptureFileReader.read(file).interfaces());
        assertEquals(expectedFrames(PingScenario.B_VETH1, true), CaptureFileReader.read(file).frames());
    }

    @Test
    void shouldTruncateFramesLongerThanTheSnapLength() throws Exception
    {
        final byte[] jumbo = new byte[300_000];
        for (int i = 0; i < jumbo.length; i++)
        {
            jumbo[i] = (byte)i;
        }
        final Path file = dir.resolve("jumbo.pcapng");
        try (PcapDirectorySink pcaps = new PcapDirectorySink(dir);
            PcapngFileSink pcapng = new PcapngFileSink(file))
        {
            pcaps.open("", "lo", 0L).capture(5L, true, jumbo, 0, jumbo.length);
            pcapng.open("", "lo", 0L).capture(5L, true, jumbo, 0, jumbo.length);
        }

        for (final Path written : List.of(dir.resolve("lo.pcap"), file))
        {
            final CapturedFrame frame = CaptureFileReader.read(written).frames().get(0);
            assertEquals(262_144, frame.data().length, written.toString());
            assertEquals(300_000, frame.originalLength());
            assertArrayEquals(java.util.Arrays.copyOf(jumbo, 262_144), frame.data());
        }
    }

    @Test
    void shouldTruncateToASmallerSnapLengthWhenAsked() throws Exception
    {
        final Path file = dir.resolve("short.pcapng");
        try (PcapngFileSink sink = new PcapngFileSink(file, CaptureOptions.defaults().withSnapLength(64)))
        {
            PingScenario.play(sink);
        }

        for (final CapturedFrame frame : CaptureFileReader.read(file).frames())
        {
            assertEquals(Math.min(64, frame.originalLength()), frame.data().length);
        }
    }

    @Test
    void shouldGiveByteIdenticalFilesForTheSameInput() throws Exception
    {
        for (final String run : List.of("one", "two"))
        {
            try (PcapDirectorySink pcaps = new PcapDirectorySink(dir.resolve(run));
                PcapngFileSink pcapng = new PcapngFileSink(dir.resolve(run).resolve("run.pcapng")))
            {
                PingScenario.play(pcaps);
                PingScenario.play(pcapng);
            }
        }

        for (final String name : List.of("netns/a/veth0.pcap", "netns/b/veth1.pcap", "run.pcapng"))
        {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)),
                Files.readAllBytes(dir.resolve("two").resolve(name)), name);
        }
    }

    @Test
    void shouldStampVirtualTimeFromTheEpochGiven() throws Exception
    {
        final Path file = dir.resolve("epoch.pcapng");
        final Instant epoch = Instant.parse("2001-02-03T04:05:06.5Z");
        try (PcapngFileSink sink = new PcapngFileSink(file, CaptureOptions.defaults().withEpoch(epoch)))
        {
            sink.open("", "lo", 0L).capture(7L, false, new byte[60], 0, 60);
        }

        assertEquals(epoch.getEpochSecond() * 1_000_000_000L + 500_000_007L,
            CaptureFileReader.read(file).frames().get(0).timestampNs());
    }

    @Test
    void shouldKeepEveryFrameInOrderWhenTheRingIsFull() throws Exception
    {
        final Path file = dir.resolve("many.pcapng");
        final int frames = 200_000;
        final CaptureOptions tinyRing = CaptureOptions.defaults().withSnapLength(128).withRingBytes(1024);
        try (PcapngFileSink sink = new PcapngFileSink(file, tinyRing))
        {
            final CapturePoint point = sink.open("", "lo", 0L);
            final byte[] frame = new byte[100];
            for (int i = 0; i < frames; i++)
            {
                putInt(frame, 0, i);
                point.capture(i, (i & 1) == 0, frame, 0, 60 + (i % 41));
            }
        }

        final List<CapturedFrame> read = CaptureFileReader.read(file).frames();
        assertEquals(frames, read.size());
        for (int i = 0; i < frames; i++)
        {
            assertEquals(i, getInt(read.get(i).data(), 0));
            assertEquals(60 + (i % 41), read.get(i).data().length);
            assertEquals(EPOCH_NS + i, read.get(i).timestampNs());
        }
    }

    @Test
    void shouldReportAFullDiskAsOneLineAndStopCapturing() throws Exception
    {
        final Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "no writable /dev/full");
        final PcapngFileSink sink = new PcapngFileSink(full);
        final CapturePoint point = sink.open("", "lo", 0L);
        final byte[] frame = new byte[1000];
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (sink.failure().isEmpty() && System.nanoTime() < deadline)
        {
            point.capture(1L, true, frame, 0, frame.length);
        }
        for (int i = 0; i < 100_000; i++)
        {
            point.capture(1L, true, frame, 0, frame.length);
        }
        sink.close();

        assertEquals("cannot write capture /dev/full: No space left on device",
            sink.failure().orElseThrow().getMessage());
    }

    @Test
    void shouldRefuseADirectoryThatCannotBeCreated() throws Exception
    {
        final Path aFile = Files.createFile(dir.resolve("not-a-dir"));

        final CaptureException refused = assertThrows(CaptureException.class,
            () -> new PcapDirectorySink(aFile.resolve("sub")));

        assertTrue(refused.getMessage().startsWith("cannot create capture directory " + aFile.resolve("sub") + ": "),
            refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
        assertEquals(0, refused.getStackTrace().length, "no stack trace to show");
    }

    @Test
    void shouldRefuseAPcapngFileThatCannotBeCreated()
    {
        final Path file = dir.resolve("missing").resolve("run.pcapng");

        final CaptureException refused = assertThrows(CaptureException.class, () -> new PcapngFileSink(file));

        assertEquals("cannot write capture " + file + ": No such file or directory", refused.getMessage());
    }

    @Test
    void shouldCloseOnceWhenClosedFromManyThreads() throws Exception
    {
        final Path file = dir.resolve("closed.pcapng");
        final PcapngFileSink sink = new PcapngFileSink(file);
        PingScenario.play(sink);
        final List<Thread> closers = new ArrayList<>();
        for (int i = 0; i < 4; i++)
        {
            final Thread closer = new Thread(sink::close);
            closers.add(closer);
            closer.start();
        }
        sink.close();
        for (final Thread closer : closers)
        {
            closer.join();
        }
        sink.close();
        sink.open("late", "eth0", 0L).capture(1L, true, new byte[60], 0, 60);

        assertEquals(expectedFrames(null, true), CaptureFileReader.read(file).frames());
        assertTrue(sink.failure().isEmpty());
    }

    @Test
    void shouldNotAllocateOnTheSimulationThreadPerFrame() throws Exception
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
        try (PcapngFileSink sink = new PcapngFileSink(dir.resolve("alloc.pcapng")))
        {
            final CapturePoint point = sink.open("", "lo", 0L);
            final byte[] frame = TestFrames.icmpEcho(false, 1L, 2L, 3, 4, 1);
            for (int i = 0; i < 200_000; i++)
            {
                point.capture(i, true, frame, 0, frame.length);
            }
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 1_000_000; i++)
            {
                point.capture(i, true, frame, 0, frame.length);
            }
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

            assertTrue(allocated < 1_000, "allocated " + allocated + " bytes for 1M frames");
        }
    }

    @Test
    void shouldKeepApartInterfacesWhoseNamesOnceCollided() throws Exception
    {
        final Path file = dir.resolve("run.pcapng");
        final List<String[]> interfaces = List.of(new String[] {"a-b", "c"}, new String[] {"a", "b-c"},
            new String[] {"", "lo"}, new String[] {"host", "lo"});
        try (PcapDirectorySink pcaps = new PcapDirectorySink(dir.resolve("pcaps"));
            PcapngFileSink pcapng = new PcapngFileSink(file))
        {
            for (int i = 0; i < interfaces.size(); i++)
            {
                final byte[] frame = TestFrames.icmpEcho(false, 1L, 2L, 3, 4, i + 1);
                for (final dev.nslab.core.capture.CaptureSink sink : List.of(pcaps, pcapng))
                {
                    sink.open(interfaces.get(i)[0], interfaces.get(i)[1], i + 1).capture(i, true, frame, 0,
                        frame.length);
                }
            }
        }

        assertEquals(Set.of(CaptureDirectory.MANIFEST, "netns/a-b/c.pcap", "netns/a/b-c.pcap", "lo.pcap",
            "netns/host/lo.pcap"), fileNames(dir.resolve("pcaps")));
        assertEquals(List.of("a-b/c", "a/b-c", "lo", "host/lo"), CaptureFileReader.read(file).interfaces());
        for (int i = 0; i < interfaces.size(); i++)
        {
            final String name = CaptureInterface.interfaceName(interfaces.get(i)[0], interfaces.get(i)[1]);
            final List<CapturedFrame> frames = CaptureFileReader.read(pcapOf(dir.resolve("pcaps"), name)).frames();
            assertEquals(1, frames.size(), name + " holds its own frame only");
            assertArrayEquals(TestFrames.icmpEcho(false, 1L, 2L, 3, 4, i + 1), frames.get(0).data(), name);
        }
    }

    /** @return where {@code DEV} or {@code NS/DEV} has its pcap under {@code directory}. */
    static Path pcapOf(final Path directory, final String interfaceName)
    {
        Path file = directory;
        for (final String component : CaptureInterface.named(interfaceName).pcapPath())
        {
            file = file.resolve(component);
        }
        return file;
    }

    /** The scenario's frames as the files should hold them: one device's (pcap) or all (pcapng, with names). */
    static List<CapturedFrame> expectedFrames(final String onlyDevice, final boolean pcapng)
    {
        return PingScenario.frames().stream()
            .filter(f -> null == onlyDevice || onlyDevice.equals(f.device()))
            .map(f -> new CapturedFrame(pcapng ? f.device() : null, EPOCH_NS + f.timeNs(),
                pcapng ? (f.outbound() ? 2 : 1) : 0, f.frame(), f.frame().length))
            .collect(Collectors.toList());
    }

    /** @return every regular file under {@code directory}, as a path relative to it with '/' between components. */
    static Set<String> fileNames(final Path directory) throws IOException
    {
        try (Stream<Path> files = Files.walk(directory))
        {
            return files.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString())
                .collect(Collectors.toSet());
        }
    }

    static void putInt(final byte[] bytes, final int offset, final int value)
    {
        bytes[offset] = (byte)(value >>> 24);
        bytes[offset + 1] = (byte)(value >>> 16);
        bytes[offset + 2] = (byte)(value >>> 8);
        bytes[offset + 3] = (byte)value;
    }

    static int getInt(final byte[] bytes, final int offset)
    {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16
            | (bytes[offset + 2] & 0xFF) << 8 | bytes[offset + 3] & 0xFF;
    }
}
