package dev.nslab.core.ring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FrameRingTest
{
    @Test
    void shouldHoldExactlyItsCapacityAndThenRefuse()
    {
        final FrameRing ring = new FrameRing(1000);
        final byte[] frame = new byte[60];
        for (int i = 0; i < 1000; i++)
        {
            assertTrue(ring.offer(frame, 0, frame.length));
        }
        assertFalse(ring.offer(frame, 0, frame.length), "txqueuelen 1000, not the power of two above it");
    }

    @Test
    void shouldCopyFramesInOrder()
    {
        final FrameRing ring = new FrameRing(4);
        ring.offer(new byte[] {1, 2, 3}, 0, 3);
        ring.offer(new byte[] {9, 8, 7, 6}, 1, 2);
        final byte[] out = new byte[10];
        assertEquals(3, ring.poll(out, 0, out.length));
        assertArrayEquals(new byte[] {1, 2, 3}, Arrays.copyOf(out, 3));
        assertEquals(2, ring.poll(out, 0, out.length));
        assertArrayEquals(new byte[] {8, 7}, Arrays.copyOf(out, 2));
        assertEquals(-1, ring.poll(out, 0, out.length));
    }

    @Test
    void shouldTakeFramesLargerThanASlot()
    {
        final FrameRing ring = new FrameRing(2);
        final byte[] jumbo = new byte[9000];
        jumbo[8999] = 42;
        assertTrue(ring.offer(jumbo, 0, jumbo.length));
        final byte[] out = new byte[9000];
        assertEquals(9000, ring.poll(out, 0, out.length));
        assertEquals(42, out[8999]);
    }

    @Test
    void shouldPassEveryFrameBetweenTwoThreads() throws InterruptedException
    {
        final FrameRing ring = new FrameRing(64);
        final int frames = 200_000;
        final Thread producer = new Thread(() ->
        {
            final BackoffIdler idler = new BackoffIdler();
            final byte[] frame = new byte[8];
            for (int i = 0; i < frames; i++)
            {
                frame[0] = (byte) i;
                frame[1] = (byte) (i >>> 8);
                frame[2] = (byte) (i >>> 16);
                while (!ring.offer(frame, 0, frame.length))
                {
                    idler.idle();
                }
                idler.reset();
            }
        });
        producer.start();
        final int[] next = {0};
        final BackoffIdler idler = new BackoffIdler();
        while (next[0] < frames)
        {
            final int drained = ring.drain((buffer, offset, length) ->
            {
                final int value = (buffer[offset] & 0xFF) | (buffer[offset + 1] & 0xFF) << 8
                    | (buffer[offset + 2] & 0xFF) << 16;
                assertEquals(next[0]++, value);
            }, 256);
            if (drained == 0)
            {
                idler.idle();
            }
            else
            {
                idler.reset();
            }
        }
        producer.join();
        assertTrue(ring.isEmpty());
    }
}
