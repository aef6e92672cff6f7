package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.core.capture.CaptureSink;

/**
 * The capture directory's rules: names listed in its manifest before they are made, only its own files removed on
 * a re-run, anything else (a link above all) refused before anything is written, never followed.
 */
class CaptureDirectoryTest
{
    @TempDir
    Path dir;

    @Test
    void shouldListWhatItMadeBeforeMakingItAndRemoveItOnTheNextRun() throws Exception
    {
        final Path caps = dir.resolve("caps");
        capture(caps, "a b\nc", "eth0", "", "lo");

        assertEquals(Set.of(CaptureDirectory.MANIFEST, "lo.pcap", "netns/a b\nc/eth0.pcap"),
            CaptureSinkTest.fileNames(caps));
        assertEquals("netns/\0netns/a b\nc/\0netns/a b\nc/eth0.pcap\0lo.pcap\0",
            Files.readString(caps.resolve(CaptureDirectory.MANIFEST)), "NUL-terminated, directories end with /");

        capture(caps, "other", "eth1");

        assertEquals(Set.of(CaptureDirectory.MANIFEST, "netns/other/eth1.pcap"), CaptureSinkTest.fileNames(caps),
            "the earlier run's files are gone, its directories too");
        assertFalse(Files.exists(caps.resolve("netns").resolve("a b\nc")));
    }

    @Test
    void shouldRefuseADirectoryHoldingAFileItDidNotWriteAndLeaveItAlone() throws Exception
    {
        final Path caps = Files.createDirectory(dir.resolve("caps"));
        capture(caps, "", "lo");
        final Path notes = Files.writeString(caps.resolve("notes.txt"), "mine");

        final CaptureException refused = assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(caps));

