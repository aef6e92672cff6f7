package dev.nslab.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.nslab.cli.KernelAvailability;
import dev.nslab.core.scenario.ScenarioCommands;

/**
 * The kernel judges generated scenarios: a fixed-seed campaign of 300 and one of a fresh seed (printed, so a failure
 * replays with {@code nslab fuzz --seed S --count N}), both backends, in two sandboxes at once. Any real difference
 * fails, except the known open classes of {@code fuzz/known-open.txt} (each with its minimal reproduction beside it),
 * which are tolerated for now and printed loudly; kernel races are reported, never failed. The list is the lead's to
 * empty as fixes merge. While it holds classes, a fresh seed finds new variants of them too often for CI to stay
 * green, so its differences are printed loudly and do not fail; once the list is empty they fail like the fixed
 * seed's.
 */
class FuzzCampaignTest
{
    private static final long FIXED_SEED = 20_261_201L;
    private static final int FIXED_COUNT = 300;
    /** Short scenarios keep 300 of them within a few minutes on two cores. */
    private static final int LONGEST = 14;
    private static final Duration FIXED_LIMIT = Duration.ofSeconds(200);
    private static final Duration FRESH_LIMIT = Duration.ofSeconds(20);
    private static final int SHRINK_RUNS = 30;
    private static final Path KNOWN_OPEN = Path.of("src/test/resources/fuzz/known-open.txt");

    private static String unavailable;

    @BeforeAll
    static void checkKernel()
    {
        unavailable = KernelAvailability.judgeUnavailable();
        if (unavailable != null)
        {
            System.out.println("Skipping the fuzz campaigns: " + unavailable);
        }
    }

    @Test
    void shouldKeepTheKnownOpenListWithItsReproductions() throws IOException
    {
        final KnownOpen known = KnownOpen.read(KNOWN_OPEN);
        for (final KnownOpen.Entry entry : known.entries())
        {
            final Path reproduction = KNOWN_OPEN.resolveSibling("known-open").resolve(entry.name() + ".sh");
            assertTrue(Files.isRegularFile(reproduction), entry.name() + " has its reproduction " + reproduction);
        }
    }

    @Test
    void shouldMatchTheKernelOnAFixedSeedCampaign(@org.junit.jupiter.api.io.TempDir final Path keep) throws Exception
    {
        Assumptions.assumeTrue(unavailable == null, () -> "kernel backend unavailable: " + unavailable);
        final CampaignResult result = campaign(FIXED_SEED, FIXED_COUNT, FIXED_LIMIT, keep, true);
        assertEquals(FIXED_COUNT, result.scenarios(), "all " + FIXED_COUNT + " scenarios ran within " + FIXED_LIMIT);
    }

    @Test
    void shouldMatchTheKernelOnAFreshSeedCampaign(@org.junit.jupiter.api.io.TempDir final Path keep) throws Exception
    {
        Assumptions.assumeTrue(unavailable == null, () -> "kernel backend unavailable: " + unavailable);
        final long seed = System.currentTimeMillis();
        System.out.println("Fuzz campaign of a fresh seed: replay with nslab fuzz --seed " + seed + " --lines "
            + LONGEST + " --count N");
        final boolean listEmpty = KnownOpen.read(KNOWN_OPEN).entries().isEmpty();
        final CampaignResult result = campaign(seed, Long.MAX_VALUE, FRESH_LIMIT, keep, listEmpty);
        assertTrue(result.scenarios() > 0, "some scenarios ran");
    }

    private static CampaignResult campaign(final long seed, final long count, final Duration limit, final Path keep,
        final boolean failOnDifferences) throws Exception
    {
        final KnownOpen known = KnownOpen.read(KNOWN_OPEN);
        final Campaign.Settings settings = new Campaign.Settings(seed, count, 2, keep, limit, 0.05, 5, SHRINK_RUNS,
            known.signatures(), ScenarioCommands.DEFAULT_INTERRUPT_AFTER, Duration.ofSeconds(60), LONGEST);
        final CampaignResult result = new Campaign(settings, System.out).run();
        final ByteArrayOutputStream summary = new ByteArrayOutputStream();
        result.print(new PrintStream(summary, true, StandardCharsets.UTF_8));
        System.out.println(summary.toString(StandardCharsets.UTF_8));
        printKnownOpen(known, result.knownOpen());
        assertTrue(result.kernelFailures().isEmpty(), "kernel runs failed: " + result.kernelFailures());
        if (!failOnDifferences && result.hasDifferences())
        {
            System.out.println("!!! THE FRESH SEED FOUND DIFFERENCES (reported, not failed, while known-open.txt "
                + "holds classes): replay with nslab fuzz --seed " + seed + " --lines " + LONGEST);
            return result;
        }
        assertFalse(result.hasDifferences(), () -> "the simulator departs from the kernel (seed " + seed
            + "; reproductions in " + keep + "):\n" + summary.toString(StandardCharsets.UTF_8));
        return result;
    }

    /** Loudly: what the test lets through for now. */
    private static void printKnownOpen(final KnownOpen known, final Map<Signature, Integer> seen)
    {
        System.out.println("!!! KNOWN OPEN DIFFERENCES TOLERATED FOR NOW (" + known.entries().size() + " classes in "
            + KNOWN_OPEN + "; the lead empties this list as fixes merge):");
        for (final KnownOpen.Entry entry : known.entries())
        {
            System.out.println("!!!   " + entry.name() + ": seen in " + seen.getOrDefault(entry.signature(), 0)
                + " scenarios of this campaign; " + entry.signature().line().replace('\t', '|'));
        }
    }
}
