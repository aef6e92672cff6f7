package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.IcmpView;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.neigh.NeighbourState;
import dev.nslab.stack.netlink.NetlinkException;
import static dev.nslab.stack.Lab.MS;
import static dev.nslab.stack.Lab.SECOND;
import static dev.nslab.stack.Lab.ip;

/** Ping and the stack together, row by row of BEHAVIOUR.md S1-S4, in virtual time. */
class PingBehaviourTest
{
    // ------------------------------------------------------------------------------ S1: the seed's experiment

    @Test
    void shouldReproduceTheSeedExperimentStepByStep()
    {
        final Lab lab = new Lab();
        final NetNamespace host = lab.sim.host();
        final TapDevice tap0 = host.addTap("tap0");
        final TapDevice tap1 = host.addTap("tap1");
        host.setUp(tap0);
        host.setUp(tap1);
        Lab.address(host, tap0, "10.0.0.1/24");
        Lab.address(host, tap1, "10.0.0.2/24");
        assertEquals(2, host.fib().routes(Route.Table.MAIN).size(), "BEHAVIOUR 1.5: two connected routes");
        assertTrue(host.fib().routes(Route.Table.MAIN).stream().allMatch(Route::isLinkDown));
        final NetNamespace ns0 = lab.ns("ns0");
        final NetNamespace ns1 = lab.ns("ns1");
        host.moveDevice(tap0, ns0);
        host.moveDevice(tap1, ns1);
        assertTrue(host.fib().routes(Route.Table.MAIN).isEmpty());

        // The host has lost both addresses: nothing routes to 10.0.0.0/24 any more.
        final PingResult fromHost = lab.sim.ping(host, PingOptions.to("10.0.0.1").interruptAfterNs(3 * SECOND));
        assertEquals(NetlinkException.Errno.ENETUNREACH, fromHost.connectError());
        assertEquals(2, fromHost.exitCode());

        // Inside ns0, before anything is configured again: lo down, tap down, no address.
        final PingResult unconfigured = lab.sim.ping(ns0, PingOptions.to("10.0.0.2").interruptAfterNs(3 * SECOND));
        assertEquals(NetlinkException.Errno.ENETUNREACH, unconfigured.connectError(), "connect: network unreachable");

        for (final NetNamespace ns : new NetNamespace[] {ns0, ns1})
        {
            ns.setUp(ns.loopback());
        }
        ns0.setUp(tap0);
        Lab.address(ns0, tap0, "10.0.0.1/24");
        ns1.setUp(tap1);
        Lab.address(ns1, tap1, "10.0.0.2/24");

        final PingResult local = lab.sim.ping(ns0, PingOptions.to("10.0.0.1").interruptAfterNs(3 * SECOND));
        assertEquals(3, local.transmitted(), "the 4th echo would go at about 3.07 s, after the interrupt");
        assertEquals(3, local.received(), "BEHAVIOUR 1.14: own tap address answers via lo");
        assertEquals(0, local.exitCode());
        assertEquals(64, ((PingResult.Reply) local.events().get(0)).ttl());

        final PingResult across = lab.sim.ping(ns0, PingOptions.to("10.0.0.2").interruptAfterNs(3 * SECOND));
        assertEquals(3, across.transmitted());
        assertEquals(0, across.received(), "the taps are not connected: isolation");
        assertEquals(0, across.errors(), "interrupted before the neighbour fails at about 3.06 s");
        assertEquals(1, across.exitCode());
        assertEquals(3, tap0.counters().txDropped, "BEHAVIOUR 1.16: the ARP requests are dropped by the tap");
        assertEquals(0, tap0.counters().txPackets);
        assertEquals(NeighbourState.INCOMPLETE, Ipv4Device.of(tap0).neighbours().lookup(ip("10.0.0.2")).state());
        lab.sim.runFor(3 * SECOND);
        assertEquals(NeighbourState.FAILED, Ipv4Device.of(tap0).neighbours().lookup(ip("10.0.0.2")).state());
        assertEquals(0, tap1.counters().rxPackets, "nothing crossed to ns1");
    }