        assertEquals("cannot capture into " + caps + ": it holds files nslab did not write (notes.txt); use a new or"
            + " empty directory", refused.getMessage());
        assertEquals("mine", Files.readString(notes));
        assertTrue(Files.exists(caps.resolve("lo.pcap")), "nothing removed when the directory is refused");
    }

    @Test
    void shouldNeverFollowALinkPlantedWhereAPcapWouldGo() throws Exception
    {
        final Path caps = Files.createDirectory(dir.resolve("caps"));
        final Path target = Files.writeString(dir.resolve("target"), "precious");
        Files.createSymbolicLink(caps.resolve("lo.pcap"), target);

        final CaptureException refused = assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(caps));

        assertTrue(refused.getMessage().contains("holds files nslab did not write (lo.pcap)"), refused.getMessage());
        assertEquals("precious", Files.readString(target));
        assertTrue(Files.isSymbolicLink(caps.resolve("lo.pcap")));
    }

    @Test
    void shouldNeverFollowALinkPlantedAsOrUnderTheNetnsDirectory() throws Exception
    {
        final Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        final Path linked = Files.createDirectory(dir.resolve("linked"));
        Files.createSymbolicLink(linked.resolve(CaptureInterface.NETNS_DIRECTORY), elsewhere);
        assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(linked));

        final Path caps = dir.resolve("caps");
        capture(caps, "red", "veth0");
        Files.createSymbolicLink(caps.resolve("netns").resolve("blue"), elsewhere);

        final CaptureException refused = assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(caps));

        assertTrue(refused.getMessage().contains("(netns/blue)"), refused.getMessage());
        try (var inside = Files.list(elsewhere))
        {
            assertEquals(0, inside.count(), "nothing written through either link");
        }
    }

    @Test
    void shouldRefuseAListedNameThatIsNoLongerWhatItMade() throws Exception
    {
        final Path caps = dir.resolve("caps");
        capture(caps, "", "lo");
        final Path target = Files.writeString(dir.resolve("target"), "precious");
        Files.delete(caps.resolve("lo.pcap"));
        Files.createSymbolicLink(caps.resolve("lo.pcap"), target);

        assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(caps));

        assertEquals("precious", Files.readString(target));
    }

    @Test
    void shouldRefuseAManifestThatIsALink() throws Exception
    {
        final Path caps = Files.createDirectory(dir.resolve("caps"));
        final Path planted = Files.write(dir.resolve("planted"), "notes.txt\0".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(caps.resolve(CaptureDirectory.MANIFEST), planted);
        Files.writeString(caps.resolve("notes.txt"), "mine");

        assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(caps));

        assertEquals("mine", Files.readString(caps.resolve("notes.txt")));
    }

    @Test
    void shouldKeepARunsPcapngThatLiesInTheDirectoryAcrossReruns() throws Exception
    {
        final Path caps = dir.resolve("caps");
        for (int run = 0; run < 2; run++)
        {
            final Path pcapng = caps.resolve("run.pcapng");
            try (PcapDirectorySink pcaps = new PcapDirectorySink(CaptureDirectory.prepare(caps, pcapng),
                CaptureOptions.defaults()); PcapngFileSink all = new PcapngFileSink(pcapng))
            {
                PingScenario.play(pcaps);
                PingScenario.play(all);
            }
        }

        assertEquals(Set.of(CaptureDirectory.MANIFEST, "run.pcapng", "netns/a/veth0.pcap", "netns/b/veth1.pcap"),
            CaptureSinkTest.fileNames(caps));
        assertEquals(CaptureSinkTest.expectedFrames(null, true), CaptureFileReader.read(caps.resolve("run.pcapng"))
            .frames());
        assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(caps, caps.resolve("lo.pcap")),
            "a pcapng named like a pcap of the directory");
    }

    @Test
    void shouldRefuseAnEmptyName()
    {
        assertEquals("cannot create capture directory '': the name is empty",
            assertThrows(CaptureException.class, () -> CaptureDirectory.prepare(Path.of(""))).getMessage());
    }

    @Test
    void shouldRefuseAPcapngThatIsALinkAndReplaceARegularFileWithoutWritingThroughIt() throws Exception
    {
        final Path target = Files.writeString(dir.resolve("target"), "precious");
        final Path link = Files.createSymbolicLink(dir.resolve("run.pcapng"), target);

        final CaptureException refused = assertThrows(CaptureException.class, () -> new PcapngFileSink(link));

        assertEquals("cannot write capture " + link + ": it is a symbolic link, and nslab never writes through one",
            refused.getMessage());
        assertEquals("precious", Files.readString(target));

        final Path file = Files.writeString(dir.resolve("old.pcapng"), "an old run");
        final Path hardLink = Files.createLink(dir.resolve("hard-link"), file);
        new PcapngFileSink(file).close();

        assertEquals(List.of(), CaptureFileReader.read(file).frames());
        assertEquals("an old run", Files.readString(hardLink), "replaced, not written through the other name");
    }

    @Test
    void shouldNameThePcapOfEveryInterfaceApart() throws Exception
    {
        final Path caps = dir.resolve("caps");
        try (CaptureDirectory directory = CaptureDirectory.prepare(caps))
        {
            for (final CaptureInterface captured : List.of(new CaptureInterface("", "x", 0L),
                new CaptureInterface("x.pcap", "y", 0L), new CaptureInterface("", CaptureInterface.NETNS_DIRECTORY, 0L),
                new CaptureInterface(CaptureInterface.NETNS_DIRECTORY, "x", 0L)))
            {
                directory.createPcap(captured).close();
            }
            final CaptureException twice = assertThrows(CaptureException.class,
                () -> directory.createPcap(new CaptureInterface("", "x", 0L)));
            assertEquals("cannot write capture " + caps.resolve("x.pcap") + ": File exists", twice.getMessage());
        }

        assertEquals(Set.of(CaptureDirectory.MANIFEST, "x.pcap", "netns/x.pcap/y.pcap", "netns.pcap",
            "netns/netns/x.pcap"), CaptureSinkTest.fileNames(caps));
    }

    /** A run that captures one frame on each named device ({@code ns, dev, ns, dev, ...}). */
    private static void capture(final Path caps, final String... names) throws Exception
    {
        try (PcapDirectorySink sink = new PcapDirectorySink(caps))
        {
            for (int i = 0; i < names.length; i += 2)
            {
                final byte[] frame = TestFrames.icmpEcho(false, 1L, 2L, 3, 4, i);
                ((CaptureSink)sink).open(names[i], names[i + 1], 1L).capture(i, true, frame, 0, frame.length);
            }
        }
    }
}
