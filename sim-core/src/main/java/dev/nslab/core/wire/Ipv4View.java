package dev.nslab.core.wire;

/**
 * A view of an IPv4 header (RFC 791 section 3.1) in place in a byte array.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |Flags|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Addresses are {@code int}s in network order (10.0.0.1 is 0x0A000001).
 */
public final class Ipv4View
{
    public static final int VERSION_IHL_OFFSET = 0;
    public static final int TOS_OFFSET = 1;
    public static final int TOTAL_LENGTH_OFFSET = 2;
    public static final int IDENTIFICATION_OFFSET = 4;
    public static final int FLAGS_FRAGMENT_OFFSET = 6;
    public static final int TTL_OFFSET = 8;
    public static final int PROTOCOL_OFFSET = 9;
    public static final int CHECKSUM_OFFSET = 10;
    public static final int SOURCE_OFFSET = 12;
    public static final int DESTINATION_OFFSET = 16;
    public static final int MIN_HEADER_LENGTH = 20;

    public static final int FLAG_DONT_FRAGMENT = 0x4000;
    public static final int FLAG_MORE_FRAGMENTS = 0x2000;
    public static final int FRAGMENT_OFFSET_MASK = 0x1FFF;

    public static final int PROTOCOL_ICMP = 1;
    public static final int PROTOCOL_TCP = 6;
    public static final int PROTOCOL_UDP = 17;

    /** Why an untrusted header was refused; each maps to a Linux counter (see the stack's drop reasons). */
    public enum Problem
    {
        NONE, TRUNCATED, BAD_VERSION, BAD_HEADER_LENGTH, BAD_TOTAL_LENGTH, BAD_CHECKSUM
    }

    private byte[] buffer;
    private int offset;

