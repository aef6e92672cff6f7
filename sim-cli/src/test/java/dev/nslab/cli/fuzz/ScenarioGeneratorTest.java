package dev.nslab.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioLine;

/** The generator: deterministic per seed, every line through the gate, meaningful, mistakes at their rate. */
class ScenarioGeneratorTest
{
    private static final int CAMPAIGN_WORTH = 1500;

    private static final int SCENARIOS = 1500;

    @Test
    void shouldWriteTheSameScenariosForTheSameSeed()
    {
        final ScenarioGenerator first = new ScenarioGenerator(42, 0.05, true, ScenarioGenerator.LONGEST);
        final ScenarioGenerator second = new ScenarioGenerator(42, 0.05, true, ScenarioGenerator.LONGEST);
        for (int index = 0; index < 200; index++)
        {
            assertEquals(first.scenario(index), second.scenario(index), "scenario " + index);
        }
        // Scenario i does not depend on which others were generated before it (jobs take them in any order).
        assertEquals(first.scenario(7), new ScenarioGenerator(42, 0.05, true, ScenarioGenerator.LONGEST).scenario(7));
    }

    @Test
    void shouldWriteOtherScenariosForOtherSeedsAndIndexes()
    {
        final ScenarioGenerator generator = new ScenarioGenerator(1, 0.05, true, ScenarioGenerator.LONGEST);
        assertNotEquals(generator.scenario(0), generator.scenario(1));
        assertNotEquals(generator.scenario(0), new ScenarioGenerator(2, 0.05, true, 36).scenario(0));
    }

    @Test
    void shouldWriteOnlyLinesTheGateAccepts() throws Exception
    {
        final ScenarioGenerator generator = new ScenarioGenerator(7, 0.2, true, ScenarioGenerator.LONGEST);
        for (int index = 0; index < SCENARIOS; index++)
        {
            final Scenario scenario = Scenario.parse("s" + index + ".sh", generator.scenario(index));
            for (final ScenarioLine line : scenario.lines())
            {
                assertTrue(EmulationGate.INSTANCE.vet(line.words()).isAccepted(), line.text());
            }
            assertTrue(scenario.lines().size() >= 6, "scenario " + index + " is too short");
        }
    }

    @Test
    void shouldMakeNoTapWhereTheKernelBackendCannot()
    {
        final ScenarioGenerator generator = new ScenarioGenerator(3, 0.05, false, ScenarioGenerator.LONGEST);
        for (int index = 0; index < SCENARIOS; index++)
        {
            for (final String line : Campaign.commandLines(generator.scenario(index)))
            {
                assertFalse(EmulationGate.INSTANCE.vet(Script.words(line)).makesTap(), line);
            }
        }
    }

    @Test
    void shouldWriteMistakesOnlyWhenAsked()
    {
        final ScenarioGenerator careful = new ScenarioGenerator(5, 0, true, ScenarioGenerator.LONGEST);
        final ScenarioGenerator sloppy = new ScenarioGenerator(5, 0.5, true, ScenarioGenerator.LONGEST);
        int carefulMistakes = 0;
        int sloppyMistakes = 0;
        for (int index = 0; index < 300; index++)
        {
            carefulMistakes += count(careful.scenario(index), "nosuch0");
            sloppyMistakes += count(sloppy.scenario(index), "nosuch0");
        }
        assertEquals(0, carefulMistakes, "no missing device is named without mistakes");
        assertTrue(sloppyMistakes > 100, "mistakes name missing devices: " + sloppyMistakes);
    }

    @Test
    void shouldBuildWhatPingsCanCrossAndUseEveryArea()
    {
        final Coverage coverage = new Coverage();
        final ScenarioGenerator generator = new ScenarioGenerator(11, 0.05, true, ScenarioGenerator.LONGEST);
        int forwarding = 0;
        for (int index = 0; index < SCENARIOS; index++)
        {
            final String text = generator.scenario(index);
            coverage.count(Campaign.commandLines(text));
            forwarding += count(text, "ip_forward=1") + count(text, "forwarding=1");
        }
        final Coverage.Report report = coverage.report();
        assertNull(report.unavailable(), "coverage is derived from the gate's tables");
        assertTrue(forwarding > SCENARIOS / 4, "routers are built: " + forwarding);
        for (final String feature : List.of("ip netns add", "ip netns delete", "ip link add: type veth",
            "ip link add: type bridge", "ip tuntap add", "ip link set: netns", "ip link set: mtu", "ip link set: name",
            "ip link set: master", "ip address add: dev", "ip address delete", "ip address flush",
            "ip route add: via", "ip route add: metric", "ip route replace", "ip route delete", "ip route get",
            "ip neighbor flush", "ping -c", "ping -W", "ping -w", "ping -i", "ping -s", "ping -t", "ping -I",
            "ping -q", "ping -l", "ip -statistics", "ip -brief", "bridge fdb", "bridge link", "sysctl -w"))
        {
            assertTrue(report.produced().getOrDefault(feature, 0L) > 0, feature + " is produced");
        }
        assertFalse(report.neverProduced().contains("ip link set: up"));
    }

    @Test
    void shouldProduceEveryEmulatedFeatureWithinACampaignsWorth()
    {
        final Coverage coverage = new Coverage();
        final ScenarioGenerator generator = new ScenarioGenerator(7001, 0.05, true, ScenarioGenerator.LONGEST);
        // A campaign's worth: CI runs 300 scenarios per seed and two seeds, campaigns thousands; since iptables and
        // IPv6 doubled the vocabulary, 600 left the rarest options (one keyword of a rare command) to chance.
        for (int index = 0; index < CAMPAIGN_WORTH; index++)
        {
            coverage.count(Campaign.commandLines(generator.scenario(index)));
        }
        final Coverage.Report report = coverage.report();
        assertNull(report.unavailable());
        assertEquals(List.of(), report.neverProduced(), "emulated features never produced in " + CAMPAIGN_WORTH
            + " scenarios");
        for (final String feature : List.of("ip route type: blackhole", "ip route add: table", "ip rule add: lookup",
            "ip route flush: protocol", "ip route get: iif", "ping -M", "sysctl key net.ipv4.conf.DEV.rp_filter (written)"))
        {
            assertTrue(report.produced().getOrDefault(feature, 0L) > 2, feature + " is produced often enough");
        }
    }

    @Test
    void shouldBalanceTheSysctlKeys()
    {
        final Coverage coverage = new Coverage();
        final ScenarioGenerator generator = new ScenarioGenerator(9, 0.05, true, ScenarioGenerator.LONGEST);
        for (int index = 0; index < 600; index++)
        {
            coverage.count(Campaign.commandLines(generator.scenario(index)));
        }
        long least = Long.MAX_VALUE;
        for (final String key : dev.nslab.cli.emulation.GateVocabulary.sysctlKeys())
        {
            least = Math.min(least, coverage.report().produced().getOrDefault("sysctl key " + key + " (written)", 0L));
        }
        assertTrue(least >= 5, "every modelled key is written at least 5 times in 600 scenarios: " + least);
    }

    private static int count(final String text, final String word)
    {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
        {
            count++;
        }
        return count;
    }
}
