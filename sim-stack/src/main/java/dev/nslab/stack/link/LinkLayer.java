package dev.nslab.stack.link;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.EthernetView;

/**
 * Ethernet in and out for one namespace: validates a received frame, keeps only frames for this host (our MAC,
 * broadcast, multicast), and dispatches by ethertype to the handler a family registered; prepends the Ethernet
 * header to outgoing packets.
 */
public final class LinkLayer
{
    /** No family registered for the ethertype: the frame is dropped and counted, as with no packet_type. */
    private static final PacketHandler UNHANDLED = (device, frame, toDeviceAddress, now) ->
    {
        device.counters().rxDropped++;
        frame.release();
    };

    private final EthernetView ethernet = new EthernetView();
    private PacketHandler ipv4 = UNHANDLED;
    private PacketHandler arp = UNHANDLED;
    /** Without an IPv6 family the kernel would still take IPv6 frames, so they are consumed, not counted as drops. */
    private PacketHandler ipv6 = (device, frame, toDeviceAddress, now) -> frame.release();
    /** Set when a device dropped a frame in its transmit (NET_XMIT_DROP), for the sender to read back. */
    private boolean transmitDropped;

    LinkLayer()
    {
    }

    /** dev_add_pack: the handler for IPv4, ARP or IPv6 frames of this namespace. */
    public void setHandler(final int etherType, final PacketHandler handler)
    {
        switch (etherType)
        {
            case EthernetView.ETHERTYPE_IPV4 -> ipv4 = handler;
            case EthernetView.ETHERTYPE_ARP -> arp = handler;
            case EthernetView.ETHERTYPE_IPV6 -> ipv6 = handler;
            default -> throw new IllegalArgumentException("no handler slot for ethertype " + etherType);
        }
    }

    /** A frame arrived on {@code device} (already counted as received). */
    void receive(final NetDevice device, final Frame frame, final long now)
    {
        if (!EthernetView.isValid(frame.length()))
        {
            device.counters().rxErrors++;
            device.counters().rxLengthErrors++;
            frame.release();
            return;
        }
        if (frame.length() > device.mtu + EthernetView.HEADER_LENGTH + 4)
        {
            device.counters().rxErrors++;
            device.counters().rxOverErrors++;
            frame.release();
            return;
        }
        final EthernetView ethernet = this.ethernet.wrap(frame.buffer(), frame.offset(), frame.length());
        final long destination = ethernet.destination();
        final boolean forUs = destination == device.mac || EthernetView.isMulticast(destination)
            || device.isLoopback();
        final int etherType = ethernet.etherType();
        frame.pull(EthernetView.HEADER_LENGTH);
        switch (etherType)
        {
            case EthernetView.ETHERTYPE_IPV4:
                if (!forUs)
                {
                    // PACKET_OTHERHOST: ip_rcv_core drops it, counted as rx_otherhost_dropped.
                    device.counters().rxOtherhostDropped++;
                    frame.release();
                    return;
                }
                ipv4.receive(device, frame, true, now);
                return;
            case EthernetView.ETHERTYPE_ARP:
                arp.receive(device, frame, destination == device.mac, now);
                return;
            case EthernetView.ETHERTYPE_IPV6:
                if (!forUs)
                {
                    // ip6_rcv_core drops PACKET_OTHERHOST the same way.
                    device.counters().rxOtherhostDropped++;
                    frame.release();
                    return;
                }
                ipv6.receive(device, frame, destination == device.mac, now);
                return;
            default:
                device.counters().rxDropped++;
                frame.release();
        }
    }

    /** Starts a transmission whose drop in a device the sender wants to hear of ({@link #transmitDropped()}). */
    public void clearTransmitDropped()
    {
        transmitDropped = false;
    }

    /** @return true when a device dropped a frame since {@link #clearTransmitDropped()} (NET_XMIT_DROP). */
    public boolean transmitDropped()
    {
        return transmitDropped;
    }

    /** A device's transmit dropped the frame it was given, as veth_xmit returns NET_XMIT_DROP. */
    void noteTransmitDropped()
    {
        transmitDropped = true;
    }

    /** Sends an IPv4 packet (frame at the IP header) to {@code destinationMac} on {@code device}. */
    public void sendIpv4(final NetDevice device, final Frame packet, final long destinationMac, final long now)
    {
        send(device, packet, destinationMac, EthernetView.ETHERTYPE_IPV4, now);
    }

    /** Prepends an Ethernet header and transmits. */
    public void send(final NetDevice device, final Frame payload, final long destinationMac, final int etherType,
        final long now)
    {
        final int offset = payload.push(EthernetView.HEADER_LENGTH);
        ethernet.wrap(payload.buffer(), offset, payload.length())
            .destination(destinationMac)
            .source(device.mac)
            .etherType(etherType);
        device.transmit(payload, now);
    }
}
