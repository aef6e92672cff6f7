package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.PacketHandler;

/**
 * IPv6 in (ipv6_rcv, ip6_rcv_finish's input route, ip6_input): a packet is for this host when it is sent to a group
 * the device joined, or to one of our addresses whose DAD passed (a link-local one only on its own device; a
 * packet looped through lo is for the address its route found). ICMPv6 with a valid checksum over the
 * pseudo-header goes to {@link Icmpv6}, other upper layers are consumed (nslab carries none yet); a packet for
 * elsewhere goes to {@link Ipv6Forwarding}. No device drop is counted for any of these.
 */
final class Ipv6Input implements PacketHandler
{
    private final Ipv6Namespace namespace;
    private Ipv6View ipField;

    Ipv6Input(final Ipv6Namespace namespace)
    {
        this.namespace = namespace;
    }

    @Override
    public void receive(final NetDevice device, final Frame frame, final boolean toDeviceAddress, final long now)
    {
        boolean taken = false;
        try
        {
            final Ipv6Device idev = Ipv6Device.of(device);
            final byte[] b = frame.buffer();
            final int offset = frame.offset();
            if (idev == null || idev.config.disableIpv6 != 0)
            {
                return;
            }
            if (!Ipv6View.isValid(b, offset, frame.length()))
            {
                if (frame.length() >= 1 && (b[offset] & 0xF0) != 0x60)
                {
                    namespace.stats().inHdrErrors++;
                }
                else
                {
                    namespace.stats().inTruncatedPkts++;
                }
                return;
            }
            final Ipv6View ip = ip().wrap(b, offset);
            // ipv6_rcv: whatever follows the announced payload (Ethernet padding) is not part of the packet.
            frame.truncate(Ipv6View.HEADER_LENGTH + ip.payloadLength());
            if (Ipv6Address.isMulticast(ip.sourceHigh()))
            {
                namespace.stats().inHdrErrors++;
                return;
            }
            final long destinationHigh = ip.destinationHigh();
            final long destinationLow = ip.destinationLow();
            final int inputIfindex;
            if (Ipv6Address.isMulticast(destinationHigh))
            {
                // ip6_route_input (RT6_LOOKUP_F_IFACE for a group): the device's own ff00::/8, which addrconf adds
                // only once the link is ready; until then ip6_pkt_discard drops the packet (a neighbour
                // solicitation to an address configured before the device came up is lost so for up to a second)
                if (namespace.routeOutput(destinationHigh, destinationLow, device) == null)
                {
                    namespace.stats().inNoRoutes++;
                    return;
                }
                if (!idev.mld.isJoined(destinationHigh, destinationLow))
                {
                    return;
                }
                inputIfindex = device.ifindex();
            }
            else
            {
                final boolean looped = device.isLoopback() && frame.loopedRouteIfindex != 0;
                final Ipv6Route local = namespace.localRoute(destinationHigh, destinationLow,
                    looped || !Ipv6Address.needsScope(destinationHigh) ? null : device);
                if (local == null)
                {
                    taken = !device.isLoopback() && namespace.forwarding().receive(device, frame, toDeviceAddress,
                        now);
                    return;
                }
                inputIfindex = looped ? frame.loopedRouteIfindex : device.ifindex();
            }
            if (ip.nextHeader() == Ipv6View.NEXT_HEADER_FRAGMENT)
            {
                // ipv6_frag_rcv: the fragment is kept (or dropped) there; a whole packet comes back through deliver.
                taken = namespace.reassembly().receive(device, frame, inputIfindex, now);
                return;
            }
            taken = deliver(device, frame, inputIfindex, now);
        }
        finally
        {
            if (!taken)
            {
                frame.release();
            }
        }
    }

    /**
     * ip6_input_finish for a packet (or a reassembled one) for this host: ICMPv6 with a valid checksum goes to
     * {@link Icmpv6}; MLD's hop-by-hop header is consumed; any other upper layer is counted as unknown.
     *
     * @return true when the packet was taken over; else the caller releases it.
     */
    boolean deliver(final NetDevice device, final Frame frame, final int inputIfindex, final long now)
    {
        final Ipv6View ip = ip().wrap(frame.buffer(), frame.offset());
        final int icmp = frame.offset() + Ipv6View.HEADER_LENGTH;
        final int icmpLength = ip.payloadLength();
        if (ip.nextHeader() != Ipv6View.NEXT_HEADER_ICMPV6)
        {
            if (ip.nextHeader() != Ipv6View.NEXT_HEADER_HOP_BY_HOP)
            {
                namespace.stats().inUnknownProtos++;
            }
            return false;
        }
        if (icmpLength < Icmpv6.HEADER_LENGTH)
        {
            namespace.stats().icmpInErrors++;
            return false;
        }
        if (!frame.checksumUnnecessary)
        {
            // icmpv6_rcv's skb_checksum_validate: only what no simulated stack checksummed (a tap's program,
            // --inject) is summed; a reply made from it in place (RFC 1624) is then right by construction.
            if (ip.upperLayerSum(icmp, icmpLength, Ipv6View.NEXT_HEADER_ICMPV6) != 0xFFFF)
            {
                final Ipv6Stats stats = namespace.stats();
                stats.icmpInCsumErrors++;
                stats.icmpInErrors++;
                return false;
            }
            frame.checksumUnnecessary = true;
        }
        return namespace.icmp().receive(device, frame, inputIfindex, now);
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
