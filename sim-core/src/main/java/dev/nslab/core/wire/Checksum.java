package dev.nslab.core.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The Internet checksum (RFC 1071), summed 32 bits at a time, and its incremental update (RFC 1624).
 *
 * <p>Checksums are a large part of the cost of an echo round trip, so the sum reads wide words and fields that
 * change on the way (TTL when forwarding, type when answering an echo) update the checksum instead of recomputing
 * it.
 */
public final class Checksum
{
    private static final VarHandle LONG_LITTLE_ENDIAN =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LITTLE_ENDIAN =
        MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Checksum()
    {
    }

    /**
     * @return the one's-complement sum of the bytes, folded to 16 bits (not complemented). Eight bytes are read at
     *         a time and their two 32-bit halves added into a 64-bit sum, which cannot overflow for any IP packet.
     */
    public static int sum(final byte[] b, final int offset, final int length)
    {
        // RFC 1071 2(B): the sum is byte-order independent, so the bytes are summed in the machine's little-endian
        // order (no byte swap per word) and only the folded result is swapped into network order.
        long sum = 0;
        int i = offset;
        final int end = offset + length;
        while (i + 8 <= end)
        {
            final long word = (long) LONG_LITTLE_ENDIAN.get(b, i);
            sum += (word >>> 32) + (word & 0xFFFF_FFFFL);
            i += 8;
        }
        if (i + 4 <= end)
        {
            sum += (int) INT_LITTLE_ENDIAN.get(b, i) & 0xFFFF_FFFFL;
            i += 4;
        }
        if (i + 2 <= end)
        {
            sum += (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
            i += 2;
        }
        if (i < end)
        {
            sum += b[i] & 0xFF;
        }
        final int folded = fold(sum);
        return (folded & 0xFF) << 8 | folded >>> 8;
    }

    /**
     * @return the checksum to store for covered data whose 16-bit words (or any split of them into sums) add up to
     *         {@code sum}: a header whose fields are at hand is checksummed from them without reading it back.
     */
    public static int complement(final long sum)
    {
        return ~fold(sum) & 0xFFFF;
    }

    /** @return the checksum to store in a header whose bytes (with a zero checksum field) are given. */
    public static int compute(final byte[] b, final int offset, final int length)
    {
        return ~sum(b, offset, length) & 0xFFFF;
    }

    /** @return true when the bytes, checksum field included, sum to all ones. */
    public static boolean verify(final byte[] b, final int offset, final int length)
    {
        return sum(b, offset, length) == 0xFFFF;
    }

    /**
     * RFC 1624 eqn. 3: the new checksum after a 16-bit word of the covered data changed from {@code oldWord} to
     * {@code newWord}: HC' = ~(~HC + ~m + m').
     */
    public static int adjust(final int checksum, final int oldWord, final int newWord)
    {
        final long sum = (~checksum & 0xFFFF) + (~oldWord & 0xFFFF) + (newWord & 0xFFFF);
        return ~fold(sum) & 0xFFFF;
    }

    /** Folds a non-negative 64-bit sum to 16 bits with end-around carries (at most 0xFFFF, 0 only for 0). */
    private static int fold(final long sum)
    {
        long folded = (sum & 0xFFFF_FFFFL) + (sum >>> 32);
        folded = (folded & 0xFFFF) + (folded >>> 16);
        folded = (folded & 0xFFFF) + (folded >>> 16);
        return (int) ((folded & 0xFFFF) + (folded >>> 16));
    }
}
