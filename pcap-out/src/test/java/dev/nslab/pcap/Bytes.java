package dev.nslab.pcap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Test helpers for byte vectors. */
final class Bytes
{
    static final byte FILL = (byte)0xA5;

    private Bytes()
    {
    }

    /** "4d 3c b2 a1" to bytes; whitespace ignored. */
    static byte[] hex(final String text)
    {
        final String digits = text.replaceAll("\\s+", "");
        final byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++)
        {
            bytes[i] = (byte)Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** A little-endian buffer filled with 0xA5, so a field never written shows up. */
    static ByteBuffer filled(final int length)
    {
        final byte[] bytes = new byte[length];
        Arrays.fill(bytes, FILL);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Bytes [from, from + length) of a heap buffer. */
    static byte[] slice(final ByteBuffer buffer, final int from, final int length)
    {
        return Arrays.copyOfRange(buffer.array(), from, from + length);
    }

    static String toHex(final byte[] bytes)
    {
        final StringBuilder text = new StringBuilder();
        for (final byte b : bytes)
        {
            text.append(String.format("%02x ", b));
        }
        return text.toString().trim();
    }
}
