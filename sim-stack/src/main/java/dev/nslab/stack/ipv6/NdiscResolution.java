package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourDrop;
import dev.nslab.stack.neigh.NeighbourProtocol;

/**
 * ndisc_generic_ops for one device: how its IPv6 neighbour table solicits (neighbour solicitations), reports a
 * failed resolution (ICMPv6 address unreachable through ip6_link_failure) and sends what it resolved. The device's
 * namespace is read at each call: a device moved to another namespace resolves there.
 */
final class NdiscResolution implements NeighbourProtocol
{
    private final Ipv6Device idev;

    NdiscResolution(final Ipv6Device idev)
    {
        this.idev = idev;
    }

    @Override
    public void solicit(final Neighbour neighbour, final boolean unicast, final long now)
    {
        idev.namespace.ndisc().solicit(idev, neighbour, unicast, now);
    }

    @Override
    public void resolutionFailed(final Frame packet, final long now)
    {
        idev.namespace.icmp().addressUnreachable(idev.device, packet, now);
    }

    @Override
    public void transmit(final Frame packet, final long mac, final long now)
    {
        idev.device.namespace().linkLayer().send(idev.device, packet, mac, EthernetView.ETHERTYPE_IPV6, now);
    }

    @Override
    public void dropped(final Frame packet, final NeighbourDrop reason)
    {
        packet.release();
    }

    /** ndisc_constructor: a multicast group maps to 33:33 and its low 32 bits, lo keeps its own address. */
    @Override
    public long noArpAddress(final long keyHigh, final long keyLow)
    {
        if (Ipv6Address.isMulticast(keyHigh))
        {
            return Ipv6Address.multicastMac(keyLow);
        }
        return idev.device.isLoopback() ? idev.device.mac() : -1;
    }
}
