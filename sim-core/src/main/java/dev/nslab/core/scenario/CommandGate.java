package dev.nslab.core.scenario;

import java.util.List;

/**
 * Decides which scenario lines may run at all. Scenario files are hostile input and the kernel backend runs their
 * lines as root, so one definition of what nslab emulates (the simulator's interpreter provides it) vets every line
 * for both backends: a line the gate refuses runs nowhere.
 */
@FunctionalInterface
public interface CommandGate
{
    /**
     * @param words a scenario line's shell words, as {@link ScenarioLine#words()}.
     * @return whether the line may run, and how.
     */
    CommandVerdict vet(List<String> words);

    /**
     * Vets every line of the scenario before any runs.
     *
     * @throws ScenarioException for the first refused line, {@code FILE:LINE: <reason>}.
     */
    default void check(final Scenario scenario) throws ScenarioException
    {
        for (final ScenarioLine line : scenario.lines())
        {
            final CommandVerdict verdict = vet(line.words());
            if (!verdict.isAccepted())
            {
                throw ScenarioException.atLine(scenario.name(), line.lineNumber(), verdict.refusal());
            }
        }
    }
}
