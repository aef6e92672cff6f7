package dev.nslab.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Ethernet frames built byte by byte, and a classic microsecond pcap to hold them (as old tcpdumps write). */
final class TestFrames
{
    static final long PEER_MAC = 0x0200_0000_0001L;
    static final long TAP_MAC = 0x0200_0000_0002L;
    static final int PEER_IP = 0x0A00_0101;
    static final int TAP_IP = 0x0A00_0102;

    /** One frame and its capture time in microseconds. */
    record Timed(long micros, byte[] frame)
    {
    }

    private TestFrames()
    {
    }

    /** ARP request, broadcast: who-has target tell sender. */
    static byte[] arpRequest(final long senderMac, final int senderIp, final int targetIp)
    {
        final ByteBuffer frame = ByteBuffer.allocate(42);
        putMac(frame, 0xFFFF_FFFF_FFFFL);
        putMac(frame, senderMac);
        frame.putShort((short)0x0806).putShort((short)1).putShort((short)0x0800).put((byte)6).put((byte)4)
            .putShort((short)1);
        putMac(frame, senderMac);
        frame.putInt(senderIp);
        putMac(frame, 0);
        frame.putInt(targetIp);
        return frame.array();
    }

    /** ICMP echo request with 8 bytes of data and correct checksums. */
    static byte[] echoRequest(final long sourceMac, final long destinationMac, final int source, final int destination,
        final int sequence)
    {
        final ByteBuffer frame = ByteBuffer.allocate(14 + 20 + 16);
        putMac(frame, destinationMac);
        putMac(frame, sourceMac);
        frame.putShort((short)0x0800);
        frame.put((byte)0x45).put((byte)0).putShort((short)36).putShort((short)sequence).putShort((short)0x4000)
            .put((byte)64).put((byte)1).putShort((short)0).putInt(source).putInt(destination);
        frame.putShort(24, (short)checksum(frame.array(), 14, 20));
        frame.put((byte)8).put((byte)0).putShort((short)0).putShort((short)0x1234).putShort((short)sequence)
            .putLong(0x0102_0304_0506_0708L);
        frame.putShort(36, (short)checksum(frame.array(), 34, 16));
        return frame.array();
    }

    static void writePcap(final Path file, final List<Timed> frames) throws IOException
    {
        int size = 24;
        for (final Timed timed : frames)
        {
            size += 16 + timed.frame().length;
        }
        final ByteBuffer pcap = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        pcap.putInt(0xA1B2_C3D4).putShort((short)2).putShort((short)4).putInt(0).putInt(0).putInt(65535).putInt(1);
        for (final Timed timed : frames)
        {
            pcap.putInt((int)(timed.micros() / 1_000_000)).putInt((int)(timed.micros() % 1_000_000))
                .putInt(timed.frame().length).putInt(timed.frame().length).put(timed.frame());
        }
        Files.write(file, pcap.array());
    }

    private static void putMac(final ByteBuffer frame, final long mac)
    {
        frame.putShort((short)(mac >>> 32)).putInt((int)mac);
    }

    private static int checksum(final byte[] bytes, final int offset, final int length)
    {
        long sum = 0;
        for (int i = 0; i < length; i += 2)
        {
            sum += ((bytes[offset + i] & 0xFF) << 8) | (bytes[offset + i + 1] & 0xFF);
        }
        while ((sum >>> 16) != 0)
        {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int)(~sum & 0xFFFF);
    }
}
