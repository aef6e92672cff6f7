package dev.nslab.stack.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.Scope;
import static dev.nslab.stack.Lab.ip;

/** The FIB: longest prefix match, metrics, the routes the kernel makes and removes, and its refusals. */
class RoutingTest
{
    private static List<String> routes(final NetNamespace ns, final Route.Table table)
    {
        return ns.fib().routes(table).stream().map(Route::toString).toList();
    }

    @Test
    void shouldPreferTheLongestPrefixThenTheLowestMetric()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.1.2")), false);
        a.addRoute(RouteRequest.to(ip("10.9.0.0"), 16).via(ip("10.0.1.3")).metric(20), false);
        a.addRoute(RouteRequest.to(ip("10.9.0.0"), 16).via(ip("10.0.1.4")).metric(10), false);
        a.addRoute(RouteRequest.to(ip("10.9.9.0"), 24).via(ip("10.0.1.5")).metric(50), false);
        assertEquals(ip("10.0.1.5"), a.fib().lookup(ip("10.9.9.9")).gateway());
        assertEquals(ip("10.0.1.4"), a.fib().lookup(ip("10.9.1.1")).gateway());
        assertEquals(ip("10.0.1.2"), a.fib().lookup(ip("192.0.2.1")).gateway());
        assertEquals(0, a.fib().lookup(ip("10.0.1.77")).gateway(), "connected");
        assertEquals(va, a.fib().lookup(ip("10.0.1.77")).device());
    }

    @Test
    void shouldMatchALinearScanOnRandomTables()
    {
        final SplittableRandom random = new SplittableRandom(9);
        final FibTable table = new FibTable();
        final Lab lab = new Lab();
        final NetDevice lo = lab.sim.host().loopback();
        final java.util.ArrayList<Route> all = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++)
        {
            final int length = random.nextInt(33);
            final Route route = new Route(Route.Type.UNICAST, Route.Table.MAIN, random.nextInt(), length, 0, lo,
                Route.Protocol.BOOT, Scope.UNIVERSE, 0, random.nextInt(4));
            table.insert(route);
            all.add(route);
        }
        for (int i = 0; i < 20_000; i++)
        {
            final int destination = random.nextInt();
            Route expected = null;
            for (final Route route : all)
            {
                if (Prefix.contains(route.destination(), route.prefixLength(), destination)
                    && (expected == null || route.prefixLength() > expected.prefixLength()
                        || (route.prefixLength() == expected.prefixLength() && route.metric() < expected.metric())))
                {
                    expected = route;
                }
            }
            final Route found = table.lookup(destination);
            if (expected == null)
            {
                assertNull(found);
            }
            else
            {
                assertEquals(expected.prefixLength(), found.prefixLength());
                assertEquals(expected.metric(), found.metric());
            }
        }
    }

    @Test
    void shouldMakeLocalAndConnectedRoutesAsTheKernelDoes()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        assertFalse(a.fib().localTableExists(), "BEHAVIOUR 1.11b: no local table in a fresh namespace");
        a.setUp(a.loopback());
        lab.veth(a, "va", "10.0.4.1/24", b, "vb", null);
        assertEquals(List.of("unicast 10.0.4.0/24 dev va"), routes(a, Route.Table.MAIN));
        assertEquals(List.of("local 10.0.4.1/32 dev va", "broadcast 10.0.4.255/32 dev va", "local 127.0.0.0/8 dev lo",
            "local 127.0.0.1/32 dev lo", "broadcast 127.255.255.255/32 dev lo"), routes(a, Route.Table.LOCAL),
            "BEHAVIOUR S6 ip -4 route show table local");
        assertTrue(a.isLocalAddress(ip("127.1.2.3")), "the whole 127/8 is local");
    }

    @Test
    void shouldMarkRoutesLinkdownWithoutCarrier()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = a.addVethPair("va", "vb", b);
        Lab.address(a, va, "10.0.5.1/24");
        a.setUp(va);
        final Route connected = a.fib().routes(Route.Table.MAIN).get(0);
        assertTrue(connected.isLinkDown(), "BEHAVIOUR 2.10b");
        final Route local = a.fib().routes(Route.Table.LOCAL).get(0);
        assertFalse(local.isLinkDown(), "BEHAVIOUR 1.6: local routes never show linkdown");
        b.setUp(b.device("vb"));
        assertTrue(connected.isLinkDown(), "fib_sync_up waits for linkwatch's NETDEV_CHANGE");
        lab.sim.runFor(0);
        assertFalse(connected.isLinkDown(), "BEHAVIOUR 3.3: immediately, the peers' indexes differ (urgent)");
    }

    @Test
    void shouldDropEveryRouteThroughADeviceThatGoesDownAndOnlyTheConnectedOneComesBack()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.6.1/24", b, "vb", null);
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.6.254")), false);
        a.addRoute(RouteRequest.to(ip("10.0.7.0"), 24).via(ip("10.0.6.9")), false);
        assertEquals(3, routes(a, Route.Table.MAIN).size());
        a.setDown(va);
        assertTrue(routes(a, Route.Table.MAIN).isEmpty(), "BEHAVIOUR 5.25");
        assertEquals(List.of("local 10.0.6.1/32 dev va"), routes(a, Route.Table.LOCAL), "BEHAVIOUR 2.5");
        assertEquals(1, Ipv4Device.of(va).addresses().size(), "the address stays");
        a.setUp(va);
        assertEquals(List.of("unicast 10.0.6.0/24 dev va"), routes(a, Route.Table.MAIN));
    }

    @Test
    void shouldRefuseWhatTheKernelRefuses()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.6.1/24", b, "vb", null);
        final NetlinkException badGateway = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.0.7.0"), 24).via(ip("10.0.8.1")), false));
        assertEquals("Nexthop has invalid gateway.", badGateway.extack(), "BEHAVIOUR 5.20");
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.6.2")), false);
        final NetlinkException exists = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.6.3")), false));
        assertEquals(NetlinkException.Errno.EEXIST, exists.errno(), "BEHAVIOUR 5.22");
        assertNull(exists.extack());
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.6.3")), true);
        final NetlinkException absent = assertThrows(NetlinkException.class,
            () -> a.deleteRoute(RouteRequest.to(ip("10.0.99.0"), 24)));
        assertEquals(NetlinkException.Errno.ESRCH, absent.errno(), "BEHAVIOUR 5.23");
        a.setDown(va);
        final NetlinkException down = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.0.7.0"), 24).dev(va), false));
        assertEquals("Device for nexthop is not up.", down.extack(), "BEHAVIOUR 5.21");
        final NetlinkException twice = assertThrows(NetlinkException.class, () ->
        {
            Lab.address(a, va, "10.0.9.1/24");
            Lab.address(a, va, "10.0.9.1/24");
        });
        assertEquals("ipv4: Address already assigned.", twice.extack(), "BEHAVIOUR 5.18");
        final NetlinkException missing = assertThrows(NetlinkException.class,
            () -> a.deleteAddress(va, ip("10.0.99.1"), 24));
        assertEquals("ipv4: Address not found.", missing.extack(), "BEHAVIOUR 5.19");
    }

    @Test
    void shouldRemoveEveryRouteOfADeviceWhoseLastAddressGoes()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.5.1/24", b, "vb", "10.0.5.2/24");
        a.addRoute(RouteRequest.to(ip("10.2.0.0"), 16).dev(va), false);
        a.flushAddresses(va);
        assertTrue(routes(a, Route.Table.MAIN).isEmpty(), "BEHAVIOUR 2.14");
        final RouteResult result = new RouteResult();
        assertFalse(a.routeOutput(ip("10.0.5.2"), 0, result), "connect: Network is unreachable");
    }

    @Test
    void shouldChooseTheSourceAddressAsLinuxDoes()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        a.setUp(a.loopback());
        final VethDevice va = lab.veth(a, "va", "10.0.4.1/24", b, "vb", "10.0.4.2/24");
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.4.2")), false);
        final RouteResult result = new RouteResult();
        assertTrue(a.routeOutput(ip("10.9.9.9"), 0, result));
        assertEquals(ip("10.0.4.1"), result.source());
        assertEquals(ip("10.0.4.2"), result.nextHop());
        assertEquals(va, result.device());
        assertTrue(a.routeOutput(ip("10.0.4.1"), 0, result));
        assertEquals(RouteResult.Kind.LOCAL, result.kind());
        assertEquals(a.loopback(), result.device(), "BEHAVIOUR S6: local 10.0.4.1 dev lo");
        assertTrue(a.routeOutput(ip("127.0.0.5"), 0, result));
        assertEquals(ip("127.0.0.1"), result.source(), "ip route get 127.0.0.5: src 127.0.0.1 (the local route's prefsrc)");
    }
}
