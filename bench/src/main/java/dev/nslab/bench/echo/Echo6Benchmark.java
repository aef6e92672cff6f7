package dev.nslab.bench.echo;

import java.util.concurrent.TimeUnit;

import dev.nslab.bench.BenchJvm;
import dev.nslab.stack.Simulation;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ICMPv6 echo round trips between two namespaces over a veth pair, capture off: {@link EchoBenchmark}'s workload
 * over IPv6 (neighbour discovery resolved in setup), so that one run gives the cost of one family against the other.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar Echo6Benchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Echo6Benchmark
{
    private Echo6Driver driver;

    @Setup(Level.Iteration)
    public void buildTopology()
    {
        driver = Echo6Driver.build(new Simulation(42));
    }

    @TearDown(Level.Iteration)
    public void close()
    {
        driver.close();
    }

    /** @return the virtual time of the reply, so that nothing is optimised away. */
    @Benchmark
    public long roundTrip()
    {
        return driver.roundTrip();
    }
}
