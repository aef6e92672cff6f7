package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel backend's live delivery, with tcpdump's staged files written by hand: whole records reach the outputs
 * at each call and a record still being written never does; an interface's captures are joined; the pcapng is in
 * time order after {@code finish()}.
 */
class CaptureDeliveryTest
{
    private static final long BASE_NS = 1_767_225_600_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void shouldDeliverWholeRecordsAtEachCallAndNeverOneStillBeingWritten() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final Path pcapng = dir.resolve("run.pcapng");
        final Path staged = dir.resolve("1.pcap");
        final CaptureDelivery delivery = CaptureDelivery.open(CaptureDirectory.prepare(caps), pcapng);
        delivery.follow(new CaptureInterface("red", "veth-red", 0L), staged);

        delivery.deliver();
        assertEquals(List.of(), CaptureFiles.pcapFilesIn(caps), "nothing staged yet, so no file");
        assertEquals(List.of(), CaptureFiles.read(pcapng), "a valid pcapng from the start");

        append(staged, header(262_144), record(1, 60), record(2, 98));
        delivery.deliver();
        final Path pcap = caps.resolve("netns").resolve("red").resolve("veth-red.pcap");
        assertArrayEquals(Files.readAllBytes(staged), Files.readAllBytes(pcap), "tcpdump's own bytes");
        assertEquals(List.of(BASE_NS + 1, BASE_NS + 2), times(CaptureFiles.read(pcapng)));

        final byte[] third = record(3, 70);
        append(staged, Arrays.copyOf(third, 30));
        delivery.deliver();
        assertEquals(2, CaptureFiles.read(caps).size(), "half a record is not delivered");
        assertEquals(2, CaptureFiles.read(pcapng).size());

        append(staged, Arrays.copyOfRange(third, 30, third.length));
        delivery.deliver();
        assertEquals(3, CaptureFiles.read(caps).size());
        assertEquals("red/veth-red", CaptureFiles.read(caps).get(2).interfaceName());
        assertEquals(3, CaptureFiles.read(pcapng).size());

