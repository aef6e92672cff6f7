package dev.nslab.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shrinker against a fake kernel that differs only where two lines meet. */
class ShrinkerTest
{
    /** Differs after {@code ip -n ns1 -s link show lo} once ns1's lo was brought up (the simulator is honest). */
    private static final FakeKernel KERNEL = new FakeKernel(command -> command.startsWith("ip -n ns1 -s link show"),
        command -> false, text -> text.contains("ip -n ns1 link set lo up"));

    @Test
    void shouldReduceToTheLinesAndWordsThatMatter()
    {
        final List<String> lines = List.of("ip netns add ns1", "ip netns add ns2", "ip link add v1 type veth peer name v1p",
            "ip link set v1p netns ns2", "ip -n ns1 link set lo up", "ip addr add 10.1.1.1/24 dev v1",
            "ip link set v1 up", "ip -n ns2 link set v1p up", "sysctl -w net.ipv4.ip_forward=1",
            "ip -n ns1 -s link show lo", "ip route", "ip netns list");
        final Signature target = new Signature("ip -s link show", "planted real difference", Signature.NEXT);
        final Shrinker shrinker = new Shrinker(KERNEL, target, 200, System.nanoTime() + 60_000_000_000L);
        final List<String> minimal = shrinker.shrink(lines, 10);
        // The fake plants its line whether ns1 exists or not, and after any ip -s link show: so does the minimum.
        assertEquals(List.of("ip -n ns1 link set lo up", "ip -n ns1 -s link show"), minimal);
        assertTrue(shrinker.runs() <= 200, "bounded: " + shrinker.runs());
        assertTrue(shrinker.kernelOf(minimal).contains("planted real difference"));
    }

    @Test
    void shouldStopAtItsBudget()
    {
        final List<String> lines = List.of("ip netns add ns1", "ip -n ns1 link set lo up", "ip netns add ns2",
            "ip netns add ns3", "ip netns add ns4", "ip -n ns1 -s link show lo");
        final Signature target = new Signature("ip -s link show", "planted real difference", Signature.NEXT);
        final Shrinker shrinker = new Shrinker(KERNEL, target, 3, System.nanoTime() + 60_000_000_000L);
        shrinker.shrink(lines, 6);
        assertTrue(shrinker.runs() <= 4, "one truncation check and the budget: " + shrinker.runs());
    }
}