    @Test
    void shouldReportHostUnreachableFromATapWithNoReader()
    {
        final Lab lab = new Lab();
        final NetNamespace ns = lab.ns("ns0");
        ns.setUp(ns.loopback());
        final TapDevice tap = ns.addTap("tap0");
        ns.setUp(tap);
        Lab.address(ns, tap, "10.0.0.1/24");
        final PingResult result = lab.ping(ns, "10.0.0.2", "-c 5 -i 0.2");
        assertEquals(5, result.errors(), "BEHAVIOUR 1.17");
        assertEquals(5, result.pipe());
        assertEquals(816, result.timeMs(), "4 waits of 200 ms, each a 50-jiffy socket timeout that fires 1 jiffy late");
        final PingResult.IcmpError error = assertInstanceOf(PingResult.IcmpError.class, result.events().get(0));
        assertEquals(ip("10.0.0.1"), error.from().ipv4(), "From 10.0.0.1");
        assertEquals(IcmpView.CODE_HOST_UNREACHABLE, error.code());
    }

    @Test
    void shouldStopOneSecondAfterTheLastSendWithShortLinger()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        a.setUp(a.loopback());
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final PingResult three = lab.ping(a, "10.0.1.99", "-c 3 -W 1");
        assertEquals(0, three.errors(), "BEHAVIOUR 3.9");
        assertEquals(1, three.exitCode());
        lab.sim.runFor(10 * SECOND);
        final PingResult one = lab.ping(a, "10.0.1.98", "-c 1 -W 5");
        assertEquals(1, one.errors(), "BEHAVIOUR 3.11: stops as soon as errors reach the count");
        final long took = one.endNs() - one.startNs();
        assertTrue(took > 3 * SECOND && took < 3_100 * MS, "took " + took);
    }

    @Test
    void shouldStopAtTheFirstBatchOfErrorsWithADeadline()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        a.setUp(a.loopback());
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final PingResult result = lab.ping(a, "10.0.1.97", "-w 5");
        assertEquals(3, result.errors(), "BEHAVIOUR 3.12");
        assertEquals(4, result.transmitted());
        assertEquals(4, result.pipe());
        assertTrue(result.endNs() - result.startNs() < 3_200 * MS, "not 5 s");
        assertEquals(NeighbourState.INCOMPLETE, Ipv4Device.of(va).neighbours().lookup(ip("10.0.1.97")).state());
    }

    @Test
    void shouldBlockInSendmsgOnceADozenEchoesWaitForArp()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        a.setUp(a.loopback());
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final PingResult interrupted = lab.sim.ping(a, PingOptions.to("10.0.1.99").intervalMs(200)
            .interruptAfterNs(3 * SECOND));
        assertEquals(12, interrupted.transmitted(), "the send buffer holds 12 echoes; the 13th blocks (kernel: 12)");
        lab.sim.runFor(10 * SECOND);
        final PingResult counted = lab.ping(a, "10.0.1.98", "-c 14 -i 0.1 -W 1");
        assertEquals(14, counted.transmitted(), "the ARP failure frees the buffer: 13 and 14 go out after it");
        assertEquals(12, counted.errors());
        assertEquals(12, counted.pipe(), "the errors arrive before the blocked echo goes out");
    }

    // ------------------------------------------------------------------------------ S2: lo and own addresses

    @Test
    void shouldNeedLoForOwnAddressesButNotForThePeer()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        assertEquals(NetlinkException.Errno.ENETUNREACH, lab.ping(a, "127.0.0.1", "-c 1 -W 1").connectError(),
            "BEHAVIOUR 2.2");
        final VethDevice va = a.addVethPair("va", "vb", b);
        Lab.address(a, va, "10.0.5.1/24");
        assertEquals(NetlinkException.Errno.ENETUNREACH, lab.ping(a, "10.0.5.2", "-c 1 -W 1").connectError(),
            "BEHAVIOUR 2.6");
        final PingResult ownLoDown = lab.ping(a, "10.0.5.1", "-c 1 -W 1");
        assertNull(ownLoDown.connectError());
        assertEquals(0, ownLoDown.received(), "BEHAVIOUR 2.7: silence");
        assertEquals(1, a.loopback().counters().txDropped, "dropped at lo");
        a.setUp(a.loopback());
        assertEquals(2, lab.ping(a, "10.0.5.1", "-c 2").received(), "BEHAVIOUR 2.8: own address on a down device");
        a.setDown(a.loopback());
        a.setUp(va);
        b.setUp(b.device("vb"));
        Lab.address(b, b.device("vb"), "10.0.5.2/24");
        assertEquals(1, lab.ping(a, "10.0.5.2", "-c 1").received(), "BEHAVIOUR 2.13");
        assertEquals(0, lab.ping(a, "10.0.5.1", "-c 1 -W 1").received(), "BEHAVIOUR 2.12");
    }

    @Test
    void shouldAnswerForTheWholeLoopbackNetwork()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        a.setUp(a.loopback());
        final PingResult result = lab.ping(a, "127.1.2.3", "-c 1");
        assertEquals(1, result.received(), "BEHAVIOUR 2.3");
        assertEquals(ip("127.1.2.3"), ((PingResult.Reply) result.events().get(0)).from().ipv4());
    }

    // ------------------------------------------------------------------------------ S4: A - R - B

    @Test
    void shouldDropSilentlyWithoutForwardingAndCountIt()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(false);
        final PingResult result = lab.ping(arb[0], "10.0.3.2", "-c 3 -W 1");
        assertEquals(0, result.received(), "BEHAVIOUR 4.2");
        assertEquals(0, result.errors());
        assertEquals(3, arb[1].stats().inAddrErrors, "R's InAddrErrors");
        assertEquals(1, lab.ping(arb[0], "10.0.3.1", "-c 1").received(), "BEHAVIOUR 4.3: weak host model");
    }

    @Test
    void shouldForwardWithTtlDecrement()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        final PingResult result = lab.ping(arb[0], "10.0.3.2", "-c 3 -W 1");
        assertEquals(3, result.received(), "BEHAVIOUR 4.4");
        assertEquals(63, ((PingResult.Reply) result.events().get(0)).ttl());
        assertEquals(1, lab.ping(arb[0], "10.0.3.2", "-c 1 -t 2").received(), "BEHAVIOUR 4.6");
        assertEquals(1, lab.ping(arb[0], "10.0.2.1", "-c 1 -t 1").received(), "BEHAVIOUR 4.7");
    }

    @Test
    void shouldAnswerTimeExceededFromTheRouter()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        final PingResult result = lab.ping(arb[0], "10.0.3.2", "-c 3 -W 1 -t 1");
        assertEquals(3, result.errors(), "BEHAVIOUR 4.5");
        final PingResult.IcmpError error = (PingResult.IcmpError) result.events().get(0);
        assertEquals(ip("10.0.2.1"), error.from().ipv4());
        assertEquals(IcmpView.TYPE_TIME_EXCEEDED, error.type());
        assertEquals(1, result.pipe(), "no pipe line");
    }

    @Test
    void shouldRateLimitErrorsWithTheSharedPeerBucket()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        lab.sim.runFor(6 * SECOND);
        assertEquals(6, lab.ping(arb[0], "10.0.3.2", "-c 10 -i 0.1 -t 1").errors(), "BEHAVIOUR 4.8");
        lab.sim.runFor(6 * SECOND);
        final PingResult slow = lab.ping(arb[0], "10.0.9.1", "-c 8 -W 1");
        assertEquals(4, slow.errors(), "BEHAVIOUR 4.10");
        assertEquals(IcmpView.CODE_NET_UNREACHABLE, ((PingResult.IcmpError) slow.events().get(0)).code());
        lab.sim.runFor(6 * SECOND);
        assertEquals(2, lab.ping(arb[0], "10.0.9.1", "-c 10 -i 0.1").errors(), "BEHAVIOUR 4.11");
        lab.sim.runFor(6 * SECOND);
        assertEquals(6, lab.ping(arb[0], "10.0.9.1", "-c 6 -i 2").errors(), "BEHAVIOUR 4.12");
    }

    @Test
    void shouldReportHostUnreachableFromTheRouterForAnAbsentHost()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        final PingResult result = lab.ping(arb[0], "10.0.3.99", "-c 4 -W 1");
        assertEquals(3, result.errors(), "BEHAVIOUR 4.13");
        assertEquals(4, result.pipe());
        assertEquals(ip("10.0.2.1"), result.events().get(0).sequence() == 1
            ? ((PingResult.IcmpError) result.events().get(0)).from().ipv4() : 0);
        assertEquals(NeighbourState.INCOMPLETE, Ipv4Device.of(arb[1].device("r-b")).neighbours().lookup(ip("10.0.3.99")).state());
    }

    @Test
    void shouldStayQuietWithoutForwardingEvenWithoutARoute()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(false);
        final PingResult result = lab.ping(arb[0], "10.0.9.1", "-c 2 -W 1");
        assertEquals(0, result.errors(), "BEHAVIOUR 4.15");
        arb[0].deleteRoute(RouteRequest.to(0, 0));
        assertEquals(NetlinkException.Errno.ENETUNREACH, lab.ping(arb[0], "10.0.3.2", "-c 1").connectError(),
            "BEHAVIOUR 4.16");
    }

    // ------------------------------------------------------------------------------ fragmentation

    @Test
    void shouldFragmentAndReassembleABigPing()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        final PingResult result = lab.ping(arb[0], "10.0.3.2", "-c 2 -s 3000");
        assertEquals(2, result.received());
        assertEquals(3008, ((PingResult.Reply) result.events().get(0)).bytes());
        assertEquals(6, arb[0].stats().fragCreates, "3 fragments per request");
        assertEquals(2, arb[2].stats().reasmOKs);
        assertEquals(2, arb[0].stats().reasmOKs, "the replies come back in fragments too");
    }

    @Test
    void shouldRefuseToForwardAnOversizedPacketWithDontFragment()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        arb[1].setMtu(arb[1].device("r-b"), 1280);
        // 1400 bytes fit A's 1500 MTU, so ping sets DF; R cannot forward it over 1280.
        final PingResult result = lab.ping(arb[0], "10.0.3.2", "-c 1 -s 1372");
        assertEquals(1, result.errors());
        final PingResult.IcmpError error = (PingResult.IcmpError) result.events().get(0);
        assertEquals(IcmpView.CODE_FRAGMENTATION_NEEDED, error.code());
        assertEquals(1280, error.info(), "Frag needed and DF set (mtu = 1280)");
    }

    @Test
    void shouldBeDeterministic()
    {
        final String first = run(17);
        assertEquals(first, run(17));
    }

    private static String run(final long seed)
    {
        final Lab lab = new Lab(seed);
        final NetNamespace[] arb = lab.router(true);
        final StringBuilder text = new StringBuilder();
        text.append(lab.ping(arb[0], "10.0.3.2", "-c 5")).append(lab.ping(arb[0], "10.0.3.99", "-c 4 -W 1"));
        lab.sim.runFor(40 * SECOND);
        for (final NetNamespace ns : arb)
        {
            ns.devices().forEach(d -> text.append(d.name()).append(d.mac()).append(Ipv4Device.of(d).neighbours().entries()));
        }
        return text.toString().replaceAll("PingOptions@[0-9a-f]+", "");
    }
}
