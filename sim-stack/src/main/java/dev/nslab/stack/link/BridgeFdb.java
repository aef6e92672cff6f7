package dev.nslab.stack.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.nslab.core.wire.EthernetView;

/**
 * A bridge's forwarding database (net/bridge/br_fdb.c): MAC address to port. Local entries (the bridge's own
 * address and each port's) are permanent; learned entries age out {@link #AGEING_TIME_NS} after they were last
 * seen. Entries are kept in parallel arrays so that a lookup or a refresh allocates nothing; the arrays grow only
 * when a new address is learnt beyond the current capacity.
 *
 * <p>Each entry remembers when it was created: the kernel adds new entries at the head of {@code fdb_list}, and
 * {@code bridge fdb show} lists them newest first. Simulation thread only.
 */
public final class BridgeFdb
{
    /** br->ageing_time default: 300 s (BR_DEFAULT_AGEING_TIME). */
    public static final long AGEING_TIME_NS = 300_000_000_000L;

    /** One entry, as a value for printing and tests. {@code port} is null for the bridge's own address. */
    public record Entry(long mac, NetDevice port, boolean local, long createdSequence)
    {
    }

    private long[] macs = new long[16];
    private NetDevice[] ports = new NetDevice[16];
    private boolean[] local = new boolean[16];
    private long[] seenNs = new long[16];
    private long[] created = new long[16];
    private int size;
    private long nextSequence;

    /** @return the index of the live entry for {@code mac}, or -1 (an expired learned entry counts as absent). */
    int find(final long mac, final long now)
    {
        for (int i = 0; i < size; i++)
        {
            if (macs[i] == mac)
            {
                if (!local[i] && now - seenNs[i] > AGEING_TIME_NS)
                {
                    // has_expired(): the cleanup work would remove it; doing it here keeps the table exact.
                    removeAt(i);
                    return -1;
                }
                return i;
            }
        }
        return -1;
    }

    NetDevice portAt(final int index)
    {
        return ports[index];
    }

    boolean isLocalAt(final int index)
    {
        return local[index];
    }

    /**
     * br_fdb_update: a frame from {@code mac} came in on {@code port}. A local entry never moves (the kernel only
     * warns about its own address coming back); a learned one is refreshed and follows the station.
     */
    void learn(final long mac, final NetDevice port, final long now)
    {
        final int index = find(mac, now);
        if (index >= 0)
        {
            if (!local[index])
            {
                ports[index] = port;
                seenNs[index] = now;
            }
            return;
        }
        add(mac, port, false, now);
    }

    /** fdb_add_local: a permanent entry, unless some local entry for the address exists already. */
    void addLocal(final long mac, final NetDevice port)
    {
        if (mac == 0 || EthernetView.isMulticast(mac))
        {
            return;
        }
        for (int i = 0; i < size; i++)
        {
            if (macs[i] == mac)
            {
                if (local[i])
                {
                    return;
                }
                removeAt(i);
                break;
            }
        }
        add(mac, port, true, 0);
    }

    /**
     * Removes the local entry for {@code mac} owned by {@code port} (null: the bridge's own). fdb_delete_local
     * hands the address to another port with the same MAC, or to the bridge if it still uses it.
     */
    void removeLocal(final long mac, final NetDevice port, final BridgeDevice bridge)
    {
        for (int i = 0; i < size; i++)
        {
            if (macs[i] == mac && local[i] && ports[i] == port)
            {
                for (final NetDevice other : bridge.ports)
                {
                    if (other != port && other.mac == mac)
                    {
                        ports[i] = other;
                        return;
                    }
                }
                if (port != null && bridge.mac == mac)
                {
                    ports[i] = null;
                    return;
                }
                removeAt(i);
                return;
            }
        }
    }

    /** br_fdb_delete_by_port: the learned entries of a port that stops forwarding; everything with {@code all}. */
    void flushPort(final NetDevice port, final boolean all)
    {
        for (int i = size - 1; i >= 0; i--)
        {
            if (ports[i] == port && (all || !local[i]))
            {
                removeAt(i);
            }
        }
    }

    /** @return the live entries, newest first, as {@code bridge fdb show} walks fdb_list. */
    public List<Entry> entries(final long now)
    {
        final List<Entry> entries = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--)
        {
            if (!local[i] && now - seenNs[i] > AGEING_TIME_NS)
            {
                removeAt(i);
            }
        }
        for (int i = 0; i < size; i++)
        {
            entries.add(new Entry(macs[i], ports[i], local[i], created[i]));
        }
        entries.sort((a, b) -> Long.compare(b.createdSequence(), a.createdSequence()));
        return entries;
    }

    private void add(final long mac, final NetDevice port, final boolean isLocal, final long now)
    {
        if (size == macs.length)
        {
            final int capacity = size * 2;
            macs = Arrays.copyOf(macs, capacity);
            ports = Arrays.copyOf(ports, capacity);
            local = Arrays.copyOf(local, capacity);
            seenNs = Arrays.copyOf(seenNs, capacity);
            created = Arrays.copyOf(created, capacity);
        }
        macs[size] = mac;
        ports[size] = port;
        local[size] = isLocal;
        seenNs[size] = now;
        created[size] = nextSequence++;
        size++;
    }

    private void removeAt(final int index)
    {
        final int last = size - 1;
        macs[index] = macs[last];
        ports[index] = ports[last];
        local[index] = local[last];
        seenNs[index] = seenNs[last];
        created[index] = created[last];
        ports[last] = null;
        size = last;
    }
}
