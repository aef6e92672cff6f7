package dev.nslab.core.time;

/**
 * The loop's pending events, taken out in exactly (time, sequence) order: a hashed timer wheel with one slot per
 * kernel jiffy, a sorted list for the slot being run, and a heap for what lies beyond the wheel's span.
 *
 * <ul>
 * <li><b>Near list</b>: every event whose slot ({@code time / NS_PER_JIFFY}) is at or before the current slot,
 * doubly linked in (time, sequence) order. Frames in flight (a veth's 20 us, a loopback's few) land here; a new
 * event has the newest sequence and is almost always due at or after the last one, so inserting it is one compare
 * at the tail and taking the first is O(1).</li>
 * <li><b>Wheel</b>: the next {@value #WHEEL_SLOTS} - 1 slots (about 16 s), each an unsorted FIFO list, with a bitmap
 * of the slots that hold something. Kernel timers, rounded to jiffies by {@link KernelTimers}, land here: arming,
 * re-arming and cancelling are O(1). When the near list runs dry the queue jumps to the next occupied slot (a bitmap
 * scan) and sorts that slot into the near list; its events were appended in sequence order and timers in one slot
 * share one time, so that sort is linear in practice.</li>
 * <li><b>Overflow</b>: events beyond the wheel's span, in a heap; at each jump the queue takes from it whatever
 * falls in the slot it jumps to, so nothing needs to migrate into the wheel.</li>
 * </ul>
 *
 * <p>Nothing here allocates once the overflow heap has grown to its working size. Loop thread only.
 */
final class EventQueue
{
    static final int WHEEL_SLOTS = 4096;
    private static final int SLOT_MASK = WHEEL_SLOTS - 1;
    private static final int WORD_MASK = WHEEL_SLOTS / Long.SIZE - 1;
    private static final long SLOT_NS = KernelTimers.NS_PER_JIFFY;

    private Event nearHead;
    private Event nearTail;
    private final Event[] slotHeads = new Event[WHEEL_SLOTS];
    private final Event[] slotTails = new Event[WHEEL_SLOTS];
    /** Bit i set while wheel slot i holds an event. */
    private final long[] occupied = new long[WHEEL_SLOTS / Long.SIZE];
    private int inWheel;
    private final OverflowHeap overflow = new OverflowHeap();
    private int size;
    /**
     * The slot the near list covers up to. The wheel holds slots after it, less than {@link #WHEEL_SLOTS} after;
     * the overflow, slots after it only.
     */
    private long currentSlot;

    int size()
    {
        return size;
    }

    /**
     * Adds an event whose time and sequence are set; its sequence is the newest unless it comes back from the
     * overflow.
     *
     * @param now the loop's current time, at or before the event's time.
     */
    void add(final Event event, final long now)
    {
        if (size++ == 0)
        {
            currentSlot = now / SLOT_NS;
        }
        final long slot = event.time / SLOT_NS;
        if (slot <= currentSlot)
        {
            insertNear(event);
        }
        else if (slot - currentSlot < WHEEL_SLOTS)
        {
            appendToSlot(event, (int) slot & SLOT_MASK);
        }
        else
        {
            overflow.add(event);
        }
    }

    /** Removes a scheduled event. */
    void remove(final Event event)
    {
        final int place = event.place;
        if (place == Event.IN_NEAR_LIST)
        {
            unlinkNear(event);
        }
        else if (place == Event.IN_WHEEL)
        {
            unlinkFromSlot(event, (int) (event.time / SLOT_NS) & SLOT_MASK);
        }
        else
        {
            overflow.remove(event);
        }
        event.place = Event.NOT_SCHEDULED;
        size--;
    }

    /** @return the first event, left in the queue; null when empty. */
    Event peek()
    {
        if (nearHead == null && size > 0)
        {
            advance();
        }
        return nearHead;
    }

