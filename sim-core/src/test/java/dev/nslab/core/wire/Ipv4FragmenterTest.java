package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** RFC 791 3.2's fragmentation procedure, with Linux's choices (ip_do_fragment, ip_options_fragment). */
class Ipv4FragmenterTest
{
    /** An echo request header of 1500 bytes without DF (id 0x1c46, ttl 64, 10.0.1.1 to 10.0.1.2). */
    private static byte[] packet(final int totalLength, final int flags, final byte[] options)
    {
        final int headerLength = 20 + options.length;
        final byte[] packet = new byte[totalLength];
        new Ipv4View().wrap(packet, 0).write(0, totalLength, 0x1C46, flags, 64, Ipv4View.PROTOCOL_ICMP, 0x0A00_0101,
            0x0A00_0102);
        packet[0] = (byte) (0x40 | headerLength / 4);
        System.arraycopy(options, 0, packet, 20, options.length);
        for (int i = headerLength; i < totalLength; i++)
        {
            packet[i] = (byte) i;
        }
        new Ipv4View().wrap(packet, 0).updateChecksum();
        return packet;
    }

    @Test
    void shouldCutAtMultiplesOfEightWithOffsetsInEightByteUnits()
    {
        final byte[] packet = packet(1500, 0, new byte[0]);
        assertEquals(1376, Ipv4Fragmenter.pieceSize(1400, 20), "(1400 - 20) rounded down to 8");
        final byte[] first = new byte[1400];
        final byte[] second = new byte[1400];
        assertEquals(1396, Ipv4Fragmenter.writePiece(packet, 0, 0, 1376, first, 0));
        assertEquals(124, Ipv4Fragmenter.writePiece(packet, 0, 1376, 104, second, 0));
        final Ipv4View one = new Ipv4View().wrap(first, 0);
        final Ipv4View two = new Ipv4View().wrap(second, 0);
        assertEquals(1396, one.totalLength());
        assertEquals(Ipv4View.FLAG_MORE_FRAGMENTS, one.flagsFragment(), "offset 0, MF");
        assertEquals(124, two.totalLength());
        assertEquals(1376 / 8, two.flagsFragment(), "offset 172 (1376 bytes), last: no MF");
        assertEquals(0x1C46, two.identification());
        assertTrue(Checksum.verify(first, 0, 20));
        assertTrue(Checksum.verify(second, 0, 20));
        assertArrayEquals(Arrays.copyOfRange(packet, 20, 1396), Arrays.copyOfRange(first, 20, 1396));
        assertArrayEquals(Arrays.copyOfRange(packet, 1396, 1500), Arrays.copyOfRange(second, 20, 124));
    }

    @Test
    void shouldKeepTheOffsetAndMoreFragmentsOfAFragmentCutAgain()
    {
        // The second of three 1500-byte fragments of a 4000-byte datagram: offset 1480 (185 units), MF.
        final byte[] fragment = packet(1500, Ipv4View.FLAG_MORE_FRAGMENTS | 185, new byte[0]);
        final byte[] out = new byte[1400];
        Ipv4Fragmenter.writePiece(fragment, 0, 0, 1376, out, 0);
        assertEquals(Ipv4View.FLAG_MORE_FRAGMENTS | 185, Bytes.u16(out, 6));
        Ipv4Fragmenter.writePiece(fragment, 0, 1376, 104, out, 0);
        assertEquals(Ipv4View.FLAG_MORE_FRAGMENTS | (185 + 172), Bytes.u16(out, 6), "the datagram goes on after it");
    }

    @Test
    void shouldWriteNoDontFragmentBit()
    {
        final byte[] packet = packet(1500, Ipv4View.FLAG_DONT_FRAGMENT, new byte[0]);
        final byte[] out = new byte[1400];
        Ipv4Fragmenter.writePiece(packet, 0, 0, 1376, out, 0);
        assertEquals(Ipv4View.FLAG_MORE_FRAGMENTS, Bytes.u16(out, 6), "ip_frag_next sets DF only for IPSKB_FRAG_PMTU");
    }

    @Test
    void shouldTurnOptionsNotCopiedIntoNoopsAfterTheFirstPiece()
    {
        // Record route (7, not copied) of 7 bytes, a NOOP, then a 4-byte security-like option with the copied flag
        // (0x82): 12 bytes of options, a 32-byte header.
        final byte[] options = {7, 7, 4, 0, 0, 0, 0, 1, (byte) 0x82, 4, 0x11, 0x22};
        final byte[] packet = packet(1032, 0, options);
        final byte[] first = new byte[600];
        final byte[] second = new byte[600];
        final int chunk = Ipv4Fragmenter.pieceSize(600, 32);
        assertEquals(568, chunk);
        Ipv4Fragmenter.writePiece(packet, 0, 0, chunk, first, 0);
        Ipv4Fragmenter.writePiece(packet, 0, chunk, 1000 - chunk, second, 0);
        assertArrayEquals(options, Arrays.copyOfRange(first, 20, 32), "the first piece keeps them all");
        assertArrayEquals(new byte[] {1, 1, 1, 1, 1, 1, 1, 1, (byte) 0x82, 4, 0x11, 0x22},
            Arrays.copyOfRange(second, 20, 32));
        assertEquals(0x48, second[0] & 0xFF, "the header keeps its length");
        assertTrue(Checksum.verify(second, 0, 32));
    }
}
