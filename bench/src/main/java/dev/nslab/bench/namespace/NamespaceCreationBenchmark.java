package dev.nslab.bench.namespace;

import java.util.concurrent.TimeUnit;

import dev.nslab.bench.BenchJvm;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Namespaces created per second into an empty simulation, each with {@code lo} up and one veth with an address
 * ({@link NamespaceFarm}: veth pairs between consecutive namespaces). One invocation builds 1k, 10k or 100k
 * namespaces into a fresh simulation and counts as that many operations, so the score is namespaces per second at
 * that scale; equal scores at the three scales mean the cost grows linearly. Heap bytes per namespace are measured
 * by {@link NamespaceFootprint}. The 100k build holds about 600 MB, so give the JVM room ({@code -Xms4g -Xmx4g}); a
 * million namespaces (about 6 GB, some 20 s a build) are too slow for {@code nslab bench}'s time and are measured on
 * their own with {@code NamespaceFootprint}'s command line.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar NamespaceCreationBenchmark -f 1 -wi 3 -w 1s -i 3 -r 1s -jvmArgs "-Xms4g -Xmx4g"}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NamespaceCreationBenchmark
{
    private Simulation simulation;

    /** An empty simulation for each build (invocations last milliseconds to a second, so the setup is cheap). */
    @Setup(Level.Invocation)
    public void newSimulation()
    {
        simulation = new Simulation(42);
    }

    /**
     * Drops the build and collects it, outside the timed call: otherwise every build is promoted, dies in the old
     * generation and the next builds pay for old collections of garbage a real run never makes. Each build then
     * starts from a clean heap, as one simulation filling a JVM would, and still pays for promoting its own objects.
     */
    @TearDown(Level.Invocation)
    public void dropSimulation()
    {
        simulation = null;
        System.gc();
    }

    /** @return the last namespace, so that nothing is optimised away. */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public NetNamespace namespaces1k()
    {
        return NamespaceFarm.populate(simulation, 1_000);
    }

    /** @return the last namespace, so that nothing is optimised away. */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public NetNamespace namespaces10k()
    {
        return NamespaceFarm.populate(simulation, 10_000);
    }

    /** @return the last namespace, so that nothing is optimised away. */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public NetNamespace namespaces100k()
    {
        return NamespaceFarm.populate(simulation, 100_000);
    }
}
