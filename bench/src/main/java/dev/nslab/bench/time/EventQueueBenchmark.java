package dev.nslab.bench.time;

import java.util.concurrent.TimeUnit;

import dev.nslab.bench.BenchJvm;
import dev.nslab.core.time.EventHandler;
import dev.nslab.core.time.EventLoop;
import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.time.Timer;

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

/**
 * The event queue alone, in the echo's pattern: a few frames in flight at nanosecond times (a veth's 20 us, a
 * loopback's few us), each hop posting the next, among jiffy-aligned kernel timers that wait seconds ahead; every
 * operation also re-arms one timer (a neighbour confirmed, a ping interval) and timers that fire re-arm themselves.
 * One operation is {@code inFlight} frames each making two hops (request and reply), then the loop stops.
 *
 * <p>It uses the loop's public API only, so the same benchmark measures any queue behind it.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar EventQueueBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventQueueBenchmark
{
    private static final long VETH_LATENCY_NS = 20_000;
    private static final long LOOPBACK_LATENCY_NS = 3_000;
    private static final long SECOND_NS = 1_000_000_000L;

    /** Frames in flight at once: 1 is the echo, more a small burst (a flood, several pings at once). */
    @Param({"1", "8"})
    public int inFlight;

    /** Kernel timers waiting meanwhile: a handful in a two-namespace echo, many in a large topology. */
    @Param({"8", "1000"})
    public int timers;

    private EventLoop loop;
    private KernelTimers kernelTimers;
    private Timer[] armed;
    private int nextRearm;
    private int outstanding;
    private final EventHandler hop = this::hop;

    /** A loop with its timers armed 1 to 30 s ahead, jiffy-aligned as the stack arms them. */
    @Setup(Level.Iteration)
    public void buildLoop()
    {
        loop = new EventLoop();
        kernelTimers = new KernelTimers(4_294_667_296L);
        armed = new Timer[timers];
        for (int i = 0; i < timers; i++)
        {
            final long period = (1 + i % 30) * SECOND_NS;
            final Timer[] self = new Timer[1];
            self[0] = new Timer(now -> loop.schedule(self[0], kernelTimers.fireTimeAfter(now, period)));
            armed[i] = self[0];
            loop.schedule(armed[i], kernelTimers.fireTimeAfter(0, period));
        }
    }

    /**
     * {@code inFlight} frames out and back, one timer re-armed.
     *
     * @return the virtual time at the end, so that nothing is optimised away.
     */
    @Benchmark
    public long exchange()
    {
        final long now = loop.now();
        outstanding = inFlight;
        for (int i = 0; i < inFlight; i++)
        {
            loop.post(now + ((i & 1) == 0 ? VETH_LATENCY_NS : LOOPBACK_LATENCY_NS) + i, hop, null, 1);
        }
        final Timer timer = armed[nextRearm];
        nextRearm = nextRearm + 1 == armed.length ? 0 : nextRearm + 1;
        loop.schedule(timer, kernelTimers.fireTimeAfter(now, 5 * SECOND_NS));
        loop.runUntil(Long.MAX_VALUE);
        return loop.now();
    }

    private void hop(final long now, final Object attachment, final long hopsLeft)
    {
        if (hopsLeft > 0)
        {
            loop.post(now + VETH_LATENCY_NS, hop, null, hopsLeft - 1);
        }
        else if (--outstanding == 0)
        {
            loop.requestStop();
        }
    }
}
