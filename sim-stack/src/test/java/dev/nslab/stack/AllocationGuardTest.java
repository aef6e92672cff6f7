package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.EventLoop;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.stack.ipv4.RawIcmpSocket;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.RawIcmpv6Endpoint;
import static dev.nslab.stack.Lab.ip;

/**
 * The one timed-free guard of the hot path in the test suite: echo round trips in steady state allocate nothing.
 * (The figure itself is proven with JMH -prof gc in the bench module.)
 */
class AllocationGuardTest
{
    /** Sends the next echo request whenever a reply comes back, so the loop runs round trip after round trip. */
    private static final class EchoDriver implements RawIcmpSocket.Receiver
    {
        private final IcmpView icmp = new IcmpView();
        private final int destination;
        RawIcmpSocket socket;
        EventLoop loop;
        long replies;
        int sequence;

        EchoDriver(final int destination)
        {
            this.destination = destination;
        }

        void sendNext()
        {
            final Frame message = socket.pool().acquire().reset(64);
            icmp.wrap(message.buffer(), message.offset()).type(IcmpView.TYPE_ECHO_REQUEST).code(0).identifier(7)
                .sequence(++sequence & 0xFFFF).updateChecksum(64);
            socket.send(message, 0, destination, 64);
        }

        @Override
        public void onIcmp(final Frame packet, final long now)
        {
            final int icmpOffset = packet.offset() + 20;
            if ((packet.buffer()[icmpOffset] & 0xFF) == IcmpView.TYPE_ECHO_REPLY)
            {
                replies++;
                // Each link's IPv6 keeps soliciting routers for ever, so the loop never idles: stop at the reply.
                loop.requestStop();
            }
        }
    }

    /** The IPv6 twin: ICMPv6 echo through a raw ICMPv6 socket whose source and checksum the stack supplies. */
    private static final class Echo6Driver implements RawIcmpv6Endpoint.Receiver, Runnable
    {
        private final long[] destination = Ipv6Address.parse("fd00:1::2");
        RawIcmpv6Endpoint socket;
        Lab lab;
        long replies;
        int sequence;

        @Override
        public void run()
        {
            final Frame message = lab.sim.pool().acquire().reset(64);
            final byte[] b = message.buffer();
            java.util.Arrays.fill(b, message.offset(), message.offset() + 64, (byte) 0);
            b[message.offset()] = (byte) 128;
            dev.nslab.core.wire.Bytes.u16(b, message.offset() + 6, ++sequence & 0xFFFF);
            socket.send(message, destination[0], destination[1], null, false, 0, 0, 64, false, lab.sim.now());
        }

        @Override
        public void onEchoReply(final Frame packet, final int inputIfindex, final long now)
        {
            replies++;
            lab.sim.loop().requestStop();
        }

        @Override
        public void onError(final Frame packet, final int quotedIcmp, final int inputIfindex, final long now)
        {
        }
    }

    @Test
    void shouldNotAllocateInSteadyStateIpv6EchoRoundTrips()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final long[] addressA = Ipv6Address.parse("fd00:1::1");
        final long[] addressB = Ipv6Address.parse("fd00:1::2");
        a.ipv6().addAddress(a.device("va"), addressA[0], addressA[1], 64, true);
        b.ipv6().addAddress(b.device("vb"), addressB[0], addressB[1], 64, true);
        final Echo6Driver driver = new Echo6Driver();
        driver.lab = lab;
        driver.socket = new RawIcmpv6Endpoint(a.ipv6(), driver, null, null);
        driver.socket.open();
        final long least = leastAllocated(lab, driver, 300_000, 100_000);
        assertEquals(800_000, driver.replies);
        assertTrue(least < 100_000 / 10, "allocated " + least + " bytes over 100000 IPv6 round trips");
    }

    /** @return the least bytes allocated over {@code perRound} round trips, of 5 rounds after a warm-up. */
    private static long leastAllocated(final Lab lab, final Runnable sendNext, final int warmUp, final int perRound)
    {
        for (int i = 0; i < warmUp; i++)
        {
            sendNext.run();
            lab.sim.loop().runUntilIdle();
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long threadId = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++)
        {
            final long before = threads.getThreadAllocatedBytes(threadId);
            for (int i = 0; i < perRound; i++)
            {
                sendNext.run();
                lab.sim.loop().runUntilIdle();
            }
            least = Math.min(least, threads.getThreadAllocatedBytes(threadId) - before);
        }
        return least;
    }

    @Test
    void shouldNotAllocateInSteadyStateEchoRoundTrips()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final EchoDriver driver = new EchoDriver(ip("10.0.1.2"));
        driver.socket = new RawIcmpSocket(a.ipv4(), driver);
        driver.loop = lab.sim.loop();
        roundTrips(lab, driver, 300_000);

        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long threadId = Thread.currentThread().getId();
        final int perRound = 100_000;
        // The least of a few rounds: a round may still meet a late JIT recompilation, which is not the frame path.
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++)
        {
            final long before = threads.getThreadAllocatedBytes(threadId);
            roundTrips(lab, driver, perRound);
            least = Math.min(least, threads.getThreadAllocatedBytes(threadId) - before);
        }
        assertEquals(800_000, driver.replies);
        assertTrue(least < perRound / 10, "allocated " + least + " bytes over " + perRound + " round trips");
    }

    private static void roundTrips(final Lab lab, final EchoDriver driver, final int count)
    {
        for (int i = 0; i < count; i++)
        {
            driver.sendNext();
            lab.sim.loop().runUntilIdle();
        }
    }
}
