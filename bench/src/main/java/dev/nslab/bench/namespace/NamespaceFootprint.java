package dev.nslab.bench.namespace;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import dev.nslab.stack.Simulation;

/**
 * Heap bytes per namespace ({@link NamespaceFarm}'s kind: lo up, one veth with an address) at 1k, 10k and 100k
 * namespaces: used heap after full collections with the simulation alive, minus the same with an empty simulation,
 * divided by the count. Equal figures at every scale mean memory grows linearly.
 *
 * <p>{@code java -Xmx4g -cp bench/target/benchmarks.jar dev.nslab.bench.namespace.NamespaceFootprint [counts...]}
 */
public final class NamespaceFootprint
{
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private NamespaceFootprint()
    {
    }

    public static void main(final String[] args)
    {
        final int[] counts = args.length == 0 ? new int[] {1_000, 10_000, 100_000} : parse(args);
        System.out.printf("%10s %14s %12s %12s%n", "namespaces", "heap bytes", "bytes/ns", "build ms");
        for (final int count : counts)
        {
            for (int repeat = 0; repeat < 3; repeat++)
            {
                measure(count, repeat == 2);
            }
        }
    }

    /** Builds {@code count} namespaces; prints the figures of the last repeat (earlier ones warm the JIT). */
    private static void measure(final int count, final boolean print)
    {
        Simulation simulation = new Simulation(42);
        final long before = settledUsedHeap();
        final long start = System.nanoTime();
        NamespaceFarm.populate(simulation, count);
        final long buildNs = System.nanoTime() - start;
        final long after = settledUsedHeap();
        if (print)
        {
            final long bytes = after - before;
            System.out.printf("%10d %14d %12d %12.1f%n", count, bytes, bytes / count, buildNs / 1e6);
        }
        // Keeps the simulation reachable until after the second measurement.
        if (simulation.namespaces().size() != count)
        {
            throw new IllegalStateException("built " + simulation.namespaces().size() + " of " + count);
        }
        simulation = null;
    }

    /** @return used heap after collections stop freeing anything (System.gc is a request, so repeat it). */
    private static long settledUsedHeap()
    {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++)
        {
            System.gc();
            final long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used)
            {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static int[] parse(final String[] args)
    {
        final int[] counts = new int[args.length];
        for (int i = 0; i < args.length; i++)
        {
            counts[i] = Integer.parseInt(args[i]);
        }
        return counts;
    }
}
