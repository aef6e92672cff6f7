package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureSummary;

/**
 * Captures on the kernel backend: tcpdump inside the sandbox, one pcap per interface that carried traffic, a
 * merged pcapng, both read by tshark with no malformed packet; and the sandbox leaves nothing behind.
 */
class KernelCaptureTest
{
    private static final String TSHARK = "/usr/bin/tshark";
    private static final Path VETH_PAIR = Path.of("..", "examples", "veth-pair.sh");
    private static final String PROBLEMS = "_ws.malformed || _ws.expert.severity >= warning";

    @TempDir
    Path dir;

    @BeforeEach
    void requireKernelAndTcpdump()
    {
        KernelAssumptions.assumeKernelCapture();
    }

    @Test
    void shouldWriteOnePcapPerInterfaceThatCarriedTrafficWithArpAndIcmpEcho() throws Exception
    {
        final HostNetworkSnapshot before = HostNetworkSnapshot.settled();
        final Path pcaps = dir.resolve("pcaps");
        final Path pcapng = dir.resolve("run.pcapng");

        final StringBuilder transcript = new StringBuilder();
        final KernelRun run = new KernelBackend(TestGate.OWN_LINES).run(vethPair(), transcript::append,
            KernelCapture.toDirectory(pcaps).withPcapng(pcapng));

        assertTrue(transcript.toString().contains("3 packets transmitted, 3 received"), transcript.toString());
        assertEquals(List.of(), run.captureWarnings());
        assertEquals(List.of(pcaps.resolve("netns/blue/veth-blue.pcap"), pcaps.resolve("netns/red/veth-red.pcap"),
            pcapng), run.captureFiles());
        assertEquals(List.of("netns/blue/veth-blue.pcap", "netns/red/veth-red.pcap"), names(pcaps),
            "no file for lo: no traffic");
        for (final String side : List.of("red/veth-red", "blue/veth-blue"))
        {
            final List<String> lines = CaptureSummary.of(pcaps).stream().filter(l -> l.startsWith(side + " ")).toList();
            assertTrue(lines.contains(side + " ARP request who-has 10.0.1.2 tell 10.0.1.1"), lines.toString());
            assertTrue(lines.contains(side + " ARP reply 10.0.1.2 to 10.0.1.1"), lines.toString());
            for (int seq = 1; seq <= 3; seq++)
            {
                assertTrue(lines.contains(side + " ICMP echo request 10.0.1.1 > 10.0.1.2 seq " + seq + " ttl 64"), lines.toString());
                assertTrue(lines.contains(side + " ICMP echo reply 10.0.1.2 > 10.0.1.1 seq " + seq + " ttl 64"), lines.toString());
            }
        }
        assertEquals(CaptureSummary.of(pcaps), CaptureSummary.of(pcapng), "the pcapng holds what the pcaps hold");
        assertNothingLeft(before);
    }

