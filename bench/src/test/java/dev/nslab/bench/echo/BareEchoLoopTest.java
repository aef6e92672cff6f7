package dev.nslab.bench.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The baseline does the work it claims: RFC 1071 sums, and every round trip answered 40 us of virtual time later. */
class BareEchoLoopTest
{
    @Test
    void shouldChecksumTheRfc1071Example()
    {
        // RFC 1071 section 3: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2, whose complement is the checksum.
        final byte[] bytes = {0x00, 0x01, (byte) 0xF2, 0x03, (byte) 0xF4, (byte) 0xF5, (byte) 0xF6, (byte) 0xF7};
        assertEquals(0x220D, BareEchoLoop.checksum(bytes, 0, bytes.length));
    }

    @Test
    void shouldAnswerEveryEchoOneLinkRoundTripLater()
    {
        final BareEchoLoop loop = new BareEchoLoop();
        long previous = 0;
        for (int i = 0; i < 70_000; i++)
        {
            final long now = loop.roundTrip();
            assertEquals(previous + 40_000, now);
            previous = now;
        }
    }
}
