package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.pcap.CaptureDirectory;
import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CapturedPacket;
import dev.nslab.pcap.PcapGlobalHeader;
import dev.nslab.pcap.PcapRecord;

/**
 * The staging contract without a sandbox: the driver's files are written by hand into the staging directory, as
 * the driver would, and what the outputs hold is checked after each delivery. Needs no root.
 */
class CaptureStagingTest
{
    private static final long BASE_NS = 1_767_225_600_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void shouldDeliverWhatIsStagedAtEachCallAndRemoveTheStagingAtTheEnd() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final Path pcapng = dir.resolve("run.pcapng");
        final CaptureStaging staging = CaptureStaging.create(new KernelCapture(caps, pcapng, CaptureFilter.all()));
        final Path stage = staging.directory();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stage)));

        append(stage.resolve("manifest"), "1\0\0l".getBytes(StandardCharsets.UTF_8));
        append(stage.resolve("1.pcap"), header(), record(1));
        staging.deliver();
        assertEquals(List.of(), CaptureFiles.pcapFilesIn(caps), "a manifest record half written is not read yet");

        append(stage.resolve("manifest"), "o\0002\0red\0veth-red\0".getBytes(StandardCharsets.UTF_8));
        append(stage.resolve("2.pcap"), header(), record(2));
        staging.deliver();
        assertEquals(List.of("lo", "red/veth-red"), names(CaptureFiles.read(caps)));
        assertEquals(List.of("lo", "red/veth-red"), names(CaptureFiles.read(pcapng)));

        append(stage.resolve("1.pcap"), record(3));
        Files.writeString(stage.resolve("warnings"), "cannot capture blue/x: no such device\n");
        final CaptureStaging.Result result = staging.finish();

        assertEquals(List.of(caps.resolve("lo.pcap"), caps.resolve("netns/red/veth-red.pcap"), pcapng),
            result.files());
        assertEquals(List.of("cannot capture blue/x: no such device"), result.warnings());
        assertEquals(List.of(BASE_NS + 1, BASE_NS + 3), times(CaptureFiles.read(caps.resolve("lo.pcap"))));
        assertEquals(List.of(BASE_NS + 1, BASE_NS + 2, BASE_NS + 3), times(CaptureFiles.read(pcapng)));
        assertFalse(Files.exists(stage), "staging removed");
        assertEquals(result, staging.finish(), "later calls return the first result");
    }

    @Test
    void shouldDeliverFromItsOwnThreadWhileNoCommandEnds() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final CaptureStaging staging = CaptureStaging.create(KernelCapture.toDirectory(caps));
        final Path stage = staging.directory();
        staging.startDelivering();
        append(stage.resolve("manifest"), "1\0blue\0veth-blue\0".getBytes(StandardCharsets.UTF_8));
        append(stage.resolve("1.pcap"), header(), record(1), record(2));

        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (CaptureFiles.pcapFilesIn(caps).isEmpty() || CaptureFiles.read(caps).size() < 2)
        {
            assertTrue(System.nanoTime() < deadline, "delivered within 5 s without a deliver() call");
            Thread.sleep(20);
        }
        staging.finish();
    }

    @Test
    void shouldTrustNothingInTheStagingDirectory() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final CaptureStaging staging = CaptureStaging.create(KernelCapture.toDirectory(caps));
        final Path stage = staging.directory();
        final Path elsewhere = append(dir.resolve("elsewhere.pcap"), header(), record(1));
        append(stage.resolve("manifest"), "1\0\0lo\0../../elsewhere\0\0eth0\0002\0a/b\0c\0"
            .getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(stage.resolve("1.pcap"), elsewhere);

        final CaptureStaging.Result result = staging.finish();

        assertEquals(List.of(), result.files(), "a link planted as a staged pcap is not read");
        assertEquals(List.of("the kernel capture manifest names a capture '../../elsewhere'; left out",
            "capture 2: not a network namespace name: \"a/b\"; left out",
            "capture of lo is staged in no regular file; left out"), result.warnings());
        assertTrue(Files.exists(elsewhere), "the link's target is untouched when the staging goes");
        assertFalse(Files.exists(stage));
    }

    @Test
    void shouldDeliverOnlyTheInterfacesTheFilterNames() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final CaptureStaging staging = CaptureStaging.create(
            KernelCapture.toDirectory(caps).withFilter(CaptureFilter.parse("red/veth-red")));
        final Path stage = staging.directory();
        append(stage.resolve("manifest"), "1\0\0lo\0002\0red\0veth-red\0".getBytes(StandardCharsets.UTF_8));
        append(stage.resolve("1.pcap"), header(), record(1));
        append(stage.resolve("2.pcap"), header(), record(2));

        assertEquals(List.of(caps.resolve("netns/red/veth-red.pcap")), staging.finish().files());
    }

    @Test
    void shouldKeepANamespaceNamedHostApartFromTheInitialNamespace() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final CaptureStaging staging = CaptureStaging.create(KernelCapture.toDirectory(caps));
        append(staging.directory().resolve("manifest"), "1\0\0lo\0002\0host\0lo\0".getBytes(StandardCharsets.UTF_8));
        append(staging.directory().resolve("1.pcap"), header(), record(1));
        append(staging.directory().resolve("2.pcap"), header(), record(2));

        assertEquals(List.of(caps.resolve("lo.pcap"), caps.resolve("netns/host/lo.pcap")),
            staging.finish().files().stream().sorted().toList());
        assertEquals(List.of("eth0", "red/veth-red"), DriverNames.filterNames(CaptureFilter.parse("eth0,red/veth-red"))
            .stream().sorted().toList());
    }

    @Test
    void shouldRefuseACaptureDirectoryOfForeignFilesBeforeMakingTheStaging() throws Exception
    {
        final Path caps = Files.createDirectory(dir.resolve("caps"));
        Files.writeString(caps.resolve("notes.txt"), "mine");

        final dev.nslab.pcap.CaptureException refused = org.junit.jupiter.api.Assertions.assertThrows(
            dev.nslab.pcap.CaptureException.class, () -> CaptureStaging.create(KernelCapture.toDirectory(caps)));

        assertTrue(refused.getMessage().endsWith("holds files nslab did not write (notes.txt); use a new or empty"
            + " directory"), refused.getMessage());
        assertFalse(Files.exists(caps.resolve(CaptureDirectory.MANIFEST)));
    }

    private static List<String> names(final List<CapturedPacket> packets)
    {
        return packets.stream().map(CapturedPacket::interfaceName).toList();
    }

    private static List<Long> times(final List<CapturedPacket> packets)
    {
        return packets.stream().map(CapturedPacket::timestampNanos).toList();
    }

    private static Path append(final Path file, final byte[]... parts) throws Exception
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (final byte[] part : parts)
        {
            bytes.write(part);
        }
        return Files.write(file, bytes.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static byte[] header()
    {
        final ByteBuffer header = ByteBuffer.allocate(PcapGlobalHeader.LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        PcapGlobalHeader.write(header, 0, 262_144);
        return header.array();
    }

    private static byte[] record(final long nanos)
    {
        final byte[] frame = new byte[60];
        frame[0] = (byte)nanos;
        final ByteBuffer record = ByteBuffer.allocate(PcapRecord.length(frame.length)).order(ByteOrder.LITTLE_ENDIAN);
        PcapRecord.write(record, 0, BASE_NS + nanos, frame, 0, frame.length, frame.length);
        return record.array();
    }
}
