package dev.nslab.stack.ipv4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One routing table with longest-prefix-match lookup.
 *
 * <p>Routes are kept per prefix length in open-addressing hash tables keyed by the masked destination (for find,
 * chain, remove and dump). Routes sharing destination and length are chained in metric order (unsigned, as the
 * kernel's u32 priority), so the lowest metric (then the oldest) wins, as in the kernel's fib_alias lists.
 *
 * <p>Lookups go through a {@link PrefixRangeTable} built from the chain heads on the first lookup after a change:
 * probing one hash per prefix length in use cost 25 probes and 300 to 500 ns at 1M random routes, the range table
 * a binary search over a few dozen ranges. Building it lazily keeps adds cheap (1M adds, one build) and costs a
 * table that is never looked up nothing. Lookups that must skip routes (a scope floor, an output device) walk the
 * prefix lengths instead ({@link #chain}), as fib_table_lookup backtracks.
 */
final class FibTable
{
    private static final Comparator<Route> DUMP_ORDER = Comparator
        .comparingLong((Route r) -> r.destination & 0xFFFF_FFFFL)
        .thenComparing(Comparator.comparingInt((Route r) -> r.prefixLength).reversed())
        .thenComparing((Route a, Route b) -> Integer.compareUnsigned(a.metric, b.metric))
        .thenComparingLong(r -> r.sequence);

    private static final PrefixMap[] NO_MAPS = new PrefixMap[0];

    /** The table's id (RT_TABLE_*, or any number). */
    final int id;
    /** Told of every change, for the indexes built over several tables; or null. */
    private final Fib owner;
    /** When the kernel made the table (fib_new_table), for the dump order of {@code table all}. */
    long created;
    /** Bit L is set when the table holds a map for prefix length L (0 to 32). */
    private long usedLengths;
    /**
     * The maps of the lengths in {@link #usedLengths}, shortest first, with no gap: a namespace's tables use two or
     * three lengths of the 33, so a slot for each would mostly hold nothing.
     */
    private PrefixMap[] maps = NO_MAPS;
    private int size;
    /** How many routes of an error type (unreachable, prohibit, blackhole) the table holds. */
    private int failing;
    /** The lookup index, or null when a change made it stale. */
    private PrefixRangeTable ranges;

    /** A main table on its own (for tests and benchmarks of the table alone). */
    FibTable()
    {
        this(Route.Table.MAIN.id(), null, 0);
    }

    FibTable(final int id, final Fib owner, final long created)
    {
        this.id = id;
        this.owner = owner;
        this.created = created;
    }

    void created(final long sequence)
    {
        this.created = sequence;
    }

    int size()
    {
        return size;
    }

    /** @return the map of routes with this prefix length, or null when the table never held one. */
    private PrefixMap map(final int prefixLength)
    {
        final long bit = 1L << prefixLength;
        return (usedLengths & bit) == 0 ? null : maps[Long.bitCount(usedLengths & (bit - 1))];
    }

    /** @return a new, empty map for this prefix length, in its place among the others. */
    private PrefixMap addMap(final int prefixLength)
    {
        final long bit = 1L << prefixLength;
        final int at = Long.bitCount(usedLengths & (bit - 1));
        final PrefixMap[] more = new PrefixMap[maps.length + 1];
        System.arraycopy(maps, 0, more, 0, at);
        System.arraycopy(maps, at, more, at + 1, maps.length - at);
        final PrefixMap map = new PrefixMap();
        more[at] = map;
        maps = more;
        usedLengths |= bit;
        return map;
    }

    /** Inserts after the routes of equal key and metric (NLM_F_APPEND). */
    void insert(final Route route)
    {
        PrefixMap map = map(route.prefixLength);
        if (map == null)
        {
            map = addMap(route.prefixLength);
        }
        final Route head = map.get(route.destination);
        if (head == null || Integer.compareUnsigned(route.metric, head.metric) < 0)
        {
            route.nextSamePrefix = head;
            map.put(route.destination, route);
        }
        else
        {
            Route previous = head;
            while (previous.nextSamePrefix != null
                && Integer.compareUnsigned(previous.nextSamePrefix.metric, route.metric) <= 0)
            {
                previous = previous.nextSamePrefix;
            }
            route.nextSamePrefix = previous.nextSamePrefix;
            previous.nextSamePrefix = route;
        }
        size++;
        failing += fails(route);
        changed();
    }

    private static int fails(final Route route)
    {
        return route.type.error() != null ? 1 : 0;
    }

    /**
     * @return true when no route of the table fails a lookup: a lookup that found one need not read it to know it
     *         succeeded (at a million routes, reading it is a cache miss).
     */
    boolean nothingFails()
    {
        return failing == 0;
    }

    /** NLM_F_REPLACE: {@code replacement} takes {@code existing}'s place in its chain (and its dump position). */
    void replace(final Route existing, final Route replacement)
    {
        final PrefixMap map = map(existing.prefixLength);
        replacement.sequence = existing.sequence;
        replacement.nextSamePrefix = existing.nextSamePrefix;
        final Route head = map.get(existing.destination);
        if (head == existing)
        {
            map.put(existing.destination, replacement);
        }
        else
        {
            Route previous = head;
            while (previous.nextSamePrefix != existing)
            {
                previous = previous.nextSamePrefix;
            }
            previous.nextSamePrefix = replacement;
        }
        existing.nextSamePrefix = null;
        failing += fails(replacement) - fails(existing);
        changed();
    }

    private void changed()
    {
        ranges = null;
        if (owner != null)
        {
            owner.tableChanged(this);
        }
    }

    /** @return the first route with this key and metric, or null. */
    Route find(final int destination, final int prefixLength, final int metric)
    {
        final PrefixMap map = map(prefixLength);
        Route route = map == null ? null : map.get(destination & Prefix.mask(prefixLength));
        while (route != null && route.metric != metric)
        {
            route = route.nextSamePrefix;
        }
        return route;
    }

    /** @return the routes with this destination and prefix length, in metric order. */
    Route chain(final int destination, final int prefixLength)
    {
        final PrefixMap map = map(prefixLength);
        return map == null ? null : map.get(destination & Prefix.mask(prefixLength));
    }

    boolean remove(final Route route)
    {
        final PrefixMap map = map(route.prefixLength);
        if (map == null)
        {
            return false;
        }
        final Route head = map.get(route.destination);
        if (head == route)
        {
            if (route.nextSamePrefix == null)
            {
                map.remove(route.destination);
            }
            else
            {
                map.put(route.destination, route.nextSamePrefix);
            }
        }
        else
        {
            Route previous = head;
            while (previous != null && previous.nextSamePrefix != route)
            {
                previous = previous.nextSamePrefix;
            }
            if (previous == null)
            {
                return false;
            }
            previous.nextSamePrefix = route.nextSamePrefix;
        }
        route.nextSamePrefix = null;
        size--;
        failing -= fails(route);
        changed();
        return true;
    }

    /** @return the most specific route to {@code destination}, or null (also when that is a throw route). */
    Route lookup(final int destination)
    {
        PrefixRangeTable table = ranges;
        if (table == null)
        {
            table = ranges = buildRanges();
        }
        return table.lookup(destination);
    }

    /**
     * fib_table_lookup with a scope floor and an output device: the longest prefix holding a route that passes
     * (scope at least {@code minScope}, through {@code oif} when it is not 0; a route of an error type passes
     * whatever its device), its routes in chain order, backtracking to shorter prefixes. Allocates nothing.
     *
     * @return the route, or null.
     */
    Route lookup(final int destination, final int minScope, final int oif)
    {
        for (int length = 32; length >= 0; length--)
        {
            final Route found = firstPassing(chain(destination, length), minScope, oif);
            if (found != null)
            {
                return found;
            }
        }
        return null;
    }

    /** @return the first route of a chain that a lookup with this scope floor and output device may use, or null. */
    static Route firstPassing(final Route chain, final int minScope, final int oif)
    {
        for (Route route = chain; route != null; route = route.nextSamePrefix)
        {
            if (route.scopeValue() < minScope)
            {
                continue;
            }
            if (oif == 0 || route.type.isReject() || route.device.ifindex() == oif)
            {
                return route;
            }
        }
        return null;
    }

    /** @return how many distinct prefixes (chains) the table holds. */
    int prefixCount()
    {
        int prefixes = 0;
        for (final PrefixMap map : maps)
        {
            if (map != null)
            {
                prefixes += map.size;
            }
        }
        return prefixes;
    }

    /**
     * Copies the chain heads into the arrays from {@code at}, leaving out the prefixes {@code shadow} also holds
     * (when the kernel merges local and main, local's aliases sort first).
     *
     * @return the next free index.
     */
    int exportHeads(final int[] destinations, final int[] lengths, final Route[] heads, final int at,
        final FibTable shadow)
    {
        int count = at;
        int index = 0;
        for (long left = usedLengths; left != 0; left &= left - 1)
        {
            final int length = Long.numberOfTrailingZeros(left);
            count = maps[index++].exportHeads(length, destinations, lengths, heads, count,
                shadow == null ? null : shadow.map(length));
        }
        return count;
    }

    /** @return the lookup index of the current chain heads (allocates; once per change). */
    private PrefixRangeTable buildRanges()
    {
        final int prefixes = prefixCount();
        final int[] destinations = new int[prefixes];
        final int[] lengths = new int[prefixes];
        final Route[] heads = new Route[prefixes];
        final int count = exportHeads(destinations, lengths, heads, 0, null);
        for (int i = 0; i < count; i++)
        {
            if (heads[i].type == Route.Type.THROW)
            {
                // fib_table_lookup answers -EAGAIN for a throw route, as for no route: the lookup goes on.
                heads[i] = null;
            }
        }
        return PrefixRangeTable.build(destinations, lengths, heads, count);
    }

    /** @return every route in the order the kernel dumps them (allocates; for listing). */
    List<Route> dump()
    {
        final List<Route> routes = new ArrayList<>(size);
        for (final PrefixMap map : maps)
        {
            if (map != null)
            {
                map.forEachChain(routes);
            }
        }
        routes.sort(DUMP_ORDER);
        return routes;
    }

    /** An open-addressing map from a masked destination to the head of its route chain. */
    private static final class PrefixMap
    {
        /** Two slots to start: most maps hold one prefix (a /8, a /24); they grow by doubling. */
        private int[] keys = new int[2];
        private Route[] values = new Route[2];
        private int size;

        Route get(final int key)
        {
            final int mask = keys.length - 1;
            int index = hash(key) & mask;
            Route value;
            while ((value = values[index]) != null)
            {
                if (keys[index] == key)
                {
                    return value;
                }
                index = (index + 1) & mask;
            }
            return null;
        }

        void put(final int key, final Route route)
        {
            if ((size + 1) * 2 > keys.length)
            {
                grow();
            }
            final int mask = keys.length - 1;
            int index = hash(key) & mask;
            while (values[index] != null)
            {
                if (keys[index] == key)
                {
                    values[index] = route;
                    return;
                }
                index = (index + 1) & mask;
            }
            keys[index] = key;
            values[index] = route;
            size++;
        }

        void remove(final int key)
        {
            final int mask = keys.length - 1;
            int index = hash(key) & mask;
            while (values[index] != null)
            {
                if (keys[index] == key)
                {
                    values[index] = null;
                    size--;
                    // Re-insert the rest of the cluster so that probing still finds every key.
                    int next = (index + 1) & mask;
                    while (values[next] != null)
                    {
                        final int movedKey = keys[next];
                        final Route moved = values[next];
                        values[next] = null;
                        size--;
                        put(movedKey, moved);
                        next = (next + 1) & mask;
                    }
                    return;
                }
                index = (index + 1) & mask;
            }
        }

        /**
         * Copies every key and chain head not also in {@code shadow} into the arrays from {@code at}; @return the
         * next free index.
         */
        int exportHeads(final int length, final int[] destinations, final int[] lengths, final Route[] heads,
            final int at, final PrefixMap shadow)
        {
            int next = at;
            for (int i = 0; i < values.length; i++)
            {
                if (values[i] != null && (shadow == null || shadow.get(keys[i]) == null))
                {
                    destinations[next] = keys[i];
                    lengths[next] = length;
                    heads[next] = values[i];
                    next++;
                }
            }
            return next;
        }

        void forEachChain(final List<Route> into)
        {
            for (final Route head : values)
            {
                for (Route route = head; route != null; route = route.nextSamePrefix)
                {
                    into.add(route);
                }
            }
        }

        private void grow()
        {
            final int[] oldKeys = keys;
            final Route[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new Route[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++)
            {
                if (oldValues[i] != null)
                {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int hash(final int key)
        {
            final int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        @Override
        public String toString()
        {
            return Arrays.toString(keys);
        }
    }
}
