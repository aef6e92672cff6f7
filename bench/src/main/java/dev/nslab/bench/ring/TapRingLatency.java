package dev.nslab.bench.ring;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.nslab.core.ring.BackoffIdler;

import org.HdrHistogram.Histogram;

/**
 * Latency of one tap ring hop between two threads, recorded with HdrHistogram: a ping-pong in which the main thread
 * stamps {@link System#nanoTime()} into a 98-byte frame and sends it through one ring, an echo thread takes it,
 * records the one-way time, and sends it back through a second ring; the main thread records the round trip and
 * sends the next frame only then, so the rings are never queued up and the figures are the hop itself (the
 * saturated rate is {@link TapRingBenchmark}'s). Both sides wait with {@link BackoffIdler}, never a pure spin.
 *
 * <p>Variants as in {@link TapRingBenchmark}: {@code frameRing}, {@code blockingQueue} (ArrayBlockingQueue,
 * non-blocking calls and the same backoff) and {@code blockingQueueWait} (its blocking timed waits).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.nslab.bench.ring.TapRingLatency [roundTrips] [hgrmDirectory]}
 */
public final class TapRingLatency
{
    private static final int FRAME_LENGTH = 98;
    private static final int CAPACITY = 1000;
    private static final long HIGHEST_TRACKABLE_NS = 10_000_000_000L;
    /** The send time travels in the frame's first 8 bytes. */
    private static final VarHandle STAMP = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** Builds one direction of a variant. */
    private interface ChannelFactory
    {
        RingChannel create();
    }

    private TapRingLatency()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final int roundTrips = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        final Path hgrmDirectory = args.length > 1 ? Path.of(args[1]) : null;
        System.out.printf("%-18s %-9s %8s %8s %8s %8s %9s %9s   (ns, %d round trips after %d warm-up)%n",
            "variant", "", "p50", "p90", "p99", "p99.9", "p99.99", "max", roundTrips, roundTrips / 4);
        for (final String variant : VARIANTS)
        {
            run(variant, factory(variant), roundTrips, hgrmDirectory);
        }
    }

    /** The variants, by the names {@link #measure} takes. */
    public static final String[] VARIANTS = {"frameRing", "blockingQueue", "blockingQueueWait"};

    /**
     * Warms up with a quarter of the round trips, then records.
     *
     * @param variant one of {@link #VARIANTS}.
     * @return the one-way and the round-trip histograms, in ns.
     */
    public static Histogram[] measure(final String variant, final int roundTrips) throws InterruptedException
    {
        final ChannelFactory factory = factory(variant);
        pingPong(factory, Math.max(1, roundTrips / 4));
        return pingPong(factory, roundTrips);
    }

    private static ChannelFactory factory(final String variant)
    {
        return switch (variant)
        {
            case "frameRing" -> () -> RingChannel.frameRing(CAPACITY);
            case "blockingQueue" -> () -> RingChannel.blockingQueue(CAPACITY);
            case "blockingQueueWait" -> () -> RingChannel.blockingQueueWait(CAPACITY);
            default -> throw new IllegalArgumentException("unknown variant: " + variant);
        };
    }

    private static void run(final String name, final ChannelFactory factory, final int roundTrips,
        final Path hgrmDirectory) throws Exception
    {
        // A warm-up run of its own lets the JIT settle before the recorded one.
        pingPong(factory, roundTrips / 4);
        final Histogram[] histograms = pingPong(factory, roundTrips);
        print(name, "one-way", histograms[0]);
        print(name, "round", histograms[1]);
        if (hgrmDirectory != null)
        {
            Files.createDirectories(hgrmDirectory);
            write(hgrmDirectory.resolve("tap-ring-" + name + "-one-way.hgrm"), histograms[0]);
            write(hgrmDirectory.resolve("tap-ring-" + name + "-round-trip.hgrm"), histograms[1]);
        }
    }

    /** @return the one-way and round-trip histograms. */
    private static Histogram[] pingPong(final ChannelFactory factory, final int roundTrips)
        throws InterruptedException
    {
        final RingChannel forward = factory.create();
        final RingChannel back = factory.create();
        final Histogram oneWay = new Histogram(HIGHEST_TRACKABLE_NS, 3);
        final Histogram roundTrip = new Histogram(HIGHEST_TRACKABLE_NS, 3);
        final Thread echo = new Thread(() -> echo(forward, back, oneWay, roundTrips), "tap-ring-echo");
        echo.start();
        final byte[] frame = new byte[2048];
        final BackoffIdler idler = new BackoffIdler();
        for (int i = 0; i < roundTrips; i++)
        {
            final long sent = System.nanoTime();
            STAMP.set(frame, 0, sent);
            send(forward, frame, idler);
            receive(back, frame, idler);
            roundTrip.recordValue(System.nanoTime() - sent);
        }
        // join makes the echo thread's histogram visible here.
        echo.join();
        return new Histogram[] {oneWay, roundTrip};
    }

    private static void echo(final RingChannel forward, final RingChannel back, final Histogram oneWay,
        final int count)
    {
        final byte[] frame = new byte[2048];
        final BackoffIdler idler = new BackoffIdler();
        try
        {
            for (int i = 0; i < count; i++)
            {
                receive(forward, frame, idler);
                oneWay.recordValue(System.nanoTime() - (long) STAMP.get(frame, 0));
                send(back, frame, idler);
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(final RingChannel channel, final byte[] frame, final BackoffIdler idler)
        throws InterruptedException
    {
        while (!channel.offer().offer(frame, 0, FRAME_LENGTH))
        {
            idler.idle();
        }
        idler.reset();
    }

    private static void receive(final RingChannel channel, final byte[] frame, final BackoffIdler idler)
        throws InterruptedException
    {
        while (channel.poll().poll(frame, 0, frame.length) < 0)
        {
            idler.idle();
        }
        idler.reset();
    }

    private static void print(final String name, final String kind, final Histogram histogram)
    {
        System.out.printf("%-18s %-9s %8d %8d %8d %8d %9d %9d%n", name, kind,
            histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
            histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9),
            histogram.getValueAtPercentile(99.99), histogram.getMaxValue());
    }

    public static void write(final Path file, final Histogram histogram) throws IOException
    {
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, "US-ASCII"))
        {
            // Values are in ns; scaled to µs in the file, as HdrHistogram's plotter expects.
            histogram.outputPercentileDistribution(out, 1000.0);
        }
    }
}
