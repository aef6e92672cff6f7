package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class Ipv4ViewTest
{
    /** Echo request header from the kernel machine (BEHAVIOUR 8.11): tos 0, length 84, DF, ttl 64, ICMP. */
    private static final byte[] HEADER = Hex.bytes("4500 0054 1c46 4000 4001 0861 0a00 0101 0a00 0102");

    private static byte[] packet(final byte[] header, final int totalLength)
    {
        final byte[] packet = new byte[totalLength];
        System.arraycopy(header, 0, packet, 0, header.length);
        return packet;
    }

    @Test
    void shouldReadEveryField()
    {
        final Ipv4View view = new Ipv4View().wrap(HEADER, 0);
        assertEquals(4, view.version());
        assertEquals(20, view.headerLength());
        assertEquals(0, view.tos());
        assertEquals(84, view.totalLength());
        assertEquals(0x1C46, view.identification());
        assertTrue(view.dontFragment());
        assertFalse(view.moreFragments());
        assertEquals(0, view.fragmentOffset());
        assertFalse(view.isFragment());
        assertEquals(64, view.ttl());
        assertEquals(Ipv4View.PROTOCOL_ICMP, view.protocol());
        assertEquals(0x0861, view.checksum());
        assertEquals(0x0A00_0101, view.source());
        assertEquals(0x0A00_0102, view.destination());
        assertEquals(20, view.payloadOffset());
        assertEquals(64, view.payloadLength());
    }

    @Test
    void shouldWriteEveryFieldWithItsChecksum()
    {
        final byte[] buffer = Hex.poisoned(20);
        new Ipv4View().wrap(buffer, 0).write(0, 84, 0x1C46, Ipv4View.FLAG_DONT_FRAGMENT, 64,
            Ipv4View.PROTOCOL_ICMP, 0x0A00_0101, 0x0A00_0102);
        assertArrayEquals(HEADER, buffer);
    }

    @Test
    void shouldWriteTheChecksumARecomputationWouldGive()
    {
        final SplittableRandom random = new SplittableRandom(11);
        final byte[] buffer = Hex.poisoned(20);
        final Ipv4View view = new Ipv4View().wrap(buffer, 0);
        for (int round = 0; round < 10_000; round++)
        {
            view.write(random.nextInt(256), random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(256), random.nextInt(256), random.nextInt(), random.nextInt());
            final int written = view.checksum();
            view.updateChecksum();
            assertEquals(view.checksum(), written, "round " + round);
        }
    }

    @Test
    void shouldAcceptAValidPacket()
    {
        assertEquals(Ipv4View.Problem.NONE, Ipv4View.check(packet(HEADER, 84), 0, 84));
    }

    @Test
    void shouldRefuseBrokenHeadersInTheKernelsOrder()
    {
        assertEquals(Ipv4View.Problem.TRUNCATED, Ipv4View.check(HEADER, 0, 19));
        final byte[] version6 = packet(HEADER, 84);
        version6[0] = 0x65;
        assertEquals(Ipv4View.Problem.BAD_VERSION, Ipv4View.check(version6, 0, 84));
        final byte[] shortIhl = packet(HEADER, 84);
        shortIhl[0] = 0x44;
        assertEquals(Ipv4View.Problem.BAD_HEADER_LENGTH, Ipv4View.check(shortIhl, 0, 84));
        final byte[] longIhl = packet(HEADER, 30);
        longIhl[0] = 0x4F;
        assertEquals(Ipv4View.Problem.TRUNCATED, Ipv4View.check(longIhl, 0, 30));
        final byte[] badChecksum = packet(HEADER, 84);
        badChecksum[11] ^= 1;
        assertEquals(Ipv4View.Problem.BAD_CHECKSUM, Ipv4View.check(badChecksum, 0, 84));
        assertEquals(Ipv4View.Problem.BAD_TOTAL_LENGTH, Ipv4View.check(packet(HEADER, 84), 0, 60),
            "total length beyond what arrived");
    }

    @Test
    void shouldDecrementTtlKeepingTheChecksumValid()
    {
        final byte[] header = HEADER.clone();
        final Ipv4View view = new Ipv4View().wrap(header, 0);
        for (int ttl = 63; ttl >= 1; ttl--)
        {
            view.decrementTtl();
            assertEquals(ttl, view.ttl());
            assertTrue(Checksum.verify(header, 0, 20), "ttl " + ttl);
        }
    }

    @Test
    void shouldEncodeFragmentFields()
    {
        final byte[] header = HEADER.clone();
        final Ipv4View view = new Ipv4View().wrap(header, 0);
        view.flagsFragment(Ipv4View.FLAG_MORE_FRAGMENTS | (1480 / 8));
        assertTrue(view.moreFragments());
        assertEquals(1480, view.fragmentOffset());
        assertTrue(view.isFragment());
        assertFalse(view.dontFragment());
    }

    @Test
    void shouldParseAndFormatDottedQuads()
    {
        assertEquals(0x0A00_0102, Ipv4View.parse("10.0.1.2"));
        assertEquals("255.255.255.255", Ipv4View.format(0xFFFF_FFFF));
        assertEquals("10.0.1.2", Ipv4View.format(0x0A00_0102));
        assertThrows(IllegalArgumentException.class, () -> Ipv4View.parse("10.0.1"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4View.parse("10.0.1.256"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4View.parse("10.0.1.x"));
    }
}
