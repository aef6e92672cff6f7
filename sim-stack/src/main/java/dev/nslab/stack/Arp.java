package dev.nslab.stack;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.ArpView;
import dev.nslab.core.wire.EthernetView;

/**
 * ARP for one namespace (RFC 826, net/ipv4/arp.c with arp_ignore=0, arp_announce=0, arp_accept=0): answers
 * requests for any local address on any device (the weak host model), learns the sender of such a request as
 * STALE, lets replies confirm entries that are resolving, and sends solicitations for the neighbour tables.
 * Frames are 42 bytes: Linux does not pad ARP to 60 bytes on veth or tap.
 */
final class Arp
{
    private final NetNamespace namespace;
    private final ArpView arp = new ArpView();

    Arp(final NetNamespace namespace)
    {
        this.namespace = namespace;
    }

    /** arp_rcv + arp_process. The frame is positioned after the Ethernet header. */
    void receive(final NetDevice device, final Frame frame, final boolean unicastToUs, final long now)
    {
        final byte[] buffer = frame.buffer();
        final int offset = frame.offset();
        if (!ArpView.isValid(buffer, offset, frame.length()) || device.isLoopback())
        {
            namespace.stats.arpDropped++;
            frame.release();
            return;
        }
        final ArpView arp = this.arp.wrap(buffer, offset);
        final int operation = arp.operation();
        final long senderMac = arp.senderMac();
        final int senderIp = arp.senderIp();
        final int targetIp = arp.targetIp();
        frame.release();
        if (operation != ArpView.OPERATION_REQUEST && operation != ArpView.OPERATION_REPLY)
        {
            return;
        }
        if (isMulticastAddress(targetIp) || (targetIp >>> 24) == 127 || EthernetView.isMulticast(senderMac))
        {
            return;
        }
        final boolean targetIsLocal = namespace.isLocalAddress(targetIp);
        if (senderIp == 0)
        {
            // Duplicate address detection probe: answer it, learn nothing.
            if (operation == ArpView.OPERATION_REQUEST && targetIsLocal)
            {
                sendArp(device, ArpView.OPERATION_REPLY, senderMac, targetIp, senderMac, senderIp, now);
            }
            return;
        }
        if (operation == ArpView.OPERATION_REQUEST && targetIsLocal)
        {
            device.neighbours.learnFromRequest(senderIp, senderMac, now);
            sendArp(device, ArpView.OPERATION_REPLY, senderMac, targetIp, senderMac, senderIp, now);
            return;
        }
        device.neighbours.learnFromArp(senderIp, senderMac, operation == ArpView.OPERATION_REPLY && unicastToUs,
            now);
    }

    /**
     * arp_solicit: the source address is the waiting packet's source when it is ours (arp_announce=0), otherwise
     * the device's address for the target's subnet.
     */
    void solicit(final Neighbour neighbour, final boolean unicast, final long now)
    {
        final NetDevice device = neighbour.table.device;
        int source = 0;
        final Frame waiting = neighbour.queueTail;
        if (waiting != null)
        {
            final int packetSource = dev.nslab.core.wire.Bytes.i32(waiting.buffer(), waiting.offset() + 12);
            if (namespace.isLocalAddress(packetSource))
            {
                source = packetSource;
            }
        }
        if (source == 0)
        {
            source = namespace.selectSourceAddress(device, neighbour.address, Scope.LINK);
        }
        final long destinationMac = unicast ? neighbour.mac : EthernetView.BROADCAST;
        sendArp(device, ArpView.OPERATION_REQUEST, destinationMac, source, 0L, neighbour.address, now);
    }

    private void sendArp(final NetDevice device, final int operation, final long destinationMac,
        final int senderIp, final long targetMac, final int targetIp, final long now)
    {
        final Frame frame = namespace.simulation.pool.acquire().reset(ArpView.LENGTH);
        arp.wrap(frame.buffer(), frame.offset()).write(operation, device.mac, senderIp, targetMac, targetIp);
        namespace.linkLayer.send(device, frame, destinationMac, EthernetView.ETHERTYPE_ARP, now);
    }

    private static boolean isMulticastAddress(final int address)
    {
        return (address >>> 28) == 0xE;
    }
}
