package dev.nslab.core.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FramePoolTest
{
    @Test
    void shouldReuseReleasedFrames()
    {
        final FramePool pool = new FramePool(16);
        final Frame first = pool.acquire();
        first.release();
        assertSame(first, pool.acquire());
        assertEquals(1, pool.created());
        assertEquals(1, pool.outstanding());
    }

    @Test
    void shouldRefuseADoubleRelease()
    {
        final FramePool pool = new FramePool(16);
        final Frame frame = pool.acquire();
        frame.release();
        assertThrows(IllegalStateException.class, frame::release);
    }

    @Test
    void shouldPrependHeadersInTheHeadroom()
    {
        final Frame frame = new FramePool(4).acquire().copyFrom(new byte[] {1, 2, 3}, 0, 3);
        final int offset = frame.push(14);
        assertEquals(Frame.HEADROOM - 14, offset);
        assertEquals(17, frame.length());
        frame.pull(14);
        assertEquals(1, frame.buffer()[frame.offset()]);
    }

    @Test
    void shouldGrowWhenHeadersOutgrowTheHeadroom()
    {
        final Frame frame = new FramePool(4).acquire().copyFrom(new byte[] {9}, 0, 1);
        frame.push(Frame.HEADROOM);
        frame.push(100);
        assertEquals(1 + Frame.HEADROOM + 100, frame.length());
        assertEquals(9, frame.buffer()[frame.end() - 1]);
    }

    @Test
    void shouldKeepAGrownBufferAcrossReuse()
    {
        final FramePool pool = new FramePool(4);
        final Frame frame = pool.acquire().reset(9000);
        final int capacity = frame.buffer().length;
        frame.release();
        assertEquals(capacity, pool.acquire().buffer().length);
    }
}
