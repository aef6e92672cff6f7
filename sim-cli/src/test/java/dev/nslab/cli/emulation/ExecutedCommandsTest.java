package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExecutedCommandsTest
{
    @Test
    void shouldInterruptPingsWithoutCountOrDeadline()
    {
        assertTrue(interrupted("ping 10.0.0.1"));
        assertTrue(interrupted("ip netns exec ns0 ping 10.0.0.2"));
        assertTrue(interrupted("ip -n ns1 netns exec ns0 ping -q -i 0.2 10.0.0.2"));
        assertTrue(interrupted("ping -W 1 -s 100 10.0.0.1"));
        assertTrue(interrupted("ping -I tap0 10.0.0.1"));
        assertTrue(interrupted("ping -Ic 10.0.0.1"), "-I takes 'c' as its value");
        assertTrue(interrupted("ping -- 10.0.0.1 -c 3"), "after -- everything is an operand");
    }

    @Test
    void shouldNotInterruptPingsWithCountOrDeadline()
    {
        assertFalse(interrupted("ping -c 3 10.0.0.1"));
        assertFalse(interrupted("ping -c3 10.0.0.1"));
        assertFalse(interrupted("ping -qc 3 10.0.0.1"));
        assertFalse(interrupted("ping -qc3 10.0.0.1"));
        assertFalse(interrupted("ping -w 5 10.0.0.1"));
        assertFalse(interrupted("ping 10.0.0.1 -c 1"));
        assertFalse(interrupted("ip netns exec ns0 ping -W 1 -c 1 10.0.0.1"));
        assertFalse(interrupted("ip -n ns0 link"));
        assertFalse(interrupted("sysctl net.ipv4.ip_forward"));
    }

    @Test
    void shouldRecogniseIpNeighbourAbbreviations()
    {
        assertTrue(neighbour("ip n"));
        assertTrue(neighbour("ip neigh show dev va"));
        assertTrue(neighbour("ip -4 -s neighbour"));
        assertTrue(neighbour("ip -n ns0 neighbor"));
        assertTrue(neighbour("ip netns exec ns0 ip ne"));
        assertFalse(neighbour("ip netns list"));
        assertFalse(neighbour("ip net"));
        assertFalse(neighbour("ip -n ns0 link"));
        assertFalse(neighbour("ping -c 1 10.0.0.1"));
    }

    private static boolean interrupted(final String command)
    {
        return ExecutedCommands.runsUntilInterrupted(List.of(command.split(" ")));
    }

    private static boolean neighbour(final String command)
    {
        return ExecutedCommands.isIpNeighbour(List.of(command.split(" ")));
    }
}