    @Test
    void shouldBeReadByTsharkWithNoMalformedPacket() throws Exception
    {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(TSHARK)),
            "tshark not installed (apt-get install tshark): skipping the Wireshark check of kernel captures");
        final Path pcaps = dir.resolve("pcaps");
        final Path pcapng = dir.resolve("run.pcapng");

        new KernelBackend(TestGate.OWN_LINES).run(vethPair(), text -> { }, KernelCapture.toDirectory(pcaps).withPcapng(pcapng));

        for (final Path file : List.of(pcaps.resolve("netns/red/veth-red.pcap"),
            pcaps.resolve("netns/blue/veth-blue.pcap"), pcapng))
        {
            assertEquals(List.of(), tshark(file, "-o", "ip.check_checksum:TRUE", "-Y", PROBLEMS,
                "-T", "fields", "-e", "frame.number", "-e", "_ws.expert.message"), file.toString());
            final List<String> protocols = tshark(file, "-T", "fields", "-e", "frame.protocols");
            assertTrue(protocols.contains("eth:ethertype:arp"), file + ": " + protocols);
            assertTrue(protocols.contains("eth:ethertype:ip:icmp:data"), file + ": " + protocols);
        }
        final List<String> interfaces = tshark(pcapng, "-T", "fields", "-e", "frame.interface_name").stream()
            .distinct().sorted().toList();
        assertEquals(List.of("blue/veth-blue", "red/veth-red"), interfaces);
    }

    @Test
    void shouldCaptureOnlyTheFilteredInterfacesAndAgainAfterAMove() throws Exception
    {
        final Path pcaps = dir.resolve("pcaps");
        final Scenario scenario = Scenario.parse("move.sh", String.join("\n",
            "ip netns add a",
            "ip link add va type veth peer name vb",
            "ip addr add 10.0.5.1/24 dev va",
            "ip link set va up",
            "ip link set vb netns a",
            "ip -n a addr add 10.0.5.2/24 dev vb",
            "ip -n a link set vb up",
            "ping -c 1 10.0.5.2",
            "ip -n a link set vb netns 1",
            "ip link set vb netns a",
            "ip -n a addr add 10.0.5.2/24 dev vb",
            "ip -n a link set vb up",
            "ping -c 1 -W 2 10.0.5.2",
            ""));

        final StringBuilder transcript = new StringBuilder();
        new KernelBackend(TestGate.OWN_LINES).run(scenario, transcript::append,
            KernelCapture.toDirectory(pcaps).withFilter(CaptureFilter.parse("a/vb,lo")));

        assertEquals(List.of("netns/a/vb.pcap"), names(pcaps), transcript.toString());
        final List<String> lines = CaptureSummary.of(pcaps);
        assertTrue(lines.contains("a/vb ICMP echo request 10.0.5.1 > 10.0.5.2 seq 1 ttl 64"), lines.toString());
        assertEquals(2, lines.stream().filter(l -> l.equals("a/vb ICMP echo reply 10.0.5.2 > 10.0.5.1 seq 1 ttl 64")).count(),
            "one reply before the move and one after, joined in one file: " + lines);
    }

    @Test
    void shouldDeliverWhatWasCapturedWhenACommandOutlivesItsLimit() throws Exception
    {
        final HostNetworkSnapshot before = HostNetworkSnapshot.settled();
        final Path pcaps = dir.resolve("pcaps");
        final KernelBackend backend = new KernelBackend(TestGate.OWN_LINES, Duration.ofSeconds(3), Duration.ofMillis(1500));

        final KernelBackendException e = assertThrows(KernelBackendException.class, () -> backend.run(
            Scenario.parse("t.sh", "ping -c 10 -i 0.2 127.0.0.1\n"), text -> { }, KernelCapture.toDirectory(pcaps)));

        assertEquals(KernelBackendException.Reason.SANDBOX_FAILED, e.reason());
        final List<String> lines = CaptureSummary.of(pcaps);
        assertTrue(lines.contains("lo ICMP echo request 127.0.0.1 > 127.0.0.1 seq 1 ttl 64"), lines.toString());
        assertNothingLeft(before);
    }

    @Test
    void shouldKeepApartInterfacesWhoseNamesOnceCollided() throws Exception
    {
        final Path pcaps = dir.resolve("pcaps");
        final Path pcapng = dir.resolve("run.pcapng");
        final Scenario scenario = Scenario.parse("collide.sh", String.join("\n",
            "ip netns add a-b",
            "ip netns add a",
            "ip link add c type veth peer name b-c",
            "ip link set c netns a-b",
            "ip link set b-c netns a",
            "ip -n a-b addr add 10.0.7.1/24 dev c",
            "ip -n a addr add 10.0.7.2/24 dev b-c",
            "ip -n a-b link set c up",
            "ip -n a link set b-c up",
            "ip netns exec a-b ping -c 2 10.0.7.2",
            ""));

        final StringBuilder transcript = new StringBuilder();
        final KernelRun run = new KernelBackend(TestGate.OWN_LINES).run(scenario, transcript::append,
            KernelCapture.toDirectory(pcaps).withPcapng(pcapng));

        assertEquals(List.of("netns/a-b/c.pcap", "netns/a/b-c.pcap"), names(pcaps), transcript.toString());
        for (final String side : List.of("a-b/c", "a/b-c"))
        {
            final List<String> lines = CaptureSummary.of(pcaps);
            for (int seq = 1; seq <= 2; seq++)
            {
                assertTrue(lines.contains(side + " ICMP echo request 10.0.7.1 > 10.0.7.2 seq " + seq + " ttl 64"),
                    lines.toString());
            }
        }
        assertEquals(CaptureSummary.of(pcaps), CaptureSummary.of(pcapng));
    }

    @Test
    void shouldKeepANamespaceNamedHostApartFromTheInitialNamespace() throws Exception
    {
        final Path pcaps = dir.resolve("pcaps");
        final Scenario scenario = Scenario.parse("host.sh", String.join("\n",
            "ip netns add host",
            "ip -n host link set lo up",
            "ip netns exec host ping -c 2 127.0.0.1",
            "ping -c 1 127.0.0.1",
            ""));

        final StringBuilder transcript = new StringBuilder();
        final KernelRun run = new KernelBackend(TestGate.OWN_LINES).run(scenario, transcript::append, KernelCapture.toDirectory(pcaps));

        assertEquals(List.of("lo.pcap", "netns/host/lo.pcap"), names(pcaps), transcript.toString());
        final List<String> lines = CaptureSummary.of(pcaps);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("lo ICMP echo request")).count(), lines.toString());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("host/lo ICMP echo request")).count(),
            lines.toString());
    }

    @Test
    void shouldCaptureInANamespaceWhoseNameHoldsANewline() throws Exception
    {
        final Path pcaps = dir.resolve("pcaps");
        final Scenario scenario = Scenario.parse("newline.sh",
            "ip netns add 'a\nb'\nip -n 'a\nb' link set lo up\nip netns exec 'a\nb' ping -c 1 127.0.0.1\n");

        final StringBuilder transcript = new StringBuilder();
        final KernelRun run = new KernelBackend(TestGate.OWN_LINES).run(scenario, transcript::append,
            KernelCapture.toDirectory(pcaps));

        assertTrue(transcript.toString().contains("1 packets transmitted, 1 received"), transcript.toString());
        assertEquals(List.of(), run.captureWarnings());
        assertEquals(List.of("netns/a\nb/lo.pcap"), names(pcaps), transcript.toString());
        assertTrue(CaptureSummary.of(pcaps).contains("a\nb/lo ICMP echo request 127.0.0.1 > 127.0.0.1 seq 1 ttl 64"));
    }

    private static Scenario vethPair() throws Exception
    {
        return Scenario.parse(VETH_PAIR.getFileName().toString(), Files.readString(VETH_PAIR));
    }

    /** The sandbox proof: no namespace, no tcpdump, no mount, no staging directory left. */
    private static void assertNothingLeft(final HostNetworkSnapshot before) throws Exception
    {
        assertEquals(before, HostNetworkSnapshot.settled());
        assertEquals(List.of(), SandboxProcesses.named("tcpdump"));
        assertTrue(HostNetworkSnapshot.sandboxMounts(ProcessHandle.current().pid()).isEmpty());
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir"))))
        {
            final String mine = "nslab-capture-" + ProcessHandle.current().pid() + "-";
            assertFalse(temporary.anyMatch(p -> p.getFileName().toString().startsWith(mine)), "staging directory removed");
        }
    }

    /** @return the capture directory's pcaps, relative to it. */
    private static List<String> names(final Path directory) throws Exception
    {
        return CaptureFiles.pcapFilesIn(directory).stream().map(p -> directory.relativize(p).toString()).sorted()
            .toList();
    }

    private static List<String> tshark(final Path file, final String... arguments) throws Exception
    {
        final List<String> command = new ArrayList<>(List.of(TSHARK, "-r", file.toString()));
        command.addAll(List.of(arguments));
        final Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), "tshark rc for " + file + ":\n" + output);
        return output.isEmpty() ? List.of() : List.of(output.split("\n"));
    }
}
