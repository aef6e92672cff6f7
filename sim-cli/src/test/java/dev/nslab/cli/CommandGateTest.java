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
import org.junit.jupiter.params.provider.CsvSource;

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
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        ip -b evil.sh                                    | 'ip -b' reads commands from a file: refused
        ip -b /etc/shadow                                | 'ip -b' reads commands from a file: refused
        ip --b evil.sh                                   | 'ip --b' reads commands from a file: refused
        ip -force -b evil.sh                             | 'ip -force' serves -batch, which reads commands from a file: refused
        ip -fo link                                      | 'ip -fo' serves -batch, which reads commands from a file: refused
        ip -n x -d -b evil.sh                            | 'ip -d' is not emulated
        ip -n x -b evil.sh                               | 'ip -b' reads commands from a file: refused
        ip netns exec x ip -b evil.sh                    | 'ip -b' reads commands from a file: refused
        ip -n x netns exec y ip -n z netns exec w ip -b f | 'ip -b' reads commands from a file: refused
        ip link set lo alias 'netns exec x touch /tmp/p' | 'ip link alias' is not emulated
        ip -b /sys/class/net/lo/ifalias                  | 'ip -b' reads commands from a file: refused
        ip - 1 netns exec x touch /tmp/pwned             | cannot run 'touch': nslab emulates ip, bridge, ping and sysctl
        ip -- netns exec x touch /tmp/pwned              | cannot run 'touch': nslab emulates ip, bridge, ping and sysctl
        ip -l 3 netns exec x /bin/sh                     | cannot run '/bin/sh': nslab emulates ip, bridge, ping and sysctl
        sysctl -w kernel.domainname=pwned                | 'sysctl kernel.domainname' is not emulated
        sysctl -w vm.swappiness=10                       | 'sysctl vm.swappiness' is not emulated
        sysctl -w kernel/domainname=pwned                | 'sysctl kernel/domainname' is not emulated
        sysctl kernel.domainname=pwned                   | 'sysctl kernel.domainname' is not emulated
        sysctl kernel.domainname                         | 'sysctl kernel.domainname' is not emulated
        sysctl -p /etc/shadow                            | 'sysctl -p' reads settings from a file: refused
        sysctl -f /etc/shadow                            | 'sysctl -f' reads settings from a file: refused
        sysctl -p/etc/shadow                             | 'sysctl -p' reads settings from a file: refused
        sysctl --load=/etc/shadow                        | 'sysctl --load=/etc/shadow' reads settings from a file: refused
        sysctl --lo /etc/shadow                          | 'sysctl --lo' reads settings from a file: refused
        sysctl --system                                  | 'sysctl --system' reads settings from the system's files: refused
        sysctl net.ipv4.ip_forward -p                    | 'sysctl -p' reads settings from a file: refused
        sysctl -a                                        | 'sysctl -a' is not emulated (nslab reads the keys it is given)
        sysctl -r net -a                                 | 'sysctl -r' is not emulated
        sysctl -w -- -kernel.domainname                  | 'sysctl -kernel.domainname' is not emulated
        sysctl -w net.ipv4.conf=1                        | 'sysctl net.ipv4.conf' is not emulated
        sysctl net/ipv4/../../kernel/domainname          | 'sysctl net/ipv4/../../kernel/domainname' is not emulated
        sysctl                                           | 'sysctl' is not emulated (without a key)
        ip netns exec x sysctl -w kernel.domainname=p    | 'sysctl kernel.domainname' is not emulated
        ip -n x netns exec y sysctl -p                   | 'sysctl -p' reads settings from a file: refused
        ip -rc 1 link                                    | 'ip -rc' is not emulated
        ip -t monitor                                    | 'ip -t' is not emulated
        ip -j link                                       | 'ip -j' is not emulated
        ip -c link                                       | 'ip -c' is not emulated
        ip -color=never link                             | 'ip -color=never' is not emulated
        ip -N route                                      | 'ip -N' is not emulated
        ip -r route                                      | 'ip -r' is not emulated
        ip -echo link                                    | 'ip -echo' is not emulated
        ip -6 addr                                       | 'ip -6' is not emulated (nslab simulates IPv4 only)
        ip -f inet6 addr                                 | 'ip -f inet6' is not emulated (nslab simulates IPv4 only)
        ip -n /proc/1/ns/net link                        | 'ip -n /proc/1/ns/net' is not emulated (namespace names only, not paths)
        ip -n a/b link                                   | 'ip -n a/b' is not emulated (namespace names only, not paths)
        ip -n .. link                                    | 'ip -n ..' is not emulated (namespace names only, not paths)
        ip -n ../../proc/1/ns/net link                   | 'ip -n ../../proc/1/ns/net' is not emulated (namespace names only, not paths)
        ip -n '' link                                    | 'ip -n ' is not emulated (namespace names only, not paths)
        ip netns exec ../x ip link                       | 'ip netns exec ../x' is not emulated (namespace names only, not paths)
        bridge -n a/b link                               | 'bridge -n a/b' is not emulated (namespace names only, not paths)
        ip netns attach x 1                              | 'ip netns attach' is not emulated
        ip netns set x 1                                 | 'ip netns set' is not emulated
        ip link set lo netns 2                           | 'ip link set ... netns 2' is not emulated (of processes, PID 1 only)
        ip link set lo netns /proc/1/ns/net              | 'ip link set ... netns /proc/1/ns/net' is not emulated (namespace names only, not paths)
        bridge -b evil.sh                                | 'bridge -b' reads commands from a file: refused
        bridge -batch evil.sh                            | 'bridge -batch' reads commands from a file: refused
        bridge -force link                               | 'bridge -force' serves -batch, which reads commands from a file: refused
        ip vrf exec x touch /tmp/p                       | 'ip vrf exec' runs a program: refused
        ip link set lo xdp obj /tmp/x.o                  | 'ip link xdp' loads a BPF program from a file: refused
        ip link set lo xdpgeneric obj /tmp/x.o           | 'ip link xdpgeneric' loads a BPF program from a file: refused
        ip route add 10.0.0.0/8 encap bpf in obj x.o dev lo | 'ip route encap' is not emulated (encap bpf loads programs from files)
        ip monitor file /etc/shadow                      | 'ip monitor' is not emulated
        ip link add x type ../../tmp/evil                | 'ip link add type ../../tmp/evil' is not emulated
        ip -all netns exec ip link                       | 'ip -all netns exec' is not emulated
        ip address save                                  | 'ip address save' is not emulated
        ip route restore                                 | 'ip route restore' is not emulated
        ip tuntap add dev t0 mode tap user root          | 'ip tuntap user' is not emulated
        ip -d link                                       | 'ip -d' is not emulated
        ping -f 10.0.0.1                                 | 'ping -f' is not emulated
        ping localhost                                   | 'ping localhost' is not emulated (host names: nslab pings addresses)
        ip netns exec x bash                             | cannot run 'bash': nslab emulates ip, bridge, ping and sysctl
        """)
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
