package dev.nslab.stack.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.IcmpView;
import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;
import static dev.nslab.stack.Lab.ip;

/**
 * Route types without a nexthop, tables, policy rules and the lookups that follow them, each against what the
 * kernel was seen doing (the goldens route-*.sh and rules*.sh hold the transcripts).
 */
class PolicyRoutingTest
{
    private static RouteRequest reject(final Route.Type type, final String prefix, final int length)
    {
        return RouteRequest.to(ip(prefix), length).type(type);
    }

    private static RuleRequest rule(final int priority)
    {
        final RuleRequest request = new RuleRequest();
        request.priorityGiven = true;
        request.priority = priority;
        return request;
    }

    private static Errno outputError(final NetNamespace ns, final String destination)
    {
        final RouteResult result = new RouteResult();
        return ns.routeConnect(ip(destination), 0, result) ? null : result.error();
    }

    @Test
    void shouldFailEachRejectRouteWithItsErrnoAndThrowOnToTheNextTable()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        lab.veth(a, "va", "10.0.0.1/24", lab.ns("b"), "vb", "10.0.0.2/24");
        a.addRoute(reject(Route.Type.UNREACHABLE, "10.9.0.0", 24), false);
        a.addRoute(reject(Route.Type.PROHIBIT, "10.9.1.0", 24), false);
        a.addRoute(reject(Route.Type.BLACKHOLE, "10.9.2.0", 24), false);
        a.addRoute(reject(Route.Type.THROW, "10.9.3.0", 24), false);
        assertEquals(Errno.EHOSTUNREACH, outputError(a, "10.9.0.1"), "ping: connect: No route to host");
        assertEquals(Errno.EACCES, outputError(a, "10.9.1.1"), "ping's broadcast hint");
        assertEquals(Errno.EINVAL, outputError(a, "10.9.2.1"), "ping: connect: Invalid argument");
        assertEquals(Errno.ENETUNREACH, outputError(a, "10.9.3.1"), "main's throw, no default table");
        a.addRoute(RouteRequest.to(ip("10.9.3.0"), 24).dev(a.device("va")).table(Route.Table.DEFAULT.id()), false);
        assertNull(outputError(a, "10.9.3.1"), "the default table after main's throw");
        final RouteResult result = new RouteResult();
        assertTrue(a.routeOutput(ip("10.9.3.1"), 0, result));
        assertEquals(Route.Table.DEFAULT.id(), result.table());
        assertTrue(a.routeOutput(ip("10.9.0.1"), 0, a.device("va").ifindex(), result),
            "with a bound device a failed lookup is on-link");
        assertNull(result.route());
    }

    @Test
    void shouldRefuseWhatFibCreateInfoRefuses()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final VethDevice va = lab.veth(a, "va", "10.0.0.1/24", lab.ns("b"), "vb", "10.0.0.2/24");
        final NetlinkException device = assertThrows(NetlinkException.class,
            () -> a.addRoute(reject(Route.Type.UNREACHABLE, "10.9.0.0", 24).dev(va), false));
        assertEquals("Gateway, device and multipath can not be specified for this route type.", device.extack());
        final NetlinkException prefix = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.5.0.1"), 24).dev(va), false));
        assertEquals("Invalid prefix for given prefix length.", prefix.extack());
        final NetlinkException source = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.5.0.0"), 24).dev(va).source(ip("10.0.0.99")), false));
        assertEquals("Invalid prefsrc address.", source.extack());
        final NetlinkException host = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.5.0.0"), 24).via(ip("10.0.0.2")).scope(254), false));
        assertEquals("Route with host scope can not have a gateway.", host.extack());
        final NetlinkException link = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.5.0.0"), 24).via(ip("10.0.0.2")).scope(253), false));
        assertEquals("Nexthop has invalid gateway.", link.extack(), "a link-scope route needs a host-scope gateway");
        final NetlinkException nowhere = assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.5.0.0"), 24).dev(va).scope(255), false));
        assertEquals("Invalid scope.", nowhere.extack());
        assertTrue(a.fib().tableExists(254));
        assertFalse(a.fib().tableExists(100));
        assertThrows(NetlinkException.class,
            () -> a.addRoute(RouteRequest.to(ip("10.5.0.0"), 24).via(ip("10.7.0.1")).table(100), false));
        assertTrue(a.fib().tableExists(100), "inet_rtm_newroute made the table before the insert failed");
    }

    @Test
    void shouldLetALongerMainRouteWinOverLocalUntilTheRulesChange()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        a.setUp(a.loopback());
        final VethDevice va = lab.veth(a, "va", "10.0.0.1/24", lab.ns("b"), "vb", "10.0.0.2/24");
        a.addRoute(RouteRequest.to(ip("127.1.0.0"), 16).dev(va), false);
        assertTrue(a.fib().tablesMerged());
        assertSame(va, a.fib().lookup(ip("127.1.2.3")).device(), "merged: the /16 of main beats local's /8");
        assertFalse(a.isLocalAddress(ip("127.1.2.3")));
        final RuleRequest request = new RuleRequest();
        request.source = ip("10.1.0.1");
        request.sourceLength = 32;
        request.table = 100;
        final FibRule added = a.addRule(request);
        assertEquals(32765, added.priority(), "one less than the second rule's");
        assertFalse(a.fib().tablesMerged());
        assertEquals(Route.Type.LOCAL, a.fib().lookup(ip("127.1.2.3")).type(), "rule 0 reads local first");
        assertTrue(a.isLocalAddress(ip("127.1.2.3")));
        final RouteResult result = new RouteResult();
        assertTrue(a.routeOutput(ip("10.0.0.1"), 0, result));
        assertEquals(Route.Table.LOCAL.id(), result.table(), "ip route get names table local now");
    }

    @Test
    void shouldRouteBySourceOnlyWhenTheFlowHasOne()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.0.1/24", b, "vb", "10.0.0.2/24");
        final VethDevice vc = lab.veth(a, "vc", "10.1.0.1/24", b, "vd", "10.1.0.2/24");
        a.addRoute(RouteRequest.to(ip("10.9.9.9"), 32).via(ip("10.0.0.2")), false);
        a.addRoute(RouteRequest.to(ip("10.9.9.9"), 32).via(ip("10.1.0.2")).table(100), false);
        final RuleRequest request = new RuleRequest();
        request.source = ip("10.1.0.1");
        request.sourceLength = 32;
        request.table = 100;
        a.addRule(request);
        final RouteResult result = new RouteResult();
        assertTrue(a.routeOutput(ip("10.9.9.9"), 0, result));
        assertSame(va, result.device(), "no source: main");
        assertTrue(a.routeOutput(ip("10.9.9.9"), ip("10.1.0.1"), 0, result));
        assertSame(vc, result.device(), "bound to 10.1.0.1: table 100");
        assertEquals(100, result.table());
        assertFalse(a.routeOutput(ip("10.9.9.9"), ip("10.1.0.77"), 0, result), "a source that is not ours");
        assertEquals(Errno.ENETUNREACH, result.error());
    }

    @Test
    void shouldStopAtRuleActionsWithTheirOwnErrors()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        lab.veth(a, "va", "10.0.0.1/24", lab.ns("b"), "vb", "10.0.0.2/24");
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.0.2")), false);
        final RuleRequest unreachable = rule(10);
        unreachable.destination = ip("10.20.0.0");
        unreachable.destinationLength = 16;
        unreachable.action = FibRule.Action.UNREACHABLE;
        a.addRule(unreachable);
        final RuleRequest prohibit = rule(11);
        prohibit.destination = ip("10.21.0.0");
        prohibit.destinationLength = 16;
        prohibit.action = FibRule.Action.PROHIBIT;
        a.addRule(prohibit);
        assertEquals(Errno.ENETUNREACH, outputError(a, "10.20.0.1"), "a rule: net, not host, unreachable");
        assertEquals(Errno.EACCES, outputError(a, "10.21.0.1"));
        assertNull(outputError(a, "10.22.0.1"));
        final NetlinkException duplicate = assertThrows(NetlinkException.class, () -> a.addRule(prohibit));
        assertEquals(Errno.EEXIST, duplicate.errno());
        final RuleRequest none = rule(12);
        assertEquals(Errno.ENOENT, assertThrows(NetlinkException.class, () -> a.deleteRule(none)).errno());
        a.deleteRule(rule(10));
        assertNull(outputError(a, "10.20.0.1"));
    }

    @Test
    void shouldGiveTheFirstUnusedTableToARuleWithTableZero()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final RuleRequest first = rule(301);
        assertEquals(1, a.addRule(first).table());
        final RuleRequest second = rule(302);
        assertEquals(2, a.addRule(second).table());
        assertTrue(a.fib().tableExists(2));
    }

    @Test
    void shouldInsertARuleAfterThoseOfEqualPreference()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final RuleRequest late = rule(0);
        late.table = 10;
        a.addRule(late);
        final RuleRequest main = rule(32766);
        main.table = 12;
        a.addRule(main);
        final List<FibRule> rules = a.fib().rules();
        assertEquals(List.of(255, 10, 254, 12, 253), rules.stream().map(FibRule::table).toList());
    }

    @Test
    void shouldAnswerEachRejectRouteOnARouterWithTheKernelsIcmpErrorAndCount()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        final NetNamespace a = arb[0];
        final NetNamespace r = arb[1];
        r.addRoute(reject(Route.Type.UNREACHABLE, "10.9.0.0", 24), false);
        r.addRoute(reject(Route.Type.PROHIBIT, "10.9.1.0", 24), false);
        r.addRoute(reject(Route.Type.BLACKHOLE, "10.9.2.0", 24), false);
        r.addRoute(reject(Route.Type.THROW, "10.9.3.0", 24), false);
        final String[] destinations = {"10.9.0.1", "10.9.1.1", "10.9.2.1", "10.9.3.1", "10.9.8.1"};
        final int[] codes = {IcmpView.CODE_HOST_UNREACHABLE, IcmpView.CODE_PACKET_FILTERED, -1,
            IcmpView.CODE_NET_UNREACHABLE, IcmpView.CODE_NET_UNREACHABLE};
        for (int i = 0; i < destinations.length; i++)
        {
            // Each from its own source: these errors are rate-limited per source.
            final int source = ip("10.0.2." + (10 + i));
            a.addAddress(a.device("a-r"), source, 24, 0);
            final PingResult result = lab.sim.ping(a,
                PingOptions.to(destinations[i]).count(1).lingerMs(1000).sourceAddress(source));
            if (codes[i] < 0)
            {
                assertTrue(result.events().isEmpty(), "a blackhole answers nothing: " + result.events());
                continue;
            }
            assertEquals(1, result.events().size(), destinations[i]);
            final PingResult.IcmpError error = (PingResult.IcmpError) result.events().get(0);
            assertEquals(IcmpView.TYPE_DEST_UNREACHABLE, error.type());
            assertEquals(codes[i], error.code(), destinations[i]);
            assertEquals(ip("10.0.2.1"), error.from().ipv4());
        }
        assertEquals(2, r.stats().inNoRoutes, "throw and no route: InNoRoutes");
        assertEquals(4, r.stats().icmpOutMsgs);
        assertEquals(0, r.stats().forwDatagrams);
    }

    @Test
    void shouldDropSilentlyAndCountWithoutForwarding()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(false);
        final NetNamespace r = arb[1];
        r.addRoute(reject(Route.Type.UNREACHABLE, "10.9.0.0", 24), false);
        final PingResult result = lab.ping(arb[0], "10.9.0.1", "-c 1 -W 1");
        assertTrue(result.events().isEmpty());
        assertEquals(1, r.stats().inAddrErrors, "ip_error without forwarding: EHOSTUNREACH is InAddrErrors");
        assertEquals(0, r.stats().icmpOutMsgs);
    }

    @Test
    void shouldKeepHostScopeRoutesWhenTheirDeviceGoesDown()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final VethDevice va = lab.veth(a, "va", "10.0.0.1/24", lab.ns("b"), "vb", "10.0.0.2/24");
        a.addRoute(RouteRequest.to(ip("10.6.6.0"), 24).dev(va).scope(254), false);
        a.addRoute(RouteRequest.to(ip("10.6.7.0"), 24).via(ip("10.0.0.2")), false);
        a.setDown(va);
        assertEquals(List.of("unicast 10.6.6.0/24 dev va"),
            a.fib().routes(Route.Table.MAIN).stream().map(Route::toString).toList());
        assertFalse(a.fib().routes(Route.Table.MAIN).get(0).isLinkDown(), "a host-scope nexthop is never linkdown");
    }

    @Test
    void shouldNotUseAGatewayFoundThroughALocalRoute()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        a.setUp(a.loopback());
        lab.veth(a, "va", "10.0.0.1/24", lab.ns("b"), "vb", "10.0.0.2/24");
        final Route own = a.addRoute(RouteRequest.to(ip("10.6.0.0"), 16).via(ip("10.0.0.1")), false);
        final Route connected = a.addRoute(RouteRequest.to(ip("10.7.0.0"), 16).via(ip("10.0.0.2")), false);
        assertFalse(own.usesGateway());
        assertEquals(ip("10.6.1.1"), own.nextHop(ip("10.6.1.1")), "sent to the destination itself");
        assertTrue(connected.usesGateway());
    }

    @Test
    void shouldListTablesInTheKernelsDumpOrder()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final VethDevice va = lab.veth(a, "va", "10.0.0.1/24", lab.ns("b"), "vb", "10.0.0.2/24");
        a.addRoute(RouteRequest.to(ip("10.7.0.0"), 16).dev(va).table(100), false);
        a.addRoute(RouteRequest.to(ip("10.8.0.0"), 16).dev(va).table(356), false);
        a.addRoute(RouteRequest.to(ip("10.10.0.0"), 16).dev(va).table(Route.Table.DEFAULT.id()), false);
        assertEquals(List.of(356, 100, 253, 254, 255), a.fib().tablesInDumpOrder(),
            "by id modulo 256, the newest first in a bucket");
    }

    @Test
    void shouldMatchTheMergedTriesReferenceOnRandomLocalAndMainTables()
    {
        final SplittableRandom random = new SplittableRandom(11);
        final Fib fib = new Fib();
        final NetDevice lo = new Lab().sim.host().loopback();
        final List<Route> all = new java.util.ArrayList<>();
        final Route.Type[] types = {Route.Type.UNICAST, Route.Type.UNICAST, Route.Type.LOCAL, Route.Type.THROW,
            Route.Type.UNREACHABLE};
        for (int i = 0; i < 2000; i++)
        {
            // Few distinct short prefixes, so that local and main often share one.
            final int length = random.nextInt(8, 17);
            final int destination = (random.nextInt(4) << 28) | (random.nextInt(16) << 20);
            final Route.Type type = types[random.nextInt(types.length)];
            final boolean inLocal = type == Route.Type.LOCAL || random.nextBoolean();
            final Route route = new Route(type, inLocal ? 255 : 254, destination, length, 0,
                type.isReject() ? null : lo, Route.Protocol.BOOT, 0, 0, random.nextInt(3));
            fib.insert(route);
            all.add(route);
        }
        for (int i = 0; i < 20_000; i++)
        {
            final int destination = random.nextInt();
            // fib_table_lookup over the merged trie: the longest prefix of either table, local's aliases first on a
            // tie, then the lowest metric; a throw there means none (the default table does not exist here).
            Route expected = null;
            for (final Route route : all)
            {
                if (!Prefix.contains(route.destination(), route.prefixLength(), destination))
                {
                    continue;
                }
                if (expected == null || route.prefixLength() > expected.prefixLength()
                    || route.prefixLength() == expected.prefixLength() && (route.tableId() > expected.tableId()
                        || route.tableId() == expected.tableId() && route.metric() < expected.metric()))
                {
                    expected = route;
                }
            }
            if (expected != null && expected.type() == Route.Type.THROW)
            {
                expected = null;
            }
            final Route found = fib.lookup(destination);
            if (expected == null)
            {
                assertNull(found, Lab.text(destination));
                continue;
            }
            assertEquals(expected.prefixLength(), found.prefixLength(), Lab.text(destination));
            assertEquals(expected.tableId(), found.tableId(), Lab.text(destination));
            assertEquals(expected.metric(), found.metric(), Lab.text(destination));
            final FibLookup lookup = new FibLookup();
            fib.resolve(destination, 0, lo, null, 0, lookup);
            assertEquals(expected.type().error(), lookup.error, Lab.text(destination));
        }
    }
}
