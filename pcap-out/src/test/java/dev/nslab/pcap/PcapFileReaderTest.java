package dev.nslab.pcap;

import static dev.nslab.pcap.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classic pcap reader against byte vectors of every magic and byte order, and files cut short. */
class PcapFileReaderTest
{
    /** Little-endian, nanoseconds, snaplen 262144, Ethernet; one record: ts 1767225600.000000123, 3 of 60 bytes. */
    private static final byte[] LITTLE_ENDIAN_NANOSECONDS = hex(
        "4d 3c b2 a1  02 00 04 00  00 00 00 00  00 00 00 00  00 00 04 00  01 00 00 00"
            + "00 b9 55 69  7b 00 00 00  03 00 00 00  3c 00 00 00  aa bb cc");

    /** Big-endian, microseconds, snaplen 65535, Ethernet with the FCS bits set; ts 1767225600.000007 s, 2 bytes. */
    private static final byte[] BIG_ENDIAN_MICROSECONDS = hex(
        "a1 b2 c3 d4  00 02 00 04  00 00 00 00  00 00 00 00  00 00 ff ff  30 00 00 01"
            + "69 55 b9 00  00 00 00 07  00 00 00 02  00 00 00 02  01 02");

    @TempDir
    Path dir;

    @Test
    void shouldReadALittleEndianNanosecondFile() throws Exception
    {
        try (PcapFileReader reader = PcapFileReader.open(write("le.pcap", LITTLE_ENDIAN_NANOSECONDS), "a/veth0"))
        {
            assertEquals(ByteOrder.LITTLE_ENDIAN, reader.byteOrder());
            assertTrue(reader.nanosecondResolution());
            assertEquals(262_144, reader.snapLength());
            assertEquals(1, reader.linkType());
            final CapturedPacket packet = reader.next();
            assertEquals("a/veth0", packet.interfaceName());
            assertEquals(1, packet.linkType());
            assertEquals(1_767_225_600_000_000_123L, packet.timestampNanos());
            assertArrayEquals(hex("aa bb cc"), packet.frame());
            assertEquals(60, packet.originalLength());
            assertNull(reader.next());
            assertFalse(reader.truncated());
        }
    }

    @Test
    void shouldReadABigEndianMicrosecondFileInNanosecondsWithoutTheFcsBits() throws Exception
    {
        try (PcapFileReader reader = PcapFileReader.open(write("be.pcap", BIG_ENDIAN_MICROSECONDS), "b/veth1"))
        {
            assertEquals(ByteOrder.BIG_ENDIAN, reader.byteOrder());
            assertFalse(reader.nanosecondResolution());
            assertEquals(65_535, reader.snapLength());
            assertEquals(1, reader.linkType());
            final CapturedPacket packet = reader.next();
            assertEquals(1_767_225_600_000_007_000L, packet.timestampNanos());
            assertArrayEquals(hex("01 02"), packet.frame());
            assertEquals(2, packet.originalLength());
            assertNull(reader.next());
        }
    }

    @Test
    void shouldStopCleanlyAtARecordCutInItsData() throws Exception
    {
        final byte[] cut = Arrays.copyOf(LITTLE_ENDIAN_NANOSECONDS, LITTLE_ENDIAN_NANOSECONDS.length - 1);
        try (PcapFileReader reader = PcapFileReader.open(write("cut.pcap", cut), "a/veth0"))
        {
            assertNull(reader.next());
            assertTrue(reader.truncated());
            assertNull(reader.next());
        }
    }

    @Test
    void shouldStopCleanlyAtARecordCutInItsHeader() throws Exception
    {
        final byte[] twoRecords = concat(LITTLE_ENDIAN_NANOSECONDS, Arrays.copyOfRange(LITTLE_ENDIAN_NANOSECONDS, 24, 24 + 9));
        try (PcapFileReader reader = PcapFileReader.open(write("cut.pcap", twoRecords), "a/veth0"))
        {
            assertArrayEquals(hex("aa bb cc"), reader.next().frame());
            assertNull(reader.next());
            assertTrue(reader.truncated());
        }
    }

    @Test
    void shouldTreatAnImpossibleLengthAsTheEndOfTheFile() throws Exception
    {
        final byte[] damaged = LITTLE_ENDIAN_NANOSECONDS.clone();
        damaged[24 + 11] = (byte)0x7f;
        try (PcapFileReader reader = PcapFileReader.open(write("damaged.pcap", damaged), "a/veth0"))
        {
            assertNull(reader.next());
            assertTrue(reader.truncated());
        }
    }

    @Test
    void shouldReadAHeaderOnlyFileAsEmpty() throws Exception
    {
        final byte[] headerOnly = Arrays.copyOf(LITTLE_ENDIAN_NANOSECONDS, 24);
        try (PcapFileReader reader = PcapFileReader.open(write("empty.pcap", headerOnly), "a/veth0"))
        {
            assertNull(reader.next());
            assertFalse(reader.truncated());
        }
    }

    @Test
    void shouldRefuseWhatIsNotAPcapInOneLine() throws Exception
    {
        final Path notPcap = write("x.pcap", hex("0a 0d 0d 0a 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"));
        final CaptureException wrongMagic = assertThrows(CaptureException.class, () -> PcapFileReader.open(notPcap, "x"));
        assertEquals("not a pcap file: " + notPcap, wrongMagic.getMessage());

        final Path tooShort = write("short.pcap", hex("d4 c3 b2 a1"));
        final CaptureException shortHeader = assertThrows(CaptureException.class, () -> PcapFileReader.open(tooShort, "x"));
        assertEquals("not a pcap file (shorter than its 24-byte header): " + tooShort, shortHeader.getMessage());

        final Path missing = dir.resolve("missing.pcap");
        final CaptureException absent = assertThrows(CaptureException.class, () -> PcapFileReader.open(missing, "x"));
        assertEquals("cannot read capture " + missing + ": No such file or directory", absent.getMessage());
    }

    private Path write(final String name, final byte[] bytes) throws Exception
    {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(final byte[] first, final byte[] second)
    {
        final byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
