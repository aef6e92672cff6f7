package dev.nslab.core.time;

import java.util.Arrays;

/**
 * A binary heap in (time, sequence) order for the events due beyond the wheel's span (neighbour reachable timers,
 * long ping deadlines): few, rarely touched, so O(log n) is fine here. Each entry knows its index ({@link
 * Event#place}), so removing one is O(log n) with no search and no allocation.
 */
final class OverflowHeap
{
    private Event[] heap = new Event[64];
    private int size;

    int size()
    {
        return size;
    }

    /** @return the first event, or null when empty. */
    Event peek()
    {
        return size == 0 ? null : heap[0];
    }

    void add(final Event event)
    {
        if (size == heap.length)
        {
            heap = Arrays.copyOf(heap, size * 2);
        }
        event.place = size;
        heap[size++] = event;
        siftUp(event.place);
    }

    void remove(final Event event)
    {
        final int index = event.place;
        final Event last = heap[--size];
        heap[size] = null;
        event.place = Event.NOT_SCHEDULED;
        if (last != event)
        {
            heap[index] = last;
            last.place = index;
            siftDown(index);
            siftUp(last.place);
        }
    }

    private void siftUp(int index)
    {
        final Event event = heap[index];
        while (index > 0)
        {
            final int parentIndex = (index - 1) >>> 1;
            final Event parent = heap[parentIndex];
            if (!Event.precedes(event, parent))
            {
                break;
            }
            heap[index] = parent;
            parent.place = index;
            index = parentIndex;
        }
        heap[index] = event;
        event.place = index;
    }

    private void siftDown(int index)
    {
        final Event event = heap[index];
        final int half = size >>> 1;
        while (index < half)
        {
            int child = (index << 1) + 1;
            final int right = child + 1;
            if (right < size && Event.precedes(heap[right], heap[child]))
            {
                child = right;
            }
            if (!Event.precedes(heap[child], event))
            {
                break;
            }
            heap[index] = heap[child];
            heap[index].place = index;
            index = child;
        }
        heap[index] = event;
        event.place = index;
    }
}
