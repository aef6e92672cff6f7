package dev.nslab.core.ring;

import org.jctools.queues.SpscArrayQueue;

/**
 * A bounded, lock-free, single-producer single-consumer channel of Ethernet frames between two threads: one
 * direction of a tap's userspace side.
 *
 * <p>It holds exactly {@code capacity} preallocated slots that travel between a queue of filled slots and a queue of
 * free ones, so passing a frame copies its bytes once and allocates nothing (a slot grows only for a frame bigger
 * than any before). When every slot is in use, {@link #offer} refuses and the caller counts a drop, as a full
 * txqueuelen does.
 */
public final class FrameRing
{
    /** Receives frames drained from the ring; must not throw and must not keep the array. */
    @FunctionalInterface
    public interface FrameConsumer
    {
        void accept(byte[] buffer, int offset, int length);
    }

    private static final int INITIAL_SLOT_BYTES = 1536;

    private final SpscArrayQueue<Slot> filled;
    private final SpscArrayQueue<Slot> free;
    private final int capacity;

    public FrameRing(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.filled = new SpscArrayQueue<>(Math.max(4, capacity));
        this.free = new SpscArrayQueue<>(Math.max(4, capacity));
        for (int i = 0; i < capacity; i++)
        {
            free.offer(new Slot());
        }
    }

    public int capacity()
    {
        return capacity;
    }

    /**
     * Copies a frame into the ring. Producer thread only.
     *
     * @return false when the ring is full (nothing was copied).
     */
    public boolean offer(final byte[] buffer, final int offset, final int length)
    {
        final Slot slot = free.relaxedPoll();
        if (slot == null)
        {
            return false;
        }
        if (slot.data.length < length)
        {
            slot.data = new byte[Math.max(length, slot.data.length * 2)];
        }
        System.arraycopy(buffer, offset, slot.data, 0, length);
        slot.length = length;
        filled.offer(slot);
        return true;
    }

    /**
     * Hands up to {@code limit} frames to the consumer, oldest first. Consumer thread only.
     *
     * @return how many frames were handed over.
     */
    public int drain(final FrameConsumer consumer, final int limit)
    {
        int count = 0;
        while (count < limit)
        {
            final Slot slot = filled.relaxedPoll();
            if (slot == null)
            {
                break;
            }
            consumer.accept(slot.data, 0, slot.length);
            free.offer(slot);
            count++;
        }
        return count;
    }

    /**
     * Copies the oldest frame into {@code destination}. Consumer thread only.
     *
     * @return the frame's length, -1 when the ring is empty; a frame longer than the destination is cut, as a
     *         {@code read} on a tap with a short buffer would.
     */
    public int poll(final byte[] destination, final int offset, final int maxLength)
    {
        final Slot slot = filled.relaxedPoll();
        if (slot == null)
        {
            return -1;
        }
        final int length = Math.min(slot.length, maxLength);
        System.arraycopy(slot.data, 0, destination, offset, length);
        free.offer(slot);
        return length;
    }

    /** @return true when no frame waits (approximate when called from a third thread). */
    public boolean isEmpty()
    {
        return filled.isEmpty();
    }

    /** @return frames waiting (approximate). */
    public int size()
    {
        return filled.size();
    }

    private static final class Slot
    {
        byte[] data = new byte[INITIAL_SLOT_BYTES];
        int length;
    }
}
