package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.baseName;
import static dev.nslab.cli.InProcessNslab.nslab;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;

import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.CapturedPacket;
import dev.nslab.pcap.Libpcap;
import dev.nslab.pcap.PcapngFileReader;

/**
 * Every example captured on the simulator with {@code --pcap} and {@code --pcapng}: the files are deterministic,
 * tshark reads them cleanly and finds the expected protocols and interface names, and libpcap (through pcap4j)
 * reads them back to the same frames as nslab's own readers.
 */
class ExampleCaptureTest
{
    private static final String ARP = "eth:ethertype:arp";
    private static final String ICMP = "eth:ethertype:ip:icmp:data";

    /** What each example must show; an example not listed must at least show ICMP echoes. */
    private static final Map<String, Set<String>> EXPECTED_PROTOCOLS = Map.of(
        "veth-pair", Set.of(ARP, ICMP),
        "router", Set.of(ARP, ICMP),
        // The taps have no program attached, so nothing is captured on them; the pings over lo are.
        "seed-tap-isolation", Set.of(ICMP));

    @TempDir
    Path directory;

    static List<Path> examples() throws Exception
    {
        return InProcessNslab.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shouldWriteIdenticalCapturesOnTwoRuns(final Path example) throws Exception
    {
        final Path first = capture(example, "first");
        final Path second = capture(example, "second");
        final List<Path> firstFiles = files(first);
        final List<Path> secondFiles = files(second);
        assertEquals(firstFiles.stream().map(first::relativize).toList(),
            secondFiles.stream().map(second::relativize).toList());
        assertTrue(firstFiles.size() >= 2, "a pcapng and at least one pcap: " + firstFiles);
        for (final Path file : firstFiles)
        {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))),
                "byte for byte: " + first.relativize(file));
        }
        System.out.printf("%s: %s%n", baseName(example), firstFiles.stream()
            .map(f -> first.relativize(f) + " " + f.toFile().length() + " B").toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shouldBeReadByTsharkWithoutProblemsShowingProtocolsAndInterfaceNames(final Path example) throws Exception
    {
        if (!Tshark.isInstalled())
        {
            System.out.println(Tshark.missingReason());
            return;
        }
        final Path run = capture(example, "run");
        final Set<String> protocols = new TreeSet<>();
        for (final Path file : files(run))
        {
            assertEquals(List.of(), Tshark.problems(file), "malformed or expert-flagged frames in " + file);
            protocols.addAll(Tshark.read(file, "-T", "fields", "-e", "frame.protocols"));
        }
        final Set<String> expected = EXPECTED_PROTOCOLS.getOrDefault(baseName(example), Set.of(ICMP));
        assertTrue(protocols.containsAll(expected), "expected " + expected + " in " + protocols);

        final Path pcapng = run.resolve("run.pcapng");
        final Set<String> tsharkNames = new TreeSet<>(Tshark.read(pcapng, "-T", "fields", "-e",
            "frame.interface_name"));
        final Set<String> ourNames = new TreeSet<>();
        try (PcapngFileReader reader = PcapngFileReader.open(pcapng))
        {
            while (null != reader.next())
            {
                // Interfaces are declared before their first frame: read all to know all.
            }
            ourNames.addAll(reader.interfaceNames());
        }
        assertEquals(ourNames, tsharkNames, "tshark sees the interface names nslab wrote");
        final Path pcaps = run.resolve("pcap");
        final Set<String> pcapNames = new TreeSet<>();
        for (final Path file : CaptureFiles.pcapFilesIn(pcaps))
        {
            pcapNames.add(pcaps.relativize(file).toString());
        }
        final Set<String> pcapngNamesAsFiles = new TreeSet<>();
        for (final String name : tsharkNames)
        {
            assertTrue(name.matches("[^/]+(/[^/]+)?"), "interface name DEV or NS/DEV: " + name);
            pcapngNamesAsFiles.add(name.contains("/") ? "netns/" + name + ".pcap" : name + ".pcap");
        }
        assertEquals(pcapngNamesAsFiles, pcapNames,
            "one pcap per interface of the pcapng, named DEV.pcap or netns/NS/DEV.pcap");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shouldBeReadByLibpcapToTheSameFramesAsNslabsReaders(final Path example) throws Exception
    {
        Libpcap.assumeLoadable();
        final Path run = capture(example, "run");
        for (final Path file : files(run))
        {
            final List<CapturedPacket> ours = CaptureFiles.read(file);
            final List<String> libpcap = readWithLibpcap(file);
            assertFalse(ours.isEmpty(), "frames in " + file);
            final List<String> expected = new ArrayList<>();
            for (final CapturedPacket packet : ours)
            {
                expected.add(describe(packet.timestampNanos(), packet.frame(), packet.originalLength()));
            }
            assertEquals(expected, libpcap, "libpcap and nslab read the same frames from " + run.relativize(file));
        }
    }

    private Path capture(final Path example, final String name)
    {
        final Path run = directory.resolve(name);
        final InProcessNslab.Run result = nslab("run", "--pcap", run.resolve("pcap").toString(), "--pcapng",
            run.resolve("run.pcapng").toString(), example.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        return run;
    }

    private static List<Path> files(final Path run) throws Exception
    {
        final List<Path> files = new ArrayList<>(CaptureFiles.pcapFilesIn(run.resolve("pcap")));
        files.add(run.resolve("run.pcapng"));
        return files;
    }

    private static String describe(final long nanos, final byte[] frame, final int originalLength)
    {
        return nanos + " " + originalLength + " " + java.util.HexFormat.of().formatHex(frame);
    }

    private static List<String> readWithLibpcap(final Path file) throws Exception
    {
        final List<String> frames = new ArrayList<>();
        final PcapHandle handle = Pcaps.openOffline(file.toString(), PcapHandle.TimestampPrecision.NANO);
        try
        {
            while (true)
            {
                final byte[] data;
                try
                {
                    data = handle.getNextRawPacketEx();
                }
                catch (final EOFException end)
                {
                    return frames;
                }
                final Timestamp timestamp = handle.getTimestamp();
                final long nanos = Math.floorDiv(timestamp.getTime(), 1000L) * 1_000_000_000L + timestamp.getNanos();
                frames.add(describe(nanos, data, handle.getOriginalLength()));
            }
        }
        finally
        {
            handle.close();
        }
    }
}
