package dev.nslab.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.nslab.core.scenario.Scenario;

import org.junit.jupiter.api.Test;

/** The kernel's side of the echo and chain: the same line of namespaces as nslab's RouterChain and ns-3's program. */
class KernelEchoScenarioTest
{
    @Test
    void shouldBuildTheTwoHostVethWithoutRoutes() throws Exception
    {
        final String text = KernelRuns.echoScenario(0, 20_000);
        final List<String> lines = text.lines().toList();
        assertEquals("ip netns add client", lines.get(0));
        assertEquals("ip netns add server", lines.get(1));
        assertTrue(lines.contains("ip -n client address add 10.1.0.1/24 dev l0"), text);
        assertTrue(lines.contains("ip -n server address add 10.1.0.2/24 dev r0"), text);
        assertTrue(lines.stream().noneMatch(line -> line.contains("route add") || line.contains("sysctl")), text);
        assertEquals("ip netns exec client ping -f -q -c 20000 10.1.0.2", lines.get(lines.size() - 1));
        Scenario.parse("kernel-echo", text);
    }

    @Test
    void shouldRouteThroughEveryRouterOfTheChain() throws Exception
    {
        final String text = KernelRuns.echoScenario(8, 500);
        final List<String> lines = text.lines().toList();
        assertEquals(10, lines.stream().filter(line -> line.startsWith("ip netns add ")).count());
        assertEquals(9, lines.stream().filter(line -> line.contains(" type veth ")).count());
        assertEquals(8, lines.stream().filter(line -> line.endsWith("net.ipv4.ip_forward=1")).count());
        assertTrue(lines.contains("ip -n client route add default via 10.1.0.2"), text);
        assertTrue(lines.contains("ip -n server route add default via 10.1.8.1"), text);
        // The first router reaches the server's subnet to its right, the last the client's to its left.
        assertTrue(lines.contains("ip -n r1 route add 10.1.8.0/24 via 10.1.1.2"), text);
        assertTrue(lines.contains("ip -n r8 route add 10.1.0.0/24 via 10.1.7.1"), text);
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("ip -n r1 route add 10.1.0.0")),
            "r1 is on the client's link");
        assertEquals("ip netns exec client ping -f -q -c 500 10.1.8.2", lines.get(lines.size() - 1));
        Scenario.parse("kernel-chain-8", text);
    }
}
