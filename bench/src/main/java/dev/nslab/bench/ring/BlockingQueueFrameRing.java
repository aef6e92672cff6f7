package dev.nslab.bench.ring;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The baseline for {@link dev.nslab.core.ring.FrameRing}: the same design (preallocated slots travelling between
 * a queue of filled slots and a queue of free ones, bytes copied in and out) on {@link ArrayBlockingQueue}, the
 * JDK's bounded queue with one lock and two conditions. Only the queue differs, so the comparison is the queue's.
 */
final class BlockingQueueFrameRing
{
    private static final int SLOT_BYTES = 1536;

    private final ArrayBlockingQueue<Slot> filled;
    private final ArrayBlockingQueue<Slot> free;

    BlockingQueueFrameRing(final int capacity)
    {
        filled = new ArrayBlockingQueue<>(capacity);
        free = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < capacity; i++)
        {
            free.add(new Slot());
        }
    }

    /** @return false when full (nothing copied). Producer thread only. */
    boolean offer(final byte[] buffer, final int offset, final int length)
    {
        final Slot slot = free.poll();
        if (slot == null)
        {
            return false;
        }
        return fill(slot, buffer, offset, length);
    }

    /** Waits up to {@code timeoutNs} for room. Producer thread only. */
    boolean offer(final byte[] buffer, final int offset, final int length, final long timeoutNs)
        throws InterruptedException
    {
        final Slot slot = free.poll(timeoutNs, TimeUnit.NANOSECONDS);
        if (slot == null)
        {
            return false;
        }
        return fill(slot, buffer, offset, length);
    }

    /** @return the frame's length, -1 when empty. Consumer thread only. */
    int poll(final byte[] destination, final int offset, final int maxLength)
    {
        return empty(filled.poll(), destination, offset, maxLength);
    }

    /** Waits up to {@code timeoutNs} for a frame; -1 when none came. Consumer thread only. */
    int poll(final byte[] destination, final int offset, final int maxLength, final long timeoutNs)
        throws InterruptedException
    {
        return empty(filled.poll(timeoutNs, TimeUnit.NANOSECONDS), destination, offset, maxLength);
    }

    private boolean fill(final Slot slot, final byte[] buffer, final int offset, final int length)
    {
        System.arraycopy(buffer, offset, slot.data, 0, length);
        slot.length = length;
        filled.add(slot);
        return true;
    }

    private int empty(final Slot slot, final byte[] destination, final int offset, final int maxLength)
    {
        if (slot == null)
        {
            return -1;
        }
        final int length = Math.min(slot.length, maxLength);
        System.arraycopy(slot.data, 0, destination, offset, length);
        free.add(slot);
        return length;
    }

    private static final class Slot
    {
        final byte[] data = new byte[SLOT_BYTES];
        int length;
    }
}
