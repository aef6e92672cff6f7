package dev.nslab.pcap;

import static dev.nslab.pcap.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pcapng reader against our own sink's files and byte vectors in the other byte order and resolutions. */
class PcapngFileReaderTest
{
    /**
     * Big-endian section: SHB without options; IDB "x/y" with if_tsresol 0x83 (2^-3 s) and if_tsoffset 10 s;
     * an EPB at 12 units (1.5 s + 10 s) of 2 bytes; an SPB of 1 byte (no timestamp).
     */
    private static final byte[] BIG_ENDIAN = hex(
        "0a 0d 0d 0a  00 00 00 1c  1a 2b 3c 4d  00 01 00 00  ff ff ff ff ff ff ff ff  00 00 00 1c"
            + "00 00 00 01  00 00 00 34  00 01 00 00  00 00 00 00"
            + "00 02 00 03  78 2f 79 00  00 09 00 01  83 00 00 00  00 0e 00 08  00 00 00 00 00 00 00 0a"
            + "00 00 00 00  00 00 00 34"
            + "00 00 00 06  00 00 00 24  00 00 00 00  00 00 00 00  00 00 00 0c  00 00 00 02  00 00 00 02"
            + "0a 0b 00 00  00 00 00 24"
            + "00 00 00 03  00 00 00 14  00 00 00 01  0c 00 00 00  00 00 00 14");

    @TempDir
    Path dir;

    @Test
    void shouldReadBackWhatOurPcapngSinkWrote() throws Exception
    {
        final Path file = dir.resolve("run.pcapng");
        try (PcapngFileSink sink = new PcapngFileSink(file))
        {
            PingScenario.play(sink);
        }

        final List<CapturedPacket> packets = CaptureFiles.read(file);

        final List<PingScenario.Expected> expected = PingScenario.frames();
        assertEquals(expected.size(), packets.size());
        for (int i = 0; i < expected.size(); i++)
        {
            assertEquals(expected.get(i).device(), packets.get(i).interfaceName());
            assertEquals(CaptureOptions.DEFAULT_EPOCH.getEpochSecond() * 1_000_000_000L + expected.get(i).timeNs(),
                packets.get(i).timestampNanos());
            assertArrayEquals(expected.get(i).frame(), packets.get(i).frame());
            assertEquals(1, packets.get(i).linkType());
        }
    }

    @Test
    void shouldReadABigEndianSectionWithPowerOfTwoResolutionOffsetAndSimplePackets() throws Exception
    {
        try (PcapngFileReader reader = PcapngFileReader.open(Files.write(dir.resolve("be.pcapng"), BIG_ENDIAN)))
        {
            final CapturedPacket enhanced = reader.next();
            assertEquals("x/y", enhanced.interfaceName());
            assertEquals(11_500_000_000L, enhanced.timestampNanos());
            assertArrayEquals(hex("0a 0b"), enhanced.frame());
            final CapturedPacket simple = reader.next();
            assertEquals("x/y", simple.interfaceName());
            assertArrayEquals(hex("0c"), simple.frame());
            assertNull(reader.next());
            assertFalse(reader.truncated());
        }
    }

    @Test
    void shouldStopCleanlyAtABlockCutShort() throws Exception
    {
        final byte[] cut = Arrays.copyOf(BIG_ENDIAN, BIG_ENDIAN.length - 3);
        try (PcapngFileReader reader = PcapngFileReader.open(Files.write(dir.resolve("cut.pcapng"), cut)))
        {
            final List<CapturedPacket> packets = new ArrayList<>();
            for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next())
            {
                packets.add(packet);
            }
            assertEquals(1, packets.size());
            assertTrue(reader.truncated());
        }
    }

    @Test
    void shouldRefuseAFileWithoutSectionHeader() throws Exception
    {
        final Path file = Files.write(dir.resolve("x.pcapng"), hex("01 00 00 00 0c 00 00 00 0c 00 00 00"));
        try (PcapngFileReader reader = PcapngFileReader.open(file))
        {
            final CaptureException e = assertThrows(CaptureException.class, reader::next);
            assertEquals("not a pcapng file (no section header): " + file, e.getMessage());
        }
    }
}
