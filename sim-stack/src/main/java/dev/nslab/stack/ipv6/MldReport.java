package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Ipv6View;

/**
 * One MLDv2 report being built (mld_newpack, add_grec, mld_sendpack): to ff02::16 with hop limit 1 and a
 * hop-by-hop router alert, from the device's valid link-local address or, while that is tentative, from ::.
 * Records have no sources, so each is 20 bytes and a report of n records is 70 + 20n bytes on the wire.
 */
final class MldReport
{
    private static final int HOP_BY_HOP_LENGTH = 8;
    private static final int REPORT_HEADER_LENGTH = 8;
    private static final int RECORD_LENGTH = 20;
    /** Enough records for one packet; a device joins a handful of groups. */
    private static final int MAX_RECORDS = 64;

    private final Ipv6Output output;
    private final long[] records = new long[MAX_RECORDS * 3];
    private int count;

    MldReport(final Ipv6Output output)
    {
        this.output = output;
    }

    void add(final int type, final long high, final long low)
    {
        if (count == MAX_RECORDS)
        {
            return;
        }
        records[count * 3] = type;
        records[count * 3 + 1] = high;
        records[count * 3 + 2] = low;
        count++;
    }

    /** Sends the report, or nothing when no record was added. */
    void send(final Ipv6Device device, final long now)
    {
        if (count == 0)
        {
            return;
        }
        final int payload = HOP_BY_HOP_LENGTH + REPORT_HEADER_LENGTH + count * RECORD_LENGTH;
        final Frame packet = output.packet(payload);
        final byte[] b = packet.buffer();
        final int ipOffset = packet.offset();
        final Ipv6InterfaceAddress source = device.linkLocalSource();
        new Ipv6View().wrap(b, ipOffset)
            .nextHeader(Ipv6View.NEXT_HEADER_HOP_BY_HOP)
            .hopLimit(1)
            .source(source == null ? 0 : source.high, source == null ? 0 : source.low)
            .destination(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.MLDV2_ROUTERS_LOW);
        int at = ipOffset + Ipv6View.HEADER_LENGTH;
        // Hop-by-hop: next header ICMPv6, length 0; router alert (type 5, length 2, value 0: MLD); PadN of 0.
        b[at] = (byte) Ipv6View.NEXT_HEADER_ICMPV6;
        b[at + 2] = 5;
        b[at + 3] = 2;
        b[at + 6] = 1;
        at += HOP_BY_HOP_LENGTH;
        b[at] = (byte) Ipv6Output.ICMPV6_MLDV2_REPORT;
        Bytes.u16(b, at + 6, count);
        at += REPORT_HEADER_LENGTH;
        for (int i = 0; i < count; i++)
        {
            b[at] = (byte) records[i * 3];
            Bytes.i64(b, at + 4, records[i * 3 + 1]);
            Bytes.i64(b, at + 12, records[i * 3 + 2]);
            at += RECORD_LENGTH;
        }
        output.sendIcmp(device.device, packet, HOP_BY_HOP_LENGTH, now);
    }
}
