package dev.nslab.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What "the same difference" means: command keys, line skeletons, divergences. */
class SignatureTest
{
    @Test
    void shouldKeyCommandsByProgramOptionsObjectAndVerb()
    {
        assertEquals("ip -s link show", Signature.commandKey("ip -n ns1 -s l s dev v1"));
        assertEquals("ip address show", Signature.commandKey("ip a"));
        assertEquals("ip route get", Signature.commandKey("ip netns exec ns2 ip route get 10.0.0.1"));
        assertEquals("ping", Signature.commandKey("ip netns exec a ping -c 1 -s 65508 10.0.0.1"));
        assertEquals("ip neigh flush", Signature.commandKey("ip -netns x n flush dev v1"));
        assertEquals("bridge fdb show", Signature.commandKey("bridge fdb show br br1"));
        assertEquals("sysctl", Signature.commandKey("sysctl -w net.ipv4.ip_forward=1"));
        assertEquals("ip -family inet address add", Signature.commandKey("ip -family inet addr add 10.0.0.1/8 dev x"));
        assertNotEquals(Signature.commandKey("ip -s -s link"), Signature.commandKey("ip -s link"));
    }

    @Test
    void shouldReduceLinesToSkeletons()
    {
        assertEquals("#: v#p@ifN: <BROADCAST>", Signature.skeleton("3: v12p@ifN: <BROADCAST>"));
        assertEquals(Signature.NEXT, Signature.skeleton("$ ip a"));
        assertEquals(Signature.NEXT, Signature.skeleton(null));
    }

    @Test
    void shouldFindTheFirstDifferenceAndItsCommand()
    {
        final List<String> kernel = List.of("$ ip link set lo up", "$ ip a", "lo: UP", "    inet 127.0.0.1/8", "$ x");
        final List<String> simulator = List.of("$ ip link set lo up", "$ ip a", "lo: UP", "$ x");
        final Divergence divergence = Divergence.between(kernel, simulator);
        assertEquals(3, divergence.index());
        assertEquals("ip a", divergence.command());
        assertEquals(new Signature("ip address show", "    inet #.#.#.#/#", Signature.NEXT), divergence.signature());
        assertNull(Divergence.between(kernel, kernel));
    }

    @Test
    void shouldWriteAndReadItsLine()
    {
        final Signature signature = new Signature("ping", "ping: local error: message too long, mtu=#", "<next>");
        assertEquals(signature, Signature.parse(signature.line()));
    }
}
