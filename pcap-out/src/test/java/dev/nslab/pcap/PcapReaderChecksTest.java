package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers refuse what no writer makes, naming the file and the record: a timestamp fraction out of range, a
 * record over its snap length, a pcapng timestamp beyond 64-bit nanoseconds; and they count whole records.
 */
class PcapReaderChecksTest
{
    @TempDir
    Path dir;

    private Path pcap(final int magic, final int snapLength, final long fraction, final int capturedLength)
        throws Exception
    {
        final ByteBuffer file = ByteBuffer.allocate(24 + 2 * (16 + 60)).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(magic).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(snapLength).putInt(1);
        file.putInt(1).putInt(0).putInt(60).putInt(60).put(new byte[60]);
        file.putInt(1).putInt((int) fraction).putInt(capturedLength).putInt(60).put(new byte[60]);
        return Files.write(dir.resolve("t.pcap"), file.array());
    }

    @Test
    void shouldRefuseATimestampFractionOutOfRange() throws Exception
    {
        final Path micro = pcap(0xA1B2_C3D4, 262_144, 1_000_000, 60);
        try (PcapFileReader reader = PcapFileReader.open(micro, "x"))
        {
            reader.next();
            assertEquals(1, reader.records());
            final CaptureException e = assertThrows(CaptureException.class, reader::next);
            assertEquals("malformed pcap file " + micro + ": record 2: its microseconds field is 1000000, out of range "
                + "(0 to 999999)", e.getMessage());
        }
        final Path nano = pcap(0xA1B2_3C4D, 262_144, 999_999_999, 60);
        try (PcapFileReader reader = PcapFileReader.open(nano, "x"))
        {
            reader.next();
            assertEquals(1_000_000_000L + 999_999_999L, reader.next().timestampNanos(), "the largest fraction is fine");
            assertNull(reader.next());
            assertEquals(2, reader.records());
        }
    }

    @Test
    void shouldRefuseARecordOverTheSnapLength() throws Exception
    {
        final Path file = pcap(0xA1B2_C3D4, 59, 0, 60);
        try (PcapFileReader reader = PcapFileReader.open(file, "x"))
        {
            final CaptureException e = assertThrows(CaptureException.class, reader::next);
            assertTrue(e.getMessage().endsWith("record 1: its captured length 60 is over the file's snap length 59"),
                e.getMessage());
        }
    }
}