        final CaptureDelivery.Result result = delivery.finish();
        assertEquals(List.of(pcap, pcapng), result.files());
        assertEquals(List.of(), result.warnings());
        assertArrayEquals(Files.readAllBytes(staged), Files.readAllBytes(pcap));
    }

    @Test
    void shouldJoinAnInterfacesCapturesAndWriteThePcapngInTimeOrderAtTheEnd() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final Path pcapng = dir.resolve("run.pcapng");
        final CaptureDelivery delivery = CaptureDelivery.open(CaptureDirectory.prepare(caps), pcapng);
        final Path first = append(dir.resolve("1.pcap"), header(262_144), record(10, 60), record(30, 60));
        final Path other = append(dir.resolve("2.pcap"), header(262_144), record(20, 60), record(50, 60));
        delivery.follow(new CaptureInterface("", "lo", 0L), first);
        delivery.follow(new CaptureInterface("blue", "veth-blue", 0L), other);
        delivery.deliver();
        // The device comes back after a move: a new capture of the same interface, earlier than blue's last record.
        final Path again = append(dir.resolve("3.pcap"), header(262_144), record(40, 60));
        delivery.follow(new CaptureInterface("", "lo", 0L), again);
        delivery.deliver();
        assertEquals(List.of(BASE_NS + 10, BASE_NS + 20, BASE_NS + 30, BASE_NS + 50, BASE_NS + 40),
            times(CaptureFiles.read(pcapng)), "live: in time order within each delivery");

        final CaptureDelivery.Result result = delivery.finish();

        assertEquals(List.of(caps.resolve("netns/blue/veth-blue.pcap"), caps.resolve("lo.pcap"), pcapng),
            result.files(), "pcaps in interface-name order, then the pcapng");
        assertEquals(List.of(BASE_NS + 10, BASE_NS + 30, BASE_NS + 40),
            times(CaptureFiles.read(caps.resolve("lo.pcap"))), "both captures of lo, one file");
        final List<CapturedPacket> all = CaptureFiles.read(pcapng);
        assertEquals(List.of(BASE_NS + 10, BASE_NS + 20, BASE_NS + 30, BASE_NS + 40, BASE_NS + 50), times(all));
        assertEquals(List.of("lo", "blue/veth-blue", "lo", "lo", "blue/veth-blue"),
            all.stream().map(CapturedPacket::interfaceName).toList());
    }

    @Test
    void shouldWarnOfACaptureCutShortOrOfAnotherForm() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final CaptureDelivery delivery = CaptureDelivery.open(CaptureDirectory.prepare(caps), null);
        delivery.follow(new CaptureInterface("a", "x", 0L),
            append(dir.resolve("1.pcap"), header(262_144), record(1, 60), Arrays.copyOf(record(2, 60), 20)));
        delivery.follow(new CaptureInterface("a", "x", 0L), append(dir.resolve("2.pcap"), header(96), record(3, 60)));

        final CaptureDelivery.Result result = delivery.finish();

        final Path pcap = caps.resolve("netns/a/x.pcap");
        assertEquals(List.of(pcap), result.files());
        assertEquals(List.of("capture of a/x changed link type or snap length; only its first form is in " + pcap,
            "capture of a/x was cut short; its whole records are kept"), sorted(result));
        assertEquals(List.of(BASE_NS + 1), times(CaptureFiles.read(pcap)));
    }

    @Test
    void shouldDeliverARecordLargerThanOnePassWhole() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final CaptureDelivery delivery = CaptureDelivery.open(CaptureDirectory.prepare(caps), null);
        final byte[] big = record(1, 3 << 20);
        final Path staged = append(dir.resolve("1.pcap"), header(4 << 20), record(0, 60), big, record(2, 60));
        delivery.follow(new CaptureInterface("", "eth0", 0L), staged);

        delivery.deliver();

        assertArrayEquals(Files.readAllBytes(staged), Files.readAllBytes(caps.resolve("eth0.pcap")));
        delivery.finish();
    }

    @Test
    void shouldTakeARecordLongerThanTheSnapLengthForDamageAndStopThere() throws Exception
    {
        final Path caps = dir.resolve("caps");
        final CaptureDelivery delivery = CaptureDelivery.open(CaptureDirectory.prepare(caps), null);
        delivery.follow(new CaptureInterface("", "eth0", 0L),
            append(dir.resolve("1.pcap"), header(64), record(1, 60), record(2, 100), record(3, 60)));

        final CaptureDelivery.Result result = delivery.finish();

        assertEquals(List.of(BASE_NS + 1), times(CaptureFiles.read(caps.resolve("eth0.pcap"))));
        assertEquals(List.of("capture of eth0 was cut short; its whole records are kept"), result.warnings());
    }

    @Test
    void shouldRefuseAPcapngThatIsALinkAndCloseTheDirectory() throws Exception
    {
        final Path target = Files.writeString(dir.resolve("target"), "precious");
        final Path link = Files.createSymbolicLink(dir.resolve("run.pcapng"), target);

        assertThrows(CaptureException.class, () -> CaptureDelivery.open(CaptureDirectory.prepare(dir.resolve("caps")),
            link));

        assertEquals("precious", Files.readString(target));
    }

    private static List<String> sorted(final CaptureDelivery.Result result)
    {
        final List<String> warnings = new ArrayList<>(result.warnings());
        warnings.sort(null);
        return warnings;
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

    /** A pcap header as tcpdump --time-stamp-precision=nano writes it on this machine: little-endian, Ethernet. */
    private static byte[] header(final int snapLength)
    {
        final ByteBuffer header = ByteBuffer.allocate(PcapGlobalHeader.LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        PcapGlobalHeader.write(header, 0, snapLength);
        return header.array();
    }

    /** A record {@code nanos} after the base time with a frame of {@code length} numbered bytes. */
    private static byte[] record(final long nanos, final int length)
    {
        final byte[] frame = new byte[length];
        for (int i = 0; i < length; i++)
        {
            frame[i] = (byte)(i + nanos);
        }
        final ByteBuffer record = ByteBuffer.allocate(PcapRecord.length(length)).order(ByteOrder.LITTLE_ENDIAN);
        PcapRecord.write(record, 0, BASE_NS + nanos, frame, 0, length, length);
        return record.array();
    }
}
