package dev.nslab.stack.neigh;

/** Why a neighbour table dropped a packet (the kernel's SKB_DROP_REASON_NEIGH_*), each with its own counter. */
public enum NeighbourDrop
{
    /** The table is full even after a forced collection ("neighbour table overflow"). */
    TABLE_FULL,
    /** The entry's queue was full: its oldest packet makes room (unres_qlen). */
    QUEUE_FULL,
    /** The entry may not solicit (no probes allowed) and turned FAILED at once. */
    RESOLUTION_DISABLED,
    /** The entry was removed (flush, device down, garbage collection) with packets still waiting. */
    ENTRY_REMOVED
}
