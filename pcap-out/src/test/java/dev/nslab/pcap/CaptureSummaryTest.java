package dev.nslab.pcap;

import static dev.nslab.pcap.TestFrames.IP_A;
import static dev.nslab.pcap.TestFrames.IP_B;
import static dev.nslab.pcap.TestFrames.MAC_A;
import static dev.nslab.pcap.TestFrames.MAC_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Protocol-level lines that do not depend on timestamps, MACs, IP ids or the capture's form. */
class CaptureSummaryTest
{
    @TempDir
    Path dir;

    @Test
    void shouldDescribeArpRequestsAndReplies()
    {
        assertEquals("ARP request who-has 10.0.0.2 tell 10.0.0.1",
            CaptureSummary.describe(TestFrames.arp(false, MAC_A, IP_A, 0L, IP_B)));
        assertEquals("ARP reply 10.0.0.2 to 10.0.0.1",
            CaptureSummary.describe(TestFrames.arp(true, MAC_B, IP_B, MAC_A, IP_A)));
    }

    @Test
    void shouldMarkAUnicastArpRequestAsNeighbourProbesSendThem()
    {
        final byte[] probe = TestFrames.arp(false, MAC_A, IP_A, 0L, IP_B);
        System.arraycopy(new byte[] {2, 0, 0, 0, 0, 0x0B}, 0, probe, 0, 6);

        assertEquals("ARP request who-has 10.0.0.2 tell 10.0.0.1 unicast", CaptureSummary.describe(probe));
    }

    @Test
    void shouldDescribeEchoesWithoutIdsOrMacs()
    {
        final byte[] request = TestFrames.icmpEcho(false, MAC_A, MAC_B, IP_A, IP_B, 7);
        final byte[] sameWithOtherMacsAndIds = TestFrames.icmpEcho(false, 0x0200_0000_0099L, 0x0200_0000_0098L, IP_A, IP_B, 7);
        sameWithOtherMacsAndIds[14 + 4] = 0x55;
        fixIpChecksum(sameWithOtherMacsAndIds);

        assertEquals("ICMP echo request 10.0.0.1 > 10.0.0.2 seq 7 ttl 64", CaptureSummary.describe(request));
        assertEquals(CaptureSummary.describe(request), CaptureSummary.describe(sameWithOtherMacsAndIds));
        assertEquals("ICMP echo reply 10.0.0.2 > 10.0.0.1 seq 7 ttl 64",
            CaptureSummary.describe(TestFrames.icmpEcho(true, MAC_B, MAC_A, IP_B, IP_A, 7)));
    }

    @Test
    void shouldFlagWrongChecksumsAsTheSimulatorMustGetThemRight()
    {
        final byte[] badIp = TestFrames.icmpEcho(false, MAC_A, MAC_B, IP_A, IP_B, 1);
        badIp[14 + 10] ^= 1;
        final byte[] badIcmp = TestFrames.icmpEcho(false, MAC_A, MAC_B, IP_A, IP_B, 1);
        badIcmp[14 + 20 + 2] ^= 1;

        assertEquals("ICMP echo request 10.0.0.1 > 10.0.0.2 seq 1 ttl 64 bad-ip-checksum", CaptureSummary.describe(badIp));
        assertEquals("ICMP echo request 10.0.0.1 > 10.0.0.2 seq 1 ttl 64 bad-icmp-checksum", CaptureSummary.describe(badIcmp));
    }

