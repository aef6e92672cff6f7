package dev.nslab.pcap;

import static dev.nslab.pcap.Bytes.FILL;
import static dev.nslab.pcap.Bytes.filled;
import static dev.nslab.pcap.Bytes.hex;
import static dev.nslab.pcap.Bytes.slice;
import static dev.nslab.pcap.Bytes.toHex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** pcapng blocks against vectors written from draft-tuexen-opsawg-pcapng. */
class PcapngLayoutTest
{
    /** SHB, 44 bytes: magic, 1.0, section length -1, shb_userappl "nslab" (5, padded to 8), end of options. */
    private static final byte[] SECTION_HEADER = hex(
        "0a 0d 0d 0a  2c 00 00 00  4d 3c 2b 1a  01 00 00 00  ff ff ff ff ff ff ff ff"
            + "04 00 05 00  6e 73 6c 61 62 00 00 00"
            + "00 00 00 00"
            + "2c 00 00 00");

    /** IDB, 60 bytes: Ethernet, snaplen 262144, if_name "ns1/veth0", if_tsresol 9, if_MACaddr 02:00:00:00:00:01. */
    private static final byte[] INTERFACE_DESCRIPTION = hex(
        "01 00 00 00  3c 00 00 00  01 00 00 00  00 00 04 00"
            + "02 00 09 00  6e 73 31 2f 76 65 74 68 30 00 00 00"
            + "09 00 01 00  09 00 00 00"
            + "06 00 06 00  02 00 00 00 00 01 00 00"
            + "00 00 00 00"
            + "3c 00 00 00");

    /** EPB, 52 bytes: interface 1, ts 1767225600123456789 ns, 5 of 60 bytes, padded, epb_flags outbound. */
    private static final byte[] ENHANCED_PACKET_OUTBOUND = hex(
        "06 00 00 00  34 00 00 00  01 00 00 00  51 72 86 18  15 cd 55 f5  05 00 00 00  3c 00 00 00"
            + "01 02 03 04 05 00 00 00"
            + "02 00 04 00  02 00 00 00"
            + "00 00 00 00"
            + "34 00 00 00");

    /** EPB, 48 bytes: interface 0, ts 1, 4 bytes (no padding), epb_flags inbound. */
    private static final byte[] ENHANCED_PACKET_INBOUND = hex(
        "06 00 00 00  30 00 00 00  00 00 00 00  00 00 00 00  01 00 00 00  04 00 00 00  04 00 00 00"
            + "01 02 03 04"
            + "02 00 04 00  01 00 00 00"
            + "00 00 00 00"
            + "30 00 00 00");

    private static final byte[] FRAME = hex("ee 01 02 03 04 05 ee");

    @Test
    void shouldWriteEveryFieldOfTheSectionHeader()
    {
        final byte[] application = "nslab".getBytes(StandardCharsets.UTF_8);
        final ByteBuffer buffer = filled(4 + 44 + 4);

        assertEquals(44, PcapngSectionHeaderBlock.length(application));
        assertEquals(44, PcapngSectionHeaderBlock.write(buffer, 4, application));

        assertEquals(toHex(SECTION_HEADER), toHex(slice(buffer, 4, 44)));
        assertEquals(FILL, buffer.get(3));
        assertEquals(FILL, buffer.get(48));
    }

    @Test
    void shouldWriteEveryFieldOfAnInterfaceDescription()
    {
        final byte[] name = "ns1/veth0".getBytes(StandardCharsets.UTF_8);
        final ByteBuffer buffer = filled(60 + 4);

        assertEquals(60, PcapngInterfaceDescriptionBlock.length(name));
        assertEquals(60, PcapngInterfaceDescriptionBlock.write(buffer, 0, 262_144, name, 0x0200_0000_0001L));

        assertEquals(toHex(INTERFACE_DESCRIPTION), toHex(slice(buffer, 0, 60)));
        assertEquals(FILL, buffer.get(60));
    }

    @Test
    void shouldPadAnInterfaceNameWhoseLengthIsAMultipleOfFourWithNothing()
    {
        final byte[] name = "a/b0".getBytes(StandardCharsets.UTF_8);
        final ByteBuffer buffer = filled(PcapngInterfaceDescriptionBlock.length(name));

        assertEquals(52, PcapngInterfaceDescriptionBlock.write(buffer, 0, 65_535, name, 0xFFFF_FFFF_FFFFL));

        assertEquals("02 00 04 00 61 2f 62 30 09 00 01 00 09 00 00 00 06 00 06 00 ff ff ff ff ff ff 00 00",
            toHex(slice(buffer, 16, 28)));
    }

    @Test
    void shouldWriteEveryFieldOfAnOutboundEnhancedPacketWithPadding()
    {
        final ByteBuffer buffer = filled(8 + 52 + 4);

        assertEquals(52, PcapngEnhancedPacketBlock.length(5));
        assertEquals(52, PcapngEnhancedPacketBlock.write(
            buffer, 8, 1, 1_767_225_600_123_456_789L, true, FRAME, 1, 5, 60));

        assertEquals(toHex(ENHANCED_PACKET_OUTBOUND), toHex(slice(buffer, 8, 52)));
        assertEquals(FILL, buffer.get(7));
        assertEquals(FILL, buffer.get(60));
    }

    @Test
    void shouldWriteAnInboundEnhancedPacketWithoutPaddingWhenAligned()
    {
        final ByteBuffer buffer = filled(48 + 1);

        assertEquals(48, PcapngEnhancedPacketBlock.write(buffer, 0, 0, 1L, false, FRAME, 1, 4, 4));

        assertEquals(toHex(ENHANCED_PACKET_INBOUND), toHex(slice(buffer, 0, 48)));
        assertEquals(FILL, buffer.get(48));
    }

    @Test
    void shouldWriteAnEmptyFrameAsAnEnhancedPacketOfFortyFourBytes()
    {
        final ByteBuffer buffer = filled(44);

        assertEquals(44, PcapngEnhancedPacketBlock.write(buffer, 0, 0, 0L, false, FRAME, 0, 0, 0));

        assertEquals(44, buffer.getInt(4));
        assertEquals(44, buffer.getInt(40));
    }

    @Test
    void shouldZeroEveryPaddingLength()
    {
        for (int length = 0; length < 8; length++)
        {
            final ByteBuffer buffer = filled(PcapngEnhancedPacketBlock.length(length));
            final byte[] frame = new byte[length];
            java.util.Arrays.fill(frame, (byte)0x11);

            final int written = PcapngEnhancedPacketBlock.write(buffer, 0, 0, 0L, true, frame, 0, length, length);

            assertEquals(0, written % 4, "block length is a multiple of 4");
            for (int i = 28 + length; i < 28 + PcapngOption.pad4(length); i++)
            {
                assertEquals(0, buffer.get(i), "padding byte " + i + " for length " + length);
            }
            assertEquals(written, buffer.getInt(written - 4), "trailing length");
        }
    }

    @Test
    void shouldRefuseABlockThatDoesNotFitTheBuffer()
    {
        final ByteBuffer buffer = filled(51);

        assertThrows(IndexOutOfBoundsException.class,
            () -> PcapngEnhancedPacketBlock.write(buffer, 0, 0, 0L, true, FRAME, 1, 5, 5));
    }
}
