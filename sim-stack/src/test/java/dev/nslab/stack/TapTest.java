package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.nslab.core.ring.BackoffIdler;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import dev.nslab.stack.neigh.NeighbourState;
import static dev.nslab.stack.Lab.SECOND;
import static dev.nslab.stack.Lab.ip;

/** A tap's userspace side: frames through lock-free rings between the simulation and application threads. */
class TapTest
{
    /** What the kernel experiment did with a python relay (BEHAVIOUR 1.18-1.20), as a Java thread. */
    @Test
    void shouldConnectTwoNamespacesThroughAUserspaceRelay() throws InterruptedException
    {
        final Lab lab = new Lab();
        final NetNamespace ns0 = lab.ns("ns0");
        final NetNamespace ns1 = lab.ns("ns1");
        final TapDevice tap0 = ns0.addTap("tap0");
        final TapDevice tap1 = ns1.addTap("tap1");
        for (final NetNamespace ns : new NetNamespace[] {ns0, ns1})
        {
            ns.setUp(ns.loopback());
        }
        ns0.setUp(tap0);
        ns1.setUp(tap1);
        Lab.address(ns0, tap0, "10.0.0.1/24");
        Lab.address(ns1, tap1, "10.0.0.2/24");
        final TapHandle h0 = tap0.attach();
        final TapHandle h1 = tap1.attach();
        assertTrue(tap0.isRunning() && tap1.isRunning(), "carrier while a program holds the tap");

        final AtomicBoolean stop = new AtomicBoolean();
        final Thread relay = new Thread(() ->
        {
            final byte[] buffer = new byte[2048];
            final BackoffIdler idler = new BackoffIdler();
            while (!stop.get())
            {
                int moved = 0;
                int length;
                while ((length = h0.read(buffer, 0, buffer.length)) >= 0)
                {
                    h1.write(buffer, 0, length);
                    moved++;
                }
                while ((length = h1.read(buffer, 0, buffer.length)) >= 0)
                {
                    h0.write(buffer, 0, length);
                    moved++;
                }
                if (moved == 0)
                {
                    idler.idle();
                }
                else
                {
                    idler.reset();
                }
            }
        }, "relay");
        relay.start();
        // The relay runs in wall time: pace the simulation (ten virtual seconds per real second).
        lab.sim.setRealtimePace(10);
        final PingResult[] result = new PingResult[1];
        final Thread pinger = new Thread(() -> result[0] = lab.ping(ns0, "10.0.0.2", "-c 3 -W 5"));
        pinger.start();
        pinger.join(30_000);
        stop.set(true);
        relay.join();
        assertEquals(3, result[0].received(), "BEHAVIOUR 1.20: 3/3 over the relay");
        assertEquals(NeighbourState.REACHABLE, Ipv4Device.of(tap0).neighbours().lookup(ip("10.0.0.2")).state());
    }

    @Test
    void shouldDropAndCountWhenNobodyReadsTheRing()
    {
        final Lab lab = new Lab();
        final NetNamespace ns = lab.ns("ns");
        final TapDevice tap = ns.addTap("tap0");
        ns.setUp(tap);
        Lab.address(ns, tap, "10.0.0.1/24");
        tap.attach(4);
        lab.ping(ns, "10.0.0.2", "-c 12 -W 1");
        assertEquals(4, tap.counters().txPackets, "the ring holds 4 frames (ARP requests nobody reads)");
        assertTrue(tap.counters().txDropped > 0, "the rest is dropped and counted");
    }

    @Test
    void shouldAccountForEveryFrameOfAFlood() throws InterruptedException
    {
        final Lab lab = new Lab();
        final NetNamespace ns = lab.ns("ns");
        final TapDevice tap = ns.addTap("tap0");
        ns.setUp(tap);
        final TapHandle handle = tap.attach(256);
        final int frames = 2_000_000;
        final byte[] frame = new byte[60];
        EthernetViewWriter.write(frame, tap.mac());
        final Thread writer = new Thread(() ->
        {
            for (int i = 0; i < frames; i++)
            {
                handle.write(frame, 0, frame.length);
            }
        });
        writer.start();
        while (writer.isAlive())
        {
            lab.sim.loop().runUntil(lab.sim.now() + 1000);
        }
        writer.join();
        lab.sim.loop().runUntil(lab.sim.now() + 1000);
        final long delivered = tap.counters().rxPackets;
        assertEquals(frames, delivered + handle.writeDrops(), "sent = delivered + dropped, exactly");
        assertEquals(delivered, tap.counters().rxDropped, "unknown ethertype 0x88b5: each one counted");
    }

    /** A frame to the tap's MAC with the IEEE local-experimental ethertype, which no stack handles. */
    private static final class EthernetViewWriter
    {
        static void write(final byte[] frame, final long mac)
        {
            new EthernetView().wrap(frame, 0, frame.length).destination(mac).source(0x0200_0000_0001L)
                .etherType(0x88B5);
        }
    }
}
