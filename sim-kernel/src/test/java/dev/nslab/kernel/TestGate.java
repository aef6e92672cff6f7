package dev.nslab.kernel;

import java.util.List;

import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.CommandVerdict;

/**
 * The gate for the scenarios these tests write themselves (sim-kernel cannot see the emulation's gate, which lives in
 * sim-cli): every line passes, and a ping without {@code -c} or {@code -w} is interrupted. Never for scenario files.
 */
final class TestGate
{
    static final CommandGate OWN_LINES = TestGate::vet;

    private TestGate()
    {
    }

    private static CommandVerdict vet(final List<String> words)
    {
        final boolean ping = words.get(0).equals("ping");
        return CommandVerdict.accepted(ping && words.stream().noneMatch(w -> w.startsWith("-c") || w.startsWith("-w")));
    }
}
