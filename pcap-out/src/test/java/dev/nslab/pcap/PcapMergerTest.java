package dev.nslab.pcap;

import static dev.nslab.pcap.Bytes.hex;
import static dev.nslab.pcap.Bytes.toHex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classic pcaps (as tcpdump writes) merged into one pcapng: exact bytes, order, names, and tshark's view. */
class PcapMergerTest
{
    private static final String TSHARK = "/usr/bin/tshark";

    /** a/veth0: little-endian ns, snaplen 262144; 3 bytes at base+1000 ns, 4 bytes at base+3000 ns. */
    private static final byte[] INPUT_A = hex(
        "4d 3c b2 a1  02 00 04 00  00 00 00 00  00 00 00 00  00 00 04 00  01 00 00 00"
            + "00 b9 55 69  e8 03 00 00  03 00 00 00  3c 00 00 00  aa bb cc"
            + "00 b9 55 69  b8 0b 00 00  04 00 00 00  04 00 00 00  01 02 03 04");

    /** b/veth1: big-endian µs, snaplen 65535; 2 bytes at base+2 µs, then a record cut short. */
    private static final byte[] INPUT_B = hex(
        "a1 b2 c3 d4  00 02 00 04  00 00 00 00  00 00 00 00  00 00 ff ff  00 00 00 01"
            + "69 55 b9 00  00 00 00 02  00 00 00 02  00 00 00 02  01 02"
            + "69 55 b9 00  00 00 00 09  00 00 00 08  00 00 00 08  01 02 03");

    /** SHB as PcapngFileSink writes it (shb_userappl "nslab"). */
    private static final String SECTION_HEADER = "0a 0d 0d 0a 2c 00 00 00 4d 3c 2b 1a 01 00 00 00 ff ff ff ff ff ff ff ff "
        + "04 00 05 00 6e 73 6c 61 62 00 00 00 00 00 00 00 2c 00 00 00";

    /** IDBs: Ethernet, the input's snaplen, if_name, if_tsresol 9; no if_MACaddr (a pcap has none). */
    private static final String INTERFACE_A = "01 00 00 00 2c 00 00 00 01 00 00 00 00 00 04 00 "
        + "02 00 07 00 61 2f 76 65 74 68 30 00 09 00 01 00 09 00 00 00 00 00 00 00 2c 00 00 00";
    private static final String INTERFACE_B = "01 00 00 00 2c 00 00 00 01 00 00 00 ff ff 00 00 "
        + "02 00 07 00 62 2f 76 65 74 68 31 00 09 00 01 00 09 00 00 00 00 00 00 00 2c 00 00 00";

    /** EPBs without options (direction unknown), in timestamp order across the inputs. */
    private static final String PACKET_A1 = "06 00 00 00 24 00 00 00 00 00 00 00 51 72 86 18 e8 03 fa ed "
        + "03 00 00 00 3c 00 00 00 aa bb cc 00 24 00 00 00";
    private static final String PACKET_B1 = "06 00 00 00 24 00 00 00 01 00 00 00 51 72 86 18 d0 07 fa ed "
        + "02 00 00 00 02 00 00 00 01 02 00 00 24 00 00 00";
    private static final String PACKET_A2 = "06 00 00 00 24 00 00 00 00 00 00 00 51 72 86 18 b8 0b fa ed "
        + "04 00 00 00 04 00 00 00 01 02 03 04 24 00 00 00";

    @TempDir
    Path dir;

    @Test
    void shouldWriteOneInterfacePerInputAndEveryWholePacketInTimestampOrder() throws Exception
    {
        final Path output = dir.resolve("run.pcapng");

        final long packets = PcapMerger.merge(List.of(
            new PcapMerger.Input("a/veth0", Files.write(dir.resolve("1.pcap"), INPUT_A)),
            new PcapMerger.Input("b/veth1", Files.write(dir.resolve("2.pcap"), INPUT_B))), output);

        assertEquals(3, packets);
        assertEquals(String.join(" ", SECTION_HEADER, INTERFACE_A, INTERFACE_B, PACKET_A1, PACKET_B1, PACKET_A2),
            toHex(Files.readAllBytes(output)));
    }

