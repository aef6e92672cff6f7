package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.cli.KernelCalibration.Kind;
import dev.nslab.cli.emulation.CommandDurations;

/** From the periods the sandbox's commands took to the durations the simulator passes between commands. */
class KernelCalibrationTest
{
    @Test
    void shouldTakeEachKindsMedianNetOfWhatItRunsThrough()
    {
        final List<Kind> kinds = new ArrayList<>();
        final List<Long> periods = new ArrayList<>();
        add(kinds, periods, Kind.SETUP, 90_000_000L, 1_000_000L);
        add(kinds, periods, Kind.COMMAND, 2_500_000L, 1_900_000L, 2_100_000L, 9_000_000L);
        add(kinds, periods, Kind.NETNS_EXEC, 3_600_000L, 3_300_000L, 30_000_000L);
        add(kinds, periods, Kind.PING, 4_000_000L);
        add(kinds, periods, Kind.MOVE, 16_000_000L, 24_000_000L, 20_000_123L);
        add(kinds, periods, Kind.DELETE, 1_000_000L);
        final long[] array = periods.stream().mapToLong(Long::longValue).toArray();
        // command: median of 4 = (2.1 + 2.5) / 2; exec 3.6 - 2.3; ping 4.0 - 1.3; move 20.000123 - 2.3, to the us;
        // a delete faster than a plain command adds nothing
        assertEquals(new CommandDurations(2_300_000L, 1_300_000L, 2_700_000L, 17_700_000L, 0L),
            KernelCalibration.durations(kinds, array));
    }

    @Test
    void shouldAverageConcurrentCalibrationsToTheMicrosecond()
    {
        assertEquals(new CommandDurations(2_000_000L, 1_000_000L, 3_000_000L, 20_000_000L, 15_000_000L),
            KernelCalibration.mean(List.of(
                new CommandDurations(1_500_000L, 1_000_000L, 2_000_000L, 18_000_000L, 15_000_001L),
                new CommandDurations(2_500_000L, 1_000_000L, 4_000_000L, 22_000_000L, 15_000_001L))));
    }

    private static void add(final List<Kind> kinds, final List<Long> periods, final Kind kind, final long... values)
    {
        for (final long value : values)
        {
            kinds.add(kind);
            periods.add(value);
        }
    }
}
