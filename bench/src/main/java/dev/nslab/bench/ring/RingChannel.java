package dev.nslab.bench.ring;

import dev.nslab.core.ring.FrameRing;

/**
 * One direction of a tap ring hop, whatever carries it: its ring's offer and poll. The variants the ring benchmarks
 * compare ({@link TapRingBenchmark} for throughput, {@link TapRingLatency} for latency) are built here, once.
 *
 * @param offer the producer's call, one thread only.
 * @param poll  the consumer's call, one other thread only.
 */
record RingChannel(Offer offer, Poll poll)
{
    /** The queue's timed waits: short, so that a stopped peer is noticed quickly. */
    static final long WAIT_NS = 100_000;

    interface Offer
    {
        /** @return false when the ring had no room (after waiting, for a waiting channel). */
        boolean offer(byte[] buffer, int offset, int length) throws InterruptedException;
    }

    interface Poll
    {
        /** @return the frame's length, or -1 when none is there yet. */
        int poll(byte[] destination, int offset, int maxLength) throws InterruptedException;
    }

    /** The JCTools-backed {@link FrameRing}. */
    static RingChannel frameRing(final int capacity)
    {
        final FrameRing ring = new FrameRing(capacity);
        return new RingChannel(ring::offer, ring::poll);
    }

    /** The same design on {@link java.util.concurrent.ArrayBlockingQueue}, with the same non-blocking calls. */
    static RingChannel blockingQueue(final int capacity)
    {
        final BlockingQueueFrameRing ring = new BlockingQueueFrameRing(capacity);
        return new RingChannel(ring::offer, ring::poll);
    }

    /** ArrayBlockingQueue's own timed waits ({@link #WAIT_NS}), which do the waiting a caller's backoff does. */
    static RingChannel blockingQueueWait(final int capacity)
    {
        final BlockingQueueFrameRing ring = new BlockingQueueFrameRing(capacity);
        return new RingChannel(
            (buffer, offset, length) -> ring.offer(buffer, offset, length, WAIT_NS),
            (destination, offset, maxLength) -> ring.poll(destination, offset, maxLength, WAIT_NS));
    }
}
