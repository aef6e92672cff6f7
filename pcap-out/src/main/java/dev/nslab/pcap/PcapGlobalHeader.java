package dev.nslab.pcap;

import java.nio.ByteBuffer;

/**
 * The 24-byte file header of a classic pcap file (draft-gharris-opsawg-pcap §4), written little-endian with the
 * nanosecond magic.
 *
 * <pre>
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  0 |                          Magic Number                         |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  4 |          Major Version        |         Minor Version         |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  8 |                           Reserved1                           |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * 12 |                           Reserved2                           |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * 16 |                            SnapLen                            |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * 20 | FCS |f|0 0 0 0 0 0 0 0 0 0 0 0|         LinkType              |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class PcapGlobalHeader
{
    /** Timestamps are seconds and nanoseconds (0xA1B2C3D4 would mean microseconds). */
    public static final int MAGIC_NANOSECONDS = 0xA1B2_3C4D;
    public static final short VERSION_MAJOR = 2;
    public static final short VERSION_MINOR = 4;
    /** LINKTYPE_ETHERNET; the FCS bits stay 0: frames carry no FCS. */
    public static final int LINKTYPE_ETHERNET = 1;

    public static final int MAGIC_OFFSET = 0;
    public static final int VERSION_MAJOR_OFFSET = 4;
    public static final int VERSION_MINOR_OFFSET = 6;
    public static final int RESERVED1_OFFSET = 8;
    public static final int RESERVED2_OFFSET = 12;
    public static final int SNAP_LENGTH_OFFSET = 16;
    public static final int LINKTYPE_OFFSET = 20;
    public static final int LENGTH = 24;

    private PcapGlobalHeader()
    {
    }

    /**
     * @param buffer     little-endian buffer to write into.
     * @param offset     where the header starts.
     * @param snapLength largest number of bytes stored per frame.
     * @return {@link #LENGTH}.
     */
    public static int write(final ByteBuffer buffer, final int offset, final int snapLength)
    {
        buffer.putInt(offset + MAGIC_OFFSET, MAGIC_NANOSECONDS);
        buffer.putShort(offset + VERSION_MAJOR_OFFSET, VERSION_MAJOR);
        buffer.putShort(offset + VERSION_MINOR_OFFSET, VERSION_MINOR);
        buffer.putInt(offset + RESERVED1_OFFSET, 0);
        buffer.putInt(offset + RESERVED2_OFFSET, 0);
        buffer.putInt(offset + SNAP_LENGTH_OFFSET, snapLength);
        buffer.putInt(offset + LINKTYPE_OFFSET, LINKTYPE_ETHERNET);
        return LENGTH;
    }
}
