package dev.nslab.bench.echo;

import java.util.concurrent.TimeUnit;

import dev.nslab.bench.BenchJvm;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bare two-host echo loop ({@link BareEchoLoop}): the baseline {@link EchoBenchmark}'s capture-off figure is
 * set against, measured the same way in the same run.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar BareEchoBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BareEchoBenchmark
{
    private BareEchoLoop loop;

    @Setup(Level.Iteration)
    public void build()
    {
        loop = new BareEchoLoop();
    }

    /** @return the virtual time of the reply, so that nothing is optimised away. */
    @Benchmark
    public long roundTrip()
    {
        return loop.roundTrip();
    }
}
