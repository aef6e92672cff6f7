package dev.nslab.pcap;

import java.nio.ByteBuffer;

/**
 * The Interface Description Block of one captured device (draft-tuexen-opsawg-pcapng §4.2): Ethernet, with the
 * options {@code if_name} ({@code DEV} or {@code NS/DEV}), {@code if_tsresol} = 9 (nanoseconds) and {@code if_MACaddr}.
 * Interfaces are numbered 0, 1, 2... in the order of their blocks in the section.
 *
 * <pre>
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +---------------------------------------------------------------+
 *  0 |                    Block Type = 0x00000001                    |
 *    +---------------------------------------------------------------+
 *  4 |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 *  8 |           LinkType            |           Reserved            |
 *    +---------------------------------------------------------------+
 * 12 |                            SnapLen                            |
 *    +---------------------------------------------------------------+
 * 16 /                      Options (variable)                       /
 *    +---------------------------------------------------------------+
 *    |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 * </pre>
 */
public final class PcapngInterfaceDescriptionBlock
{
    public static final int BLOCK_TYPE = 0x0000_0001;
    public static final short LINKTYPE_ETHERNET = 1;
    public static final short OPTION_NAME = 2;
    public static final short OPTION_MAC_ADDRESS = 6;
    public static final short OPTION_TIMESTAMP_RESOLUTION = 9;
    /** 10^-9 s: timestamps count nanoseconds. */
    public static final byte TIMESTAMP_RESOLUTION_NANOSECONDS = 9;
    public static final int MAC_ADDRESS_LENGTH = 6;

    public static final int BLOCK_TYPE_OFFSET = 0;
    public static final int BLOCK_TOTAL_LENGTH_OFFSET = 4;
    public static final int LINKTYPE_OFFSET = 8;
    public static final int RESERVED_OFFSET = 10;
    public static final int SNAP_LENGTH_OFFSET = 12;
    public static final int OPTIONS_OFFSET = 16;
    /** Fixed part plus the trailing Block Total Length. */
    public static final int FIXED_LENGTH = OPTIONS_OFFSET + 4;

    private PcapngInterfaceDescriptionBlock()
    {
    }

    /**
     * @param name UTF-8 bytes of {@code if_name}.
     * @return bytes of the block.
     */
    public static int length(final byte[] name)
    {
        return FIXED_LENGTH
            + PcapngOption.length(name.length)
            + PcapngOption.length(1)
            + PcapngOption.length(MAC_ADDRESS_LENGTH)
            + PcapngOption.END_OF_OPTIONS_LENGTH;
    }

    /**
     * @param buffer     little-endian buffer to write into.
     * @param offset     where the block starts.
     * @param snapLength largest number of bytes stored per frame.
     * @param name       UTF-8 bytes of {@code if_name}.
     * @param mac        MAC address in the low 48 bits, written in network order.
     * @return bytes written, {@link #length(byte[])}.
     */
    public static int write(
        final ByteBuffer buffer, final int offset, final int snapLength, final byte[] name, final long mac)
    {
        final int totalLength = length(name);
        int position = writeFixedPartAndNameOptions(buffer, offset, totalLength, LINKTYPE_ETHERNET, snapLength, name);
        position += PcapngOption.write(buffer, position, OPTION_MAC_ADDRESS, macBytes(mac));
        position += PcapngOption.writeEndOfOptions(buffer, position);
        buffer.putInt(position, totalLength);
        return totalLength;
    }

    /**
     * @param name UTF-8 bytes of {@code if_name}.
     * @return bytes of a block written by {@link #writeWithoutMac}.
     */
    public static int lengthWithoutMac(final byte[] name)
    {
        return FIXED_LENGTH
            + PcapngOption.length(name.length)
            + PcapngOption.length(1)
            + PcapngOption.END_OF_OPTIONS_LENGTH;
    }

    /**
     * The block of an interface whose MAC address is not known (a classic pcap, as tcpdump writes, has none):
     * options {@code if_name} and {@code if_tsresol} = 9 only.
     *
     * @param buffer     little-endian buffer to write into.
     * @param offset     where the block starts.
     * @param linkType   the interface's link type (1 for Ethernet).
     * @param snapLength largest number of bytes stored per frame.
     * @param name       UTF-8 bytes of {@code if_name}.
     * @return bytes written, {@link #lengthWithoutMac(byte[])}.
     */
    public static int writeWithoutMac(
        final ByteBuffer buffer, final int offset, final int linkType, final int snapLength, final byte[] name)
    {
        final int totalLength = lengthWithoutMac(name);
        int position = writeFixedPartAndNameOptions(buffer, offset, totalLength, linkType, snapLength, name);
        position += PcapngOption.writeEndOfOptions(buffer, position);
        buffer.putInt(position, totalLength);
        return totalLength;
    }

    /**
     * Writes what both kinds of block share: the fixed part, then the options {@code if_name} and
     * {@code if_tsresol}.
     *
     * @return where the next option starts.
     */
    private static int writeFixedPartAndNameOptions(
        final ByteBuffer buffer,
        final int offset,
        final int totalLength,
        final int linkType,
        final int snapLength,
        final byte[] name)
    {
        buffer.putInt(offset + BLOCK_TYPE_OFFSET, BLOCK_TYPE);
        buffer.putInt(offset + BLOCK_TOTAL_LENGTH_OFFSET, totalLength);
        buffer.putShort(offset + LINKTYPE_OFFSET, (short)linkType);
        buffer.putShort(offset + RESERVED_OFFSET, (short)0);
        buffer.putInt(offset + SNAP_LENGTH_OFFSET, snapLength);
        int position = offset + OPTIONS_OFFSET;
        position += PcapngOption.write(buffer, position, OPTION_NAME, name);
        position += PcapngOption.writeByte(buffer, position, OPTION_TIMESTAMP_RESOLUTION,
            TIMESTAMP_RESOLUTION_NANOSECONDS);
        return position;
    }

    private static byte[] macBytes(final long mac)
    {
        final byte[] bytes = new byte[MAC_ADDRESS_LENGTH];
        for (int i = 0; i < MAC_ADDRESS_LENGTH; i++)
        {
            bytes[i] = (byte)(mac >>> (8 * (MAC_ADDRESS_LENGTH - 1 - i)));
        }
        return bytes;
    }
}