    @Test
    void shouldDescribeAnIcmpErrorWithTheDatagramItQuotes()
    {
        final byte[] echo = TestFrames.icmpEcho(false, MAC_A, MAC_B, IP_A, 0x0A00_0909, 3);
        final ByteBuffer error = ByteBuffer.allocate(14 + 20 + 8 + 28);
        error.put(echo, 0, 14);
        error.put((byte)0x45).put((byte)0).putShort((short)(20 + 8 + 28)).putInt(0).put((byte)64).put((byte)1)
            .putShort((short)0).putInt(IP_B).putInt(IP_A);
        error.put((byte)3).put((byte)1).putShort((short)0).putInt(0);
        error.put(echo, 14, 28);
        final byte[] frame = error.array();
        frame[14 + 10] = 0;
        frame[14 + 11] = 0;
        final short ipChecksum = TestFrames.checksum(frame, 14, 20);
        frame[14 + 10] = (byte)(ipChecksum >> 8);
        frame[14 + 11] = (byte)ipChecksum;
        final short icmpChecksum = TestFrames.checksum(frame, 34, 36);
        frame[34 + 2] = (byte)(icmpChecksum >> 8);
        frame[34 + 3] = (byte)icmpChecksum;

        assertEquals("ICMP destination unreachable host-unreachable 10.0.0.2 > 10.0.0.1"
            + " for ICMP echo request 10.0.0.1 > 10.0.9.9 seq 3 ttl 64", CaptureSummary.describe(frame));
    }

    @Test
    void shouldIgnoreIpv6AndOtherEthertypes()
    {
        final byte[] ipv6 = new byte[14 + 40];
        ipv6[12] = (byte)0x86;
        ipv6[13] = (byte)0xDD;
        final byte[] lldp = new byte[60];
        lldp[12] = (byte)0x88;
        lldp[13] = (byte)0xCC;

        assertNull(CaptureSummary.describe(ipv6));
        assertNull(CaptureSummary.describe(lldp));
        assertEquals(List.of(), CaptureSummary.summarise(List.of(new CapturedPacket("a/veth0", 1, 0L, ipv6, ipv6.length))));
    }

    @Test
    void shouldNameBrokenFramesInsteadOfThrowing()
    {
        assertEquals("malformed Ethernet (3 bytes)", CaptureSummary.describe(new byte[3]));
        assertEquals("malformed ARP (10 bytes)",
            CaptureSummary.describe(Arrays.copyOf(TestFrames.arp(false, MAC_A, IP_A, 0L, IP_B), 24)));
        assertEquals("malformed IPv4 (6 bytes)",
            CaptureSummary.describe(Arrays.copyOf(TestFrames.icmpEcho(false, MAC_A, MAC_B, IP_A, IP_B, 1), 20)));
    }

    @Test
    void shouldGiveTheSameLinesForAPcapDirectoryAndAPcapngOfOneRun() throws Exception
    {
        final Path pcaps = dir.resolve("pcaps");
        final Path pcapng = dir.resolve("run.pcapng");
        try (PcapDirectorySink directory = new PcapDirectorySink(pcaps); PcapngFileSink file = new PcapngFileSink(pcapng))
        {
            PingScenario.play(directory);
            PingScenario.play(file);
        }

        final List<String> lines = CaptureSummary.of(pcaps);

        assertEquals(lines, CaptureSummary.of(pcapng));
        assertEquals(16, lines.size());
        assertEquals(List.of(
            "a/veth0 ARP request who-has 10.0.0.2 tell 10.0.0.1",
            "a/veth0 ARP reply 10.0.0.2 to 10.0.0.1",
            "a/veth0 ICMP echo request 10.0.0.1 > 10.0.0.2 seq 1 ttl 64",
            "a/veth0 ICMP echo reply 10.0.0.2 > 10.0.0.1 seq 1 ttl 64"), lines.subList(0, 4));
        assertEquals("b/veth1 ARP request who-has 10.0.0.2 tell 10.0.0.1", lines.get(8));
        assertEquals(List.of("a/veth0", "b/veth1"), List.copyOf(CaptureSummary.byInterface(CaptureFiles.read(pcapng)).keySet()));
    }

    private static void fixIpChecksum(final byte[] frame)
    {
        frame[14 + 10] = 0;
        frame[14 + 11] = 0;
        final short checksum = TestFrames.checksum(frame, 14, 20);
        frame[14 + 10] = (byte)(checksum >> 8);
        frame[14 + 11] = (byte)checksum;
    }
}
