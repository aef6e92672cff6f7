package dev.nslab.stack.neigh;

/** Linux's NUD states (include/net/neighbour.h), with the names {@code ip neigh} prints. */
public enum NeighbourState
{
    NONE, INCOMPLETE, REACHABLE, STALE, DELAY, PROBE, FAILED, NOARP, PERMANENT;

    /** NUD_VALID: the entry holds a usable link-layer address. */
    public boolean isValid()
    {
        return this == PERMANENT || this == NOARP || this == REACHABLE || this == PROBE || this == STALE
            || this == DELAY;
    }

    /** NUD_CONNECTED: the address is confirmed, frames go out without a check. */
    public boolean isConnected()
    {
        return this == PERMANENT || this == NOARP || this == REACHABLE;
    }

    /** NUD_IN_TIMER: the state has a running timer. */
    public boolean inTimer()
    {
        return this == INCOMPLETE || this == REACHABLE || this == DELAY || this == PROBE;
    }
}