    /** @return the first event, taken out of the queue; null when empty. */
    Event poll()
    {
        final Event event = peek();
        if (event != null)
        {
            final Event next = event.next;
            nearHead = next;
            if (next == null)
            {
                nearTail = null;
            }
            else
            {
                next.previous = null;
                event.next = null;
            }
            event.place = Event.NOT_SCHEDULED;
            size--;
        }
        return event;
    }

    /**
     * The near list is empty and something waits: move to the first slot that holds an event, in the wheel or the
     * overflow, and sort its events into the near list.
     */
    private void advance()
    {
        long target = Long.MAX_VALUE;
        if (inWheel > 0)
        {
            target = nextOccupiedSlot();
        }
        final long wheelTarget = target;
        final Event far = overflow.peek();
        if (far != null)
        {
            target = Math.min(target, far.time / SLOT_NS);
        }
        currentSlot = target;
        if (target == wheelTarget)
        {
            final int index = (int) target & SLOT_MASK;
            Event event = slotHeads[index];
            slotHeads[index] = null;
            slotTails[index] = null;
            occupied[index >>> 6] &= ~(1L << index);
            while (event != null)
            {
                final Event next = event.next;
                event.next = null;
                event.previous = null;
                inWheel--;
                insertNear(event);
                event = next;
            }
        }
        Event fromOverflow;
        while ((fromOverflow = overflow.peek()) != null && fromOverflow.time / SLOT_NS <= target)
        {
            overflow.remove(fromOverflow);
            insertNear(fromOverflow);
        }
    }

    /** @return the first occupied wheel slot after the current one (the wheel is not empty). */
    private long nextOccupiedSlot()
    {
        final int start = (int) (currentSlot + 1) & SLOT_MASK;
        int word = start >>> 6;
        long bits = occupied[word] & (-1L << start);
        while (bits == 0)
        {
            word = (word + 1) & WORD_MASK;
            bits = occupied[word];
        }
        final int index = (word << 6) | Long.numberOfTrailingZeros(bits);
        return currentSlot + 1 + ((index - start) & SLOT_MASK);
    }

    /** Inserts into the near list after the last event that precedes it, searching from the tail. */
    private void insertNear(final Event event)
    {
        event.place = Event.IN_NEAR_LIST;
        Event before = nearTail;
        while (before != null && Event.precedes(event, before))
        {
            before = before.previous;
        }
        final Event after = before == null ? nearHead : before.next;
        event.previous = before;
        event.next = after;
        if (before == null)
        {
            nearHead = event;
        }
        else
        {
            before.next = event;
        }
        if (after == null)
        {
            nearTail = event;
        }
        else
        {
            after.previous = event;
        }
    }

    private void unlinkNear(final Event event)
    {
        final Event previous = event.previous;
        final Event next = event.next;
        if (previous == null)
        {
            nearHead = next;
        }
        else
        {
            previous.next = next;
        }
        if (next == null)
        {
            nearTail = previous;
        }
        else
        {
            next.previous = previous;
        }
        event.previous = null;
        event.next = null;
    }

    private void appendToSlot(final Event event, final int index)
    {
        event.place = Event.IN_WHEEL;
        final Event tail = slotTails[index];
        event.previous = tail;
        if (tail == null)
        {
            slotHeads[index] = event;
            occupied[index >>> 6] |= 1L << index;
        }
        else
        {
            tail.next = event;
        }
        slotTails[index] = event;
        inWheel++;
    }

    private void unlinkFromSlot(final Event event, final int index)
    {
        final Event previous = event.previous;
        final Event next = event.next;
        if (previous == null)
        {
            slotHeads[index] = next;
        }
        else
        {
            previous.next = next;
        }
        if (next == null)
        {
            slotTails[index] = previous;
        }
        else
        {
            next.previous = previous;
        }
        if (slotHeads[index] == null)
        {
            occupied[index >>> 6] &= ~(1L << index);
        }
        event.previous = null;
        event.next = null;
        inWheel--;
    }
}
