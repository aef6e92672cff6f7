package dev.nslab.pcap;

import static dev.nslab.pcap.Bytes.FILL;
import static dev.nslab.pcap.Bytes.filled;
import static dev.nslab.pcap.Bytes.hex;
import static dev.nslab.pcap.Bytes.slice;
import static dev.nslab.pcap.Bytes.toHex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Classic pcap header and record against vectors written from draft-gharris-opsawg-pcap. */
class PcapLayoutTest
{
    /** magic 0xA1B23C4D, 2.4, reserved 0, 0, snaplen 262144, linktype 1. */
    private static final byte[] GLOBAL_HEADER = hex(
        "4d 3c b2 a1  02 00 04 00  00 00 00 00  00 00 00 00  00 00 04 00  01 00 00 00");

    /** 1767225600.123456789 s, incl_len 5, orig_len 60, 5 data bytes, no padding. */
    private static final byte[] RECORD = hex(
        "00 b9 55 69  15 cd 5b 07  05 00 00 00  3c 00 00 00  01 02 03 04 05");

    private static final byte[] FRAME = hex("ee 01 02 03 04 05 ee");

    @Test
    void shouldWriteEveryFieldOfTheGlobalHeader()
    {
        final ByteBuffer buffer = filled(4 + PcapGlobalHeader.LENGTH + 4);

        final int written = PcapGlobalHeader.write(buffer, 4, 262_144);

        assertEquals(24, written);
        assertEquals(toHex(GLOBAL_HEADER), toHex(slice(buffer, 4, 24)));
        assertEquals(FILL, buffer.get(3), "byte before the header untouched");
        assertEquals(FILL, buffer.get(28), "byte after the header untouched");
    }

    @Test
    void shouldWriteEveryFieldOfARecordWithNanoseconds()
    {
        final ByteBuffer buffer = filled(2 + PcapRecord.length(5) + 2);

        final int written = PcapRecord.write(buffer, 2, 1_767_225_600_123_456_789L, FRAME, 1, 5, 60);

        assertEquals(21, written);
        assertEquals(toHex(RECORD), toHex(slice(buffer, 2, 21)));
        assertEquals(FILL, buffer.get(1));
        assertEquals(FILL, buffer.get(23));
    }

    @Test
    void shouldWriteAnEmptyFrameAsAHeaderOnly()
    {
        final ByteBuffer buffer = filled(PcapRecord.length(0) + 1);

        assertEquals(16, PcapRecord.write(buffer, 0, 999_999_999L, FRAME, 0, 0, 0));

        assertEquals("00 00 00 00 ff c9 9a 3b 00 00 00 00 00 00 00 00", toHex(slice(buffer, 0, 16)));
        assertEquals(FILL, buffer.get(16));
    }

    @Test
    void shouldRefuseARecordThatDoesNotFitTheBuffer()
    {
        final ByteBuffer buffer = filled(PcapRecord.length(5) - 1);

        assertThrows(IndexOutOfBoundsException.class,
            () -> PcapRecord.write(buffer, 0, 0L, FRAME, 1, 5, 5));
    }
}
