package dev.nslab.stack.ipv6;

import java.util.Arrays;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.link.LinkLayer;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.link.NetDevice;

/**
 * Sends the IPv6 packets the kernel's own protocols make (MLD reports, neighbour and router solicitations and
 * advertisements): the IPv6 header, the ICMPv6 checksum over the pseudo-header, and the Ethernet multicast
 * address the destination maps to (ndisc_mc_map), out of the device's link layer.
 */
final class Ipv6Output
{
    /** ICMPv6 message types (RFC 4443, 4861, 3810). */
    static final int ICMPV6_ROUTER_SOLICITATION = 133;
    static final int ICMPV6_NEIGHBOUR_SOLICITATION = 135;
    static final int ICMPV6_NEIGHBOUR_ADVERTISEMENT = 136;
    static final int ICMPV6_MLDV2_REPORT = 143;

    private final Machine machine;
    private final LinkLayer linkLayer;
    private Ipv6View ipField;

    Ipv6Output(final Machine machine, final LinkLayer linkLayer)
    {
        this.machine = machine;
        this.linkLayer = linkLayer;
    }

    /** @return an empty report to add records to and send. */
    MldReport mldReport()
    {
        return new MldReport(this);
    }

    /**
     * @return a frame holding an IPv6 header for {@code payloadLength} bytes (hop limit, next header and addresses
     *         to be written), positioned at that header.
     */
    Frame packet(final int payloadLength)
    {
        final Frame frame = machine.pool().acquire().reset(Ipv6View.HEADER_LENGTH + payloadLength);
        final byte[] b = frame.buffer();
        Arrays.fill(b, frame.offset(), frame.end(), (byte) 0);
        ip().wrap(b, frame.offset()).versionClassFlow().payloadLength(payloadLength);
        return frame;
    }

    /**
     * Fills in the ICMPv6 checksum of a packet made by {@link #packet} whose ICMPv6 message starts
     * {@code icmpOffset} bytes after the IPv6 header, and sends it to the multicast address it is for.
     */
    void sendIcmp(final NetDevice device, final Frame packet, final int icmpOffset, final long now)
    {
        final byte[] b = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH + icmpOffset;
        final int icmpLength = packet.length() - Ipv6View.HEADER_LENGTH - icmpOffset;
        ip().wrap(b, packet.offset());
        Bytes.u16(b, icmp + 2, ip().upperLayerChecksum(icmp, icmpLength, Ipv6View.NEXT_HEADER_ICMPV6));
        final long destinationMac = Ipv6Address.multicastMac(ip().destinationLow());
        linkLayer.send(device, packet, destinationMac, EthernetView.ETHERTYPE_IPV6, now);
    }

    /** @return the scratch Ipv6View, made when first used: most namespaces never need it. */
    private Ipv6View ip()
    {
        if (ipField == null)
        {
            ipField = new Ipv6View();
        }
        return ipField;
    }
}
