package dev.nslab.stack.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.app.PingAddress;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourState;

/**
 * Neighbour discovery and ICMPv6 echo between two namespaces, against what the kernel showed (IPV6.md 6 and 7): the
 * asker's entry REACHABLE, the answerer's, learnt from the solicitation, DELAY; the router flag of a forwarding
 * neighbour; address unreachable after three solicitations; and the twins with nothing to resolve.
 */
class NeighbourDiscoveryTest
{
    private static final long[] A = Ipv6Address.parse("fd00:1::1");
    private static final long[] B = Ipv6Address.parse("fd00:1::2");

    private final Lab lab = new Lab(7);
    private final NetNamespace a = lab.ns("a");
    private final NetNamespace b = lab.ns("b");
    private final VethDevice va = lab.veth(a, "va", null, b, "vb", null);

    NeighbourDiscoveryTest()
    {
        a.ipv6().addAddress(va, A[0], A[1], 64, true);
        b.ipv6().addAddress(va.peer(), B[0], B[1], 64, true);
        lab.sim.runFor(2 * Lab.SECOND);
    }

    private PingResult ping(final NetNamespace from, final long[] to, final int count)
    {
        return lab.sim.ping(from, PingOptions.toIpv6(to[0], to[1], Ipv6Address.format(to[0], to[1])).count(count)
            .intervalMs(200).lingerMs(5000));
    }

    @Test
    void shouldResolveThePeerAndLearnTheAsker()
    {
        final PingResult result = ping(a, B, 2);
        assertEquals(2, result.received());
        assertEquals(64, ((PingResult.Reply) result.events().get(0)).ttl(), "the reply's hop limit");
        final Neighbour asked = Ipv6Device.of(va).neighbours().lookup(B[0], B[1]);
        assertEquals(NeighbourState.REACHABLE, asked.state());
        assertEquals(va.peer().mac(), asked.mac());
        final Neighbour learnt = Ipv6Device.of(va.peer()).neighbours().lookup(A[0], A[1]);
        assertEquals(NeighbourState.DELAY, learnt.state(), "learnt STALE from the solicitation, then used");
        assertFalse(asked.isRouter());
    }

    @Test
    void shouldMarkAForwardingNeighbourAsARouter()
    {
        b.ipv6().writeAllForwarding(1, b.devices());
        ping(a, B, 1);
        assertTrue(Ipv6Device.of(va).neighbours().lookup(B[0], B[1]).isRouter(), "the advertisement's R flag");
    }

    @Test
    void shouldReportAnAddressNobodyHoldsAsUnreachable()
    {
        a.setUp(a.loopback());
        final long[] absent = Ipv6Address.parse("fd00:1::77");
        final PingResult result = ping(a, absent, 1);
        assertEquals(0, result.received());
        assertEquals(1, result.errors());
        final PingResult.IcmpError error = (PingResult.IcmpError) result.events().get(0);
        assertEquals(Icmpv6.TYPE_DESTINATION_UNREACHABLE, error.type());
        assertEquals(Icmpv6.CODE_ADDRESS_UNREACHABLE, error.code());
        assertEquals(PingAddress.ipv6(A[0], A[1], null), error.from(), "from our own address");
        assertTrue(error.timeNs() - result.startNs() >= 3 * Lab.SECOND, "after three solicitations a second apart");
        assertEquals(NeighbourState.FAILED, Ipv6Device.of(va).neighbours().lookup(absent[0], absent[1]).state());
    }

    @Test
    void shouldNeedNoNeighbourForOwnAddresses()
    {
        a.setUp(a.loopback());
        assertEquals(1, ping(a, A, 1).received());
        assertEquals(1, ping(a, new long[] {0, 1}, 1).received(), "::1");
        final var table = Ipv6Device.neighboursIfAny(va);
        // Only the groups MLD and NDISC sent to have entries (NOARP, as ip6_finish_output2 makes them).
        assertTrue(table == null || table.allEntries().stream().allMatch(neighbour ->
            neighbour.state() == NeighbourState.NOARP && Ipv6Address.isMulticast(neighbour.keyHigh())),
            "no neighbour was resolved for our own addresses");
    }
}
