package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.ExecutedCommands;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.TranscriptNormaliser;

/** The judgement of one scenario, kernel against simulator, shared by the differential tests as root and as a user. */
final class Differential
{
    private Differential()
    {
    }

    /**
     * Fails when the simulator's normalised transcript, its commands taking {@code durations} (timed on this machine
     * just before), departs from the live kernel's. Aborts instead when the live kernel departs from its own
     * recorded golden while the simulator, its commands taking the golden's durations, matches that golden: the
     * kernel's output is then a race on this machine (timers a few milliseconds apart) and cannot judge.
     */
    static void assertSimulatorMatches(final Goldens.Golden golden, final String kernelTranscript,
        final CommandDurations durations) throws Exception
    {
        final String kernel = TranscriptNormaliser.normalise(kernelTranscript, ExecutedCommands::listsInHashOrder);
        final String simulated = simulated(golden, durations);
        if (!kernel.equals(simulated))
        {
            final String recorded =
                TranscriptNormaliser.normalise(Goldens.read(golden.transcript()), ExecutedCommands::listsInHashOrder);
            final String simulatedAsRecorded = simulated(golden,
                GoldenCommand.recordedDurations(GoldenCommand.durationsFile(golden.transcript())));
            Assumptions.assumeFalse(!kernel.equals(recorded) && simulatedAsRecorded.equals(recorded),
                () -> golden.name() + ": the live kernel departs from its recorded golden here, and the simulator "
                    + "matches the golden; the scenario races on this kernel:\n"
                    + UnifiedDiff.diff("golden", recorded, "kernel", kernel));
            fail("the simulator departs from the live kernel in " + golden.name() + ":\n"
                + UnifiedDiff.diff("kernel", kernel, "simulator", simulated));
        }
    }

    /** @return whether the simulator's normalised transcript is the live kernel's. */
    static boolean simulatorMatches(final Goldens.Golden golden, final String kernelTranscript,
        final CommandDurations durations) throws Exception
    {
        return TranscriptNormaliser.normalise(kernelTranscript, ExecutedCommands::listsInHashOrder)
            .equals(simulated(golden, durations));
    }

    private static String simulated(final Goldens.Golden golden, final CommandDurations durations) throws Exception
    {
        return TranscriptNormaliser.normalise(new SimulatorBackend(1, ScenarioCommands.DEFAULT_INTERRUPT_AFTER,
            durations).run(Scenario.read(golden.scenario())), ExecutedCommands::listsInHashOrder);
    }
}
