package dev.nslab.core.wire;

/**
 * A view of an Ethernet II header (IEEE 802.3, DIX framing) in place in a byte array.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Destination MAC (6 octets)                   |
 * +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 * |                    Source MAC (6 octets)                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           EtherType           |   payload ...
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * No FCS: like Linux devices and pcap, frames here end with the payload.
 */
public final class EthernetView
{
    public static final int DESTINATION_OFFSET = 0;
    public static final int SOURCE_OFFSET = 6;
    public static final int ETHERTYPE_OFFSET = 12;
    public static final int HEADER_LENGTH = 14;

    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_ARP = 0x0806;
    public static final int ETHERTYPE_IPV6 = 0x86DD;

    public static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

    private byte[] buffer;
    private int offset;
    private int length;

    /** Points the view at a frame. The caller has checked {@link #isValid(int)} for untrusted input. */
    public EthernetView wrap(final byte[] buffer, final int offset, final int length)
    {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        return this;
    }

    /** @return true when a frame of {@code length} bytes holds a whole header. */
    public static boolean isValid(final int length)
    {
        return length >= HEADER_LENGTH;
    }

    public long destination()
    {
        return Bytes.mac(buffer, offset + DESTINATION_OFFSET);
    }

    public EthernetView destination(final long mac)
    {
        Bytes.mac(buffer, offset + DESTINATION_OFFSET, mac);
        return this;
    }

    public long source()
    {
        return Bytes.mac(buffer, offset + SOURCE_OFFSET);
    }

    public EthernetView source(final long mac)
    {
        Bytes.mac(buffer, offset + SOURCE_OFFSET, mac);
        return this;
    }

    public int etherType()
    {
        return Bytes.u16(buffer, offset + ETHERTYPE_OFFSET);
    }

    public EthernetView etherType(final int type)
    {
        Bytes.u16(buffer, offset + ETHERTYPE_OFFSET, type);
        return this;
    }

    public int payloadOffset()
    {
        return offset + HEADER_LENGTH;
    }

    public int payloadLength()
    {
        return length - HEADER_LENGTH;
    }

    /** @return true for a group address (multicast or broadcast): the I/G bit of the first octet. */
    public static boolean isMulticast(final long mac)
    {
        return (mac & 0x0100_0000_0000L) != 0;
    }
}
