package dev.nslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every shipped scenario and example parses, starts with a header comment, and has its golden kernel transcript. */
class ScenarioFilesTest
{
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldParseEveryTestScenarioAndHaveItsGolden() throws Exception
    {
        final Path directory = ROOT.resolve("sim-cli/src/test/resources/scenarios");
        final List<Path> scenarios = scenarioFiles(directory);
        assertTrue(scenarios.size() >= 15, "at least 15 scenarios: " + scenarios.size());
        for (final Path scenario : scenarios)
        {
            checkScenario(scenario, directory);
        }
    }

    @Test
    void shouldParseEveryExampleAndHaveItsGolden() throws Exception
    {
        final List<Path> examples = scenarioFiles(ROOT.resolve("examples"));
        assertFalse(examples.isEmpty());
        for (final Path example : examples)
        {
            checkScenario(example, ROOT.resolve("sim-cli/src/test/resources/examples-golden"));
        }
    }

    private static void checkScenario(final Path scenario, final Path goldenDirectory) throws Exception
    {
        assertFalse(Scenario.read(scenario).lines().isEmpty(), scenario.toString());
        assertTrue(Files.readString(scenario).startsWith("# "), scenario + " starts with a header comment");
        final String stem = scenario.getFileName().toString().replaceFirst("\\.sh$", "");
        assertTrue(Files.exists(goldenDirectory.resolve(stem + ".kernel.txt")), "golden for " + scenario);
    }

    private static List<Path> scenarioFiles(final Path directory) throws IOException
    {
        try (Stream<Path> listing = Files.list(directory))
        {
            return listing.filter(p -> p.toString().endsWith(".sh")).sorted().toList();
        }
    }
}
