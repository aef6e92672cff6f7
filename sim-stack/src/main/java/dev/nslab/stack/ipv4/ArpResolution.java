package dev.nslab.stack.ipv4;

import dev.nslab.core.frame.Frame;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourDrop;
import dev.nslab.stack.neigh.NeighbourProtocol;

/**
 * arp_generic_ops for one device: how its IPv4 neighbour table solicits (ARP requests), reports a failed
 * resolution (ICMP host unreachable through ipv4_link_failure) and sends what it resolved. The device's namespace
 * is read at each call: a device moved to another namespace resolves there.
 */
final class ArpResolution implements NeighbourProtocol
{
    private static final int RTN_BROADCAST = 3;
    private static final int RTN_MULTICAST = 5;
    private static final long IPV4_MULTICAST_MAC = 0x0100_5E00_0000L;
    private static final long BROADCAST_MAC = 0xFFFF_FFFF_FFFFL;

    private final NetDevice device;

    ArpResolution(final NetDevice device)
    {
        this.device = device;
    }

    @Override
    public void solicit(final Neighbour neighbour, final boolean unicast, final long now)
    {
        Ipv4Device.of(device).namespace.arp.solicit(device, neighbour, unicast, now);
    }

    @Override
    public void resolutionFailed(final Frame packet, final long now)
    {
        Ipv4Device.of(device).namespace.ipv4.icmp.linkFailure(packet, now);
    }

    @Override
    public void transmit(final Frame packet, final long mac, final long now)
    {
        device.namespace().linkLayer().sendIpv4(device, packet, mac, now);
    }

    @Override
    public void dropped(final Frame packet, final NeighbourDrop reason)
    {
        final Ipv4Stats stats = Ipv4Device.of(device).namespace.stats();
        switch (reason)
        {
            case TABLE_FULL -> stats.neighbourTableOverflows++;
            case QUEUE_FULL -> stats.neighbourQueueDiscards++;
            default ->
            {
                // not counted by the kernel in anything nslab shows
            }
        }
        packet.release();
    }

    /**
     * arp_constructor: a multicast group maps to 01:00:5e and its low 23 bits, lo keeps its own address, a
     * broadcast address of the namespace (inet_addr_type_dev_table's RTN_BROADCAST) the device's broadcast.
     */
    @Override
    public long noArpAddress(final long keyHigh, final long keyLow)
    {
        final int address = (int) keyLow;
        final int type = Ipv4Device.of(device).namespace.addressType(address);
        if (type == RTN_MULTICAST)
        {
            return IPV4_MULTICAST_MAC | address & 0x7F_FFFF;
        }
        if (device.isLoopback())
        {
            return device.mac();
        }
        return type == RTN_BROADCAST ? BROADCAST_MAC : -1;
    }
}
