package dev.nslab.core.wire;

/** Byte vectors written as hex text in tests. */
final class Hex
{
    private Hex()
    {
    }

    static byte[] bytes(final String hex)
    {
        final String digits = hex.replaceAll("\\s+", "");
        final byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** A buffer of {@code length} bytes pre-filled with 0xA5, so that a field never written shows up. */
    static byte[] poisoned(final int length)
    {
        final byte[] buffer = new byte[length];
        java.util.Arrays.fill(buffer, (byte) 0xA5);
        return buffer;
    }

    /** @return the bytes as lower-case hex without spaces. */
    static String string(final byte[] bytes, final int offset, final int length)
    {
        final StringBuilder text = new StringBuilder(length * 2);
        for (int i = offset; i < offset + length; i++)
        {
            text.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return text.toString();
    }
}
