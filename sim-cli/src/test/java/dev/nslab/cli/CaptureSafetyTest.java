package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.nslab;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.pcap.CaptureDirectory;
import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.CaptureSummary;
import dev.nslab.pcap.PcapngFileReader;

/**
 * Captures are exact and stay where they are asked: names that once collided get a file and a pcapng interface
 * each; a link planted in the capture directory or as the pcapng is never followed, and the run is refused with one
 * line (exit 5) before anything runs; a directory of someone else's files likewise; a re-run into the same
 * directory works; empty names are bad option values (exit 2).
 */
class CaptureSafetyTest
{
    private static final String COLLIDING = String.join("\n",
        "ip netns add a-b",
        "ip netns add a",
        "ip link add c netns a-b type veth peer name b-c netns a",
        "ip -n a-b addr add 10.0.7.1/24 dev c",
        "ip -n a addr add 10.0.7.2/24 dev b-c",
        "ip -n a-b link set c up",
        "ip -n a link set b-c up",
        "ip netns exec a-b ping -c 2 10.0.7.2",
        "ip netns add host",
        "ip -n host link set lo up",
        "ip netns exec host ping -c 2 127.0.0.1",
        "ip link set lo up",
        "ping -c 1 127.0.0.1",
        "");

    @TempDir
    Path directory;

    @Test
    void shouldGiveEachInterfaceItsOwnFileAndPcapngInterfaceWhereNamesOnceCollided() throws Exception
    {
        final Path caps = directory.resolve("caps");
        final Path pcapng = directory.resolve("run.pcapng");

        final InProcessNslab.Run run = nslab("run", "--pcap", caps.toString(), "--pcapng", pcapng.toString(),
            write("colliding.sh", COLLIDING).toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Set.of("lo.pcap", "netns/a-b/c.pcap", "netns/a/b-c.pcap", "netns/host/lo.pcap"), pcaps(caps));
        assertEquals(Set.of("a-b/c", "a/b-c", "host/lo", "lo"), interfaces(pcapng));
        final List<String> lines = CaptureSummary.of(caps);
        assertTrue(lines.contains("host/lo ICMP echo request 127.0.0.1 > 127.0.0.1 seq 2 ttl 64"), lines.toString());
        assertTrue(lines.contains("lo ICMP echo request 127.0.0.1 > 127.0.0.1 seq 1 ttl 64"), lines.toString());
        assertFalse(lines.contains("lo ICMP echo request 127.0.0.1 > 127.0.0.1 seq 2 ttl 64"),
            "the initial namespace pinged once: " + lines);
        assertTrue(lines.contains("a-b/c ICMP echo request 10.0.7.1 > 10.0.7.2 seq 2 ttl 64"), lines.toString());
        assertTrue(lines.contains("a/b-c ICMP echo request 10.0.7.1 > 10.0.7.2 seq 2 ttl 64"), lines.toString());
        assertEquals(CaptureSummary.of(caps), CaptureSummary.of(pcapng));
    }

    @Test
    void shouldCaptureOnlyTheInterfacesNamedInTheNewScheme() throws Exception
    {
        final Path caps = directory.resolve("caps");

        final InProcessNslab.Run run = nslab("run", "--pcap", caps.toString(), "--capture", "lo,a/b-c",
            write("colliding.sh", COLLIDING).toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Set.of("lo.pcap", "netns/a/b-c.pcap"), pcaps(caps));
    }

