package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The commands' durations as {@code --command-durations}, a golden's file and a campaign's summary write them. */
class CommandDurationsTest
{
    @Test
    void shouldReadWhatItPrints()
    {
        final CommandDurations timed = new CommandDurations(2_088_000, 1_721_000, 1_864_000, 17_909_000, 14_445_000);
        assertEquals("command=2.088ms netns-exec=1.721ms ping=1.864ms device-move=17.909ms device-delete=14.445ms",
            timed.toString());
        assertEquals(timed, CommandDurations.parse(timed.toString()));
        assertEquals("command=2.5ms netns-exec=1.5ms ping=5ms device-move=27ms device-delete=22ms",
            CommandDurations.RECORDED_2026_12_02.toString());
    }

    @Test
    void shouldKeepTheRecordedValuesForKeysLeftOutInAnyOrder()
    {
        assertEquals(new CommandDurations(2_000_000, 1_500_000, 5_000_000, 27_000_000, 1_000),
            CommandDurations.parse("device-delete=0.9us, command=2000us"), "to the microsecond");
        assertEquals(CommandDurations.RECORDED_2026_12_02, CommandDurations.parse(" "));
    }

    @Test
    void shouldNameWhatIsWrong()
    {
        for (final List<String> bad : List.of(
            List.of("commands=2ms", "unknown command duration 'commands'"),
            List.of("command=2", "needs a unit"),
            List.of("command=2s", "needs a unit"),
            List.of("command=-1ms", "outside 0 to 10 s"),
            List.of("ping=20000ms", "outside 0 to 10 s"),
            List.of("ping=1.2.3ms", "is not a number"),
            List.of("ping", "is not KEY=DURATION"),
            List.of("ping=1ms ping=2ms", "given twice")))
        {
            final IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CommandDurations.parse(bad.get(0)), bad.get(0));
            assertTrue(e.getMessage().contains(bad.get(1)), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new CommandDurations(-1, 0, 0, 0, 0));
    }
}
