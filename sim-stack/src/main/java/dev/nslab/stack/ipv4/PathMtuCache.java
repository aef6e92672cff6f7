package dev.nslab.stack.ipv4;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The path MTUs one namespace learnt from ICMP "fragmentation needed" (net/ipv4/route.c: __ip_rt_update_pmtu and
 * the next-hop exceptions it creates): per destination, only ever lowered, never below ip_rt_min_pmtu, forgotten
 * after ip_rt_mtu_expires. Sends to that destination use it in place of the device MTU, as dst_mtu() does.
 */
final class PathMtuCache
{
    /** net.ipv4.route.min_pmtu: 512 + 20 + 20. */
    static final int MIN_PMTU = 552;
    /** net.ipv4.route.mtu_expires: 600 s. */
    static final long EXPIRES_NS = 600_000_000_000L;

    private record Entry(int mtu, long expiresNs)
    {
    }

    /** Empty and shared until the first exception is learnt: most namespaces never learn one. */
    private Map<Integer, Entry> entries = Collections.emptyMap();

    /**
     * @param routeMtu the MTU the route gives without an exception (the device's, at most 65535).
     * @return the path MTU to {@code destination}.
     */
    int mtu(final int destination, final int routeMtu, final long now)
    {
        if (entries.isEmpty())
        {
            return routeMtu;
        }
        final Entry entry = entries.get(destination);
        if (entry == null)
        {
            return routeMtu;
        }
        if (now >= entry.expiresNs)
        {
            entries.remove(destination);
            return routeMtu;
        }
        return Math.min(entry.mtu, routeMtu);
    }

    /** ipv4_update_pmtu: a router said {@code mtu} is the most that passes toward {@code destination}. */
    void update(final int destination, final int mtu, final int routeMtu, final long now)
    {
        final int old = mtu(destination, routeMtu, now);
        if (old < mtu)
        {
            return;
        }
        final int learnt = mtu < MIN_PMTU ? Math.min(old, MIN_PMTU) : mtu;
        final Entry current = entries.get(destination);
        if (current != null && current.mtu == learnt && now < current.expiresNs - EXPIRES_NS / 2)
        {
            return;
        }
        if (entries.isEmpty())
        {
            entries = new HashMap<>();
        }
        entries.put(destination, new Entry(learnt, now + EXPIRES_NS));
    }

    void clear()
    {
        entries.clear();
    }
}
