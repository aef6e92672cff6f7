package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.RawIcmpSocket;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourGarbageCollector;
import dev.nslab.stack.neigh.NeighbourState;
import static dev.nslab.stack.Lab.SECOND;

/** The ARP table's garbage collection thresholds, as net/core/neighbour.c has them. */
class NeighbourGarbageCollectionTest
{
    /** One echo request to each of {@code count} absent hosts of 10.1.0.0/16 from the {@code first}: an entry each. */
    private static void probeAbsentHosts(final Lab lab, final NetNamespace ns, final int first, final int count)
    {
        final RawIcmpSocket socket = new RawIcmpSocket(ns.ipv4(), (packet, now) -> { });
        for (int i = 0; i < count; i++)
        {
            final Frame message = socket.pool().acquire().reset(8);
            new IcmpView().wrap(message.buffer(), message.offset()).type(IcmpView.TYPE_ECHO_REQUEST).identifier(1)
                .sequence(i).updateChecksum(8);
            socket.send(message, 0, 0x0A01_0000 + 2 + first + i, 64);
        }
        socket.close();
    }

    private static NetNamespace lan(final Lab lab)
    {
        final NetNamespace ns = lab.ns("a");
        final NetNamespace other = lab.ns("b");
        lab.veth(ns, "va", "10.1.0.1/16", other, "vb", null);
        return ns;
    }

    @Test
    void shouldKeepFailedEntriesForeverBelowTheFirstThreshold()
    {
        final Lab lab = new Lab();
        final NetNamespace ns = lan(lab);
        probeAbsentHosts(lab, ns, 0, 100);
        lab.sim.runFor(3600 * SECOND);
        final NetDevice va = ns.device("va");
        assertEquals(100, Ipv4Device.of(va).neighbours().entries().size());
        assertTrue(Ipv4Device.of(va).neighbours().entries().stream().allMatch(n -> n.state() == NeighbourState.FAILED));
    }

    @Test
    void shouldCollectFailedEntriesAboveTheFirstThreshold()
    {
        final Lab lab = new Lab();
        final NetNamespace ns = lan(lab);
        probeAbsentHosts(lab, ns, 0, 200);
        lab.sim.runFor(60 * SECOND);
        assertEquals(0, Ipv4Device.of(ns.device("va")).neighbours().entries().size(), "neigh_periodic_work removed them");
        // what stays is lo's 0.0.0.0 NOARP entry, which the host-unreachable errors to ourselves made, used lately
        assertEquals(1, lab.sim.machine().neighbourContext().collector().entries());
        assertEquals(1, Ipv4Device.of(ns.loopback()).neighbours().entries().size());
    }

    @Test
    void shouldRefuseNewEntriesWhenTheTableIsFull()
    {
        final Lab lab = new Lab();
        final NetNamespace ns = lan(lab);
        probeAbsentHosts(lab, ns, 0, 1100);
        assertEquals(NeighbourGarbageCollector.GC_THRESH3, Ipv4Device.of(ns.device("va")).neighbours().size());
        assertEquals(1100 - NeighbourGarbageCollector.GC_THRESH3, ns.stats().neighbourTableOverflows,
            "neighbour table overflow: the packets are dropped");
        lab.sim.runFor(10 * SECOND);
        probeAbsentHosts(lab, ns, 2000, 1);
        assertTrue(Ipv4Device.of(ns.device("va")).neighbours().size() <= NeighbourGarbageCollector.GC_THRESH2 + 1,
            "a forced collection took the FAILED entries");
    }
}
