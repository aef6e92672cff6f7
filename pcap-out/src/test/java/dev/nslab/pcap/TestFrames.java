package dev.nslab.pcap;

import java.nio.ByteBuffer;

/**
 * Valid Ethernet frames built by hand (checksums right), the traffic of one ping between two namespaces:
 * ARP request and reply, ICMP echo request and reply with a 56-byte payload, as iputils ping sends.
 */
final class TestFrames
{
    static final long MAC_A = 0x0200_0000_000AL;
    static final long MAC_B = 0x0200_0000_000BL;
    static final int IP_A = 0x0A00_0001;
    static final int IP_B = 0x0A00_0002;
    static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

    private TestFrames()
    {
    }

    /** 60 bytes: Ethernet + ARP (28) + 18 zero bytes of padding to the Ethernet minimum. */
    static byte[] arp(final boolean reply, final long senderMac, final int senderIp, final long targetMac,
        final int targetIp)
    {
        final ByteBuffer frame = ByteBuffer.allocate(60);
        putMac(frame, reply ? targetMac : BROADCAST);
        putMac(frame, senderMac);
        frame.putShort((short)0x0806);
        frame.putShort((short)1).putShort((short)0x0800).put((byte)6).put((byte)4);
        frame.putShort((short)(reply ? 2 : 1));
        putMac(frame, senderMac);
        frame.putInt(senderIp);
        putMac(frame, reply ? targetMac : 0L);
        frame.putInt(targetIp);
        return frame.array();
    }

    /** 98 bytes: Ethernet + IPv4 (20) + ICMP echo (8) + 56 bytes of payload. */
    static byte[] icmpEcho(final boolean reply, final long sourceMac, final long destinationMac, final int sourceIp,
        final int destinationIp, final int sequence)
    {
        final ByteBuffer frame = ByteBuffer.allocate(98);
        putMac(frame, destinationMac);
        putMac(frame, sourceMac);
        frame.putShort((short)0x0800);
        final int ip = frame.position();
        frame.put((byte)0x45).put((byte)0).putShort((short)84);
        frame.putShort((short)(0x1000 + sequence)).putShort((short)0x4000);
        frame.put((byte)64).put((byte)1).putShort((short)0);
        frame.putInt(sourceIp).putInt(destinationIp);
        frame.putShort(ip + 10, checksum(frame.array(), ip, 20));
        final int icmp = frame.position();
        frame.put((byte)(reply ? 0 : 8)).put((byte)0).putShort((short)0);
        frame.putShort((short)0x1234).putShort((short)sequence);
        for (int i = 0; i < 56; i++)
        {
            frame.put((byte)(0x10 + i));
        }
        frame.putShort(icmp + 2, checksum(frame.array(), icmp, 64));
        return frame.array();
    }

    /** The Internet checksum (RFC 1071). */
    static short checksum(final byte[] bytes, final int offset, final int length)
    {
        long sum = 0;
        for (int i = 0; i < length; i += 2)
        {
            sum += ((bytes[offset + i] & 0xFF) << 8) | (i + 1 < length ? bytes[offset + i + 1] & 0xFF : 0);
        }
        while (sum >>> 16 != 0)
        {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (short)~sum;
    }

    private static void putMac(final ByteBuffer frame, final long mac)
    {
        frame.putShort((short)(mac >>> 32)).putInt((int)mac);
    }
}
