package dev.nslab.bench.ring;

import java.util.concurrent.TimeUnit;

import dev.nslab.bench.BenchJvm;
import dev.nslab.core.ring.BackoffIdler;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;

/**
 * Throughput of one tap ring hop between two threads: a producer copies 98-byte frames (an ICMP echo) into the
 * ring, a consumer copies them out. Three pairs, each a JMH group of one producer and one consumer thread:
 * {@code frameRing} (the JCTools-backed {@link dev.nslab.core.ring.FrameRing}), {@code blockingQueue} (the same design on
 * {@link java.util.concurrent.ArrayBlockingQueue} with the same non-blocking calls and backoff) and
 * {@code blockingQueueWait} (ArrayBlockingQueue's own blocking waits, with a timeout so the end of an iteration
 * cannot strand a thread). Nobody busy-spins: a side that finds the ring full or empty backs off with
 * {@link BackoffIdler} (spin, yield, park), as this 2-core machine requires. The frames per second of a pair is the
 * score of its {@code consume} method. Latency percentiles are measured by {@link TapRingLatency}. Each group's
 * methods run one producer body and one consumer body over the group's {@link RingChannel}; each group runs in a
 * JVM fork of its own (JmhSuite forks once per benchmark), so in each JVM those bodies meet one ring only.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar TapRingBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}
 */
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TapRingBenchmark
{
    /** The rings and the frame, shared by the two threads of a group. */
    @State(Scope.Group)
    public static class Rings
    {
        /** txqueuelen. */
        @Param({"1000"})
        public int capacity;

        @Param({"98"})
        public int frameLength;

        RingChannel frameRing;
        RingChannel blockingQueue;
        RingChannel blockingQueueWait;

        @Setup(Level.Trial)
        public void createRings()
        {
            frameRing = RingChannel.frameRing(capacity);
            blockingQueue = RingChannel.blockingQueue(capacity);
            blockingQueueWait = RingChannel.blockingQueueWait(capacity);
        }
    }

    /** What each thread owns: its frame buffer and its backoff. */
    @State(Scope.Thread)
    public static class Side
    {
        final byte[] buffer = new byte[2048];
        final BackoffIdler idler = new BackoffIdler();
    }

    @Benchmark
    @Group("frameRing")
    @GroupThreads(1)
    public boolean produce(final Rings rings, final Side side, final Control control) throws InterruptedException
    {
        return produce(rings.frameRing, rings.frameLength, true, side, control);
    }

    @Benchmark
    @Group("frameRing")
    @GroupThreads(1)
    public int consume(final Rings rings, final Side side, final Control control) throws InterruptedException
    {
        return consume(rings.frameRing, true, side, control);
    }

    @Benchmark
    @Group("blockingQueue")
    @GroupThreads(1)
    public boolean produceBlockingQueue(final Rings rings, final Side side, final Control control)
        throws InterruptedException
    {
        return produce(rings.blockingQueue, rings.frameLength, true, side, control);
    }

    @Benchmark
    @Group("blockingQueue")
    @GroupThreads(1)
    public int consumeBlockingQueue(final Rings rings, final Side side, final Control control)
        throws InterruptedException
    {
        return consume(rings.blockingQueue, true, side, control);
    }

    /** The queue's timed waits do the waiting, so this pair does not back off. */
    @Benchmark
    @Group("blockingQueueWait")
    @GroupThreads(1)
    public boolean produceBlockingQueueWait(final Rings rings, final Side side, final Control control)
        throws InterruptedException
    {
        return produce(rings.blockingQueueWait, rings.frameLength, false, side, control);
    }

    @Benchmark
    @Group("blockingQueueWait")
    @GroupThreads(1)
    public int consumeBlockingQueueWait(final Rings rings, final Side side, final Control control)
        throws InterruptedException
    {
        return consume(rings.blockingQueueWait, false, side, control);
    }

    /**
     * Puts one frame in, backing off (when {@code backOff}) each time the ring is full.
     *
     * @return true when the frame went in; false when the iteration ended first.
     */
    private static boolean produce(final RingChannel ring, final int frameLength, final boolean backOff,
        final Side side, final Control control) throws InterruptedException
    {
        while (!ring.offer().offer(side.buffer, 0, frameLength))
        {
            if (control.stopMeasurement)
            {
                return false;
            }
            if (backOff)
            {
                side.idler.idle();
            }
        }
        if (backOff)
        {
            side.idler.reset();
        }
        return true;
    }

    /**
     * Takes one frame out, backing off (when {@code backOff}) each time the ring is empty.
     *
     * @return the length of the frame taken, -1 when the iteration ended first.
     */
    private static int consume(final RingChannel ring, final boolean backOff, final Side side,
        final Control control) throws InterruptedException
    {
        int length;
        while ((length = ring.poll().poll(side.buffer, 0, side.buffer.length)) < 0)
        {
            if (control.stopMeasurement)
            {
                return -1;
            }
            if (backOff)
            {
                side.idler.idle();
            }
        }
        if (backOff)
        {
            side.idler.reset();
        }
        return length;
    }
}
