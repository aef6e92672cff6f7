package dev.nslab.stack.neigh;

import dev.nslab.core.frame.Frame;

/**
 * What a neighbour table asks of the protocol that resolves addresses on its device (struct neigh_ops): ARP for
 * IPv4 now, NDISC for IPv6 later. The table itself knows no protocol: it runs the NUD state machine and queues.
 */
public interface NeighbourProtocol
{
    /** neigh->ops->solicit: one request for the entry's address, unicast to its known address or broadcast. */
    void solicit(Neighbour neighbour, boolean unicast, long now);

    /** neigh->ops->error_report: a queued packet whose neighbour could not be resolved (taken over). */
    void resolutionFailed(Frame packet, long now);

    /** neigh->output once resolved: the packet (at its network header, taken over) to the link-layer address. */
    void transmit(Frame packet, long mac, long now);

    /** A packet the table had to drop, named by why (taken over: the caller releases nothing). */
    void dropped(Frame packet, NeighbourDrop reason);

    /**
     * arp_constructor and ndisc_constructor: the link-layer address a new entry for this key starts with in NOARP
     * (a multicast group's mapped address, the broadcast address, the device's own on lo), or -1 for one that must be
     * resolved (NONE).
     */
    long noArpAddress(long keyHigh, long keyLow);
}
