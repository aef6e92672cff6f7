package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The virtual time a scenario command takes before and after it acts, as its kind takes wall time on the kernel. */
class CommandTimingTest
{
    private static final CommandDurations RECORDED = CommandDurations.RECORDED_2026_12_02;

    /** @return "before/after" in tenths of a millisecond. */
    private static String tenths(final String line)
    {
        final CommandTiming timing = CommandTiming.onKernel(List.of(line.split(" ")), true, RECORDED);
        return timing.beforeEffectNs() / 100_000 + "/" + timing.afterEffectNs() / 100_000;
    }

    @Test
    void shouldActAtTheEndOfAProcesssStartAndWaitOutGracePeriodsAfter()
    {
        assertEquals("25/0", tenths("ip -n a link set v up"));
        assertEquals("40/0", tenths("ip netns exec a ip link show"));
        assertEquals("25/270", tenths("ip link set v netns b"));
        assertEquals("40/270", tenths("ip netns exec a ip l s dev v netns b"), "abbreviated, through exec");
        assertEquals("25/220", tenths("ip -n a link del v"));
        assertEquals("25/220", tenths("ip l d v"));
        assertEquals("25/0", tenths("ip link add v type veth peer name w netns b"), "made there, not moved");
        assertEquals("25/0", tenths("bridge fdb show"));
        assertEquals("25/25", tenths("ping -c 1 10.0.0.1"), "a ping's start and exit around its probes");
        assertEquals("40/25", tenths("ip netns exec a ping -c 1 10.0.0.1"));
    }

    @Test
    void shouldChargeAFailedMoveOrDeletionAsAnyCommand()
    {
        // "ip link set v1 netns nosuch0" fails before dev_change_net_namespace (fuzz seed 1206)
        for (final String line : List.of("ip link set v netns x", "ip link del v"))
        {
            final CommandTiming timing = CommandTiming.onKernel(List.of(line.split(" ")), false, RECORDED);
            assertEquals(2_500_000L, timing.totalNs(), line);
            assertEquals(0, timing.afterEffectNs(), line);
        }
    }

    @Test
    void shouldTakeTheDurationsGiven()
    {
        final CommandDurations timed = CommandDurations.parse("command=2ms netns-exec=1ms ping=3ms device-move=17ms "
            + "device-delete=15ms");
        assertEquals(new CommandTiming(2_000_000, 0), CommandTiming.onKernel(List.of("ip", "a"), true, timed));
        assertEquals(new CommandTiming(3_000_000, 0),
            CommandTiming.onKernel(List.of("ip", "netns", "exec", "a", "ip", "a"), true, timed));
        assertEquals(new CommandTiming(2_500_000, 1_500_000),
            CommandTiming.onKernel(List.of("ip", "netns", "exec", "a", "ping", "-c", "1", "10.0.0.1"), true, timed));
        assertEquals(new CommandTiming(2_000_000, 17_000_000),
            CommandTiming.onKernel(List.of("ip", "l", "set", "v", "netns", "b"), true, timed));
        assertEquals(new CommandTiming(2_000_000, 15_000_000),
            CommandTiming.onKernel(List.of("ip", "link", "del", "v"), true, timed));
    }
}
