package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;
import dev.nslab.core.wire.ArpView;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.RawIcmpSocket;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourState;
import static dev.nslab.stack.Lab.MS;
import static dev.nslab.stack.Lab.SECOND;
import static dev.nslab.stack.Lab.ip;

/** Every NUD transition of BEHAVIOUR S3, in virtual time. */
class NeighbourStateMachineTest
{
    /** Records the ARP requests a device sends: time and whether broadcast. */
    private static final class ArpLog implements CaptureSink
    {
        final List<long[]> requests = new ArrayList<>();
        final String device;

        ArpLog(final String device)
        {
            this.device = device;
        }

        @Override
        public CapturePoint open(final String namespace, final String name, final long mac)
        {
            return (time, outbound, buffer, offset, length) ->
            {
                if (outbound && name.equals(device) && Bytes.u16(buffer, offset + 12) == EthernetView.ETHERTYPE_ARP
                    && Bytes.u16(buffer, offset + 14 + ArpView.OPERATION_OFFSET) == ArpView.OPERATION_REQUEST)
                {
                    final boolean broadcast = Bytes.mac(buffer, offset) == EthernetView.BROADCAST;
                    requests.add(new long[] {time, broadcast ? 1 : 0, length});
                }
            };
        }

        @Override
        public void close()
        {
        }
    }

    private static NeighbourState state(final NetDevice device, final String address)
    {
        final Neighbour neighbour = Ipv4Device.of(device).neighbours().lookup(ip(address));
        return neighbour == null ? null : neighbour.state();
    }

