package dev.nslab.stack.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.netlink.NetlinkException.Errno;
import static dev.nslab.stack.Lab.ip;

/**
 * The route cache: steady traffic is answered from it, and every kind of change a lookup reads makes the next
 * lookup see the change (route add, delete and replace, rule add, address delete, link down, sysctls, redirects).
 * Each check asks twice first, so that a stale answer would be the one kept.
 */
class RouteCacheTest
{
    private final Lab lab = new Lab();
    /** a1 10.0.1.1/24 to b1 (10.0.1.2), a2 10.0.2.1/24 to b2 (10.0.2.2); the default route via b1. */
    private final NetNamespace a = lab.ns("a");
    private final NetNamespace b1 = lab.ns("b1");
    private final NetNamespace b2 = lab.ns("b2");
    private final VethDevice a1 = lab.veth(a, "a1", "10.0.1.1/24", b1, "b1", "10.0.1.2/24");
    private final VethDevice a2 = lab.veth(a, "a2", "10.0.2.1/24", b2, "b2", "10.0.2.2/24");
    private final RouteResult result = new RouteResult();

    RouteCacheTest()
    {
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.1.2")), false);
    }

    @Test
    void shouldAnswerSteadyEchoTrafficFromTheCache()
    {
        assertEquals(3, lab.ping(a, "10.0.2.2", "-c 3").received());
        final long before = hits(a) + hits(b2);
        assertEquals(10, lab.ping(a, "10.0.2.2", "-c 10").received());
        // Per round trip: a's output and input route, b2's input route and its reply's output route.
        assertTrue(hits(a) + hits(b2) - before >= 40, "hits " + (hits(a) + hits(b2) - before));
    }

    @Test
    void shouldSeeRoutesAddedReplacedAndDeleted()
    {
        assertEquals(a1, outputDevice("10.0.9.9"));
        a.addRoute(RouteRequest.to(ip("10.0.9.0"), 24).via(ip("10.0.2.2")), false);
        assertEquals(a2, outputDevice("10.0.9.9"), "add");
        a.addRoute(RouteRequest.to(ip("10.0.9.0"), 24).via(ip("10.0.1.2")), true);
        assertEquals(a1, outputDevice("10.0.9.9"), "replace");
        a.addRoute(RouteRequest.to(ip("10.0.9.0"), 24).via(ip("10.0.2.2")), true);
        assertEquals(a2, outputDevice("10.0.9.9"), "replace back");
        a.deleteRoute(RouteRequest.to(ip("10.0.9.0"), 24));
        assertEquals(a1, outputDevice("10.0.9.9"), "delete: the default again");
    }

    @Test
    void shouldSeeARuleAdded()
    {
        a.addRoute(RouteRequest.to(ip("10.0.9.0"), 24).via(ip("10.0.2.2")).table(100), false);
        assertEquals(a1, outputDevice("10.0.9.9"), "table 100 is not looked up yet");
        final RuleRequest rule = new RuleRequest();
        rule.destination = ip("10.0.9.0");
        rule.destinationLength = 24;
        rule.table = 100;
        rule.priorityGiven = true;
        rule.priority = 100;
        a.addRule(rule);
        assertEquals(a2, outputDevice("10.0.9.9"));
    }

    @Test
    void shouldSeeAnAddressDeletedAndALinkGoDown()
    {
        a.sysctls().write(a2, Setting.PROMOTE_SECONDARIES, 1);
        a.addAddress(a2, ip("10.0.2.7"), 24, 0);
        assertEquals(ip("10.0.2.1"), outputSource("10.0.2.2"));
        a.deleteAddress(a2, ip("10.0.2.1"), 24);
        assertEquals(ip("10.0.2.7"), outputSource("10.0.2.2"), "the promoted secondary is the source now");
        a.deleteAddress(a2, ip("10.0.2.7"), 24);
        assertEquals(ip("10.0.1.1"), outputSource("10.0.2.2"), "no address on a2: the default route, from a1's");
        a.addAddress(a2, ip("10.0.2.1"), 24, 0);
        a.setDown(a2);
        assertEquals(a1, outputDevice("10.0.2.2"), "the connected route went with the link: the default");
        a.setUp(a2);
        assertEquals(a2, outputDevice("10.0.2.2"));
    }

    @Test
    void shouldSeeForwardingAndRpFilterSysctls()
    {
        final NetDevice input = a1;
        a.sysctls().writeIpForward(1);
        assertTrue(input(input, "10.0.2.2", "10.0.1.2"), "forwarded from b1 to b2");
        assertTrue(input(input, "10.0.2.2", "10.0.1.2"));
        a.sysctls().writeIpForward(0);
        assertFalse(input(input, "10.0.2.2", "10.0.1.2"), "not forwarded any more");
        assertEquals(Errno.EHOSTUNREACH, result.error());
        a.sysctls().writeIpForward(1);
        assertTrue(input(input, "10.0.2.2", "10.0.9.9"), "a source the default route reaches back through a1");
        assertTrue(input(a2, "10.0.1.2", "10.0.9.9"), "from b2, loose as no rp_filter is");
        a.sysctls().write(a2, Setting.RP_FILTER, 1);
        assertFalse(input(a2, "10.0.1.2", "10.0.9.9"), "strict rp_filter: the way back is not a2");
        assertEquals(Errno.EXDEV, result.error());
    }

    @Test
    void shouldNotForwardOnAStaleRouteAfterARouterStopsForwarding()
    {
        final NetNamespace[] arb = lab.router(true);
        assertEquals(3, lab.ping(arb[0], "10.0.3.2", "-c 3").received());
        arb[1].sysctls().writeIpForward(0);
        final PingResult after = lab.ping(arb[0], "10.0.3.2", "-c 3");
        assertEquals(0, after.received(), "R's cached input route would have forwarded them");
        assertEquals(3, arb[1].ipv4().stats().inAddrErrors, "ip_error without forwarding: InAddrErrors");
    }

    private NetDevice outputDevice(final String destination)
    {
        lookupTwice(destination);
        return result.device();
    }

    private int outputSource(final String destination)
    {
        lookupTwice(destination);
        return result.source();
    }

    private void lookupTwice(final String destination)
    {
        assertTrue(a.routeOutput(ip(destination), 0, result), destination);
        final long hits = hits(a);
        assertTrue(a.routeOutput(ip(destination), 0, result), destination);
        assertEquals(hits + 1, hits(a), "the second lookup is the cache's");
    }

    private boolean input(final NetDevice device, final String destination, final String source)
    {
        return a.routeInput(ip(destination), ip(source), device, result);
    }

    private static long hits(final NetNamespace namespace)
    {
        return namespace.ipv4().routes.cache.hits;
    }
}
