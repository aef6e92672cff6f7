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
 * ICMP echo round trips from a client to a server through a chain of router namespaces (forwarding on, static
 * routes; see {@link RouterChain}): one operation is one request across every router and its reply back, 2 x
 * (routers + 1) veth hops, all in virtual time on the benchmark thread. ARP on every link is resolved in setup.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar RouterChainBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RouterChainBenchmark
{
    private static final int WARM_UP_ROUND_TRIPS = 1_000;

    @Param({"8"})
    public int routers;

    @Param({CaptureChoice.OFF})
    public String capture;

    private CaptureChoice captureChoice;
    private EchoDriver driver;

    /** The chain, then ARP resolved on every link by warm-up round trips. */
    @Setup(Level.Iteration)
    public void buildChain() throws IOException, CaptureException
    {
        final Simulation simulation = new Simulation(42);
        captureChoice = CaptureChoice.apply(capture, simulation);
        final RouterChain chain = new RouterChain(simulation, routers);
        driver = new EchoDriver(chain.client, chain.clientAddress, chain.serverAddress, 0x4243);
        for (int i = 0; i < WARM_UP_ROUND_TRIPS; i++)
        {
            driver.roundTrip();
        }
    }

    /** Closes the capture, if any, and deletes its file. */
    @TearDown(Level.Iteration)
    public void closeCapture() throws IOException
    {
        driver.close();
        captureChoice.close();
    }

    /**
     * One echo round trip through the whole chain.
     *
     * @return the virtual time of the reply, so that nothing is optimised away.
     */
    @Benchmark
    public long roundTrip()
    {
        return driver.roundTrip();
    }
}