    @Test
    void shouldRunAgainIntoTheSameDirectoryAndWriteTheSameFiles() throws Exception
    {
        final Path caps = directory.resolve("caps");
        final Path scenario = write("colliding.sh", COLLIDING);
        final Path pcapng = caps.resolve("run.pcapng");
        assertEquals(0, nslab("run", "--pcap", caps.toString(), "--pcapng", pcapng.toString(), scenario.toString())
            .exitCode());
        final byte[] first = Files.readAllBytes(caps.resolve("netns/a/b-c.pcap"));
        final byte[] firstPcapng = Files.readAllBytes(pcapng);

        final InProcessNslab.Run again = nslab("run", "--pcap", caps.toString(), "--pcapng", pcapng.toString(),
            scenario.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertArrayEquals(first, Files.readAllBytes(caps.resolve("netns/a/b-c.pcap")));
        assertArrayEquals(firstPcapng, Files.readAllBytes(pcapng));
        final InProcessNslab.Run fewer = nslab("run", "--pcap", caps.toString(), "--capture", "lo",
            scenario.toString());
        assertEquals(0, fewer.exitCode(), fewer.err());
        assertEquals(Set.of("lo.pcap"), pcaps(caps), "the earlier run's files are gone");
    }

    @Test
    void shouldRefuseADirectoryHoldingFilesNslabDidNotWriteBeforeAnythingRuns() throws Exception
    {
        final Path caps = Files.createDirectory(directory.resolve("caps"));
        final Path notes = Files.writeString(caps.resolve("notes.txt"), "mine");

        final InProcessNslab.Run run = nslab("run", "--pcap", caps.toString(), write("ok.sh", COLLIDING).toString());

        assertOneLine(run, 5, "nslab: cannot capture into " + caps + ": it holds files nslab did not write"
            + " (notes.txt); use a new or empty directory");
        assertEquals("mine", Files.readString(notes));
    }

    @Test
    void shouldNeverFollowALinkPlantedInTheDirectoryOrUnderNetnsOrAsThePcapng() throws Exception
    {
        final Path scenario = write("colliding.sh", COLLIDING);
        final Path target = Files.writeString(directory.resolve("target"), "precious");
        final Path targetDirectory = Files.createDirectory(directory.resolve("target-dir"));

        final Path linkedPcap = Files.createDirectory(directory.resolve("linked-pcap"));
        Files.createSymbolicLink(linkedPcap.resolve("lo.pcap"), target);
        assertOneLine(nslab("run", "--pcap", linkedPcap.toString(), scenario.toString()), 5,
            "nslab: cannot capture into " + linkedPcap + ": it holds files nslab did not write (lo.pcap)");

        final Path linkedNetns = Files.createDirectory(directory.resolve("linked-netns"));
        Files.createSymbolicLink(linkedNetns.resolve("netns"), targetDirectory);
        assertOneLine(nslab("run", "--pcap", linkedNetns.toString(), scenario.toString()), 5,
            "nslab: cannot capture into " + linkedNetns + ": it holds files nslab did not write (netns)");

        final Path underNetns = directory.resolve("under-netns");
        assertEquals(0, nslab("run", "--pcap", underNetns.toString(), scenario.toString()).exitCode());
        Files.delete(underNetns.resolve("netns/a/b-c.pcap"));
        Files.delete(underNetns.resolve("netns/a"));
        Files.createSymbolicLink(underNetns.resolve("netns/a"), targetDirectory);
        assertOneLine(nslab("run", "--pcap", underNetns.toString(), scenario.toString()), 5,
            "nslab: cannot capture into " + underNetns + ": it holds files nslab did not write (netns/a)");

        final Path linkedPcapng = Files.createSymbolicLink(directory.resolve("run.pcapng"), target);
        assertOneLine(nslab("run", "--pcapng", linkedPcapng.toString(), scenario.toString()), 5,
            "nslab: cannot write capture " + linkedPcapng + ": it is a symbolic link, and nslab never writes"
                + " through one");

        assertEquals("precious", Files.readString(target));
        try (var inside = Files.list(targetDirectory))
        {
            assertEquals(0, inside.count(), "nothing written through a link to a directory");
        }
    }

    @Test
    void shouldNotEmptyTheDirectoryWhenThePcapngIsRefused() throws Exception
    {
        final Path caps = directory.resolve("caps");
        final Path scenario = write("colliding.sh", COLLIDING);
        assertEquals(0, nslab("run", "--pcap", caps.toString(), scenario.toString()).exitCode());
        final Path linkedPcapng = Files.createSymbolicLink(directory.resolve("run.pcapng"), scenario);

        assertEquals(5, nslab("run", "--pcap", caps.toString(), "--pcapng", linkedPcapng.toString(),
            scenario.toString()).exitCode());

        assertTrue(pcaps(caps).contains("netns/a/b-c.pcap"), "the earlier run's captures are still there");
    }

    @Test
    void shouldRefuseAKeptDiffDirectoryOfForeignFilesBeforeEmptyingEitherSide() throws Exception
    {
        final Path keep = directory.resolve("keep");
        final Path scenario = write("colliding.sh", COLLIDING);
        assertEquals(0, nslab("run", "--pcap", keep.resolve("kernel").toString(), scenario.toString()).exitCode());
        Files.createDirectories(keep.resolve("simulator"));
        Files.writeString(keep.resolve("simulator").resolve("notes.txt"), "mine");

        final InProcessNslab.Run run = nslab("diff", "--pcap", "--keep-captures", keep.toString(), scenario.toString());

        assertOneLine(run, 5, "nslab: cannot capture into " + keep.resolve("simulator")
            + ": it holds files nslab did not write (notes.txt)");
        assertTrue(pcaps(keep.resolve("kernel")).contains("netns/a/b-c.pcap"), "the other side is not emptied");
    }

    @Test
    void shouldRefuseEmptyNamesAsBadOptionValues() throws Exception
    {
        final Path scenario = write("ok.sh", "ip link show lo\n");
        for (final String option : List.of("--pcap", "--pcapng"))
        {
            final InProcessNslab.Run run = nslab("run", option, "", scenario.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("nslab: " + option + " needs a name, not ''\nTry 'nslab run --help'"),
                run.err());
            assertEquals("", run.out(), "nothing ran");
        }
        assertEquals(2, nslab("diff", "--pcap", "--keep-captures", "", scenario.toString()).exitCode());
        assertFalse(Files.exists(Path.of(CaptureDirectory.MANIFEST)), "nothing written in the working directory");
    }

    @Test
    void shouldRefuseALinkPlantedInTheDirectoryOnTheKernelBackendBeforeAnythingRuns() throws Exception
    {
        Assumptions.assumeTrue(null == KernelAvailability.captureUnavailable(), KernelAvailability::captureUnavailable);
        final Path caps = Files.createDirectory(directory.resolve("caps"));
        final Path target = Files.writeString(directory.resolve("target"), "precious");
        Files.createSymbolicLink(caps.resolve("lo.pcap"), target);

        final InProcessNslab.Run run = nslab("run", "--backend", "kernel", "--pcap", caps.toString(),
            write("colliding.sh", COLLIDING).toString());

        assertOneLine(run, 5, "nslab: cannot capture into " + caps + ": it holds files nslab did not write (lo.pcap)");
        assertEquals("precious", Files.readString(target));
    }

    private static void assertOneLine(final InProcessNslab.Run run, final int exitCode, final String start)
    {
        assertEquals(exitCode, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), "one line:\n" + run.err());
        assertTrue(run.err().startsWith(start), run.err());
        assertEquals("", run.out(), "nothing ran");
        run.assertNoStackTrace();
    }

    private Path write(final String name, final String text) throws Exception
    {
        return Files.writeString(directory.resolve(name), text);
    }

    private static Set<String> pcaps(final Path caps) throws Exception
    {
        final Set<String> names = new TreeSet<>();
        for (final Path file : CaptureFiles.pcapFilesIn(caps))
        {
            names.add(caps.relativize(file).toString());
        }
        return names;
    }

    private static Set<String> interfaces(final Path pcapng) throws Exception
    {
        try (PcapngFileReader reader = PcapngFileReader.open(pcapng))
        {
            while (null != reader.next())
            {
                // Interfaces are declared before their first frame: read all to know all.
            }
            return new TreeSet<>(reader.interfaceNames());
        }
    }
}
