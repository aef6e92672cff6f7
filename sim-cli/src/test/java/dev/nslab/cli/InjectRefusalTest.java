package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.nslab.cli.InProcessNslab.nslab;

/**
 * Captures and times {@code --inject} cannot use: each is exit 2 before anything runs, with one line that names
 * the file and the record at fault, never an internal error. They are read by nslab's own readers, so libpcap is not
 * needed here.
 */
class InjectRefusalTest
{
    @TempDir
    Path directory;

    private Path scenario() throws IOException
    {
        return Files.writeString(directory.resolve("tap.sh"), "ip tuntap add dev tap0 mode tap\nip link set tap0 up\n");
    }

    /** Runs with the injection and checks the one-line refusal; @return that line. */
    private String refused(final String spec, final String... expectedParts) throws IOException
    {
        final InProcessNslab.Run run = nslab("run", "--inject", spec, scenario().toString());
        assertEquals(2, run.exitCode(), spec + ": " + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("nslab: --inject"), run.err());
        for (final String part : expectedParts)
        {
            assertTrue(run.err().contains(part), "'" + part + "' in " + run.err());
        }
        assertEquals("", run.out(), "nothing ran");
        run.assertNoStackTrace();
        return run.err();
    }

    private Path pcap(final String name, final boolean nanoseconds, final int snapLength, final long[][] records)
        throws IOException
    {
        final Path file = directory.resolve(name);
        try (CraftedCaptures.Pcap pcap = new CraftedCaptures.Pcap(file, nanoseconds, snapLength))
        {
            for (final long[] record : records)
            {
                pcap.record(record[0], record[1], CraftedCaptures.frame(60));
            }
        }
        return file;
    }

    @Test
    void shouldRefuseAMicrosecondFieldOutOfRange() throws IOException
    {
        final Path file = pcap("usec.pcap", false, 262_144, new long[][] {{1, 0}, {1, 0xFFFF_FFFFL}});
        refused("tap0=" + file, file.toString(), "record 2", "microseconds field is 4294967295");
    }

    @Test
    void shouldRefuseANanosecondFieldOutOfRange() throws IOException
    {
        final Path file = pcap("nsec.pcap", true, 262_144, new long[][] {{1, 1_000_000_000L}});
        refused("tap0=" + file, file.toString(), "record 1", "nanoseconds field is 1000000000");
    }

    @Test
    void shouldRefuseARecordLongerThanTheSnapLength() throws IOException
    {
        final Path file = directory.resolve("caplen.pcap");
        try (CraftedCaptures.Pcap pcap = new CraftedCaptures.Pcap(file, false, 64))
        {
            pcap.record(1, 0, CraftedCaptures.frame(60)).record(1, 1, CraftedCaptures.frame(142));
        }
        refused("tap0=" + file, file.toString(), "record 2", "captured length 142", "snap length 64");
    }

    @Test
    void shouldRefuseAFileCutShort() throws IOException
    {
        final Path file = pcap("cut.pcap", false, 262_144, new long[][] {{1, 0}, {2, 0}, {3, 0}});
        final byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 10));
        refused("tap0=" + file, file.toString(), "cut short after record 2");
    }

    @Test
    void shouldRefuseAPcapngTimestampBeyondSixtyFourBitNanoseconds() throws IOException
    {
        // if_tsresol 0: whole seconds; 2^40 s is about 35,000 years.
        final Path seconds = directory.resolve("seconds.pcapng");
        CraftedCaptures.pcapng(seconds, 0, 0, 1L, 1L << 40);
        refused("tap0=" + seconds, seconds.toString(), "record 2", "out of range");
        final Path offset = directory.resolve("offset.pcapng");
        CraftedCaptures.pcapng(offset, 9, Long.MAX_VALUE / 2, 0L);
        refused("tap0=" + offset, offset.toString(), "record 1", "if_tsoffset", "out of range");
    }

    @Test
    void shouldRefuseAPcapngCutShort() throws IOException
    {
        final Path file = directory.resolve("cut.pcapng");
        CraftedCaptures.pcapng(file, 9, 0, 1L, 2L, 3L);
        final byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 6));
        refused("tap0=" + file, file.toString(), "cut short after record 2");
    }

    @Test
    void shouldRefuseTimesBeyondTheLatestInjectionTime() throws IOException
    {
        final Path file = pcap("two.pcap", false, 262_144, new long[][] {{0, 0}, {1, 0}});
        refused("tap0=" + file + "@9223372037s", "TIME '9223372037s' is too late");
        refused("tap0=" + file + "@99999999999999999999m", "too late");
        final Path far = pcap("far.pcap", false, 262_144, new long[][] {{0, 0}, {0xFFFF_FFFFL, 0}});
        refused("tap0=" + far + "@1000000000s", far.toString(), "record 2", "too long after the first");
    }

    @Test
    void shouldRefuseANegativeOrMalformedTime() throws IOException
    {
        final Path file = pcap("one.pcap", false, 262_144, new long[][] {{0, 0}});
        refused("tap0=" + file + "@-1s", "'-1s' is not a TIME");
        refused("tap0=" + file + "@1h", "'1h' is not a TIME");
    }

    @Test
    void shouldAcceptFineTimestampResolutionsAndReplayOutOfOrderRecordsInFileOrder() throws IOException
    {
        final Path fine = directory.resolve("fine.pcapng");
        CraftedCaptures.pcapng(fine, 0x80 | 60, 0, 1L << 59, 1L << 60);
        final InProcessNslab.Run run = nslab("run", "--inject", "tap0=" + fine, scenario().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("nslab: injected 2 of 2 frames from " + fine + " into tap0\n", run.err());
        final Path backwards = pcap("backwards.pcap", false, 262_144, new long[][] {{0xFFFF_FFFFL, 0}, {0, 0}});
        final InProcessNslab.Run again = nslab("run", "--inject", "tap0=" + backwards, scenario().toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("injected 2 of 2 frames"), again.err());
    }
}
