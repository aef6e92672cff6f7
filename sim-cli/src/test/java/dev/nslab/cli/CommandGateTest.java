package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.nslab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.CommandVerdict;

/**
 * The gate in front of both backends: every way a scenario line could read a file, run a program or change the
 * machine is refused before anything runs, with one line {@code FILE:LINE: reason} and exit 2, by every command
 * that reads a scenario.
 */
class CommandGateTest
{
    @TempDir
    Path directory;

    private Path write(final String text) throws IOException
    {
        final Path file = directory.resolve("hostile.sh");
        Files.writeString(file, text);
        return file;
    }

    /** The line is refused at line 2 (after a harmless first line) with exactly this reason, and nothing runs. */
    private void assertRefused(final String line, final String reason) throws IOException
    {
        final Path file = write("ip netns add first\n" + line + "\n");
        final InProcessNslab.Run run = nslab("run", file.toString());
        assertEquals(2, run.exitCode(), line + "\n" + run.err());
        assertEquals(file + ":2: " + reason + "\n", run.err(), line);
        assertEquals("", run.out(), "nothing runs: " + line);
        run.assertNoStackTrace();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.nslab.cli.EscapeAttempts#all")
    void shouldRefuseBeforeAnythingRuns(final String line, final String reason) throws IOException
    {
        assertRefused(line, reason);
    }

    @Test
    void shouldTellTheBackendsWhichPingsRunUntilInterrupted()
    {
        for (final String interrupted : new String[] {"ping 10.0.0.1", "ip netns exec ns0 ping 10.0.0.2",
            "ip -n ns1 netns exec ns0 ping -q -i 0.2 10.0.0.2", "ping -W 1 -s 100 10.0.0.1", "ping -I tap0 10.0.0.1",
            "ping -Ic 10.0.0.1", "ping -- 10.0.0.1", "ip - 1 netns exec a ping 10.0.0.1",
            "ip -- netns exec a ip netns exec b ping -i 0.5 10.0.0.1", "ping -Z 10.0.0.1"})
        {
            assertTrue(verdict(interrupted).runsUntilInterrupted(), interrupted);
        }
        for (final String counted : new String[] {"ping -c 3 10.0.0.1", "ping -c3 10.0.0.1", "ping -qc 3 10.0.0.1",
            "ping -qc3 10.0.0.1", "ping -w 5 10.0.0.1", "ping 10.0.0.1 -c 1",
            "ip netns exec ns0 ping -W 1 -c 1 10.0.0.1", "ip -n ns0 link", "sysctl net.ipv4.ip_forward", "ping -c"})
        {
            final CommandVerdict verdict = verdict(counted);
            assertTrue(verdict.isAccepted(), counted + ": " + verdict.refusal());
            assertFalse(verdict.runsUntilInterrupted(), counted);
        }
    }

    private static CommandVerdict verdict(final String line)
    {
        return EmulationGate.INSTANCE.vet(List.of(line.split(" ")));
    }

    @Test
    void shouldLetThroughExactlyTheSysctlKeysModelledOrAbsentFromTheKernel() throws IOException
    {
        for (final String accepted : new String[] {"sysctl net.ipv4.conf.all.rp_filter",
            "sysctl -w net.ipv4.conf.va.arp_ignore=1", "sysctl net/ipv4/conf/default/promote_secondaries",
            "sysctl net.ipv4.conf.nosuch.proxy_arp", "sysctl net.ipv4.no_such_key", "sysctl net.ipv4.conf.lo.nosuch",
            "sysctl net.ipv4.neigh.va.mcast_solicit", "sysctl net.ipv4.route.nosuch",
            "sysctl -w net.ipv4.conf.va.send_redirects=0", "sysctl net.ipv4.conf.all.shared_media"})
        {
            final CommandVerdict verdict = verdict(accepted);
            assertTrue(verdict.isAccepted(), accepted + ": " + verdict.refusal());
        }
        assertRefused("sysctl net.ipv4.conf.va.accept_source_route",
            "'sysctl net.ipv4.conf.va.accept_source_route' is not emulated");
        assertRefused("sysctl -w net.ipv4.tcp_syncookies=0", "'sysctl net.ipv4.tcp_syncookies' is not emulated");
        assertRefused("sysctl net.ipv4.neigh.va.proxy_delay", "'sysctl net.ipv4.neigh.va.proxy_delay' is not emulated");
        assertRefused("sysctl net.ipv4.route.flush", "'sysctl net.ipv4.route.flush' is not emulated");
    }

    @Test
    void shouldLetThroughTheAddressFiltersAndIpv6AddressesRoutesAndNeighboursButNotTheirRules() throws IOException
    {
        for (final String accepted : new String[] {"ip addr flush dev va secondary", "ip addr show primary",
            "ip addr flush to 10.0.0.0/8", "ip -s -s addr flush dev lo scope host", "ip addr show -secondary",
            "ip -4 addr add ::1/128 dev va", "ip addr add ::1/128 dev va", "ip -6 addr add fd00::1/64 dev va nodad",
            "ip -6 a", "ip -family inet6 addr flush dev va", "ip addr del fd00::1/64 dev va", "ip -6 route",
            "ip -6 r show table all dev va", "ip -6 route add fd00::/64 via fe80::1 dev va metric 5 proto static",
            "ip -6 route del unreachable fd00:1::/64", "ip -6 route replace default via inet6 fd00::1", "ip -6 route get fd00::1 from fd00::2 oif va",
            "ip -6 neigh", "ip -6 neigh show dev va", "ip -6 neigh flush dev va", "ip -6 -br a", "ip -6 -o addr show",
            "ip -6 -j a", "ip -6 -j -p -br addr show dev va scope link", "ip -6 route flush dev va", "ip -6 route show cache", "ip -6 route flush cache",
            "ip -6 -j route", "ip -6 -j -p route show table all", "ip -6 -d route", "ip -6 -o route show cache",
            "ip -6 -j route get fd00::1", "ip route add fd00::/64 via fe80::1 dev va", "ip route get fd00::1",
            "ip route add default via fe80::1 dev va", "ip -j -6 neigh", "ip -6 -o neigh"})
        {
            final CommandVerdict verdict = verdict(accepted);
            assertTrue(verdict.isAccepted(), accepted + ": " + verdict.refusal());
        }
        assertRefused("ip -6 route save", "'ip -6 route save' is not emulated (nslab lists, flushes, adds,"
            + " replaces, deletes and looks up IPv6 routes only)");
        assertRefused("ip -6 route get ::1 iif lo", "'ip -6 route get iif' is not emulated");
        assertRefused("ip -6 route add fd00::/64 dev lo table 10", "'ip -6 route add table' is not emulated");
        assertRefused("ip -6 rule", "'ip -6 rule' is not emulated (nslab simulates IPv6 addresses, routes and"
            + " neighbours, not yet IPv6 rules)");
        assertRefused("ip -6 -s route", "'ip -6 -s route' is not emulated (nslab prints ip -6 route plain, one line,"
            + " with details or as JSON only)");
        assertRefused("ip -6 -d neigh", "'ip -d neighbor' is not emulated");
        assertRefused("ip -6 -s a", "'ip -6 -s address' is not emulated (nslab prints ip -6 address plain, brief,"
            + " one line or as JSON only)");
        assertRefused("ip addr add fd00::1/64 peer fd00::2 dev va", "'ip address peer' is not emulated");
        assertRefused("ip addr add fd00::1/64 brd + dev va", "'ip address brd with an IPv6 address' is not emulated");
        assertRefused("ip addr flush to fe80::/64", "'ip address flush to fe80::/64' is not emulated"
            + " (nslab simulates IPv4 only)");
        assertRefused("ip addr show tentative", "'ip address show tentative' is not emulated");
        assertRefused("ip link show to 10.0.0.0/8", "'ip link show to' is not emulated");
    }

    @Test
    void shouldLetThroughNftsListingsOnly() throws IOException
    {
        for (final String accepted : new String[] {"nft list ruleset", "nft list ruleset ip", "nft list tables inet",
            "nft list table filter", "nft list table ip nat", "ip netns exec ns0 nft list table inet filter"})
        {
            assertTrue(verdict(accepted).isAccepted(), accepted);
        }
        assertRefused("nft flush ruleset", "'nft flush ruleset' is not emulated (nslab lists iptables' rules as nft"
            + " shows them (nft list ruleset|tables [FAMILY], nft list table [FAMILY] NAME), not nft's own syntax)");
        assertRefused("nft -a list ruleset", "'nft -a list ruleset' is not emulated (nslab lists iptables' rules as"
            + " nft shows them (nft list ruleset|tables [FAMILY], nft list table [FAMILY] NAME), not nft's own syntax)");
        assertRefused("nft list table ip", "'nft list table ip' is not emulated (nslab lists iptables' rules as nft"
            + " shows them (nft list ruleset|tables [FAMILY], nft list table [FAMILY] NAME), not nft's own syntax)");
    }

    @Test
    void shouldRefuseACorePatternThatWouldRunAProgram() throws IOException
    {
        assertRefused("sysctl -w 'kernel.core_pattern=|/tmp/x'", "'sysctl kernel.core_pattern' is not emulated");
    }

    @Test
    void shouldRefuseSpellingsOfBatchTheScannerAlreadyKnows() throws IOException
    {
        // Three letters and more the scanner refuses first, with its own words; the gate refuses the rest.
        for (final String batch : new String[] {"-batch", "-ba", "--batch", "-bat"})
        {
            assertRefused("ip " + batch + " evil.sh",
                "cannot run 'ip " + batch + "': nslab runs the commands written in the scenario only");
        }
    }

    @Test
    void shouldRefuseAScenarioThatIsItsOwnBatchFile() throws IOException
    {
        // Batch lines hidden in a quoted ping argument, then the file fed to ip -batch: refused at the first line.
        final Path file = write("ping -c 1 -W 1 x'\nnetns exec x touch /tmp/pwned\n'\nip -force -b hostile.sh\n");
        final InProcessNslab.Run run = nslab("run", "--backend", "kernel", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(file + ":1: 'ping x\\nnetns exec x touch /tmp/pwned\\n' is not emulated"
            + " (host names: nslab pings addresses)\n", run.err());
        assertEquals("", run.out());
        // Hidden in a value instead, the batch lines pass as a device name, and ip -batch is refused.
        final Path valueHidden = write("ping -c 1 -W 1 -I 'x\nnetns exec x touch /tmp/pwned\n' 10.0.0.1\n"
            + "ip -force -b hostile.sh\n");
        final InProcessNslab.Run second = nslab("run", "--backend", "kernel", valueHidden.toString());
        assertEquals(2, second.exitCode(), second.err());
        assertEquals(valueHidden + ":4: 'ip -force' serves -batch, which reads commands from a file: refused\n",
            second.err());
    }

    @Test
    void shouldRefuseInEveryCommandThatReadsAScenario() throws IOException
    {
        final Path file = write("ip netns add a\nip -b evil.sh\n");
        final String expected = file + ":2: 'ip -b' reads commands from a file: refused\n";
        for (final List<String> command : List.of(List.of("run"), List.of("run", "--backend", "kernel"),
            List.of("diff"), List.of("matrix"), List.of("matrix", "--backend", "kernel"), List.of("matrix", "--diff"),
            List.of("graph")))
        {
            final String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(
                file.toString())).toArray(String[]::new);
            final InProcessNslab.Run run = nslab(args);
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertEquals(expected, run.err(), command.toString());
            assertEquals("", run.out(), command.toString());
        }
    }

    @Test
    void shouldRunWhatIproute2ReadsThroughALoneDashOrDoubleDash() throws IOException
    {
        final Path file = write("ip netns add x\nip - 1 netns exec x ip -br link\nip -- netns exec x ip -br link\n"
            + "ip -l 1 -- netns exec x ping -c 1 -W 1 127.0.0.1\n");
        final InProcessNslab.Run run = nslab("run", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("$ ip netns add x\n"
            + "$ ip - 1 netns exec x ip -br link\nlo               DOWN           00:00:00:00:00:00 <LOOPBACK> \n"
            + "$ ip -- netns exec x ip -br link\nlo               DOWN           00:00:00:00:00:00 <LOOPBACK> \n"
            + "$ ip -l 1 -- netns exec x ping -c 1 -W 1 127.0.0.1\nping: connect: Network is unreachable\n[exit 2]\n",
            run.out());
    }

    @Test
    void shouldRunLoIntoTheSandboxInitialNamespaceByPidOne() throws IOException
    {
        final Path file = write("ip netns add a\nip link add va type veth peer name vb netns a\n"
            + "ip -n a link set vb netns 1\nip -br link show vb\n");
        final InProcessNslab.Run run = nslab("run", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("$ ip -br link show vb\nvb@va "), run.out());
    }

    @Test
    void shouldVetAndRunThreeThousandNestedNetnsExecWithoutOverflowingTheStack() throws IOException
    {
        final StringBuilder line = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            line.append("ip netns exec a ");
        }
        line.append("ip -br link show lo");
        final Path file = write("ip netns add a\n" + line + "\n" + line.toString().replace("ip -br", "ip -b") + "\n");
        final InProcessNslab.Run refused = nslab("run", file.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertEquals(file + ":3: 'ip -b' reads commands from a file: refused\n", refused.err());
        Files.writeString(file, "ip netns add a\n" + line + "\n");
        final InProcessNslab.Run run = nslab("run", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("\nlo               DOWN           00:00:00:00:00:00 <LOOPBACK> \n"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }
}
