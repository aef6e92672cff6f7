package dev.nslab.core.wire;

/**
 * A view of an IPv6 header (RFC 8200) in place after the Ethernet header, and the upper-layer checksum over its
 * pseudo-header (RFC 8200 section 8.1), which ICMPv6 and MLD carry. An address is two longs: its high and low 64
 * bits, big-endian, so {@code fe80::1} is (0xFE80_0000_0000_0000, 1).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Traffic Class |           Flow Label                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Payload Length        |  Next Header  |   Hop Limit   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   Source Address (16)                         |
 * |                   Destination Address (16)                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class Ipv6View
{
    public static final int PAYLOAD_LENGTH_OFFSET = 4;
    public static final int NEXT_HEADER_OFFSET = 6;
    public static final int HOP_LIMIT_OFFSET = 7;
    public static final int SOURCE_OFFSET = 8;
    public static final int DESTINATION_OFFSET = 24;
    public static final int HEADER_LENGTH = 40;

    public static final int NEXT_HEADER_HOP_BY_HOP = 0;
    public static final int NEXT_HEADER_ICMPV6 = 58;
    /** The fragment header (RFC 8200 4.5): next header, reserved, offset in 8-byte units with M, identification. */
    public static final int NEXT_HEADER_FRAGMENT = 44;
    public static final int FRAGMENT_HEADER_LENGTH = 8;

    private byte[] buffer;
    private int offset;

    public Ipv6View wrap(final byte[] buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * @return true when {@code length} bytes hold a version-6 header and the payload it announces (ipv6_rcv's checks);
     *         only then may the other getters be trusted.
     */
    public static boolean isValid(final byte[] buffer, final int offset, final int length)
    {
        return length >= HEADER_LENGTH && (buffer[offset] & 0xF0) == 0x60
            && HEADER_LENGTH + Bytes.u16(buffer, offset + PAYLOAD_LENGTH_OFFSET) <= length;
    }

    /** Writes version 6, traffic class 0 and flow label 0 (what ndisc and MLD send: ip6_flow_hdr(hdr, 0, 0)). */
    public Ipv6View versionClassFlow()
    {
        return versionClassFlow(0);
    }

    /** Writes version 6, the traffic class (its low 8 bits) and flow label 0. */
    public Ipv6View versionClassFlow(final int trafficClass)
    {
        Bytes.i32(buffer, offset, 0x6000_0000 | (trafficClass & 0xFF) << 20);
        return this;
    }

    /** @return the traffic class: DSCP and ECN. */
    public int trafficClass()
    {
        return Bytes.i32(buffer, offset) >>> 20 & 0xFF;
    }

    public int payloadLength()
    {
        return Bytes.u16(buffer, offset + PAYLOAD_LENGTH_OFFSET);
    }

    public Ipv6View payloadLength(final int length)
    {
        Bytes.u16(buffer, offset + PAYLOAD_LENGTH_OFFSET, length);
        return this;
    }

    public int nextHeader()
    {
        return Bytes.u8(buffer, offset + NEXT_HEADER_OFFSET);
    }

    public Ipv6View nextHeader(final int protocol)
    {
        buffer[offset + NEXT_HEADER_OFFSET] = (byte) protocol;
        return this;
    }

    public int hopLimit()
    {
        return Bytes.u8(buffer, offset + HOP_LIMIT_OFFSET);
    }

    public Ipv6View hopLimit(final int hops)
    {
        buffer[offset + HOP_LIMIT_OFFSET] = (byte) hops;
        return this;
    }

    public long sourceHigh()
    {
        return Bytes.i64(buffer, offset + SOURCE_OFFSET);
    }

    public long sourceLow()
    {
        return Bytes.i64(buffer, offset + SOURCE_OFFSET + 8);
    }

    public Ipv6View source(final long high, final long low)
    {
        Bytes.i64(buffer, offset + SOURCE_OFFSET, high);
        Bytes.i64(buffer, offset + SOURCE_OFFSET + 8, low);
        return this;
    }

    public long destinationHigh()
    {
        return Bytes.i64(buffer, offset + DESTINATION_OFFSET);
    }

    public long destinationLow()
    {
        return Bytes.i64(buffer, offset + DESTINATION_OFFSET + 8);
    }

    public Ipv6View destination(final long high, final long low)
    {
        Bytes.i64(buffer, offset + DESTINATION_OFFSET, high);
        Bytes.i64(buffer, offset + DESTINATION_OFFSET + 8, low);
        return this;
    }

    /**
     * @param upperOffset where the upper-layer packet starts in the buffer (after any extension headers)
     * @param upperLength its length, checksum field included
     * @param protocol    the upper-layer protocol (58 for ICMPv6)
     * @return the one's-complement sum, folded, of the pseudo-header (source, destination, upper-layer length, next
     *         header) and the upper-layer packet: 0xFFFF when a received checksum is right.
     */
    public int upperLayerSum(final int upperOffset, final int upperLength, final int protocol)
    {
        long sum = Checksum.sum(buffer, offset + SOURCE_OFFSET, 32);
        sum += upperLength + protocol;
        sum += Checksum.sum(buffer, upperOffset, upperLength);
        while ((sum >>> 16) != 0)
        {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** @return the checksum to store in the upper-layer packet, whose checksum field is zero. */
    public int upperLayerChecksum(final int upperOffset, final int upperLength, final int protocol)
    {
        return ~upperLayerSum(upperOffset, upperLength, protocol) & 0xFFFF;
    }
}
