package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.netfilter.HookPoint;
import dev.nslab.stack.netfilter.HookVerdict;
import dev.nslab.stack.netfilter.PacketFilter;

/**
 * The five netfilter hooks sit where Linux has them: a packet made here passes LOCAL_OUT and POST_ROUTING, one for
 * us PRE_ROUTING and LOCAL_IN, one routed through PRE_ROUTING, FORWARD and POST_ROUTING; a DROP ends the packet.
 */
class PacketFilterHooksTest
{
    private final Lab lab = new Lab();

    @Test
    void shouldPassEachHookOfTheLocalPathInTheKernelsOrder()
    {
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final List<String> seen = new ArrayList<>();
        a.setPacketFilter(recorder("a", seen));
        b.setPacketFilter(recorder("b", seen));
        assertEquals(1, lab.ping(a, "10.0.1.2", "-c 1").received());
        assertEquals(List.of("a LOCAL_OUT echo", "a POST_ROUTING echo", "b PRE_ROUTING echo", "b LOCAL_IN echo",
            "b LOCAL_OUT reply", "b POST_ROUTING reply", "a PRE_ROUTING reply", "a LOCAL_IN reply"), icmpOnly(seen));
    }

    @Test
    void shouldPassForwardedPacketsThroughPreroutingForwardAndPostrouting()
    {
        final NetNamespace[] arb = lab.router(true);
        final List<String> seen = new ArrayList<>();
        arb[1].setPacketFilter(recorder("r", seen));
        assertEquals(1, lab.ping(arb[0], "10.0.3.2", "-c 1").received());
        assertEquals(List.of("r PRE_ROUTING echo", "r FORWARD echo", "r POST_ROUTING echo", "r PRE_ROUTING reply",
            "r FORWARD reply", "r POST_ROUTING reply"), icmpOnly(seen));
    }

    @Test
    void shouldEndAPacketThatAHookDrops()
    {
        final NetNamespace[] arb = lab.router(true);
        arb[1].setPacketFilter((hook, packet, in, out, now) ->
            hook == HookPoint.FORWARD ? HookVerdict.DROP : HookVerdict.ACCEPT);
        final long forwardedBefore = arb[1].stats().forwDatagrams;
        assertEquals(0, lab.ping(arb[0], "10.0.3.2", "-c 2 -i 0.2").received());
        assertEquals(forwardedBefore, arb[1].stats().forwDatagrams, "a dropped packet is not counted as forwarded");
        arb[1].setPacketFilter(PacketFilter.ACCEPT_ALL);
        assertEquals(1, lab.ping(arb[0], "10.0.3.2", "-c 1").received());
    }

    private static PacketFilter recorder(final String name, final List<String> seen)
    {
        return (hook, packet, in, out, now) ->
        {
            final Ipv4View ip = new Ipv4View().wrap(packet.buffer(), packet.offset());
            String what = "other";
            if (ip.protocol() == Ipv4View.PROTOCOL_ICMP)
            {
                final int type = new IcmpView().wrap(packet.buffer(), ip.payloadOffset()).type();
                what = type == IcmpView.TYPE_ECHO_REQUEST ? "echo" : type == IcmpView.TYPE_ECHO_REPLY ? "reply"
                    : "icmp" + type;
            }
            seen.add(name + " " + hook + " " + what);
            return HookVerdict.ACCEPT;
        };
    }

    private static List<String> icmpOnly(final List<String> seen)
    {
        return seen.stream().filter(line -> line.endsWith("echo") || line.endsWith("reply")).toList();
    }
}
