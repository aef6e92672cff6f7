package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The vocabulary says what the gate does: each table's keywords pass or refuse in the commands it names. */
class GateVocabularyTest
{
    /** A line of each command with room for one keyword and its value ({@code %s}). */
    private static final Map<String, String> PROBES = Map.ofEntries(
        Map.entry("route add", "ip route add 10.9.0.0/24 dev lo %s"),
        Map.entry("route replace", "ip route replace 10.9.0.0/24 dev lo %s"),
        Map.entry("route delete", "ip route delete 10.9.0.0/24 %s"),
        Map.entry("route show", "ip -4 route show %s"),
        Map.entry("route flush", "ip -4 route flush %s"),
        Map.entry("route get", "ip route get 10.9.0.1 %s"),
        Map.entry("rule add", "ip rule add %s table 5"),
        Map.entry("rule delete", "ip rule delete %s table 5"),
        Map.entry("rule show", "ip rule show %s"),
        Map.entry("rule flush", "ip rule flush %s"),
        Map.entry("address add", "ip address add 10.9.0.1/24 %s dev lo"),
        Map.entry("address delete", "ip address delete 10.9.0.1/24 %s dev lo"));

    @Test
    void shouldAgreeWithTheGateOnEveryRouteRuleAndAddressKeyword()
    {
        int checked = 0;
        for (final GateVocabulary.KeywordTable table : GateVocabulary.keywordTables())
        {
            for (final String command : table.commands())
            {
                final String probe = PROBES.get(command);
                if (probe == null)
                {
                    continue;
                }
                for (final GateVocabulary.Keyword keyword : table.keywords())
                {
                    if (table.find(keyword.keyword()) != keyword || keyword.keyword().equals("encap"))
                    {
                        continue; // an earlier test takes the word; encap is refused for a reason of its own
                    }
                    final String words = keyword.keyword() + (keyword.takesValue() || !keyword.emulated() ? " 7" : "");
                    final String line = String.format(probe, words);
                    assertEquals(keyword.emulated(), accepts(line), line);
                    checked++;
                }
            }
        }
        assertTrue(checked > 150, "keywords checked: " + checked);
    }

    @Test
    void shouldListTheRouteTypesAndRuleActionsTheGateAccepts()
    {
        for (final String type : List.of("unicast", "local", "broadcast", "blackhole", "unreachable", "prohibit",
            "throw", "anycast", "multicast", "nat"))
        {
            assertEquals(GateVocabulary.routeTypes().contains(type), accepts("ip route add " + type + " 10.9.0.0/24"),
                type);
            assertEquals(GateVocabulary.ruleActions().contains(type), accepts("ip rule add from 10.9.0.1 " + type),
                type);
        }
        assertTrue(GateVocabulary.routeTypes().containsAll(List.of("blackhole", "unreachable", "prohibit", "throw")));
        assertEquals("blackhole", GateVocabulary.routeType("black"));
        assertEquals(null, GateVocabulary.routeType("nosuch"));
    }

    @Test
    void shouldListOnlySysctlKeysTheGateLetsThrough()
    {
        assertTrue(GateVocabulary.sysctlKeys().contains("net.ipv4.ip_forward"));
        assertTrue(GateVocabulary.sysctlKeys().contains("net.ipv4.conf.DEV.rp_filter"));
        for (final String key : GateVocabulary.sysctlKeys())
        {
            assertTrue(accepts("sysctl " + key.replace(GateVocabulary.DEVICE, "lo")), key);
        }
        assertFalse(accepts("sysctl net.ipv4.tcp_syncookies"), "a key the kernel has and nslab does not model");
    }

    @Test
    void shouldReadTheOptionsAndObjectsOfTheGate()
    {
        assertTrue(GateVocabulary.ipObjects().contains("route"));
        final GateVocabulary.GlobalOption netns = GateVocabulary.ipOptions().stream()
            .filter(option -> option.accepts("-n")).findFirst().orElse(null);
        assertNotNull(netns);
        assertTrue(netns.namesNamespace() && netns.takesValue());
        assertTrue(GateVocabulary.pingOptions().contains("M:"));
        assertTrue(GateVocabulary.sysctlLongOptions().contains("write"));
        assertEquals(Map.of("add", true, "set", true), Map.of("add", GateVocabulary.linkModes().get("add")
            .contains("type"), "set", GateVocabulary.linkModes().get("set").contains("mtu")));
    }

    private static boolean accepts(final String line)
    {
        return EmulationGate.INSTANCE.vet(Arrays.asList(line.split(" "))).isAccepted();
    }
}