    @Test
    void shouldNameInterfacesFromWhereTheirFilesLie() throws Exception
    {
        final Path caps = Path.of("/x/caps");
        assertEquals("red/veth-red", CaptureFiles.interfaceNameOf(caps, caps.resolve("netns/red/veth-red.pcap")));
        assertEquals("lo", CaptureFiles.interfaceNameOf(caps, caps.resolve("lo.pcap")));
        assertEquals("netns", CaptureFiles.interfaceNameOf(caps, caps.resolve("netns.pcap")));
        assertEquals("x.pcap/y", CaptureFiles.interfaceNameOf(caps, caps.resolve("netns/x.pcap/y.pcap")));
        assertEquals("red-veth-red", CaptureFiles.interfaceNameOf(Path.of("red-veth-red.pcap")), "a lone file");
        assertEquals("odd", CaptureFiles.interfaceNameOf(Path.of("odd")));
    }

    @Test
    void shouldGiveTwoInputsOfOneInterfaceOneBlock() throws Exception
    {
        final Path output = dir.resolve("run.pcapng");
        final Path first = Files.write(dir.resolve("1.pcap"), INPUT_A);

        PcapMerger.merge(List.of(new PcapMerger.Input("a/veth0", first), new PcapMerger.Input("a/veth0", first)), output);

        try (PcapngFileReader reader = PcapngFileReader.open(output))
        {
            int count = 0;
            while (reader.next() != null)
            {
                count++;
            }
            assertEquals(4, count);
            assertEquals(List.of("a/veth0"), reader.interfaceNames());
        }
    }

    @Test
    void shouldRefuseAnInputThatIsNotAPcapInOneLine() throws Exception
    {
        final Path bogus = Files.writeString(dir.resolve("bogus.pcap"), "this is not a capture, just text");

        final CaptureException e = assertThrows(CaptureException.class,
            () -> PcapMerger.merge(List.of(new PcapMerger.Input("bogus", bogus)), dir.resolve("out.pcapng")));

        assertEquals("not a pcap file: " + bogus, e.getMessage());
    }

    @Test
    void shouldBeReadByTsharkWithNamesProtocolsAndNoMalformedPacket() throws Exception
    {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(TSHARK)),
            "tshark not installed (apt-get install tshark): skipping the Wireshark check of merged pcapng");
        final Path pcaps = Files.createDirectory(dir.resolve("pcaps"));
        try (PcapDirectorySink sink = new PcapDirectorySink(pcaps))
        {
            PingScenario.play(sink);
        }
        final Path output = dir.resolve("merged.pcapng");
        final List<PcapMerger.Input> inputs = new ArrayList<>();
        for (final Path file : CaptureFiles.pcapFilesIn(pcaps))
        {
            inputs.add(new PcapMerger.Input(CaptureFiles.interfaceNameOf(pcaps, file), file));
        }

        PcapMerger.merge(inputs, output);

        final List<String> expected = new ArrayList<>();
        PingScenario.frames().stream()
            .sorted(Comparator.comparingLong(PingScenario.Expected::timeNs)
                .thenComparing(frame -> PingScenario.A_VETH0.equals(frame.device()) ? 0 : 1))
            .forEach(frame -> expected.add(frame.device() + "\t"
                + (frame.frame().length == 60 ? "eth:ethertype:arp" : "eth:ethertype:ip:icmp:data")));
        assertEquals(expected, tshark(output, "-T", "fields", "-e", "frame.interface_name", "-e", "frame.protocols"));
        assertEquals(List.of(), tshark(output, "-o", "ip.check_checksum:TRUE",
            "-Y", "_ws.malformed || _ws.expert.severity >= warning", "-T", "fields", "-e", "frame.number"));
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
