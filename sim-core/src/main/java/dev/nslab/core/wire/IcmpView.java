package dev.nslab.core.wire;

/**
 * A view of an ICMP message (RFC 792) in place after the IPv4 header.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |     Code      |          Checksum             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Identifier (echo)           |   Sequence number (echo)      |  (errors: unused / next-hop MTU)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Data (echo) / original IP header + 8 bytes (errors) ...
 * </pre>
 */
public final class IcmpView
{
    public static final int TYPE_OFFSET = 0;
    public static final int CODE_OFFSET = 1;
    public static final int CHECKSUM_OFFSET = 2;
    public static final int IDENTIFIER_OFFSET = 4;
    public static final int SEQUENCE_OFFSET = 6;
    public static final int REST_OFFSET = 4;
    public static final int HEADER_LENGTH = 8;

    public static final int TYPE_ECHO_REPLY = 0;
    public static final int TYPE_DEST_UNREACHABLE = 3;
    public static final int TYPE_REDIRECT = 5;
    public static final int TYPE_ECHO_REQUEST = 8;
    public static final int TYPE_TIME_EXCEEDED = 11;
    public static final int TYPE_PARAMETER_PROBLEM = 12;

    public static final int CODE_NET_UNREACHABLE = 0;
    public static final int CODE_HOST_UNREACHABLE = 1;
    public static final int CODE_PROTOCOL_UNREACHABLE = 2;
    public static final int CODE_PORT_UNREACHABLE = 3;
    public static final int CODE_FRAGMENTATION_NEEDED = 4;
    /** Communication administratively prohibited (RFC 1812): what a prohibit route or rule answers. */
    public static final int CODE_PACKET_FILTERED = 13;
    /** ICMP_REDIR_HOST: redirect datagrams for the host. */
    public static final int CODE_REDIRECT_HOST = 1;
    public static final int CODE_TTL_EXCEEDED_IN_TRANSIT = 0;
    public static final int CODE_FRAGMENT_REASSEMBLY_TIME_EXCEEDED = 1;

    private byte[] buffer;
    private int offset;

    public IcmpView wrap(final byte[] buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** @return true when {@code length} bytes hold a header and their checksum is right (icmp_rcv's checks). */
    public static boolean isValid(final byte[] buffer, final int offset, final int length)
    {
        return length >= HEADER_LENGTH && Checksum.verify(buffer, offset, length);
    }

    /** @return true for the types that carry the offending datagram (RFC 1122 3.2.2: errors, not queries). */
    public static boolean isError(final int type)
    {
        return type == TYPE_DEST_UNREACHABLE || type == TYPE_REDIRECT || type == TYPE_TIME_EXCEEDED
            || type == TYPE_PARAMETER_PROBLEM || type == 4;
    }

    public int type()
    {
        return buffer[offset + TYPE_OFFSET] & 0xFF;
    }

    public IcmpView type(final int type)
    {
        buffer[offset + TYPE_OFFSET] = (byte) type;
        return this;
    }

    public int code()
    {
        return buffer[offset + CODE_OFFSET] & 0xFF;
    }

    public IcmpView code(final int code)
    {
        buffer[offset + CODE_OFFSET] = (byte) code;
        return this;
    }

    public int checksum()
    {
        return Bytes.u16(buffer, offset + CHECKSUM_OFFSET);
    }

    public IcmpView checksum(final int checksum)
    {
        Bytes.u16(buffer, offset + CHECKSUM_OFFSET, checksum);
        return this;
    }

    public int identifier()
    {
        return Bytes.u16(buffer, offset + IDENTIFIER_OFFSET);
    }

    public IcmpView identifier(final int id)
    {
        Bytes.u16(buffer, offset + IDENTIFIER_OFFSET, id);
        return this;
    }

    public int sequence()
    {
        return Bytes.u16(buffer, offset + SEQUENCE_OFFSET);
    }

    public IcmpView sequence(final int sequence)
    {
        Bytes.u16(buffer, offset + SEQUENCE_OFFSET, sequence);
        return this;
    }

    /** @return the 32 bits after the checksum (unused, or the next-hop MTU for fragmentation needed). */
    public int rest()
    {
        return Bytes.i32(buffer, offset + REST_OFFSET);
    }

    public IcmpView rest(final int value)
    {
        Bytes.i32(buffer, offset + REST_OFFSET, value);
        return this;
    }

    public int dataOffset()
    {
        return offset + HEADER_LENGTH;
    }

    /** Computes the checksum over the whole message of {@code length} bytes. */
    public IcmpView updateChecksum(final int length)
    {
        if (length < CHECKSUM_OFFSET + 2)
        {
            checksum(0);
            checksum(Checksum.compute(buffer, offset, length));
            return this;
        }
        // Summed around the checksum field rather than over a zero stored first: wide loads of a narrow store stall.
        final int afterChecksum = CHECKSUM_OFFSET + 2;
        checksum(Checksum.complement((long) Checksum.sum(buffer, offset, CHECKSUM_OFFSET)
            + Checksum.sum(buffer, offset + afterChecksum, length - afterChecksum)));
        return this;
    }

    /** Turns an echo request into its reply in place: type 8 to 0, checksum patched incrementally. */
    public IcmpView echoRequestToReply()
    {
        // The new (type, code) word is worked out, not read back: a 16-bit load of a byte just stored stalls.
        final int oldWord = Bytes.u16(buffer, offset);
        buffer[offset + TYPE_OFFSET] = (byte) TYPE_ECHO_REPLY;
        checksum(Checksum.adjust(checksum(), oldWord, TYPE_ECHO_REPLY << 8 | oldWord & 0xFF));
        return this;
    }
}
