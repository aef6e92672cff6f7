package dev.nslab.stack.neigh;

import java.util.SplittableRandom;

import dev.nslab.core.time.EventLoop;
import dev.nslab.core.time.KernelTimers;

/**
 * What every neighbour table of one simulation shares: the event loop its timers run on, the kernel's timer
 * rounding, the random source of reachable times, and the garbage collector that counts entries across tables.
 */
public final class NeighbourContext
{
    final EventLoop loop;
    final KernelTimers timers;
    final SplittableRandom random;
    final NeighbourGarbageCollector collector;

    /** @param tables every table of the simulation, in the order the kernel's collector would walk them. */
    public NeighbourContext(final EventLoop loop, final KernelTimers timers, final SplittableRandom random,
        final NeighbourGarbageCollector.Tables tables)
    {
        this.loop = loop;
        this.timers = timers;
        this.random = random;
        this.collector = new NeighbourGarbageCollector(loop, timers, tables);
    }

    public NeighbourGarbageCollector collector()
    {
        return collector;
    }
}
