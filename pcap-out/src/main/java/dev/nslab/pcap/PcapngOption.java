package dev.nslab.pcap;

import java.nio.ByteBuffer;

/**
 * One option of a pcapng block (draft-tuexen-opsawg-pcapng §3.5): a code, the unpadded value length, the value
 * padded with zeros to 32 bits. A list of options ends with {@code opt_endofopt} (code 0, length 0).
 *
 * <pre>
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  0 |      Option Code              |         Option Length         |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  4 /                       Option Value                            /
 *    /              variable length, padded to 32 bits               /
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class PcapngOption
{
    public static final short CODE_END_OF_OPTIONS = 0;
    public static final int CODE_OFFSET = 0;
    public static final int LENGTH_OFFSET = 2;
    public static final int VALUE_OFFSET = 4;
    public static final int HEADER_LENGTH = 4;
    public static final int END_OF_OPTIONS_LENGTH = 4;

    private PcapngOption()
    {
    }

    /**
     * @param length a length in bytes.
     * @return the length rounded up to a multiple of 4.
     */
    public static int pad4(final int length)
    {
        return (length + 3) & ~3;
    }

    /**
     * @param valueLength unpadded bytes of the value.
     * @return bytes the option takes, header and padding included.
     */
    public static int length(final int valueLength)
    {
        return HEADER_LENGTH + pad4(valueLength);
    }

    /**
     * @return bytes written, {@link #length(int)} of the value's length.
     */
    public static int write(final ByteBuffer buffer, final int offset, final short code, final byte[] value)
    {
        buffer.putShort(offset + CODE_OFFSET, code);
        buffer.putShort(offset + LENGTH_OFFSET, (short)value.length);
        buffer.put(offset + VALUE_OFFSET, value);
        zero(buffer, offset + VALUE_OFFSET + value.length, pad4(value.length) - value.length);
        return length(value.length);
    }

    /**
     * @return bytes written, always 8.
     */
    public static int writeInt(final ByteBuffer buffer, final int offset, final short code, final int value)
    {
        buffer.putShort(offset + CODE_OFFSET, code);
        buffer.putShort(offset + LENGTH_OFFSET, (short)Integer.BYTES);
        buffer.putInt(offset + VALUE_OFFSET, value);
        return HEADER_LENGTH + Integer.BYTES;
    }

    /**
     * @return bytes written, always 8.
     */
    public static int writeByte(final ByteBuffer buffer, final int offset, final short code, final byte value)
    {
        buffer.putShort(offset + CODE_OFFSET, code);
        buffer.putShort(offset + LENGTH_OFFSET, (short)1);
        buffer.put(offset + VALUE_OFFSET, value);
        zero(buffer, offset + VALUE_OFFSET + 1, 3);
        return HEADER_LENGTH + 4;
    }

    /**
     * @return bytes written, always {@link #END_OF_OPTIONS_LENGTH}.
     */
    public static int writeEndOfOptions(final ByteBuffer buffer, final int offset)
    {
        buffer.putInt(offset, 0);
        return END_OF_OPTIONS_LENGTH;
    }

    /**
     * Writes {@code count} (0 to 3) zero bytes: the padding of a value or of packet data.
     */
    static void zero(final ByteBuffer buffer, final int offset, final int count)
    {
        for (int i = 0; i < count; i++)
        {
            buffer.put(offset + i, (byte)0);
        }
    }
}
