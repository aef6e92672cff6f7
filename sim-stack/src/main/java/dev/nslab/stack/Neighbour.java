package dev.nslab.stack;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.Timer;
import dev.nslab.core.wire.Ipv4View;

/**
 * One entry of a device's neighbour table (struct neighbour): an IPv4 address, its MAC once known, the NUD state
 * with its timer, and the packets waiting for resolution. Times are kept in jiffies, as the kernel compares them.
 */
public final class Neighbour
{
    final NeighbourTable table;
    final int address;
    long mac;
    NeighbourState state = NeighbourState.NONE;
    int probes;
    long updated;
    long confirmed;
    long used;
    boolean dead;
    final Timer timer;

    Frame queueHead;
    Frame queueTail;
    int queueLength;

    Neighbour(final NeighbourTable table, final int address, final long nowJiffies, final long baseReachableJiffies)
    {
        this.table = table;
        this.address = address;
        this.timer = new Timer(this::onTimer);
        this.updated = nowJiffies;
        this.used = nowJiffies;
        // neigh_alloc: "confirmed" long enough ago that the entry is not taken for confirmed.
        this.confirmed = nowJiffies - (baseReachableJiffies << 1);
    }

    public int address()
    {
        return address;
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

    public NetDevice device()
    {
        return table.device;
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

    void purgeQueue()
    {
        Frame frame;
        while ((frame = dequeue()) != null)
        {
            frame.release();
        }
    }

    private void onTimer(final long now)
    {
        table.onTimer(this, now);
    }

    @Override
    public String toString()
    {
        return Ipv4View.format(address) + " " + state;
    }
}
