package dev.nslab.pcap;

import java.nio.ByteBuffer;

/**
 * The Section Header Block that opens a pcapng file (draft-tuexen-opsawg-pcapng §4.1), little-endian, version 1.0,
 * section length unknown (-1, the file is streamed), with one option: {@code shb_userappl}.
 *
 * <pre>
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +---------------------------------------------------------------+
 *  0 |                   Block Type = 0x0A0D0D0A                     |
 *    +---------------------------------------------------------------+
 *  4 |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 *  8 |                      Byte-Order Magic                         |
 *    +---------------------------------------------------------------+
 * 12 |          Major Version        |         Minor Version         |
 *    +---------------------------------------------------------------+
 * 16 |                                                               |
 *    |                          Section Length                       |
 *    |                                                               |
 *    +---------------------------------------------------------------+
 * 24 /                     Options (variable)                        /
 *    +---------------------------------------------------------------+
 *    |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 * </pre>
 */
public final class PcapngSectionHeaderBlock
{
    public static final int BLOCK_TYPE = 0x0A0D_0D0A;
    public static final int BYTE_ORDER_MAGIC = 0x1A2B_3C4D;
    public static final short VERSION_MAJOR = 1;
    public static final short VERSION_MINOR = 0;
    public static final long SECTION_LENGTH_UNKNOWN = -1L;
    public static final short OPTION_USER_APPLICATION = 4;

    public static final int BLOCK_TYPE_OFFSET = 0;
    public static final int BLOCK_TOTAL_LENGTH_OFFSET = 4;
    public static final int BYTE_ORDER_MAGIC_OFFSET = 8;
    public static final int VERSION_MAJOR_OFFSET = 12;
    public static final int VERSION_MINOR_OFFSET = 14;
    public static final int SECTION_LENGTH_OFFSET = 16;
    public static final int OPTIONS_OFFSET = 24;
    /** Fixed part plus the trailing Block Total Length. */
    public static final int FIXED_LENGTH = OPTIONS_OFFSET + 4;

    private PcapngSectionHeaderBlock()
    {
    }

    /**
     * @param userApplication UTF-8 bytes of {@code shb_userappl}.
     * @return bytes of the block.
     */
    public static int length(final byte[] userApplication)
    {
        return FIXED_LENGTH + PcapngOption.length(userApplication.length) + PcapngOption.END_OF_OPTIONS_LENGTH;
    }

    /**
     * @param buffer          little-endian buffer to write into.
     * @param offset          where the block starts.
     * @param userApplication UTF-8 bytes of {@code shb_userappl}.
     * @return bytes written, {@link #length(byte[])}.
     */
    public static int write(final ByteBuffer buffer, final int offset, final byte[] userApplication)
    {
        final int totalLength = length(userApplication);
        buffer.putInt(offset + BLOCK_TYPE_OFFSET, BLOCK_TYPE);
        buffer.putInt(offset + BLOCK_TOTAL_LENGTH_OFFSET, totalLength);
        buffer.putInt(offset + BYTE_ORDER_MAGIC_OFFSET, BYTE_ORDER_MAGIC);
        buffer.putShort(offset + VERSION_MAJOR_OFFSET, VERSION_MAJOR);
        buffer.putShort(offset + VERSION_MINOR_OFFSET, VERSION_MINOR);
        buffer.putLong(offset + SECTION_LENGTH_OFFSET, SECTION_LENGTH_UNKNOWN);
        int position = offset + OPTIONS_OFFSET;
        position += PcapngOption.write(buffer, position, OPTION_USER_APPLICATION, userApplication);
        position += PcapngOption.writeEndOfOptions(buffer, position);
        buffer.putInt(position, totalLength);
        return totalLength;
    }
}
