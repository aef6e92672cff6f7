package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
