package dev.nslab.stack;

import static dev.nslab.stack.Lab.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.netfilter.Chain;
import dev.nslab.stack.netfilter.Connection;
import dev.nslab.stack.netfilter.ConntrackInfo;
import dev.nslab.stack.netfilter.ConntrackMatch;
import dev.nslab.stack.netfilter.InterfaceMatch;
import dev.nslab.stack.netfilter.NatRange;
import dev.nslab.stack.netfilter.RuleMatch;
import dev.nslab.stack.netfilter.RuleSpec;
import dev.nslab.stack.netfilter.RuleTable;
import dev.nslab.stack.netfilter.Target;

/**
 * Connection tracking and NAT on real traffic through A - R - B: a stateful INPUT lets a namespace's own pings and
 * the router's errors about them back, and nothing else; MASQUERADE and SNAT on R bring replies home that B could not
 * route back, the nat rule seeing only each connection's first packet; DNAT turns a ping to R into a ping to B.
 */
class NetfilterTest
{
    private final Lab lab = new Lab();

    private static RuleSpec rule(final InterfaceMatch out, final List<RuleMatch> matches, final Target target)
    {
        return new RuleSpec(0, 0, false, 0, 0, false, null, out, 0, false, matches, target);
    }

    @Test
    void shouldLetOnlyAnsweredAndRelatedPacketsIntoAStatefulInput()
    {
        final NetNamespace[] arb = lab.router(true);
        final NetNamespace a = arb[0];
        final NetNamespace b = arb[2];
        final RuleTable filter = b.netfilter().filter();
        final Chain input = filter.chain("INPUT");
        filter.append(input, rule(null, List.of(new ConntrackMatch(
            ConntrackInfo.STATE_ESTABLISHED | ConntrackInfo.STATE_RELATED, false, false)), Target.ACCEPT));
        filter.setPolicy(input, false);
        assertEquals(2, lab.ping(b, "10.0.2.2", "-c 2 -i 0.2").received());
        assertEquals(1, lab.ping(b, "10.0.2.2", "-c 1 -W 1 -t 1").errors(), "R's time exceeded is RELATED");
        assertEquals(0, lab.ping(a, "10.0.3.2", "-c 2 -i 0.2 -W 1").received(), "nobody asked for a's pings");
        assertEquals(3, input.rules().get(0).packets());
        assertEquals(2, b.netfilter().connections().count(lab.sim.now()));
    }

    @Test
    void shouldBringRepliesHomeThroughMasqueradeOnly()
    {
        final NetNamespace[] arb = lab.router(true);
        final NetNamespace a = arb[0];
        final NetNamespace r = arb[1];
        final NetNamespace b = arb[2];
        b.deleteRoute(dev.nslab.stack.ipv4.RouteRequest.to(0, 0).via(ip("10.0.3.1")));
        assertEquals(0, lab.ping(a, "10.0.3.2", "-c 1 -W 1").received(), "B has no way back to 10.0.2.0/24");
        final RuleTable nat = r.netfilter().nat();
        nat.append(nat.chain("POSTROUTING"), rule(new InterfaceMatch("r-b", false), List.of(), Target.MASQUERADE));
        assertEquals(3, lab.ping(a, "10.0.3.2", "-c 3 -i 0.2").received());
        assertEquals(1, nat.chain("POSTROUTING").rules().get(0).packets(), "a nat rule sees the first packet only");
        final Connection entry = r.netfilter().connections().entries(lab.sim.now()).get(0);
        assertEquals(ip("10.0.2.2"), entry.tuple(0).source());
        assertEquals(ip("10.0.3.1"), entry.tuple(1).destination(), "replies go to R's own address");
        assertEquals(1, lab.ping(a, "10.0.3.99", "-c 1 -W 4").errors(), "R's host unreachable, translated back");
    }

    @Test
    void shouldMapWithSnatAndDnat()
    {
        final NetNamespace[] arb = lab.router(true);
        final NetNamespace a = arb[0];
        final NetNamespace r = arb[1];
        final NetNamespace b = arb[2];
        b.deleteRoute(dev.nslab.stack.ipv4.RouteRequest.to(0, 0).via(ip("10.0.3.1")));
        final RuleTable nat = r.netfilter().nat();
        nat.append(nat.chain("POSTROUTING"), rule(null, List.of(), Target.snat(new NatRange(ip("10.0.3.1"), -1))));
        nat.append(nat.chain("PREROUTING"), new RuleSpec(0, 0, false, ip("10.0.2.1"), 32, false, null, null, 0, false,
            List.of(), Target.dnat(new NatRange(ip("10.0.3.2"), -1))));
        assertEquals(2, lab.ping(a, "10.0.3.2", "-c 2 -i 0.2").received());
        assertEquals(2, lab.ping(a, "10.0.2.1", "-c 2 -i 0.2").received(), "R's address answered by B, mapped back");
        final Connection mapped = r.netfilter().connections().entries(lab.sim.now()).get(0);
        assertEquals(ip("10.0.2.1"), mapped.tuple(0).destination());
        assertEquals(ip("10.0.3.2"), mapped.tuple(1).source());
        assertEquals(ip("10.0.3.1"), mapped.tuple(1).destination());
    }
}