    public Ipv4View wrap(final byte[] buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * The checks of ip_rcv_core, in its order: room for a header, version 4, IHL at least 5, the header inside the
     * packet, the header checksum, total length inside what arrived and not shorter than the header.
     */
    public static Problem check(final byte[] buffer, final int offset, final int length)
    {
        if (length < MIN_HEADER_LENGTH)
        {
            return Problem.TRUNCATED;
        }
        final int versionIhl = buffer[offset] & 0xFF;
        if ((versionIhl >>> 4) != 4)
        {
            return Problem.BAD_VERSION;
        }
        final int headerLength = (versionIhl & 0x0F) * 4;
        if (headerLength < MIN_HEADER_LENGTH)
        {
            return Problem.BAD_HEADER_LENGTH;
        }
        if (headerLength > length)
        {
            return Problem.TRUNCATED;
        }
        if (!Checksum.verify(buffer, offset, headerLength))
        {
            return Problem.BAD_CHECKSUM;
        }
        final int totalLength = Bytes.u16(buffer, offset + TOTAL_LENGTH_OFFSET);
        if (totalLength > length || totalLength < headerLength)
        {
            return Problem.BAD_TOTAL_LENGTH;
        }
        return Problem.NONE;
    }

    public int offset()
    {
        return offset;
    }

    public int version()
    {
        return (buffer[offset] & 0xFF) >>> 4;
    }

    public int headerLength()
    {
        return (buffer[offset] & 0x0F) * 4;
    }

    public int tos()
    {
        return buffer[offset + TOS_OFFSET] & 0xFF;
    }

    public int totalLength()
    {
        return Bytes.u16(buffer, offset + TOTAL_LENGTH_OFFSET);
    }

    public Ipv4View totalLength(final int length)
    {
        Bytes.u16(buffer, offset + TOTAL_LENGTH_OFFSET, length);
        return this;
    }

    public int identification()
    {
        return Bytes.u16(buffer, offset + IDENTIFICATION_OFFSET);
    }

    public Ipv4View identification(final int id)
    {
        Bytes.u16(buffer, offset + IDENTIFICATION_OFFSET, id);
        return this;
    }

    /** @return the flags and fragment offset word. */
    public int flagsFragment()
    {
        return Bytes.u16(buffer, offset + FLAGS_FRAGMENT_OFFSET);
    }

    public Ipv4View flagsFragment(final int word)
    {
        Bytes.u16(buffer, offset + FLAGS_FRAGMENT_OFFSET, word);
        return this;
    }

    public boolean dontFragment()
    {
        return (flagsFragment() & FLAG_DONT_FRAGMENT) != 0;
    }

    public boolean moreFragments()
    {
        return (flagsFragment() & FLAG_MORE_FRAGMENTS) != 0;
    }

    /** @return the fragment offset in bytes. */
    public int fragmentOffset()
    {
        return (flagsFragment() & FRAGMENT_OFFSET_MASK) * 8;
    }

    /** @return true for any fragment (more fragments set or a non-zero offset). */
    public boolean isFragment()
    {
        return (flagsFragment() & (FLAG_MORE_FRAGMENTS | FRAGMENT_OFFSET_MASK)) != 0;
    }

    public int ttl()
    {
        return buffer[offset + TTL_OFFSET] & 0xFF;
    }

    public Ipv4View ttl(final int ttl)
    {
        buffer[offset + TTL_OFFSET] = (byte) ttl;
        return this;
    }

    public int protocol()
    {
        return buffer[offset + PROTOCOL_OFFSET] & 0xFF;
    }

    public int checksum()
    {
        return Bytes.u16(buffer, offset + CHECKSUM_OFFSET);
    }

    public Ipv4View checksum(final int checksum)
    {
        Bytes.u16(buffer, offset + CHECKSUM_OFFSET, checksum);
        return this;
    }

    public int source()
    {
        return Bytes.i32(buffer, offset + SOURCE_OFFSET);
    }

    public Ipv4View source(final int address)
    {
        Bytes.i32(buffer, offset + SOURCE_OFFSET, address);
        return this;
    }

    public int destination()
    {
        return Bytes.i32(buffer, offset + DESTINATION_OFFSET);
    }

    public Ipv4View destination(final int address)
    {
        Bytes.i32(buffer, offset + DESTINATION_OFFSET, address);
        return this;
    }

    public int payloadOffset()
    {
        return offset + headerLength();
    }

    public int payloadLength()
    {
        return totalLength() - headerLength();
    }

    /**
     * Writes a 20-byte header without options and its checksum, summed from the fields in hand rather than read back
     * from the bytes.
     */
    public Ipv4View write(final int tos, final int totalLength, final int identification, final int flagsFragment,
        final int ttl, final int protocol, final int source, final int destination)
    {
        buffer[offset] = 0x45;
        buffer[offset + TOS_OFFSET] = (byte) tos;
        Bytes.u16(buffer, offset + TOTAL_LENGTH_OFFSET, totalLength);
        Bytes.u16(buffer, offset + IDENTIFICATION_OFFSET, identification);
        Bytes.u16(buffer, offset + FLAGS_FRAGMENT_OFFSET, flagsFragment);
        buffer[offset + TTL_OFFSET] = (byte) ttl;
        buffer[offset + PROTOCOL_OFFSET] = (byte) protocol;
        Bytes.i32(buffer, offset + SOURCE_OFFSET, source);
        Bytes.i32(buffer, offset + DESTINATION_OFFSET, destination);
        final long sum = (0x4500L | (tos & 0xFF)) + (totalLength & 0xFFFF) + (identification & 0xFFFF)
            + (flagsFragment & 0xFFFF) + (((ttl & 0xFF) << 8) | (protocol & 0xFF))
            + (source >>> 16) + (source & 0xFFFF) + (destination >>> 16) + (destination & 0xFFFF);
        Bytes.u16(buffer, offset + CHECKSUM_OFFSET, Checksum.complement(sum));
        return this;
    }

    /** Recomputes the header checksum over the header as it stands. */
    public Ipv4View updateChecksum()
    {
        Bytes.u16(buffer, offset + CHECKSUM_OFFSET, 0);
        Bytes.u16(buffer, offset + CHECKSUM_OFFSET, Checksum.compute(buffer, offset, headerLength()));
        return this;
    }

    /** Decrements the TTL and patches the checksum incrementally (RFC 1624), as ip_decrease_ttl does. */
    public Ipv4View decrementTtl()
    {
        // The new (TTL, protocol) word is worked out, not read back: a 16-bit load of a byte just stored stalls.
        final int oldWord = Bytes.u16(buffer, offset + TTL_OFFSET);
        final int newWord = (oldWord - 0x100) & 0xFFFF;
        buffer[offset + TTL_OFFSET] = (byte) (newWord >>> 8);
        checksum(Checksum.adjust(checksum(), oldWord, newWord));
        return this;
    }

    /** @return true for a class D (224.0.0.0/4) multicast address. */
    public static boolean isMulticast(final int address)
    {
        return (address >>> 28) == 0xE;
    }

    /** @return dotted-quad text of an address (allocates; for output and messages). */
    public static String format(final int address)
    {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
            + (address & 0xFF);
    }

    /** @return the address for a dotted quad with exactly four parts, each 0..255. */
    public static int parse(final String text)
    {
        final String[] parts = text.split("\\.", -1);
        if (parts.length != 4)
        {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        int address = 0;
        for (final String part : parts)
        {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit))
            {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            final int value = Integer.parseInt(part);
            if (value > 255)
            {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            address = (address << 8) | value;
        }
        return address;
    }
}
