package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The SPSC byte ring: record layout, wrap with padding, full, and two threads at once. */
class CaptureRingTest
{
    /** What a handler saw. */
    private record Seen(int pointId, long timeNs, boolean outbound, byte[] data, int originalLength)
    {
    }

    private static final class Collector implements RingRecordHandler
    {
        final List<Seen> seen = new ArrayList<>();

        @Override
        public void onFrame(final int pointId, final long timeNs, final boolean outbound, final byte[] buffer,
            final int offset, final int capturedLength, final int originalLength)
        {
            seen.add(new Seen(pointId, timeNs, outbound,
                Arrays.copyOfRange(buffer, offset, offset + capturedLength), originalLength));
        }
    }

    @Test
    void shouldRoundTheCapacityUpToAPowerOfTwo()
    {
        assertEquals(1024, new CaptureRing(1000).capacity());
        assertEquals(1024, new CaptureRing(1024).capacity());
        assertEquals(64, new CaptureRing(1).capacity());
    }

    @Test
    void shouldHandBackEveryFieldOfARecord()
    {
        final CaptureRing ring = new CaptureRing(256);
        final byte[] frame = Bytes.hex("00 01 02 03 04 05 06");

        assertTrue(ring.tryWrite(7, 123_456_789_012L, true, frame, 1, 5, 60));
        final Collector collector = new Collector();

        assertEquals(1, ring.read(collector, 10));
        final Seen seen = collector.seen.get(0);
        assertEquals(7, seen.pointId());
        assertEquals(123_456_789_012L, seen.timeNs());
        assertTrue(seen.outbound());
        assertArrayEquals(Bytes.hex("01 02 03 04 05"), seen.data());
        assertEquals(60, seen.originalLength());
        assertTrue(ring.isEmpty());
    }

    @Test
    void shouldRefuseARecordWhenFullAndAcceptItOnceRead()
    {
        final CaptureRing ring = new CaptureRing(128);
        final byte[] frame = new byte[40];

        assertTrue(ring.tryWrite(0, 1L, false, frame, 0, 40, 40));
        assertTrue(ring.tryWrite(0, 2L, false, frame, 0, 40, 40));
        assertFalse(ring.tryWrite(0, 3L, false, frame, 0, 40, 40), "128 bytes hold two 64-byte records");

        assertEquals(1, ring.read(new Collector(), 1));
        assertTrue(ring.tryWrite(0, 3L, false, frame, 0, 40, 40));
    }

    @Test
    void shouldSkipThePaddingWhenARecordWouldWrap()
    {
        final CaptureRing ring = new CaptureRing(128);
        final Collector collector = new Collector();
        // 24 + 30 = 54 -> 56 bytes; twice is 112, leaving 16 at the end: the next record (32) wraps after padding.
        for (int i = 0; i < 2; i++)
        {
            assertTrue(ring.tryWrite(i, i, false, new byte[30], 0, 30, 30));
        }
        assertEquals(2, ring.read(collector, 10));
        assertTrue(ring.tryWrite(2, 2L, true, Bytes.hex("aa bb"), 0, 2, 2));
        assertTrue(ring.tryWrite(3, 3L, true, new byte[30], 0, 30, 30));

        assertEquals(2, ring.read(collector, 10));
        assertEquals(List.of(0, 1, 2, 3), collector.seen.stream().map(Seen::pointId).toList());
        assertArrayEquals(Bytes.hex("aa bb"), collector.seen.get(2).data());
    }

    @Test
    void shouldTellWhichFramesCanEverFit()
    {
        final CaptureRing ring = new CaptureRing(128);

        assertTrue(ring.fits(40));
        assertFalse(ring.fits(41));
    }

    @Test
    void shouldPassMillionsOfFramesInOrderBetweenTwoThreads() throws Exception
    {
        final CaptureRing ring = new CaptureRing(4096);
        final int frames = 2_000_000;
        final long[] checksum = new long[1];
        final int[] received = new int[1];
        final RingRecordHandler verifier = (pointId, timeNs, outbound, buffer, offset, captured, original) ->
        {
            if (pointId != received[0] || timeNs != 3L * pointId || captured != pointId % 97
                || (captured > 0 && buffer[offset + captured - 1] != (byte)pointId))
            {
                throw new AssertionError("frame " + received[0] + " came back as " + pointId);
            }
            received[0]++;
            checksum[0] += original;
        };
        final Thread consumer = new Thread(() ->
        {
            while (received[0] < frames)
            {
                if (0 == ring.read(verifier, 256))
                {
                    Thread.yield();
                }
            }
        });
        consumer.start();
        final byte[] frame = new byte[97];
        for (int i = 0; i < frames; i++)
        {
            final int length = i % 97;
            if (length > 0)
            {
                frame[length - 1] = (byte)i;
            }
            while (!ring.tryWrite(i, 3L * i, false, frame, 0, length, i))
            {
                LockSupport.parkNanos(1_000L);
            }
        }
        consumer.join();

        assertEquals((long)frames * (frames - 1) / 2, checksum[0]);
    }
}
