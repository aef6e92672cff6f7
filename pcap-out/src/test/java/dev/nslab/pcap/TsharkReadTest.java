package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark's reader and dissectors (tshark) accept our files: no malformed packet, no expert warning with IPv4
 * checksums checked, the expected interface names, protocols and directions. Skipped where tshark is missing.
 */
class TsharkReadTest
{
    private static final String TSHARK = "/usr/bin/tshark";
    private static final String PROBLEMS = "_ws.malformed || _ws.expert.severity >= warning";
    private static final String ARP = "eth:ethertype:arp";
    private static final String ICMP = "eth:ethertype:ip:icmp:data";

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeCaptures() throws Exception
    {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(TSHARK)),
            "tshark not installed (apt-get install tshark): skipping the Wireshark checks");
        try (PcapDirectorySink pcaps = new PcapDirectorySink(dir);
            PcapngFileSink pcapng = new PcapngFileSink(dir.resolve("run.pcapng")))
        {
            PingScenario.play(pcaps);
            PingScenario.play(pcapng);
        }
    }

    @Test
    void shouldFindNoMalformedPacketAndNoWarningInAnyFile() throws Exception
    {
        for (final String name : List.of("netns/a/veth0.pcap", "netns/b/veth1.pcap", "run.pcapng"))
        {
            final List<String> flagged = tshark(dir.resolve(name), "-o", "ip.check_checksum:TRUE",
                "-Y", PROBLEMS, "-T", "fields", "-e", "frame.number", "-e", "_ws.expert.message");

            assertEquals(List.of(), flagged, name);
        }
    }

    @Test
    void shouldFlagABadIpChecksumSoTheCheckAboveIsNotVacuous() throws Exception
    {
        final Path file = dir.resolve("broken.pcapng");
        final byte[] request = TestFrames.icmpEcho(false, 1L, 2L, 3, 4, 1);
        final byte[] reply = TestFrames.icmpEcho(true, 2L, 1L, 4, 3, 1);
        reply[14 + 10] ^= 0x01;
        try (PcapngFileSink sink = new PcapngFileSink(file))
        {
            final dev.nslab.core.capture.CapturePoint point = sink.open("x", "eth0", 1L);
            point.capture(1L, true, request, 0, request.length);
            point.capture(2L, false, reply, 0, reply.length);
        }

        final List<String> flagged = tshark(file, "-o", "ip.check_checksum:TRUE",
            "-Y", PROBLEMS, "-T", "fields", "-e", "frame.number");

        assertEquals(List.of("2"), flagged);
    }

    @Test
    void shouldShowInterfaceNamesProtocolsAndDirectionsOfThePcapng() throws Exception
    {
        final List<String> lines = tshark(dir.resolve("run.pcapng"), "-T", "fields",
            "-e", "frame.interface_name", "-e", "frame.protocols", "-e", "frame.packet_flags_direction");

        final List<String> expected = new ArrayList<>();
        for (final PingScenario.Expected frame : PingScenario.frames())
        {
            expected.add(frame.device() + "\t" + (frame.frame().length == 60 ? ARP : ICMP)
                + "\t" + (frame.outbound() ? "0x00000002" : "0x00000001"));
        }
        assertEquals(expected, lines);
    }

    @Test
    void shouldShowProtocolsAndNanosecondTimesOfAPcap() throws Exception
    {
        final List<String> lines = tshark(dir.resolve("netns/a/veth0.pcap"), "-T", "fields",
            "-e", "frame.protocols", "-e", "frame.time_epoch");

        assertEquals(8, lines.size());
        assertEquals(ARP + "\t1767225600.001000123", lines.get(0));
        assertEquals(ICMP + "\t1767225600.001040123", lines.get(2));
        assertEquals(ICMP + "\t1767225600.001070124", lines.get(3));
    }

    private static List<String> tshark(final Path file, final String... arguments)
        throws IOException, InterruptedException
    {
        final List<String> command = new ArrayList<>(List.of(TSHARK, "-r", file.toString()));
        command.addAll(List.of(arguments));
        final Process process = new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), "tshark rc for " + file + ":\n" + output);
        return output.isEmpty() ? List.of() : List.of(output.split("\n"));
    }
}
