package dev.nslab.core.frame;

/**
 * A free list of frames for one simulation thread. It grows when empty (warm-up) and keeps at most
 * {@code maxRetained} free frames, so a burst does not pin memory forever. Not thread-safe: one pool per loop.
 */
public final class FramePool
{
    private final int maxRetained;
    private Frame[] free;
    private int freeCount;
    private long created;
    private long outstanding;

    public FramePool(final int maxRetained)
    {
        this.maxRetained = maxRetained;
        this.free = new Frame[Math.min(maxRetained, 1024)];
    }

    public FramePool()
    {
        this(1 << 16);
    }

    /** @return an empty frame with headroom; owned by the caller. */
    public Frame acquire()
    {
        outstanding++;
        if (freeCount == 0)
        {
            created++;
            return new Frame(this);
        }
        final Frame frame = free[--freeCount];
        free[freeCount] = null;
        frame.inPool = false;
        return frame.clear();
    }

    /** @return a frame holding a copy of the given bytes. */
    public Frame acquireCopy(final byte[] source, final int offset, final int length)
    {
        return acquire().copyFrom(source, offset, length);
    }

    void release(final Frame frame)
    {
        if (frame.inPool)
        {
            throw new IllegalStateException("frame released twice");
        }
        outstanding--;
        frame.orphan();
        frame.inPool = true;
        frame.next = null;
        frame.ingressIfindex = 0;
        frame.loopedRouteIfindex = 0;
        frame.checksumUnnecessary = false;
        frame.detachConntrack();
        if (freeCount == free.length)
        {
            if (free.length >= maxRetained)
            {
                return;
            }
            free = java.util.Arrays.copyOf(free, Math.min(maxRetained, free.length * 2));
        }
        free[freeCount++] = frame;
    }

    /** @return frames handed out and not yet released (a leak shows up here in tests). */
    public long outstanding()
    {
        return outstanding;
    }

    /** @return frames ever created. */
    public long created()
    {
        return created;
    }
}
