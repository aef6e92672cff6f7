package dev.nslab.bench.echo;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.nslab.bench.BenchJvm;
import dev.nslab.pcap.CaptureException;
import dev.nslab.stack.Simulation;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ICMP echo round trips between two namespaces over a veth pair (10.0.1.1/24 and 10.0.1.2/24): one operation is
 * one request out and its reply back, all in virtual time on the benchmark thread. ARP is resolved by warm-up round
 * trips in setup, so the measurement is the steady state (neighbour timers still run as virtual time passes).
 *
 * <p>Each iteration gets a fresh simulation so that, with capture on, each iteration writes (and then deletes) its
 * own pcapng file: hundreds of MB per second would otherwise pile up in dirty page cache.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar EchoBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EchoBenchmark
{
    @Param({CaptureChoice.OFF, CaptureChoice.PCAPNG})
    public String capture;

    private CaptureChoice captureChoice;
    private EchoDriver driver;

    /** Two namespaces, a veth pair between them, addresses, up, then ARP resolved by warm-up round trips. */
    @Setup(Level.Iteration)
    public void buildTopology() throws IOException, CaptureException
    {
        final Simulation simulation = new Simulation(42);
        captureChoice = CaptureChoice.apply(capture, simulation);
        driver = EchoPair.build(simulation);
    }

    /** Closes the capture (writing the file out) and deletes its file. */
    @TearDown(Level.Iteration)
    public void closeCapture() throws IOException
    {
        driver.close();
        captureChoice.close();
    }

    /**
     * One echo round trip.
     *
     * @return the virtual time of the reply, so that nothing is optimised away.
     */
    @Benchmark
    public long roundTrip()
    {
        return driver.roundTrip();
    }
}
