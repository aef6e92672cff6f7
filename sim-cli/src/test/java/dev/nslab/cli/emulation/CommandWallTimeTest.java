package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The virtual time a scenario command takes, as its kind takes wall time on the kernel (measured in the sandbox). */
class CommandWallTimeTest
{
    private static long millisecondsTenths(final String line)
    {
        return ScenarioInterpreter.wallTimeOnKernel(List.of(line.split(" "))) / 100_000;
    }

    @Test
    void shouldChargeMovesAndDeletionsTheirGracePeriods()
    {
        assertEquals(25, millisecondsTenths("ip -n a link set v up"));
        assertEquals(40, millisecondsTenths("ip netns exec a ip link show"));
        assertEquals(295, millisecondsTenths("ip link set v netns b"));
        assertEquals(310, millisecondsTenths("ip netns exec a ip l s dev v netns b"), "abbreviated, through exec");
        assertEquals(245, millisecondsTenths("ip -n a link del v"));
        assertEquals(245, millisecondsTenths("ip l d v"));
        assertEquals(25, millisecondsTenths("ip link add v type veth peer name w netns b"), "made there, not moved");
        assertEquals(25, millisecondsTenths("bridge fdb show"));
        assertEquals(50, millisecondsTenths("ping -c 1 10.0.0.1"), "a ping's start and exit");
        assertEquals(65, millisecondsTenths("ip netns exec a ping -c 1 10.0.0.1"));
    }

    @Test
    void shouldChargeAFailedMoveOrDeletionAsAnyCommand()
    {
        // "ip link set v1 netns nosuch0" fails before dev_change_net_namespace (fuzz seed 1206)
        assertEquals(2_500_000L, ScenarioInterpreter.wallTimeOnKernel(List.of("ip", "link", "set", "v", "netns", "x"),
            false));
        assertEquals(2_500_000L, ScenarioInterpreter.wallTimeOnKernel(List.of("ip", "link", "del", "v"), false));
    }
}
