package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.nslab.cli.emulation.ExecutedCommands;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.TranscriptNormaliser;

/**
 * Every test scenario and every example, run on the simulator, must print what the kernel printed when its golden
 * transcript was recorded, after the normalisation of issue 3 and nothing looser.
 */
class GoldenTranscriptTest
{
    @TestFactory
    Stream<DynamicTest> shouldMatchTheKernelGoldenAfterNormalisation()
    {
        return Goldens.all().stream().map(golden -> DynamicTest.dynamicTest(golden.name(), () ->
        {
            assertTrue(Files.exists(golden.transcript()), "no golden transcript " + golden.transcript());
            final Scenario scenario = Scenario.read(golden.scenario());
            final String simulated = new SimulatorBackend(1, ScenarioCommands.DEFAULT_INTERRUPT_AFTER,
                GoldenCommand.recordedDurations(GoldenCommand.durationsFile(golden.transcript()))).run(scenario);
            final String expected =
                TranscriptNormaliser.normalise(Goldens.read(golden.transcript()), ExecutedCommands::listsInHashOrder);
            final String actual = TranscriptNormaliser.normalise(simulated, ExecutedCommands::listsInHashOrder);
            if (!expected.equals(actual))
            {
                fail("the simulator departs from the kernel in " + golden.name() + ":\n"
                    + UnifiedDiff.diff("kernel", expected, "simulator", actual));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldPrintTheSameTranscriptForTheSameSeed()
    {
        return Goldens.all().stream().limit(6).map(golden -> DynamicTest.dynamicTest(golden.name(), () ->
        {
            final Scenario scenario = Scenario.read(golden.scenario());
            final String first = new SimulatorBackend(7, Duration.ofSeconds(3)).run(scenario);
            final String second = new SimulatorBackend(7, Duration.ofSeconds(3)).run(scenario);
            assertTrue(first.equals(second), "two runs with seed 7 differ");
        }));
    }
}
