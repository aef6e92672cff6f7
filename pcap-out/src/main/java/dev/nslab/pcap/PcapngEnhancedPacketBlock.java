package dev.nslab.pcap;

import java.nio.ByteBuffer;

/**
 * The Enhanced Packet Block of one frame (draft-tuexen-opsawg-pcapng §4.3): a 64-bit timestamp in the
 * interface's units (nanoseconds here), the frame padded to 32 bits, and one option, {@code epb_flags}, whose
 * bits 0-1 give the direction (01 inbound, 10 outbound).
 *
 * <pre>
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +---------------------------------------------------------------+
 *  0 |                    Block Type = 0x00000006                    |
 *    +---------------------------------------------------------------+
 *  4 |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 *  8 |                         Interface ID                          |
 *    +---------------------------------------------------------------+
 * 12 |                        Timestamp (High)                       |
 *    +---------------------------------------------------------------+
 * 16 |                        Timestamp (Low)                        |
 *    +---------------------------------------------------------------+
 * 20 |                    Captured Packet Length                     |
 *    +---------------------------------------------------------------+
 * 24 |                    Original Packet Length                     |
 *    +---------------------------------------------------------------+
 * 28 /                          Packet Data                          /
 *    /              variable length, padded to 32 bits               /
 *    +---------------------------------------------------------------+
 *    /        Options: epb_flags (8 bytes), opt_endofopt (4 bytes)   /
 *    +---------------------------------------------------------------+
 *    |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 * </pre>
 */
public final class PcapngEnhancedPacketBlock
{
    public static final int BLOCK_TYPE = 0x0000_0006;
    public static final short OPTION_FLAGS = 2;
    public static final int FLAGS_INBOUND = 0b01;
    public static final int FLAGS_OUTBOUND = 0b10;

    public static final int BLOCK_TYPE_OFFSET = 0;
    public static final int BLOCK_TOTAL_LENGTH_OFFSET = 4;
    public static final int INTERFACE_ID_OFFSET = 8;
    public static final int TIMESTAMP_HIGH_OFFSET = 12;
    public static final int TIMESTAMP_LOW_OFFSET = 16;
    public static final int CAPTURED_LENGTH_OFFSET = 20;
    public static final int ORIGINAL_LENGTH_OFFSET = 24;
    public static final int PACKET_DATA_OFFSET = 28;
    /** epb_flags (4 + 4) and opt_endofopt (4). */
    public static final int OPTIONS_LENGTH = 12;
    /** Everything but the padded packet data: fixed part, options, trailing Block Total Length. */
    public static final int FIXED_LENGTH = PACKET_DATA_OFFSET + OPTIONS_LENGTH + 4;

    private PcapngEnhancedPacketBlock()
    {
    }

    /**
     * @param capturedLength bytes of the frame stored.
     * @return bytes of the block.
     */
    public static int length(final int capturedLength)
    {
        return FIXED_LENGTH + PcapngOption.pad4(capturedLength);
    }

    /**
     * @param capturedLength bytes of the frame stored.
     * @return bytes of a block written by {@link #writeUndirected}: no options at all.
     */
    public static int undirectedLength(final int capturedLength)
    {
        return PACKET_DATA_OFFSET + PcapngOption.pad4(capturedLength) + 4;
    }

    /**
     * A frame whose direction is not known (tcpdump's classic pcap records none): the block has no options, so
     * readers show the direction as unknown rather than a guess.
     *
     * @param buffer         little-endian buffer to write into.
     * @param offset         where the block starts.
     * @param interfaceId    index of the interface's IDB in the section.
     * @param timestampNs    nanoseconds since 1970-01-01T00:00:00Z.
     * @param frame          bytes of the frame.
     * @param frameOffset    first byte of the frame.
     * @param capturedLength bytes of the frame stored.
     * @param originalLength bytes the frame had on the wire.
     * @return bytes written, {@link #undirectedLength(int)}.
     */
    public static int writeUndirected(
        final ByteBuffer buffer,
        final int offset,
        final int interfaceId,
        final long timestampNs,
        final byte[] frame,
        final int frameOffset,
        final int capturedLength,
        final int originalLength)
    {
        final int totalLength = undirectedLength(capturedLength);
        final int position = writeFixedPartAndData(buffer, offset, totalLength, interfaceId, timestampNs,
            frame, frameOffset, capturedLength, originalLength);
        buffer.putInt(position, totalLength);
        return totalLength;
    }

    /**
     * @param buffer         little-endian buffer to write into.
     * @param offset         where the block starts.
     * @param interfaceId    index of the interface's IDB in the section.
     * @param timestampNs    nanoseconds since 1970-01-01T00:00:00Z.
     * @param outbound       direction of the frame.
     * @param frame          bytes of the frame.
     * @param frameOffset    first byte of the frame.
     * @param capturedLength bytes of the frame stored.
     * @param originalLength bytes the frame had on the wire.
     * @return bytes written, {@link #length(int)}.
     */
    public static int write(
        final ByteBuffer buffer,
        final int offset,
        final int interfaceId,
        final long timestampNs,
        final boolean outbound,
        final byte[] frame,
        final int frameOffset,
        final int capturedLength,
        final int originalLength)
    {
        final int totalLength = length(capturedLength);
        int position = writeFixedPartAndData(buffer, offset, totalLength, interfaceId, timestampNs,
            frame, frameOffset, capturedLength, originalLength);
        position += PcapngOption.writeInt(buffer, position, OPTION_FLAGS, outbound ? FLAGS_OUTBOUND : FLAGS_INBOUND);
        position += PcapngOption.writeEndOfOptions(buffer, position);
        buffer.putInt(position, totalLength);
        return totalLength;
    }

    /**
     * Writes everything both kinds of block share: the fixed part up to Original Packet Length, then the packet
     * data padded to 32 bits with zeros.
     *
     * @return where the options (or, with none, the trailing Block Total Length) start.
     */
    private static int writeFixedPartAndData(
        final ByteBuffer buffer,
        final int offset,
        final int totalLength,
        final int interfaceId,
        final long timestampNs,
        final byte[] frame,
        final int frameOffset,
        final int capturedLength,
        final int originalLength)
    {
        final int paddedLength = PcapngOption.pad4(capturedLength);
        buffer.putInt(offset + BLOCK_TYPE_OFFSET, BLOCK_TYPE);
        buffer.putInt(offset + BLOCK_TOTAL_LENGTH_OFFSET, totalLength);
        buffer.putInt(offset + INTERFACE_ID_OFFSET, interfaceId);
        buffer.putInt(offset + TIMESTAMP_HIGH_OFFSET, (int)(timestampNs >>> 32));
        buffer.putInt(offset + TIMESTAMP_LOW_OFFSET, (int)timestampNs);
        buffer.putInt(offset + CAPTURED_LENGTH_OFFSET, capturedLength);
        buffer.putInt(offset + ORIGINAL_LENGTH_OFFSET, originalLength);
        buffer.put(offset + PACKET_DATA_OFFSET, frame, frameOffset, capturedLength);
        PcapngOption.zero(buffer, offset + PACKET_DATA_OFFSET + capturedLength, paddedLength - capturedLength);
        return offset + PACKET_DATA_OFFSET + paddedLength;
    }
}