    @Test
    void shouldResolveOnFirstUseAndLeaveThePingerReachableAndTheResponderDelay()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final PingResult result = lab.ping(a, "10.0.1.2", "-c 3");
        assertEquals(3, result.received(), "the first ping waits for ARP, it is not lost");
        assertEquals(NeighbourState.REACHABLE, state(va, "10.0.1.2"));
        assertEquals(NeighbourState.DELAY, state(va.peer(), "10.0.1.1"), "BEHAVIOUR 3.5");
    }

    @Test
    void shouldLearnTheSenderOfARequestAsStale()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final ArpLog log = new ArpLog("va");
        lab.sim.setCaptureSink(log);
        // One echo request; stop right after the ARP exchange, before the reply goes out.
        final RawIcmpSocket socket = new RawIcmpSocket(a.ipv4(), (packet, now) -> { });
        final dev.nslab.core.frame.Frame message = socket.pool().acquire().reset(8);
        new dev.nslab.core.wire.IcmpView().wrap(message.buffer(), message.offset()).type(8).code(0).identifier(1)
            .sequence(1).updateChecksum(8);
        socket.send(message, 0, ip("10.0.1.2"), 64);
        lab.sim.runFor(30_000); // past the request (one 20 µs hop), before the reply comes back
        assertEquals(NeighbourState.STALE, state(va.peer(), "10.0.1.1"), "BEHAVIOUR 3.6: STALE at t=0");
        assertEquals(1, log.requests.size());
        assertEquals(42, log.requests.get(0)[2], "ARP frames are 42 bytes, not padded");
    }

    @Test
    void shouldProbeTheResponderAfterDelayFirstProbeTimeThenConfirm()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final NetDevice vb = b.device("vb");
        final ArpLog log = new ArpLog("vb");
        lab.sim.setCaptureSink(log);
        final long start = lab.sim.now();
        lab.ping(a, "10.0.1.2", "-c 1");
        assertEquals(NeighbourState.DELAY, state(vb, "10.0.1.1"));
        lab.sim.runFor(10 * SECOND);
        assertEquals(NeighbourState.REACHABLE, state(vb, "10.0.1.1"), "DELAY -> PROBE -> REACHABLE");
        assertEquals(1, log.requests.size(), "one unicast probe");
        final long probeAt = log.requests.get(0)[0] - start;
        assertEquals(0, log.requests.get(0)[1], "the probe is unicast");
        assertTrue(probeAt >= 5 * SECOND && probeAt <= 5_300 * MS, "BEHAVIOUR 3.6: PROBE at +5.07-5.17 s, was "
            + probeAt);
    }

    @Test
    void shouldGoStaleAfterARandomisedReachableTime()
    {
        final Lab lab = new Lab(11);
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        lab.ping(a, "10.0.1.2", "-c 1");
        lab.sim.runFor(14 * SECOND);
        assertEquals(NeighbourState.REACHABLE, state(va, "10.0.1.2"), "reachable_time is at least 15 s");
        lab.sim.runFor(35 * SECOND);
        assertEquals(NeighbourState.STALE, state(va, "10.0.1.2"), "and less than 45 s (plus timer slack)");
    }

    @Test
    void shouldFailAfterThreeBroadcastRequestsAboutOneSecondApart()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        a.setUp(a.loopback());
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final ArpLog log = new ArpLog("va");
        lab.sim.setCaptureSink(log);
        final PingResult result = lab.ping(a, "10.0.1.99", "-c 5 -i 0.2");
        assertEquals(3, log.requests.size(), "BEHAVIOUR 3.7a");
        for (int i = 1; i < 3; i++)
        {
            final long gap = log.requests.get(i)[0] - log.requests.get(i - 1)[0];
            assertTrue(gap >= 1000 * MS && gap <= 1032 * MS, "gap " + gap);
            assertEquals(1, log.requests.get(i)[1], "broadcast");
        }
        assertEquals(5, result.errors(), "every queued packet gets its Destination Host Unreachable");
        final long failedAt = result.events().get(0).timeNs() - result.startNs();
        assertTrue(failedAt >= 3_040 * MS && failedAt <= 3_090 * MS, "BEHAVIOUR 3.7: at +3.06-3.08 s, was " + failedAt);
        assertEquals(NeighbourState.FAILED, state(va, "10.0.1.99"), "BEHAVIOUR 3.7b");
        assertEquals(5, result.pipe());
    }

    @Test
    void shouldRestartResolutionAtOnceForAPacketToAFailedNeighbour()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        a.setUp(a.loopback());
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final ArpLog log = new ArpLog("va");
        lab.sim.setCaptureSink(log);
        final PingResult result = lab.ping(a, "10.0.1.99", "-c 8");
        assertEquals(8, result.errors());
        assertEquals(9, log.requests.size(), "BEHAVIOUR 3.8a: 9 requests, no gap");
        final List<Integer> batch = new ArrayList<>();
        final long first = result.events().get(0).timeNs();
        for (final PingResult.Event event : result.events())
        {
            if (event.timeNs() == first)
            {
                batch.add(event.sequence());
            }
        }
        assertEquals(List.of(1, 2, 3), batch, "BEHAVIOUR 3.8: errors in batches of 3");
        assertEquals(4, result.pipe());
    }

    @Test
    void shouldDropTheOldestPacketWhenTheResolutionQueueIsFull()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        Ipv4Device.of(va).neighbours().writableParameters().unresolvedQueueLength = 3;
        final RawIcmpSocket socket = new RawIcmpSocket(a.ipv4(), (packet, now) -> { });
        for (int i = 0; i < 5; i++)
        {
            final dev.nslab.core.frame.Frame message = socket.pool().acquire().reset(8);
            new dev.nslab.core.wire.IcmpView().wrap(message.buffer(), message.offset()).type(8).identifier(1)
                .sequence(i).updateChecksum(8);
            socket.send(message, 0, ip("10.0.1.99"), 64);
        }
        assertEquals(2, a.stats().neighbourQueueDiscards);
        assertEquals(3, Ipv4Device.of(va).neighbours().lookup(ip("10.0.1.99")).queueLength());
    }

    @Test
    void shouldForgetNeighboursWhenTheDeviceGoesDownOrLosesCarrier()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        lab.ping(a, "10.0.1.2", "-c 1");
        assertEquals(NeighbourState.REACHABLE, state(va, "10.0.1.2"));
        b.setDown(b.device("vb"));
        // va and vb both have index 2, so va's event is not urgent: it waits until a second has passed since the
        // last run (when the pair came up), plus the timer wheel's rounding.
        assertEquals(NeighbourState.REACHABLE, state(va, "10.0.1.2"), "until linkwatch's NETDEV_CHANGE");
        lab.sim.runFor(900 * MS);
        assertEquals(NeighbourState.REACHABLE, state(va, "10.0.1.2"), "within the second");
        lab.sim.runFor(200 * MS);
        assertNull(state(va, "10.0.1.2"), "neigh_carrier_down");
        assertEquals(0, Ipv4Device.of(b.device("vb")).neighbours().size(), "neigh_ifdown");
    }

    @Test
    void shouldFlushAllButPermanentEntries()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        lab.ping(a, "10.0.1.2", "-c 1");
        lab.ping(a, "10.0.1.77", "-c 1 -W 1");
        assertEquals(2, Ipv4Device.of(va).neighbours().entries().size());
        assertEquals(2, Ipv4Device.of(va).neighbours().flush());
        assertTrue(Ipv4Device.of(va).neighbours().entries().isEmpty());
    }
}
