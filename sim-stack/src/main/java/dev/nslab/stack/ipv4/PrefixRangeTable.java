package dev.nslab.stack.ipv4;

import java.util.Arrays;

/**
 * A read-only longest-prefix-match index: the address space cut into the elementary ranges in which the best
 * prefix does not change, with the route of each range. A lookup is a binary search for the last range starting at
 * or below the address: no hashing, no probing per prefix length, no allocation, and the same cost whatever
 * lengths are in use.
 *
 * <p>Large tables add a direct index on the top 16 address bits (64 Ki ints, 256 KiB) that narrows the search to
 * the ranges of one /16, about 2 x routes / 65,536 of them (some 30 at 1M routes, 5 compares in two cache lines).
 * Small tables skip it, so a namespace with a handful of routes pays a few dozen bytes.
 *
 * <p>Why ranges rather than a multibit trie (DIR-16-8-8): with random prefixes up to /32 a trie needs a 1 KiB chunk
 * for nearly every /16 and every /24 that holds a longer prefix, hundreds of MB at 1M routes, while the ranges take
 * 2 ints and a reference per range (about 24 MB at 1M). The figures are in bench/results/README.md.
 *
 * <p>Built from scratch by {@link #build}; the owning {@link FibTable} rebuilds it on the first lookup after a
 * change, so adding 1M routes costs one build, not 1M.
 */
final class PrefixRangeTable
{
    /** Below this many ranges a plain binary search over all of them beats loading the direct index. */
    static final int DIRECT_INDEX_MIN_RANGES = 512;
    private static final int INDEX_BITS = 16;
    private static final int INDEX_SHIFT = 32 - INDEX_BITS;
    /** Starts are stored with the sign bit flipped so that signed int order is unsigned address order. */
    private static final int SIGN = Integer.MIN_VALUE;
    private static final PrefixRangeTable EMPTY = new PrefixRangeTable(new int[] {SIGN}, new Route[1], null);

    private final int[] rangeStarts;
    private final Route[] rangeRoutes;
    /** For each /16, the index of the range holding its first address; one more entry for the end. */
    private final int[] directIndex;

    private PrefixRangeTable(final int[] rangeStarts, final Route[] rangeRoutes, final int[] directIndex)
    {
        this.rangeStarts = rangeStarts;
        this.rangeRoutes = rangeRoutes;
        this.directIndex = directIndex;
    }

    /** @return the route of the longest prefix holding {@code destination}, or null. */
    Route lookup(final int destination)
    {
        final int key = destination ^ SIGN;
        final int[] starts = rangeStarts;
        int base;
        int remaining;
        final int[] index = directIndex;
        if (index == null)
        {
            base = 0;
            remaining = starts.length;
        }
        else
        {
            final int bucket = destination >>> INDEX_SHIFT;
            base = index[bucket];
            remaining = index[bucket + 1] - base + 1;
        }
        // The last range whose start is at or below the key (starts[base] <= key always holds). Branch-free: the
        // comparisons of random addresses are coin flips, and a conditional move beats a mispredicted jump.
        while (remaining > 1)
        {
            final int half = remaining >>> 1;
            base = starts[base + half] <= key ? base + half : base;
            remaining -= half;
        }
        return rangeRoutes[base];
    }

    /** @return how many ranges the table holds (for tests and memory estimates). */
    int rangeCount()
    {
        return rangeStarts.length;
    }

    /**
     * Builds the index of {@code count} distinct prefixes.
     *
     * @param destinations the prefixes' masked destinations.
     * @param lengths      their lengths, 0 to 32.
     * @param routes       the route each prefix leads to (its chain's head).
     */
    static PrefixRangeTable build(final int[] destinations, final int[] lengths, final Route[] routes, final int count)
    {
        if (count == 0)
        {
            return EMPTY;
        }
        if (count >= 1 << 26)
        {
            throw new IllegalArgumentException("too many prefixes: " + count);
        }
        // Sorted by start, then by length, so that a prefix comes after every prefix enclosing it.
        final long[] order = new long[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = ((long) (destinations[i] ^ SIGN) << 32) | ((long) lengths[i] << 26) | i;
        }
        Arrays.sort(order);
        final RangeWriter writer = new RangeWriter(2 * count + 1);
        writer.emit(0, null);
        // The prefixes enclosing the current one: a stack of their last addresses (unsigned) and routes.
        final long[] stackEnds = new long[33];
        final Route[] stackRoutes = new Route[33];
        int depth = 0;
        for (int k = 0; k < count; k++)
        {
            final int i = (int) (order[k] & ((1 << 26) - 1));
            final long start = destinations[i] & 0xFFFF_FFFFL;
            final long end = start + (1L << (32 - lengths[i])) - 1;
            while (depth > 0 && stackEnds[depth - 1] < start)
            {
                depth--;
                writer.emit(stackEnds[depth] + 1, depth > 0 ? stackRoutes[depth - 1] : null);
            }
            writer.emit(start, routes[i]);
            stackEnds[depth] = end;
            stackRoutes[depth] = routes[i];
            depth++;
        }
        while (depth > 0)
        {
            depth--;
            if (stackEnds[depth] < 0xFFFF_FFFFL)
            {
                writer.emit(stackEnds[depth] + 1, depth > 0 ? stackRoutes[depth - 1] : null);
            }
        }
        final int[] starts = Arrays.copyOf(writer.starts, writer.count);
        final Route[] rangeRoutes = Arrays.copyOf(writer.routes, writer.count);
        return new PrefixRangeTable(starts, rangeRoutes,
            writer.count >= DIRECT_INDEX_MIN_RANGES ? directIndex(starts) : null);
    }

    private static int[] directIndex(final int[] starts)
    {
        final int buckets = 1 << INDEX_BITS;
        final int[] index = new int[buckets + 1];
        int range = 0;
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            final int firstAddress = (bucket << INDEX_SHIFT) ^ SIGN;
            while (range + 1 < starts.length && starts[range + 1] <= firstAddress)
            {
                range++;
            }
            index[bucket] = range;
        }
        index[buckets] = starts.length - 1;
        return index;
    }

    /** Appends ranges, merging neighbours that lead to the same route. */
    private static final class RangeWriter
    {
        final int[] starts;
        final Route[] routes;
        int count;

        RangeWriter(final int capacity)
        {
            starts = new int[capacity];
            routes = new Route[capacity];
        }

        void emit(final long start, final Route route)
        {
            final int key = (int) start ^ SIGN;
            if (count > 0 && starts[count - 1] == key)
            {
                // A prefix starting where the previous range starts overrides it.
                count--;
            }
            if (count > 0 && routes[count - 1] == route)
            {
                return;
            }
            starts[count] = key;
            routes[count] = route;
            count++;
        }
    }
}
