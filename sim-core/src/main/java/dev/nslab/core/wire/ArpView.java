package dev.nslab.core.wire;

/**
 * A view of an ARP packet for IPv4 over Ethernet (RFC 826), in place after the Ethernet header.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      Hardware type (1)        |     Protocol type (0x0800)    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | HW len (6)    | Proto len (4) |  Operation (1 req, 2 reply)   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Sender hardware address (6) ...  Sender IPv4 (4)    |
 * |           Target hardware address (6) ...  Target IPv4 (4)    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class ArpView
{
    public static final int HARDWARE_TYPE_OFFSET = 0;
    public static final int PROTOCOL_TYPE_OFFSET = 2;
    public static final int HARDWARE_LENGTH_OFFSET = 4;
    public static final int PROTOCOL_LENGTH_OFFSET = 5;
    public static final int OPERATION_OFFSET = 6;
    public static final int SENDER_MAC_OFFSET = 8;
    public static final int SENDER_IP_OFFSET = 14;
    public static final int TARGET_MAC_OFFSET = 18;
    public static final int TARGET_IP_OFFSET = 24;
    public static final int LENGTH = 28;

    public static final int HARDWARE_ETHERNET = 1;
    public static final int OPERATION_REQUEST = 1;
    public static final int OPERATION_REPLY = 2;

    private byte[] buffer;
    private int offset;

    public ArpView wrap(final byte[] buffer, final int offset)
    {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * @return true when the bytes hold an Ethernet/IPv4 ARP packet with the right address lengths (arp_rcv's checks);
     *         only then may the other getters be trusted.
     */
    public static boolean isValid(final byte[] buffer, final int offset, final int length)
    {
        return length >= LENGTH
            && Bytes.u16(buffer, offset + HARDWARE_TYPE_OFFSET) == HARDWARE_ETHERNET
            && Bytes.u16(buffer, offset + PROTOCOL_TYPE_OFFSET) == EthernetView.ETHERTYPE_IPV4
            && Bytes.u8(buffer, offset + HARDWARE_LENGTH_OFFSET) == 6
            && Bytes.u8(buffer, offset + PROTOCOL_LENGTH_OFFSET) == 4;
    }

    public int hardwareType()
    {
        return Bytes.u16(buffer, offset + HARDWARE_TYPE_OFFSET);
    }

    public int protocolType()
    {
        return Bytes.u16(buffer, offset + PROTOCOL_TYPE_OFFSET);
    }

    public int hardwareLength()
    {
        return Bytes.u8(buffer, offset + HARDWARE_LENGTH_OFFSET);
    }

    public int protocolLength()
    {
        return Bytes.u8(buffer, offset + PROTOCOL_LENGTH_OFFSET);
    }

    public int operation()
    {
        return Bytes.u16(buffer, offset + OPERATION_OFFSET);
    }

    public long senderMac()
    {
        return Bytes.mac(buffer, offset + SENDER_MAC_OFFSET);
    }

    public int senderIp()
    {
        return Bytes.i32(buffer, offset + SENDER_IP_OFFSET);
    }

    public long targetMac()
    {
        return Bytes.mac(buffer, offset + TARGET_MAC_OFFSET);
    }

    public int targetIp()
    {
        return Bytes.i32(buffer, offset + TARGET_IP_OFFSET);
    }

    /** Writes a whole Ethernet/IPv4 ARP packet. */
    public ArpView write(final int operation, final long senderMac, final int senderIp, final long targetMac,
        final int targetIp)
    {
        Bytes.u16(buffer, offset + HARDWARE_TYPE_OFFSET, HARDWARE_ETHERNET);
        Bytes.u16(buffer, offset + PROTOCOL_TYPE_OFFSET, EthernetView.ETHERTYPE_IPV4);
        buffer[offset + HARDWARE_LENGTH_OFFSET] = 6;
        buffer[offset + PROTOCOL_LENGTH_OFFSET] = 4;
        Bytes.u16(buffer, offset + OPERATION_OFFSET, operation);
        Bytes.mac(buffer, offset + SENDER_MAC_OFFSET, senderMac);
        Bytes.i32(buffer, offset + SENDER_IP_OFFSET, senderIp);
        Bytes.mac(buffer, offset + TARGET_MAC_OFFSET, targetMac);
        Bytes.i32(buffer, offset + TARGET_IP_OFFSET, targetIp);
        return this;
    }
}
