package dev.nslab.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Means, deviations and per-round ratios over made-up rounds. */
class RoundsTest
{
    @Test
    void shouldGiveTheMeanAndTheSampleStandardDeviationOverRounds()
    {
        final Rounds rounds = new Rounds();
        rounds.record(1, "echo.off", "echo", 2e6, "ops/s");
        rounds.record(2, "echo.off", "echo", 4e6, "ops/s");
        rounds.record(3, "echo.off", "echo", 3e6, "ops/s");

        final Figure echo = rounds.figure("echo.off");
        assertEquals(new Figure("echo.off", "echo", 3e6, 1e6, 2e6, 4e6, "ops/s", 3), echo);
        assertNull(rounds.figure("ns3.echo"), "never measured");
    }

    @Test
    void shouldHaveNoErrorFromOneRound()
    {
        final Rounds rounds = new Rounds();
        rounds.record(1, "ns3.echo", "ns-3", 50e3, "ops/s");
        assertTrue(Double.isNaN(rounds.figure("ns3.echo").error()));
        assertEquals(1, rounds.figure("ns3.echo").samples());
    }

    @Test
    void shouldTakeEachRatioWithinItsRound()
    {
        final Rounds rounds = new Rounds();
        // The machine is twice as fast in round 2: both figures double, their ratio does not move.
        rounds.record(1, "echo.off", "nslab", 2e6, "ops/s");
        rounds.record(1, "echo.bare", "bare", 5e6, "ops/s");
        rounds.record(2, "echo.off", "nslab", 4e6, "ops/s");
        rounds.record(2, "echo.bare", "bare", 10e6, "ops/s");

        final Figure ratio = rounds.ratio("echo.off", "echo.bare");
        assertEquals("echo.off.per.echo.bare", ratio.id());
        assertEquals("nslab / bare", ratio.label());
        assertEquals(0.4, ratio.value(), 1e-12);
        assertEquals(0, ratio.error(), 1e-12);
        assertEquals("×", ratio.unit());
        assertEquals(2, ratio.samples());
    }

    @Test
    void shouldLeaveOutRoundsThatMissOneSide()
    {
        final Rounds rounds = new Rounds();
        rounds.record(1, "echo.off", "nslab", 2e6, "ops/s");
        rounds.record(2, "echo.off", "nslab", 3e6, "ops/s");
        rounds.record(3, "echo.off", "nslab", 4e6, "ops/s");
        // ns-3 failed after its first round.
        rounds.record(1, "ns3.echo", "ns-3", 50e3, "ops/s");

        final Figure ratio = rounds.ratio("echo.off", "ns3.echo");
        assertEquals(40, ratio.value(), 1e-9);
        assertEquals(1, ratio.samples());
        assertNull(rounds.ratio("echo.off", "kernel.echo"));
        assertNull(rounds.ratio("kernel.echo", "echo.off"));
    }
}
