package dev.nslab.stack.link;

import dev.nslab.core.ring.BackoffIdler;
import dev.nslab.core.ring.FrameRing;

/**
 * The userspace side of a tap, as a program holding {@code /dev/net/tun} sees it: {@link #read} takes frames the
 * stack sent, {@link #write} gives frames to the stack. One application thread may read and one may write (each
 * ring is single-producer single-consumer); the simulation thread is the other end. Neither side blocks the other:
 * a full ring drops and counts.
 */
public final class TapHandle
{
    private final TapDevice device;
    final FrameRing toUser;
    final FrameRing fromUser;
    volatile boolean closed;
    private long writeDrops;

    TapHandle(final TapDevice device, final int ringCapacity)
    {
        this.device = device;
        this.toUser = new FrameRing(ringCapacity);
        this.fromUser = new FrameRing(ringCapacity);
    }

    public TapDevice device()
    {
        return device;
    }

    /**
     * Writes one Ethernet frame into the stack. Writer thread only.
     *
     * @return false when the ring was full and the frame was dropped (counted in {@link #writeDrops()}).
     */
    public boolean write(final byte[] frame, final int offset, final int length)
    {
        if (closed)
        {
            return false;
        }
        if (fromUser.offer(frame, offset, length))
        {
            return true;
        }
        writeDrops++;
        return false;
    }

    public boolean write(final byte[] frame)
    {
        return write(frame, 0, frame.length);
    }

    /**
     * Reads the next frame the stack sent, without waiting. Reader thread only.
     *
     * @return its length, or -1 when none is waiting.
     */
    public int read(final byte[] destination, final int offset, final int maxLength)
    {
        return toUser.poll(destination, offset, maxLength);
    }

    /**
     * Reads the next frame, waiting up to {@code timeoutNs} of wall time with a backoff (never a busy spin).
     *
     * @return its length, or -1 on timeout or when the handle was closed.
     */
    public int read(final byte[] destination, final int offset, final int maxLength, final long timeoutNs)
    {
        final long deadline = System.nanoTime() + timeoutNs;
        final BackoffIdler idler = new BackoffIdler();
        while (true)
        {
            final int length = toUser.poll(destination, offset, maxLength);
            if (length >= 0 || closed || System.nanoTime() - deadline > 0)
            {
                return length;
            }
            idler.idle();
        }
    }

    /** Drains every waiting frame into a consumer. Reader thread only. */
    public int drain(final FrameRing.FrameConsumer consumer, final int limit)
    {
        return toUser.drain(consumer, limit);
    }

    /** @return frames refused because the stack-bound ring was full. Writer thread. */
    public long writeDrops()
    {
        return writeDrops;
    }

    public boolean isClosed()
    {
        return closed;
    }
}
