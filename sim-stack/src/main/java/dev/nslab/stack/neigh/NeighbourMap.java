package dev.nslab.stack.neigh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The entries of one neighbour table: found by address key (128 bits as two longs, wide enough for IPv6; an IPv4
 * address is the low 32 bits) through an open-addressing index on plain longs (no boxing: a router sending to
 * several next hops looks up on every frame), and kept in creation order for
 * {@code ip neigh}. Entries are removed rarely (flush, garbage collection, device down), so removal rebuilds the
 * index.
 */
final class NeighbourMap
{
    /** The index of a table with no entry, shared (never written: the first entry makes the table its own). */
    private static final long[] NO_KEYS = new long[1];
    private static final Neighbour[] NO_VALUES = new Neighbour[1];
    private static final int FIRST_CAPACITY = 8;

    private long[] highs = NO_KEYS;
    private long[] lows = NO_KEYS;
    private Neighbour[] values = NO_VALUES;
    private int size;
    private final List<Neighbour> inOrder = new ArrayList<>();

    Neighbour get(final long high, final long low)
    {
        final int mask = lows.length - 1;
        int index = hash(high, low) & mask;
        Neighbour value;
        while ((value = values[index]) != null)
        {
            if (lows[index] == low && highs[index] == high)
            {
                return value;
            }
            index = (index + 1) & mask;
        }
        return null;
    }

    /** Adds an entry for an address that has none. */
    void add(final Neighbour neighbour)
    {
        if ((size + 1) * 2 > lows.length)
        {
            index(Math.max(FIRST_CAPACITY, lows.length * 2));
        }
        insert(neighbour);
        inOrder.add(neighbour);
    }

    int size()
    {
        return size;
    }

    /** @return the entries in creation order (a live view: do not change the map while iterating it). */
    List<Neighbour> inOrder()
    {
        return inOrder;
    }

    /** Removes the entries the filter picks, each handed to {@code removed} first; returns how many. */
    int removeIf(final Predicate<Neighbour> remove, final java.util.function.Consumer<Neighbour> removed)
    {
        // Oldest first, as the kernel walks its lists (it matters when a forced collection stops at a quota).
        int count = 0;
        int kept = 0;
        for (int i = 0; i < inOrder.size(); i++)
        {
            final Neighbour neighbour = inOrder.get(i);
            if (remove.test(neighbour))
            {
                removed.accept(neighbour);
                count++;
            }
            else
            {
                inOrder.set(kept++, neighbour);
            }
        }
        while (inOrder.size() > kept)
        {
            inOrder.remove(inOrder.size() - 1);
        }
        if (count > 0)
        {
            index(lows.length);
        }
        return count;
    }

    private void index(final int capacity)
    {
        highs = new long[capacity];
        lows = new long[capacity];
        values = new Neighbour[capacity];
        size = 0;
        for (final Neighbour neighbour : inOrder)
        {
            insert(neighbour);
        }
    }

    private void insert(final Neighbour neighbour)
    {
        final int mask = lows.length - 1;
        int index = hash(neighbour.keyHigh, neighbour.keyLow) & mask;
        while (values[index] != null)
        {
            index = (index + 1) & mask;
        }
        highs[index] = neighbour.keyHigh;
        lows[index] = neighbour.keyLow;
        values[index] = neighbour;
        size++;
    }

    private static int hash(final long high, final long low)
    {
        // An IPv4 key (high 0) hashes as the int it is, so the index spreads exactly as it did for IPv4 alone.
        final int h = ((int) low ^ (int) (low >>> 32) ^ (int) high ^ (int) (high >>> 32)) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
