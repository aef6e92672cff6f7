package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class IcmpViewTest
{
    /** An echo request as ping sends it: id 0x6a41, seq 1, 16-byte timeval then 0x10..0x37 (BEHAVIOUR 8.12). */
    private static byte[] echoRequest()
    {
        final byte[] message = new byte[64];
        final byte[] head = Hex.bytes("0800 0000 6a41 0001 7e88 0b6b 0000 0000 d190 0100 0000 0000");
        System.arraycopy(head, 0, message, 0, head.length);
        for (int i = 16; i < 56; i++)
        {
            message[8 + i] = (byte) i;
        }
        new IcmpView().wrap(message, 0).updateChecksum(message.length);
        return message;
    }

    @Test
    void shouldReadEveryFieldOfAnEcho()
    {
        final byte[] message = echoRequest();
        final IcmpView view = new IcmpView().wrap(message, 0);
        assertEquals(IcmpView.TYPE_ECHO_REQUEST, view.type());
        assertEquals(0, view.code());
        assertEquals(0x6A41, view.identifier());
        assertEquals(1, view.sequence());
        assertEquals(8, view.dataOffset());
        assertTrue(IcmpView.isValid(message, 0, message.length));
    }

    @Test
    void shouldWriteEveryField()
    {
        final byte[] buffer = Hex.poisoned(8);
        new IcmpView().wrap(buffer, 0).type(11).code(1).checksum(0xBEEF).identifier(0x1234).sequence(0x5678);
        assertArrayEquals(Hex.bytes("0b01 beef 1234 5678"), buffer);
        new IcmpView().wrap(buffer, 0).rest(1500);
        assertArrayEquals(Hex.bytes("0b01 beef 0000 05dc"), buffer);
    }

    @Test
    void shouldTurnARequestIntoAValidReplyInPlace()
    {
        final byte[] message = echoRequest();
        new IcmpView().wrap(message, 0).echoRequestToReply();
        assertEquals(IcmpView.TYPE_ECHO_REPLY, message[0]);
        assertTrue(Checksum.verify(message, 0, message.length));
    }

    @Test
    void shouldRefuseABadChecksumAndATruncatedHeader()
    {
        final byte[] message = echoRequest();
        message[20] ^= 0x40;
        assertFalse(IcmpView.isValid(message, 0, message.length));
        assertFalse(IcmpView.isValid(echoRequest(), 0, 7));
    }

    @Test
    void shouldTellErrorsFromQueries()
    {
        assertTrue(IcmpView.isError(IcmpView.TYPE_DEST_UNREACHABLE));
        assertTrue(IcmpView.isError(IcmpView.TYPE_TIME_EXCEEDED));
        assertTrue(IcmpView.isError(IcmpView.TYPE_PARAMETER_PROBLEM));
        assertFalse(IcmpView.isError(IcmpView.TYPE_ECHO_REQUEST));
        assertFalse(IcmpView.isError(IcmpView.TYPE_ECHO_REPLY));
    }

    @Test
    void shouldChecksumAnyMessageAsSummingItWithAZeroFieldWould()
    {
        final SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 2000; trial++)
        {
            final byte[] buffer = new byte[1600];
            random.nextBytes(buffer);
            final int offset = random.nextInt(64);
            final int length = trial == 0 ? 8 : random.nextInt(8, 1500);
            if (trial == 1)
            {
                Arrays.fill(buffer, offset, offset + length, (byte) 0);
                buffer[offset + 2] = 0x12; // a stale checksum over otherwise all-zero bytes
            }
            final byte[] expected = buffer.clone();
            expected[offset + 2] = 0;
            expected[offset + 3] = 0;
            final int checksum = Checksum.compute(expected, offset, length);
            new IcmpView().wrap(buffer, offset).updateChecksum(length);
            assertEquals(checksum, new IcmpView().wrap(buffer, offset).checksum(), "length " + length);
            assertTrue(IcmpView.isValid(buffer, offset, length));
        }
    }

    @Test
    void shouldPatchTheChecksumOfAReplyAsRecomputingItWould()
    {
        final SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 2000; trial++)
        {
            final byte[] buffer = new byte[128];
            random.nextBytes(buffer);
            final int length = random.nextInt(8, 100);
            buffer[0] = (byte) IcmpView.TYPE_ECHO_REQUEST;
            final IcmpView icmp = new IcmpView().wrap(buffer, 0).updateChecksum(length);
            icmp.echoRequestToReply();
            assertEquals(IcmpView.TYPE_ECHO_REPLY, icmp.type());
            assertTrue(IcmpView.isValid(buffer, 0, length), "length " + length);
        }
    }
}
