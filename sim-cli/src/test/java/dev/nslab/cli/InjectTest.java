package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.nslab;
import static dev.nslab.cli.TestFrames.PEER_IP;
import static dev.nslab.cli.TestFrames.PEER_MAC;
import static dev.nslab.cli.TestFrames.TAP_IP;
import static dev.nslab.cli.TestFrames.TAP_MAC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.pcap.CaptureOptions;
import dev.nslab.pcap.CaptureSummary;
import dev.nslab.pcap.CapturedPacket;
import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.Libpcap;

/** {@code nslab run --inject NS/DEV=FILE[@TIME]}: a capture's frames replayed into a device at their times. */
class InjectTest
{
    @org.junit.jupiter.api.BeforeEach
    void requireLibpcap()
    {
        Libpcap.assumeLoadable();
    }

    private static final String SCENARIO = String.join("\n",
        "ip tuntap add dev tap0 mode tap",
        "ip link set tap0 address 02:00:00:00:00:02",
        "ip addr add 10.0.1.2/24 dev tap0",
        "ip link set tap0 up",
        "ip link set lo up",
        // Two virtual seconds pass here: frames due before then go in during this ping.
        "ping -c 2 127.0.0.1",
        "");

    @TempDir
    Path directory;

    private Path frames() throws IOException
    {
        final Path file = directory.resolve("peer.pcap");
        TestFrames.writePcap(file, List.of(
            new TestFrames.Timed(1_000_000_000L, TestFrames.arpRequest(PEER_MAC, PEER_IP, TAP_IP)),
            new TestFrames.Timed(1_000_500_000L, TestFrames.echoRequest(PEER_MAC, TAP_MAC, PEER_IP, TAP_IP, 1)),
            new TestFrames.Timed(1_003_500_000L, TestFrames.echoRequest(PEER_MAC, TAP_MAC, PEER_IP, TAP_IP, 2))));
        return file;
    }

    private Path scenario() throws IOException
    {
        final Path file = directory.resolve("tap.sh");
        Files.writeString(file, SCENARIO);
        return file;
    }

    @Test
    void shouldReplayACaptureIntoATapAtItsOwnTimesAndCaptureTheAnswers() throws Exception
    {
        final Path pcapng = directory.resolve("run.pcapng");
        // Commands take the kernel's milliseconds of virtual time, so the replay starts 1 s in, during the ping, once
        // the scenario has made the tap and brought it up.
        final InProcessNslab.Run run = nslab("run", "--inject", "tap0=" + frames() + "@1s", "--pcapng",
            pcapng.toString(), "--capture", "tap0", scenario().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("nslab: injected 3 of 3 frames from " + directory.resolve("peer.pcap") + " into tap0\n",
            run.err());
        assertEquals(List.of(
            "tap0 ARP request who-has 10.0.1.2 tell 10.0.1.1",
            "tap0 ARP reply 10.0.1.2 to 10.0.1.1",
            "tap0 ICMP echo request 10.0.1.1 > 10.0.1.2 seq 1 ttl 64",
            "tap0 ICMP echo reply 10.0.1.2 > 10.0.1.1 seq 1 ttl 64",
            "tap0 ICMP echo request 10.0.1.1 > 10.0.1.2 seq 2 ttl 64",
            "tap0 ICMP echo reply 10.0.1.2 > 10.0.1.1 seq 2 ttl 64"), CaptureSummary.of(pcapng));
        // The tap's own IPv6 (MLD, DAD, router solicitation) goes out too once the replay attached it; the
        // replayed frames and their answers are the ARP and IPv4 ones.
        final List<CapturedPacket> packets = CaptureFiles.read(pcapng).stream()
            .filter(p -> etherType(p) != 0x86DD).toList();
        final long epoch = CaptureOptions.DEFAULT_EPOCH.getEpochSecond() * 1_000_000_000L;
        assertEquals(1_000_000_000L, packets.get(0).timestampNanos() - epoch, "the first frame at the time given");
        assertEquals(1_500_000_000L, packets.get(2).timestampNanos() - epoch, "0.5 s later, as in the capture");
        assertEquals(4_500_000_000L, packets.get(4).timestampNanos() - epoch, "after the scenario's end, still in");
    }

    private static int etherType(final CapturedPacket packet)
    {
        return (packet.frame()[12] & 0xFF) << 8 | packet.frame()[13] & 0xFF;
    }

    @Test
    void shouldStartAtTheTimeGiven() throws Exception
    {
        final Path pcapng = directory.resolve("run.pcapng");
        final InProcessNslab.Run run = nslab("run", "--inject", "tap0=" + frames() + "@1.5s", "--pcapng",
            pcapng.toString(), scenario().toString());
        assertEquals(0, run.exitCode(), run.err());
        final long epoch = CaptureOptions.DEFAULT_EPOCH.getEpochSecond() * 1_000_000_000L;
        final List<CapturedPacket> tap = CaptureFiles.read(pcapng).stream()
            .filter(p -> p.interfaceName().equals("tap0")).toList();
        assertEquals(1_500_000_000L, tap.get(0).timestampNanos() - epoch);
    }

    @Test
    void shouldReplayItsOwnPcapngAndBeDeterministic() throws Exception
    {
        final Path first = directory.resolve("first.pcapng");
        assertEquals(0, nslab("run", "--inject", "tap0=" + frames(), "--pcapng", first.toString(),
            scenario().toString()).exitCode());
        final Path again = directory.resolve("again.pcapng");
        final Path replayOfReplay = directory.resolve("replay.pcapng");
        assertEquals(0, nslab("run", "--inject", "tap0=" + frames(), "--pcapng", again.toString(),
            scenario().toString()).exitCode());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(again)), "byte-identical");
        final InProcessNslab.Run replay = nslab("run", "--inject", "tap0=" + first, "--pcapng",
            replayOfReplay.toString(), scenario().toString());
        assertEquals(0, replay.exitCode(), replay.err());
        assertTrue(replay.err().startsWith("nslab: injected "), replay.err());
    }

    @Test
    void shouldCountFramesForADeviceThatDoesNotExist() throws Exception
    {
        final InProcessNslab.Run run = nslab("run", "--inject", "nons/eth9=" + frames(), scenario().toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.err().contains("injected 0 of 3 frames") && run.err().contains("3 not injected: no such device"),
            run.err());
    }

    @Test
    void shouldRefuseBadInjectionsWithOneLine() throws Exception
    {
        final Path scenario = scenario();
        final Path garbage = directory.resolve("garbage.pcap");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
            22, 23, 24, 25});
        for (final String spec : List.of("tap0", "a/b/tap0=" + frames(), "/tap0=" + frames(), "a/=" + frames(),
            "../tap0=" + frames(), "tap0=", "tap0=" + directory,
            "tap0=" + directory.resolve("missing.pcap"), "tap0=" + garbage))
        {
            final InProcessNslab.Run run = nslab("run", "--inject", spec, scenario.toString());
            assertEquals(2, run.exitCode(), spec + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("nslab: --inject"), run.err());
            assertEquals("", run.out(), "nothing ran");
            run.assertNoStackTrace();
        }
        assertEquals(2, nslab("run", "--backend", "kernel", "--inject", "tap0=" + frames(), scenario.toString())
            .exitCode());
    }
}
