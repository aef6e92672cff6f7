package dev.nslab.stack.neigh;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.Timer;
import dev.nslab.core.wire.Ipv4View;

/**
 * One entry of a device's neighbour table (struct neighbour): a protocol address (a 128-bit key: an IPv4 address in
 * its low 32 bits), its MAC once known, the NUD state with its timer, and the packets waiting for resolution. Times
 * are kept in jiffies, as the kernel compares them.
 */
public final class Neighbour
{
    final NeighbourTable table;
    final long keyHigh;
    final long keyLow;
    long mac;
    NeighbourState state = NeighbourState.NONE;
    int probes;
    long updated;
    long confirmed;
    long used;
    boolean dead;
    /** NTF_ROUTER: an IPv6 neighbour that said it is a router (the R flag of its advertisements). */
    boolean router;
    /** Not on the table's gc list (a PERMANENT entry): gc_thresh does not count it, and no collection takes it. */
    boolean exemptFromGc;
    final Timer timer;

    Frame queueHead;
    Frame queueTail;
    int queueLength;

    Neighbour(final NeighbourTable table, final long keyHigh, final long keyLow, final long nowJiffies,
        final long baseReachableJiffies)
    {
        this.table = table;
        this.keyHigh = keyHigh;
        this.keyLow = keyLow;
        this.timer = new Timer(this::onTimer);
        this.updated = nowJiffies;
        this.used = nowJiffies;
        // neigh_alloc: "confirmed" long enough ago that the entry is not taken for confirmed.
        this.confirmed = nowJiffies - (baseReachableJiffies << 1);
    }

    /** @return the IPv4 address of an entry of an IPv4 table. */
    public int address()
    {
        return (int) keyLow;
    }

    /** @return whether the neighbour advertised itself as a router ({@code ip -6 neigh} prints {@code router}). */
    public boolean isRouter()
    {
        return router;
    }

    /** @return the address key's high 64 bits (0 for IPv4). */
    public long keyHigh()
    {
        return keyHigh;
    }

    /** @return the address key's low 64 bits. */
    public long keyLow()
    {
        return keyLow;
    }

    /** @return the link-layer address, meaningful when {@link NeighbourState#isValid()}. */
    public long mac()
    {
        return mac;
    }

    public NeighbourState state()
    {
        return state;
    }

    public NeighbourDevice device()
    {
        return table.device;
    }

    /** @return how many packets wait for this entry's resolution. */
    public int queueLength()
    {
        return queueLength;
    }

    /** @return the newest packet waiting for this entry, or null (arp_solicit reads its source address). */
    public Frame newestQueued()
    {
        return queueTail;
    }

    /** @return probes sent in the current resolution (as {@code ip -s neigh} shows). */
    public int probes()
    {
        return probes;
    }

    void enqueue(final Frame frame)
    {
        frame.next = null;
        if (queueTail == null)
        {
            queueHead = frame;
        }
        else
        {
            queueTail.next = frame;
        }
        queueTail = frame;
        queueLength++;
    }

    Frame dequeue()
    {
        final Frame frame = queueHead;
        if (frame != null)
        {
            queueHead = frame.next;
            if (queueHead == null)
            {
                queueTail = null;
            }
            frame.next = null;
            queueLength--;
        }
        return frame;
    }

    private void onTimer(final long now)
    {
        table.onTimer(this, now);
    }

    @Override
    public String toString()
    {
        return (keyHigh == 0 && (keyLow >>> 32) == 0 ? Ipv4View.format((int) keyLow)
            : Long.toHexString(keyHigh) + ":" + Long.toHexString(keyLow)) + " " + state;
    }
}
