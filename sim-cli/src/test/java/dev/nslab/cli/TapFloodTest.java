package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.nslab.core.ring.BackoffIdler;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.ipv4.Ipv4Stats;
import dev.nslab.stack.link.DeviceCounters;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import static dev.nslab.cli.TestFrames.PEER_IP;
import static dev.nslab.cli.TestFrames.PEER_MAC;
import static dev.nslab.cli.TestFrames.TAP_IP;

/**
 * An application thread floods a tap with 10 million ICMP echo requests while the simulation runs and nobody reads
 * the replies. Memory stays bounded (the rings are fixed, the frame path allocates nothing), and every frame is
 * accounted for exactly: written = received + refused by the full ring; every echo request received is answered;
 * every frame the stack sent is either in the tap's ring or counted as TX dropped.
 */
class TapFloodTest
{
    private static final int FRAMES = 10_000_000;
    private static final long HEAP_BOUND_BYTES = 256L << 20;

    @Test
    void shouldAccountForEveryFrameOfTenMillionWithBoundedMemory() throws InterruptedException
    {
        final Simulation simulation = new Simulation(3);
        final NetNamespace host = simulation.host();
        final TapDevice tap = host.addTap("tap0");
        // Below 1280 bytes of MTU the tap has no IPv6, whose own frames (MLD, DAD) would join the replies.
        host.setMtu(tap, 1279);
        host.setMac(tap, TestFrames.TAP_MAC);
        host.setUp(tap);
        host.addAddress(tap, TAP_IP, 24, TAP_IP | 0xFF);
        final TapHandle handle = tap.attach();

        // The peer introduces itself first, so the replies need no ARP resolution.
        final byte[] arp = TestFrames.arpRequest(PEER_MAC, PEER_IP, TAP_IP);
        final byte[] echo = TestFrames.echoRequest(PEER_MAC, TestFrames.TAP_MAC, PEER_IP, TAP_IP, 1);
        final AtomicBoolean writerDone = new AtomicBoolean();
        final Thread writer = new Thread(() ->
        {
            handle.write(arp);
            for (int i = 0; i < FRAMES; i++)
            {
                if (!handle.write(echo))
                {
                    // Counted as dropped; yield so the simulation thread (one of two cores) can drain.
                    Thread.yield();
                }
            }
            writerDone.set(true);
        }, "flood-writer");

        final Runtime runtime = Runtime.getRuntime();
        System.gc();
        final long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long maxHeap = heapBefore;
        final long start = System.nanoTime();
        writer.start();
        final BackoffIdler idler = new BackoffIdler();
        long iterations = 0;
        while (!writerDone.get() || hasWaiting(handle, tap))
        {
            final long before = tap.counters().rxPackets;
            simulation.loop().runUntil(simulation.now() + 1_000);
            if (tap.counters().rxPackets == before)
            {
                idler.idle();
            }
            else
            {
                idler.reset();
            }
            if ((++iterations & 1023) == 0)
            {
                maxHeap = Math.max(maxHeap, runtime.totalMemory() - runtime.freeMemory());
            }
        }
        writer.join();
        final long millis = (System.nanoTime() - start) / 1_000_000;

        final DeviceCounters counters = tap.counters();
        final Ipv4Stats stats = host.stats();
        final long written = FRAMES + 1L;
        System.out.printf("tap flood: %d frames written in %d ms: %d received, %d refused by the full ring; "
            + "%d echo replies, %d in the ring, %d TX dropped; heap %d MiB before, at most %d MiB%n", written,
            millis, counters.rxPackets, handle.writeDrops(), stats.icmpOutMsgs, counters.txPackets,
            counters.txDropped, heapBefore >> 20, maxHeap >> 20);
        assertEquals(written, counters.rxPackets + handle.writeDrops(), "written = received + dropped, exactly");
        assertEquals(0, counters.rxErrors + counters.rxDropped, "nothing refused by the device");
        assertEquals(counters.rxPackets - 1, stats.icmpInMsgs, "every echo request reached ICMP");
        assertEquals(stats.icmpInMsgs, stats.icmpOutMsgs, "every echo request was answered");
        assertEquals(stats.icmpOutMsgs + 1, counters.txPackets + counters.txDropped,
            "every reply (and the one ARP reply) is in the ring or counted as TX dropped");
        assertEquals(handle.device().txQueueLength(), counters.txPackets, "the unread ring holds txqueuelen frames");
        assertTrue(maxHeap < HEAP_BOUND_BYTES, "heap stayed under " + (HEAP_BOUND_BYTES >> 20) + " MiB: "
            + (maxHeap >> 20));
        assertTrue(counters.rxPackets > FRAMES / 10, "the simulation kept up with a fair share: "
            + counters.rxPackets);
    }

    private static boolean hasWaiting(final TapHandle handle, final TapDevice tap)
    {
        // The stack-bound ring is drained by the tap's poller; a written frame is received or still waiting.
        return handle.writeDrops() + tap.counters().rxPackets < FRAMES + 1L;
    }
}
