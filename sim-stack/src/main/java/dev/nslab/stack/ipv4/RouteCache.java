package dev.nslab.stack.ipv4;

import dev.nslab.stack.link.NetDevice;

/**
 * The namespace's cache of route lookups (the dst cache a socket or flow keeps in Linux, rt_genid-checked): a
 * successful lookup is kept under everything it was asked with, and the next identical question is answered from it
 * while {@link Fib#generation()} has not moved. Every change a lookup could see bumps that generation (routes, rules,
 * tables, addresses, device events, net.ipv4.conf sysctls, redirects taken), so an answer from here is the answer a
 * lookup would give now, and steady traffic walks no FIB.
 *
 * <p>Only answers that depend on nothing but that state are kept: failures (which may count, e.g. martian sources)
 * are looked up every time, and so is a route with redirect exceptions, whose answer depends on the time they
 * expire. Direct-mapped, a few entries, made on first use: a namespace that never routes holds none.
 * Simulation thread only.
 */
final class RouteCache
{
    private static final int SLOTS = 16;

    private Entry[] entries;
    /** Lookups answered from the cache: how tests see that steady traffic walks no FIB. */
    long hits;

    /** One kept answer and the question it answers. */
    private static final class Entry
    {
        long generation = -1;
        boolean input;
        boolean arp;
        int destination;
        int source;
        /** The bound device's index (output) or the input device (input). */
        int oif;
        NetDevice inputDevice;
        final RouteResult result = new RouteResult();
    }

    /** @return true when {@code out} now holds the kept answer of this output lookup. */
    boolean findOutput(final long generation, final int destination, final int source, final int oif,
        final RouteResult out)
    {
        final Entry[] entries = this.entries;
        if (entries == null)
        {
            return false;
        }
        final Entry entry = entries[slot(destination, source, oif)];
        if (entry == null || entry.generation != generation || entry.input || entry.destination != destination
            || entry.source != source || entry.oif != oif)
        {
            return false;
        }
        hits++;
        out.copyFrom(entry.result);
        return true;
    }

    /** @return true when {@code out} now holds the kept answer of this input lookup. */
    boolean findInput(final long generation, final int destination, final int source, final NetDevice input,
        final boolean arp, final RouteResult out)
    {
        final Entry[] entries = this.entries;
        if (entries == null)
        {
            return false;
        }
        final Entry entry = entries[slot(destination, source, input.ifindex())];
        if (entry == null || entry.generation != generation || !entry.input || entry.inputDevice != input
            || entry.destination != destination || entry.source != source || entry.arp != arp)
        {
            return false;
        }
        hits++;
        out.copyFrom(entry.result);
        return true;
    }

    /** Keeps the successful answer {@code found} of an output lookup made at {@code generation}, if it may be. */
    void keepOutput(final long generation, final int destination, final int source, final int oif,
        final RouteResult found)
    {
        if (!keepable(found))
        {
            return;
        }
        final Entry entry = entry(slot(destination, source, oif));
        entry.generation = generation;
        entry.input = false;
        entry.arp = false;
        entry.destination = destination;
        entry.source = source;
        entry.oif = oif;
        entry.inputDevice = null;
        entry.result.copyFrom(found);
    }

    /** Keeps the successful answer {@code found} of an input lookup made at {@code generation}, if it may be. */
    void keepInput(final long generation, final int destination, final int source, final NetDevice input,
        final boolean arp, final RouteResult found)
    {
        if (!keepable(found))
        {
            return;
        }
        final Entry entry = entry(slot(destination, source, input.ifindex()));
        entry.generation = generation;
        entry.input = true;
        entry.arp = arp;
        entry.destination = destination;
        entry.source = source;
        entry.oif = 0;
        entry.inputDevice = input;
        entry.result.copyFrom(found);
    }

    /** A route with redirect exceptions answers by the time they expire: that is looked up each time. */
    private static boolean keepable(final RouteResult found)
    {
        return found.route == null || found.route.redirects == null;
    }

    private Entry entry(final int slot)
    {
        Entry[] entries = this.entries;
        if (entries == null)
        {
            entries = this.entries = new Entry[SLOTS];
        }
        Entry entry = entries[slot];
        if (entry == null)
        {
            entry = entries[slot] = new Entry();
        }
        return entry;
    }

    private static int slot(final int destination, final int source, final int device)
    {
        final int hash = (destination * 0x9E37_79B9) ^ (source * 0x85EB_CA6B) ^ (device * 0xC2B2_AE35);
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
