package dev.nslab.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign over a fake kernel: real differences shrunk and kept, races measured, known ones tolerated. */
class CampaignJudgementTest
{
    private static final String REAL = "net.ipv4.conf.";
    private static final String RACY = "ip netns add";

    @TempDir
    Path keep;

    @Test
    void shouldKeepRealDifferencesAndMeasureRaces() throws Exception
    {
        final CampaignResult result = campaign(Set.of(), true).run();
        assertEquals(40, result.scenarios());
        assertTrue(result.hasDifferences());
        final CampaignResult.RealClass real = result.differences().stream()
            .filter(found -> found.signature().command().equals("sysctl")).findFirst().orElseThrow();
        // A varying kernel gets as many runs again to meet the simulator's outcome: 5 runs, or 10.
        assertTrue(real.kernelStable() || real.kernelVariation().contains("/10 runs print"), real.kernelVariation());
        assertTrue(Files.exists(real.reproduction()), "kept: " + real.reproduction());
        assertTrue(real.reproduction().getFileName().toString().matches("\\d{3}-sysctl\\.sh"));
        for (final String suffix : new String[] {".kernel.txt", ".simulator.txt", ".diff"})
        {
            assertTrue(Files.exists(Path.of(real.reproduction().toString().replace(".sh", suffix))), suffix);
        }
        assertEquals(1, real.minimal().size(), "one sysctl line shows it: " + real.minimal());
        assertTrue(real.minimal().get(0).contains(REAL), real.minimal().toString());
        assertFalse(result.races().isEmpty(), "the racy command is seen as a race");
        assertTrue(result.races().get(0).frequencies().contains("/"), result.races().get(0).frequencies());
        assertTrue(result.races().stream().noneMatch(race -> race.key().startsWith("sysctl")));
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        result.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        final String summary = printed.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("Kernel races: "), summary);
        assertTrue(summary.contains("Emulated but never produced"), summary);
    }

    @Test
    void shouldTolerateOnlyTheKnownOpenDifferences() throws Exception
    {
        final CampaignResult first = campaign(Set.of(), false).run();
        final Set<Signature> known = Set.copyOf(first.differences().stream().map(CampaignResult.RealClass::signature)
            .toList());
        final CampaignResult second = campaign(known, false).run();
        assertFalse(second.hasDifferences(), "every class is known open now");
        assertEquals(first.differences().stream().mapToInt(CampaignResult.RealClass::count).sum(),
            second.knownOpen().values().stream().mapToInt(Integer::intValue).sum());
    }

    private Campaign campaign(final Set<Signature> known, final boolean races)
    {
        final FakeKernel kernel = new FakeKernel(command -> command.contains(REAL),
            command -> races && command.contains(RACY));
        final Campaign.Settings settings = new Campaign.Settings(99, 40, 1, keep, null, 0.05, 5, 60, known,
            Duration.ofSeconds(3), Duration.ofSeconds(60), 24);
        return new Campaign(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            kernel, true);
    }
}
