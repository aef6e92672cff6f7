package dev.nslab.cli.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.scenario.Scenario;

/**
 * The matrix probes global IPv6 addresses as it probes IPv4 ones (ping reaches them without a scope), after each
 * device's IPv4 addresses, as {@code ip -o addr} lists them; link-local ones are not columns.
 */
class Ipv6MatrixTest
{
    private static final String SCENARIO = String.join("\n",
        "ip netns add a",
        "ip netns add r",
        "ip netns add b",
        "ip link add va netns a type veth peer name ra netns r",
        "ip link add vb netns b type veth peer name rb netns r",
        "ip -n a addr add 10.0.1.2/24 dev va",
        "ip -n a addr add fd00:1::2/64 dev va nodad",
        "ip -n r addr add fd00:1::1/64 dev ra nodad",
        "ip -n r addr add fd00:2::1/64 dev rb nodad",
        "ip -n b addr add fd00:2::2/64 dev vb nodad",
        "ip netns exec r sysctl -q -w net.ipv6.conf.all.forwarding=1",
        "ip -n a link set va up",
        "ip -n r link set ra up",
        "ip -n r link set rb up",
        "ip -n b link set vb up",
        "ip -n a -6 route add default via fd00:1::1",
        "ip netns exec a ping -q -c 3 -i 1 127.0.0.1",
        "");

    @Test
    void shouldProbeGlobalIpv6Addresses() throws Exception
    {
        final ReachabilityMatrix matrix = SimulatorMatrix.compute(Scenario.parse("ipv6-matrix.sh", SCENARIO), 1);
        assertEquals(List.of(new Target("a", "10.0.1.2"), new Target("a", "fd00:1::2"), new Target("b", "fd00:2::2"),
            new Target("r", "fd00:1::1"), new Target("r", "fd00:2::1")), matrix.targets());
        assertEquals(Reachability.REACHABLE, matrix.get("a", new Target("r", "fd00:2::1")), "through r's other side");
        assertEquals(Reachability.UNREACHABLE, matrix.get("a", new Target("b", "fd00:2::2")),
            "b has no route back to fd00:1::/64");
        assertEquals(Reachability.NO_ROUTE, matrix.get("b", new Target("a", "fd00:1::2")), "b has no default route");
    }
}
