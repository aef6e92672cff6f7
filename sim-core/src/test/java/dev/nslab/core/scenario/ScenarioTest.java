package dev.nslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest
{
    @TempDir
    Path directory;

    @Test
    void shouldSkipCommentsAndBlankLines() throws Exception
    {
        final Scenario scenario = Scenario.parse("s.sh", "# header\n\n   \nip link   # trailing\n\t# indented\nping -c 1 10.0.0.1\n");
        assertEquals(2, scenario.lines().size());
        assertEquals(new ScenarioLine(4, "ip link", List.of("ip", "link")), scenario.lines().get(0));
        assertEquals(new ScenarioLine(6, "ping -c 1 10.0.0.1", List.of("ping", "-c", "1", "10.0.0.1")),
            scenario.lines().get(1));
        assertEquals("s.sh", scenario.name());
    }

    @Test
    void shouldKeepHashInsideAWordLiteral() throws Exception
    {
        final ScenarioLine line = only("ip netns add a#b");
        assertEquals(List.of("ip", "netns", "add", "a#b"), line.words());
        assertEquals("ip netns add a#b", line.text());
    }

    @Test
    void shouldJoinContinuationsKeepingTheRestVerbatim() throws Exception
    {
        final Scenario scenario = Scenario.parse("s.sh", "ip link add va \\\n    type veth peer name vb\nip a\n");
        assertEquals(new ScenarioLine(1, "ip link add va     type veth peer name vb",
            List.of("ip", "link", "add", "va", "type", "veth", "peer", "name", "vb")), scenario.lines().get(0));
        assertEquals(3, scenario.lines().get(1).lineNumber());
    }

    @Test
    void shouldNotContinueACommentLine() throws Exception
    {
        final Scenario scenario = Scenario.parse("s.sh", "# comment \\\nip a\n");
        assertEquals(List.of("ip", "a"), scenario.lines().get(0).words());
    }

    @Test
    void shouldResolveQuotesAndEscapes() throws Exception
    {
        final ScenarioLine line = only("ip netns add 'a b' \"c\\\"d\\x\" e\\ f '' \"\"");
        assertEquals(List.of("ip", "netns", "add", "a b", "c\"d\\x", "e f", "", ""), line.words());
        assertEquals("ip netns add 'a b' \"c\\\"d\\x\" e\\ f '' \"\"", line.text());
    }

    @Test
    void shouldAcceptCommandsThroughIpNetnsExec() throws Exception
    {
        assertEquals(List.of("ping", "-c", "1", "10.0.0.1"),
            ScenarioCommands.executedCommand(only("ip netns exec ns0 ping -c 1 10.0.0.1").words()));
        assertEquals(List.of("sysctl", "-a"),
            ScenarioCommands.executedCommand(only("ip -n x net e ns0 ip -all netns exec sysctl -a").words()));
    }

    @Test
    void shouldRejectOtherPrograms()
    {
        assertRejected("echo hi", "s.sh:1: cannot run 'echo': nslab emulates ip, bridge, ping, sysctl, iptables, iptables-save, nft and conntrack");
        assertRejected("ip netns exec ns0 bash", "s.sh:1: cannot run 'bash': nslab emulates ip, bridge, ping, sysctl, iptables, iptables-save, nft and conntrack");
        assertRejected("ip -all netns exec true", "s.sh:1: cannot run 'true': nslab emulates ip, bridge, ping, sysctl, iptables, iptables-save, nft and conntrack");
        assertRejected("ip -n a netns exec b /bin/ip a", "s.sh:1: cannot run '/bin/ip': nslab emulates ip, bridge, ping, sysctl, iptables, iptables-save, nft and conntrack");
        assertRejected("\n\nX=1", "s.sh:3: cannot run 'X=1': variable assignments are not supported");
        assertRejected("ip -batch cmds", "s.sh:1: cannot run 'ip -batch': nslab runs the commands written in the scenario only");
    }

    @Test
    void shouldRejectShellConstructs()
    {
        assertRejected("ip a | grep x", "s.sh:1: cannot run '|': nslab runs one plain command per line, without shell operators");
        assertRejected("ip a || ip l", "s.sh:1: cannot run '||': nslab runs one plain command per line, without shell operators");
        assertRejected("ip a; ip l", "s.sh:1: cannot run ';': nslab runs one plain command per line, without shell operators");
        assertRejected("ip a && ip l", "s.sh:1: cannot run '&&': nslab runs one plain command per line, without shell operators");
        assertRejected("ping 1.2.3.4 &", "s.sh:1: cannot run '&': nslab runs one plain command per line, without shell operators");
        assertRejected("ip a > f", "s.sh:1: cannot run '>': nslab runs one plain command per line, without shell operators");
        assertRejected("ip a < f", "s.sh:1: cannot run '<': nslab runs one plain command per line, without shell operators");
        assertRejected("ip a <<EOF", "s.sh:1: cannot run '<<': nslab runs one plain command per line, without shell operators");
        assertRejected("ip a $(x)", "s.sh:1: cannot run '$(': nslab does not expand shell variables or substitutions");
        assertRejected("ip a `x`", "s.sh:1: cannot run '`': nslab does not expand shell substitutions");
        assertRejected("ip a $DEV", "s.sh:1: cannot run '$DEV': nslab does not expand shell variables or substitutions");
        assertRejected("ip a \"$DEV\"", "s.sh:1: cannot run '$DEV': nslab does not expand shell variables or substitutions");
        assertRejected("ip a dev v*", "s.sh:1: cannot run '*': quote it; nslab does not expand globs, braces or '~'");
        assertRejected("ip a\nip 'l", "s.sh:2: cannot run ''': unterminated quote");
        assertRejected("ip \"l\n\n", "s.sh:1: cannot run '\"': unterminated quote");
    }

    @Test
    void shouldAcceptOperatorsInsideQuotes() throws Exception
    {
        assertEquals(List.of("ip", "netns", "add", "a|b;$c"), only("ip netns add 'a|b;$c'").words());
    }

    @Test
    void shouldRejectCarriageReturns()
    {
        assertRejected("ip a\r\n", "s.sh:1: carriage return in line (DOS line endings?); save the file with Unix line endings");
    }

    @Test
    void shouldRejectLinesOverOneMebibyte()
    {
        final String longLine = "ip a " + "x".repeat(Scenario.MAX_LINE_LENGTH);
        assertRejected("ip a\n" + longLine, "s.sh:2: line longer than 1 MiB");
    }

    @Test
    void shouldReportMissingFilesDirectoriesAndBinaries() throws Exception
    {
        final Path missing = directory.resolve("missing.sh");
        assertEquals(missing + ": no such file", assertThrows(ScenarioException.class, () -> Scenario.read(missing)).getMessage());
        assertEquals(directory + ": is a directory, not a scenario file",
            assertThrows(ScenarioException.class, () -> Scenario.read(directory)).getMessage());
        final Path nul = directory.resolve("nul.sh");
        Files.write(nul, new byte[] {'i', 'p', '\n', 0, '\n'});
        assertEquals(nul + ":2: not a text file (NUL byte)",
            assertThrows(ScenarioException.class, () -> Scenario.read(nul)).getMessage());
        final Path latin1 = directory.resolve("latin1.sh");
        Files.write(latin1, new byte[] {'#', (byte) 0xE9, '\n'});
        assertEquals(latin1 + ": not a text file (invalid UTF-8)",
            assertThrows(ScenarioException.class, () -> Scenario.read(latin1)).getMessage());
    }

    @Test
    void shouldReadAFile() throws Exception
    {
        final Path file = directory.resolve("ok.sh");
        Files.writeString(file, "# ok\nip netns add ns0\n", StandardCharsets.UTF_8);
        final Scenario scenario = Scenario.read(file);
        assertEquals(file.toString(), scenario.name());
        assertEquals(2, scenario.lines().get(0).lineNumber());
    }

    @Test
    void shouldGiveExitCodeTwo()
    {
        final ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.parse("s.sh", "echo"));
        assertEquals(2, e.exitCode());
        assertTrue(e.getStackTrace().length == 0, "user errors carry no stack trace");
    }

    private static ScenarioLine only(final String text) throws ScenarioException
    {
        final Scenario scenario = Scenario.parse("s.sh", text);
        assertEquals(1, scenario.lines().size());
        return scenario.lines().get(0);
    }

    private static void assertRejected(final String text, final String message)
    {
        assertEquals(message, assertThrows(ScenarioException.class, () -> Scenario.parse("s.sh", text)).getMessage());
    }
}
