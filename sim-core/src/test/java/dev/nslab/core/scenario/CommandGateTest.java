package dev.nslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandGateTest
{
    @Test
    void shouldNameTheFirstRefusedLineAndVetEveryLineBeforeIt() throws Exception
    {
        final List<List<String>> vetted = new ArrayList<>();
        final CommandGate gate = words ->
        {
            vetted.add(words);
            return words.contains("-b") ? CommandVerdict.refused("'ip -b' reads commands from a file: refused")
                : CommandVerdict.accepted(false);
        };
        final Scenario scenario = Scenario.parse("s.sh", "ip netns add a\n\n# comment\nip -b x\nip -b y\n");
        final ScenarioException e = assertThrows(ScenarioException.class, () -> gate.check(scenario));
        assertEquals("s.sh:4: 'ip -b' reads commands from a file: refused", e.getMessage());
        assertEquals(2, e.exitCode());
        assertEquals(List.of(List.of("ip", "netns", "add", "a"), List.of("ip", "-b", "x")), vetted);
    }

    @Test
    void shouldPassAScenarioWhoseLinesAreAllAccepted() throws Exception
    {
        final CommandGate gate = words -> CommandVerdict.accepted(true);
        gate.check(Scenario.parse("s.sh", "ping 10.0.0.1\nping 10.0.0.2\n"));
    }

    @Test
    void shouldKeepARefusalApartFromWhatAcceptedLinesCarry()
    {
        assertTrue(CommandVerdict.accepted(true).runsUntilInterrupted());
        assertTrue(CommandVerdict.accepted(false).isAccepted());
        final CommandVerdict refused = CommandVerdict.refused("'ip -d' is not emulated");
        assertFalse(refused.isAccepted());
        assertFalse(refused.runsUntilInterrupted());
        assertThrows(IllegalArgumentException.class, () -> new CommandVerdict("x", true, false));
        assertThrows(NullPointerException.class, () -> CommandVerdict.refused(null));
    }
}
