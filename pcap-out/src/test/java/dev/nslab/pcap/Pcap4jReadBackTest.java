package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.ArpPacket;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IpV4Packet;

/**
 * An independent reader: libpcap (through pcap4j) reads both formats back to the same frames and nanosecond
 * timestamps, and pcap4j's decoders find the protocols and valid checksums in every frame.
 */
class Pcap4jReadBackTest
{
    @org.junit.jupiter.api.BeforeEach
    void requireLibpcap()
    {
        Libpcap.assumeLoadable();
    }

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeCaptures() throws Exception
    {
        try (PcapDirectorySink pcaps = new PcapDirectorySink(dir);
            PcapngFileSink pcapng = new PcapngFileSink(dir.resolve("run.pcapng")))
        {
            PingScenario.play(pcaps);
            PingScenario.play(pcapng);
        }
    }

    @Test
    void shouldReadEachPcapBackToTheSameFramesAndTimestamps() throws Exception
    {
        for (final String device : List.of(PingScenario.A_VETH0, PingScenario.B_VETH1))
        {
            final List<CapturedFrame> read = readWithLibpcap(CaptureSinkTest.pcapOf(dir, device));

            assertEquals(expected(device), read, device);
        }
    }

    @Test
    void shouldReadThePcapngBackToTheSameFramesAndTimestamps() throws Exception
    {
        assertEquals(expected(null), readWithLibpcap(dir.resolve("run.pcapng")));
    }

    @Test
    void shouldDecodeEveryFrameWithValidChecksums() throws Exception
    {
        final List<CapturedFrame> frames = readWithLibpcap(dir.resolve("run.pcapng"));
        int arp = 0;
        int icmp = 0;
        for (final CapturedFrame frame : frames)
        {
            final EthernetPacket ethernet = EthernetPacket.newPacket(frame.data(), 0, frame.data().length);
            if (null != ethernet.get(ArpPacket.class))
            {
                arp++;
            }
            else
            {
                assertTrue(ethernet.get(IpV4Packet.class).getHeader().hasValidChecksum(false));
                assertTrue(ethernet.get(IcmpV4CommonPacket.class).hasValidChecksum(false));
                icmp++;
            }
        }
        assertEquals(4, arp);
        assertEquals(12, icmp);
    }

    /** pcap4j gives no direction or interface name: compare bytes, lengths and time only. */
    private static List<CapturedFrame> expected(final String device)
    {
        return CaptureSinkTest.expectedFrames(device, false);
    }

    private static List<CapturedFrame> readWithLibpcap(final Path file) throws Exception
    {
        final List<CapturedFrame> frames = new ArrayList<>();
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
                    break;
                }
                final Timestamp timestamp = handle.getTimestamp();
                final long nanos = Math.floorDiv(timestamp.getTime(), 1000L) * 1_000_000_000L + timestamp.getNanos();
                frames.add(new CapturedFrame(null, nanos, 0, data, handle.getOriginalLength()));
            }
        }
        finally
        {
            handle.close();
        }
        return frames;
    }
}
