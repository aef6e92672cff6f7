package dev.nslab.stack.neigh;

import java.util.function.Predicate;

import dev.nslab.core.time.EventLoop;
import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.time.Timer;

/**
 * Garbage collection of the ARP table (net/core/neighbour.c), which Linux keeps as one table for all namespaces:
 * with fewer than gc_thresh1 (128) entries nothing is ever collected, which is why FAILED and STALE entries stay
 * in {@code ip neigh}; above it, neigh_periodic_work runs every base_reachable_time/2 and removes entries that are
 * FAILED or unused for gc_stale_time; at gc_thresh2 (512, at most every 5 s) and gc_thresh3 (1024) a new entry
 * first forces a collection of entries that are FAILED or not updated for 5 s, and at gc_thresh3 after that the
 * entry is refused ("neighbour table overflow") and its packet dropped.
 */
public final class NeighbourGarbageCollector
{
    public static final int GC_THRESH1 = 128;
    public static final int GC_THRESH2 = 512;
    public static final int GC_THRESH3 = 1024;
    private static final long PERIOD_NS = 15_000_000_000L;

    /** Every neighbour table there is, walked in the order the kernel's one table would be. */
    @FunctionalInterface
    public interface Tables
    {
        /** Hands each table to {@code action}, which may remove entries from it. */
        void forEach(java.util.function.Consumer<NeighbourTable> action);
    }

    private final EventLoop loop;
    private final KernelTimers timers;
    private final Tables tables;
    private final Timer periodic = new Timer(this::periodicWork);
    private int entries;
    private long lastForcedJiffies = Long.MIN_VALUE / 2;
    /** Entries refused at gc_thresh3 (the kernel's "neighbor table overflow"). */
    long tableOverflows;

    NeighbourGarbageCollector(final EventLoop loop, final KernelTimers timers, final Tables tables)
    {
        this.loop = loop;
        this.timers = timers;
        this.tables = tables;
    }

    /** @return the entries of every table together. */
    public int entries()
    {
        return entries;
    }

    /** neigh_alloc's check: may one more entry be made now? Forces a collection when the table is full. */
    boolean mayAllocate(final long now)
    {
        final long jiffies = timers.jiffies(now);
        if (entries >= GC_THRESH3 || (entries >= GC_THRESH2 && jiffies > lastForcedJiffies + 5L * KernelTimers.HZ))
        {
            forcedCollect(now);
        }
        if (entries >= GC_THRESH3)
        {
            tableOverflows++;
            return false;
        }
        return true;
    }

    void added(final long now)
    {
        entries++;
        if (entries >= GC_THRESH1 && !periodic.isScheduled())
        {
            loop.schedule(periodic, timers.fireTimeAfter(now, PERIOD_NS));
        }
    }

    void removed(final int count)
    {
        entries -= count;
    }

    /** neigh_forced_gc: FAILED, or not updated in the last 5 s, until the table is back under gc_thresh2. */
    private void forcedCollect(final long now)
    {
        final long jiffies = timers.jiffies(now);
        lastForcedJiffies = jiffies;
        final int maxClean = entries - GC_THRESH2;
        final int[] cleaned = {0};
        collect(neighbour ->
        {
            if (cleaned[0] >= maxClean || neighbour.state == NeighbourState.PERMANENT)
            {
                return false;
            }
            final boolean expendable = neighbour.state == NeighbourState.FAILED
                || neighbour.state == NeighbourState.NOARP || neighbour.updated < jiffies - 5L * KernelTimers.HZ;
            if (expendable)
            {
                cleaned[0]++;
            }
            return expendable;
        });
    }

    /** neigh_periodic_work: FAILED entries, and entries out of a timer and unused for gc_stale_time, go. */
    private void periodicWork(final long now)
    {
        final long jiffies = timers.jiffies(now);
        if (entries >= GC_THRESH1)
        {
            collect(neighbour ->
            {
                if (neighbour.state == NeighbourState.PERMANENT || neighbour.state.inTimer())
                {
                    return false;
                }
                if (neighbour.used < neighbour.confirmed && neighbour.confirmed <= jiffies)
                {
                    neighbour.used = neighbour.confirmed;
                }
                final long stale = neighbour.table.parameters().gcStaleTimeS * KernelTimers.HZ;
                return neighbour.state == NeighbourState.FAILED || jiffies >= neighbour.used + stale;
            });
        }
        if (entries >= GC_THRESH1)
        {
            loop.schedule(periodic, timers.fireTimeAfter(now, PERIOD_NS));
        }
    }

    private void collect(final Predicate<Neighbour> remove)
    {
        tables.forEach(table -> table.removeIf(remove));
    }
}
