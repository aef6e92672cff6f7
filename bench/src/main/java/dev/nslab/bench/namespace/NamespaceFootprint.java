package dev.nslab.bench.namespace;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;

/**
 * Heap bytes per namespace ({@link NamespaceFarm}'s kind: lo up, one veth with an address, one route looked up) at 1k, 10k and 100k
 * namespaces: used heap after full collections with the simulation alive, minus the same with an empty simulation,
 * divided by the count. Equal figures at every scale mean memory grows linearly.
 *
 * <p>{@code java -Xmx4g -cp bench/target/benchmarks.jar dev.nslab.bench.namespace.NamespaceFootprint [counts...]}
 *
 * <p>A million namespaces (issue 15's scale: under 5 GB) do not fit {@code nslab bench}'s time, as the three builds
 * take about three minutes on a 2-core machine; run them on their own, with room for the build and its copy during
 * a collection: {@code java -Xmx10g -cp bench/target/benchmarks.jar dev.nslab.bench.namespace.NamespaceFootprint
 * 1000000}.
 */
public final class NamespaceFootprint
{
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final int LOOKED_UP = Ipv4View.parse("10.0.0.2");

    private NamespaceFootprint()
    {
    }

    public static void main(final String[] args)
    {
        final int[] counts = args.length == 0 ? new int[] {1_000, 10_000, 100_000} : parse(args);
        System.out.printf("%10s %14s %12s%n", "namespaces", "heap bytes", "bytes/ns");
        for (final int count : counts)
        {
            final long bytes = heapBytes(count);
            System.out.printf("%10d %14d %12d%n", count, bytes, bytes / count);
        }
    }

    /**
     * Builds {@code count} namespaces three times (the first builds warm the JIT) and measures the last.
     *
     * @return heap bytes the last build holds.
     */
    public static long heapBytes(final int count)
    {
        long bytes = 0;
        for (int repeat = 0; repeat < 3; repeat++)
        {
            bytes = measure(count);
        }
        return bytes;
    }

    /** @return heap bytes held by a simulation of {@code count} namespaces. */
    private static long measure(final int count)
    {
        Simulation simulation = new Simulation(42);
        final long before = settledUsedHeap();
        NamespaceFarm.populate(simulation, count);
        // One route lookup per namespace, as its first packet would make: the FIB builds its lookup index lazily,
        // and a namespace that carried traffic holds it.
        for (final NetNamespace namespace : simulation.namespaces())
        {
            namespace.fib().lookup(LOOKED_UP);
        }
        final long after = settledUsedHeap();
        // Keeps the simulation reachable until after the second measurement.
        if (simulation.namespaces().size() != count)
        {
            throw new IllegalStateException("built " + simulation.namespaces().size() + " of " + count);
        }
        simulation = null;
        return after - before;
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
