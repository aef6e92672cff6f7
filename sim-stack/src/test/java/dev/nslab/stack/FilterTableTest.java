package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.netfilter.Chain;
import dev.nslab.stack.netfilter.RuleTable;
import dev.nslab.stack.netfilter.IcmpMatch;
import dev.nslab.stack.netfilter.InterfaceMatch;
import dev.nslab.stack.netfilter.RejectType;
import dev.nslab.stack.netfilter.RuleMatch;
import dev.nslab.stack.netfilter.RuleSpec;
import dev.nslab.stack.netfilter.Target;

/**
 * The filter table on real traffic between two namespaces: rules match and count IP bytes, DROP ends a packet,
 * jumps come back on RETURN, a policy counts only once set, REJECT answers with its ICMP error, rules stay in their
 * namespace.
 */
class FilterTableTest
{
    private final Lab lab = new Lab();

    private static RuleSpec rule(final int protocol, final List<RuleMatch> matches, final Target target)
    {
        return new RuleSpec(0, 0, false, 0, 0, false, null, null, protocol, false, matches, target);
    }

    @Test
    void shouldDropEchoRequestsAndCountTheirIpBytes()
    {
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final RuleTable table = b.netfilter().filter();
        final Chain input = table.chain("INPUT");
        table.append(input, rule(1, List.of(new IcmpMatch(8, 0, 0xFF, false)), Target.DROP));
        assertEquals(0, lab.ping(a, "10.0.1.2", "-c 2 -i 0.2 -W 1").received());
        assertEquals(2, input.rules().get(0).packets());
        assertEquals(168, input.rules().get(0).bytes());
        assertEquals(0, input.policyPackets(), "a chain made by -A has no policy counter");
        assertEquals(1, lab.ping(b, "10.0.1.1", "-c 1").received(), "b's own pings and their replies pass");
        assertEquals(1, lab.ping(a, "10.0.1.2", "-c 1 -W 1").exitCode(), "a has no rules of its own to change this");
    }

    @Test
    void shouldComeBackFromAUserChainOnReturnAndCountThePolicyOnceSet()
    {
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final RuleTable table = b.netfilter().filter();
        final Chain pings = table.newChain("pings");
        table.append(pings, new RuleSpec(0x0A00_0101, 32, false, 0, 0, false, null, null, 0, false, List.of(),
            Target.RETURN));
        table.append(pings, rule(0, List.of(), Target.DROP));
        final Chain input = table.chain("INPUT");
        table.append(input, new RuleSpec(0, 0, false, 0, 0, false, new InterfaceMatch("v+", false), null, 1, false,
            List.of(), Target.jump("pings")));
        table.setPolicy(input, true);
        assertEquals(1, pings.references());
        assertEquals(2, lab.ping(a, "10.0.1.2", "-c 2 -i 0.2").received());
        assertEquals(2, pings.rules().get(0).packets());
        assertEquals(0, pings.rules().get(1).packets());
        assertEquals(2, input.policyPackets());
        assertEquals(168, input.policyBytes());
        assertFalse(RuleTable.isDeletable(pings), "a chain with rules that something jumps to is busy");
        assertTrue(table.wouldLoop(pings, pings));
    }

    @Test
    void shouldRejectWithTheTargetsIcmpError()
    {
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final RuleTable table = b.netfilter().filter();
        table.append(table.chain("INPUT"), rule(1, List.of(), Target.reject(RejectType.ADMIN_PROHIBITED)));
        final long before = b.stats().icmpOutMsgs;
        final var result = lab.ping(a, "10.0.1.2", "-c 1 -W 1");
        assertEquals(0, result.received());
        assertEquals(1, result.errors());
        assertEquals(before + 1, b.stats().icmpOutMsgs);
    }

    @Test
    void shouldMatchInterfaceNamesExactlyOrByPrefix()
    {
        assertTrue(new InterfaceMatch("veth+", false).matches("veth0"));
        assertTrue(new InterfaceMatch("veth+", false).matches("veth"));
        assertFalse(new InterfaceMatch("veth+", false).matches("vet"));
        assertTrue(new InterfaceMatch("+", false).matches(""));
        assertFalse(new InterfaceMatch("eth0", false).matches("eth01"));
        assertTrue(new InterfaceMatch("eth0", true).matches(""));
    }
}
