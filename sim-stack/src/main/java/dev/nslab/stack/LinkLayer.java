package dev.nslab.stack;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.EthernetView;

/**
 * Ethernet in and out for one namespace: validates a received frame, keeps only frames for this host (our MAC,
 * broadcast, multicast), and dispatches by ethertype; prepends the Ethernet header to outgoing IPv4 packets.
 */
final class LinkLayer
{
    private final NetNamespace namespace;
    private final EthernetView ethernet = new EthernetView();

    LinkLayer(final NetNamespace namespace)
    {
        this.namespace = namespace;
    }

    /** A frame arrived on {@code device} (already counted as received). */
    void receive(final NetDevice device, final Frame frame, final long now)
    {
        if (!EthernetView.isValid(frame.length()))
        {
            device.counters.rxErrors++;
            device.counters.rxLengthErrors++;
            frame.release();
            return;
        }
        if (frame.length() > device.mtu + EthernetView.HEADER_LENGTH + 4)
        {
            device.counters.rxErrors++;
            device.counters.rxOverErrors++;
            frame.release();
            return;
        }
        final EthernetView ethernet = this.ethernet.wrap(frame.buffer(), frame.offset(), frame.length());
        final long destination = ethernet.destination();
        final boolean forUs = destination == device.mac || EthernetView.isMulticast(destination)
            || device.isLoopback();
        if (EthernetView.isMulticast(destination) && destination != EthernetView.BROADCAST)
        {
            device.counters.rxMulticast++;
        }
        final int etherType = ethernet.etherType();
        frame.pull(EthernetView.HEADER_LENGTH);
        switch (etherType)
        {
            case EthernetView.ETHERTYPE_IPV4:
                if (!forUs)
                {
                    // PACKET_OTHERHOST: ip_rcv_core drops it, counted as rx_otherhost_dropped.
                    device.counters.rxOtherhostDropped++;
                    frame.release();
                    return;
                }
                namespace.ipv4.receive(device, frame, now);
                return;
            case EthernetView.ETHERTYPE_ARP:
                namespace.arp.receive(device, frame, destination == device.mac, now);
                return;
            case EthernetView.ETHERTYPE_IPV6:
                // IPv6 is not simulated; the kernel would take it, so it is not a drop.
                frame.release();
                return;
            default:
                device.counters.rxDropped++;
                frame.release();
        }
    }

    /** Sends an IPv4 packet (frame at the IP header) to {@code destinationMac} on {@code device}. */
    void sendIpv4(final NetDevice device, final Frame packet, final long destinationMac, final long now)
    {
        send(device, packet, destinationMac, EthernetView.ETHERTYPE_IPV4, now);
    }

    /** Prepends an Ethernet header and transmits. */
    void send(final NetDevice device, final Frame payload, final long destinationMac, final int etherType,
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
