package dev.nslab.bench.ring;

import java.util.concurrent.TimeUnit;

import dev.nslab.core.ring.BackoffIdler;
import dev.nslab.core.ring.FrameRing;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * {@code frameRing} (the JCTools-backed {@link FrameRing}), {@code blockingQueue} (the same design on
 * {@link java.util.concurrent.ArrayBlockingQueue} with the same non-blocking calls and backoff) and
 * {@code blockingQueueWait} (ArrayBlockingQueue's own blocking waits, with a timeout so the end of an iteration
 * cannot strand a thread). Nobody busy-spins: a side that finds the ring full or empty backs off with
 * {@link BackoffIdler} (spin, yield, park), as this 2-core machine requires. The frames per second of a pair is the
 * score of its {@code consume} method. Latency percentiles are measured by {@link TapRingLatency}.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar TapRingBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TapRingBenchmark
{
    /** ArrayBlockingQueue's timed waits: short, so that a stopped peer is noticed quickly. */
    private static final long WAIT_NS = 100_000;

    /** The rings and the frame, shared by the two threads of a group. */
    @State(Scope.Group)
    public static class Rings
    {
        /** txqueuelen. */
        @Param({"1000"})
        public int capacity;

        @Param({"98"})
        public int frameLength;

        FrameRing frameRing;
        BlockingQueueFrameRing blockingQueue;

        @Setup(Level.Trial)
        public void createRings()
        {
            frameRing = new FrameRing(capacity);
            blockingQueue = new BlockingQueueFrameRing(capacity);
        }
    }

    /** What each thread owns: its frame buffer and its backoff. */
    @State(Scope.Thread)
    public static class Side
    {
        final byte[] buffer = new byte[2048];
        final BackoffIdler idler = new BackoffIdler();
    }

    /** @return true when the frame went in; false when the iteration ended first. */
    @Benchmark
    @Group("frameRing")
    @GroupThreads(1)
    public boolean produce(final Rings rings, final Side side, final Control control)
    {
        while (!rings.frameRing.offer(side.buffer, 0, rings.frameLength))
        {
            if (control.stopMeasurement)
            {
                return false;
            }
            side.idler.idle();
        }
        side.idler.reset();
        return true;
    }

    /** @return the length of the frame taken, -1 when the iteration ended first. */
    @Benchmark
    @Group("frameRing")
    @GroupThreads(1)
    public int consume(final Rings rings, final Side side, final Control control)
    {
        int length;
        while ((length = rings.frameRing.poll(side.buffer, 0, side.buffer.length)) < 0)
        {
            if (control.stopMeasurement)
            {
                return -1;
            }
            side.idler.idle();
        }
        side.idler.reset();
        return length;
    }

    /** @return true when the frame went in; false when the iteration ended first. */
    @Benchmark
    @Group("blockingQueue")
    @GroupThreads(1)
    public boolean produceBlockingQueue(final Rings rings, final Side side, final Control control)
    {
        while (!rings.blockingQueue.offer(side.buffer, 0, rings.frameLength))
        {
            if (control.stopMeasurement)
            {
                return false;
            }
            side.idler.idle();
        }
        side.idler.reset();
        return true;
    }

    /** @return the length of the frame taken, -1 when the iteration ended first. */
    @Benchmark
    @Group("blockingQueue")
    @GroupThreads(1)
    public int consumeBlockingQueue(final Rings rings, final Side side, final Control control)
    {
        int length;
        while ((length = rings.blockingQueue.poll(side.buffer, 0, side.buffer.length)) < 0)
        {
            if (control.stopMeasurement)
            {
                return -1;
            }
            side.idler.idle();
        }
        side.idler.reset();
        return length;
    }

    /** @return true when the frame went in; false when the iteration ended first. */
    @Benchmark
    @Group("blockingQueueWait")
    @GroupThreads(1)
    public boolean produceBlockingQueueWait(final Rings rings, final Side side, final Control control)
        throws InterruptedException
    {
        while (!rings.blockingQueue.offer(side.buffer, 0, rings.frameLength, WAIT_NS))
        {
            if (control.stopMeasurement)
            {
                return false;
            }
        }
        return true;
    }

    /** @return the length of the frame taken, -1 when the iteration ended first. */
    @Benchmark
    @Group("blockingQueueWait")
    @GroupThreads(1)
    public int consumeBlockingQueueWait(final Rings rings, final Side side, final Control control)
        throws InterruptedException
    {
        int length;
        while ((length = rings.blockingQueue.poll(side.buffer, 0, side.buffer.length, WAIT_NS)) < 0)
        {
            if (control.stopMeasurement)
            {
                return -1;
            }
        }
        return length;
    }
}
