package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ChecksumTest
{
    @Test
    void shouldSumTheRfc1071Example()
    {
        // RFC 1071 section 3: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2.
        final byte[] data = Hex.bytes("0001 f203 f4f5 f6f7");
        assertEquals(0xDDF2, Checksum.sum(data, 0, data.length));
        assertEquals(0x220D, Checksum.compute(data, 0, data.length));
    }

    @Test
    void shouldPadAnOddLengthWithAZeroByte()
    {
        final byte[] odd = Hex.bytes("0001 f203 f4");
        final byte[] even = Hex.bytes("0001 f203 f400");
        assertEquals(Checksum.sum(even, 0, even.length), Checksum.sum(odd, 0, odd.length));
    }

    @Test
    void shouldVerifyARealIpv4Header()
    {
        // An IPv4 header as captured on the kernel machine (echo request 10.0.1.1 -> 10.0.1.2, DF, ttl 64).
        final byte[] header = Hex.bytes("4500 0054 1c46 4000 4001 0861 0a00 0101 0a00 0102");
        assertTrue(Checksum.verify(header, 0, header.length));
        header[8] = 0x3F;
        assertFalse(Checksum.verify(header, 0, header.length));
    }

    @Test
    void shouldUpdateIncrementallyAsARecomputationWould()
    {
        final SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 10_000; round++)
        {
            final byte[] data = new byte[20 + 2 * random.nextInt(30)];
            random.nextBytes(data);
            data[10] = 0;
            data[11] = 0;
            final int checksum = Checksum.compute(data, 0, data.length);
            Bytes.u16(data, 10, checksum);
            final int word = 2 * random.nextInt(data.length / 2);
            if (word == 10)
            {
                continue;
            }
            final int oldWord = Bytes.u16(data, word);
            final int newWord = random.nextInt(0x10000);
            Bytes.u16(data, word, newWord);
            final int adjusted = Checksum.adjust(checksum, oldWord, newWord);
            Bytes.u16(data, 10, adjusted);
            assertTrue(Checksum.verify(data, 0, data.length), "round " + round);
        }
    }

    @Test
    void shouldUpdateAsRfc1624Section4Does()
    {
        // RFC 1624 section 4: the rest of the header sums to 0xCD7A, a field goes from 0x5555 to 0x3285. HC is
        // ~(0xCD7A + 0x5555) = 0xDD2F; recomputing gives ~(0xCD7A + 0x3285) = 0x0000, and so must eqn. 3 (eqn. 2 of
        // RFC 1141 gave 0xFFFF).
        assertEquals(0xDD2F, Checksum.complement(0xCD7AL + 0x5555L));
        assertEquals(0x0000, Checksum.adjust(0xDD2F, 0x5555, 0x3285));
        assertEquals(0x0000, Checksum.complement(0xCD7AL + 0x3285L));
    }

    @Test
    void shouldUpdateATtlDecrementAsRfc1624Would()
    {
        // The captured header of shouldVerifyARealIpv4Header: ttl 64 -> 63 changes the word 0x4001 to 0x3F01, and
        // the checksum 0x0861 to 0x0961 (~(~0x0861 + ~0x4001 + 0x3F01)).
        assertEquals(0x0961, Checksum.adjust(0x0861, 0x4001, 0x3F01));
        final byte[] header = Hex.bytes("4500 0054 1c46 4000 3f01 0961 0a00 0101 0a00 0102");
        assertTrue(Checksum.verify(header, 0, header.length));
    }

    @Test
    void shouldSumWideWordsAsByteAtATimeWould()
    {
        final SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 5_000; round++)
        {
            final byte[] data = new byte[random.nextInt(1, 200)];
            random.nextBytes(data);
            if (round % 10 == 0)
            {
                Arrays.fill(data, (byte) 0xFF);
            }
            final int offset = random.nextInt(data.length);
            final int length = random.nextInt(data.length - offset + 1);
            assertEquals(referenceSum(data, offset, length), Checksum.sum(data, offset, length), "round " + round);
        }
    }

    /** RFC 1071's sum, two bytes at a time with an end-around carry on every add. */
    private static int referenceSum(final byte[] data, final int offset, final int length)
    {
        int sum = 0;
        for (int i = 0; i < length; i += 2)
        {
            final int high = (data[offset + i] & 0xFF) << 8;
            final int low = i + 1 < length ? data[offset + i + 1] & 0xFF : 0;
            sum += high | low;
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return sum;
    }
}
