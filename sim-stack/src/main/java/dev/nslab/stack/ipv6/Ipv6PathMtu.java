package dev.nslab.stack.ipv6;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The path MTUs a namespace learnt from packet too big messages (rt6_do_update_pmtu's RTF_CACHE clones of the
 * route): per destination, an MTU of at least 1280 below the route's, kept for net.ipv6.route.mtu_expires (600 s),
 * until {@code ip -6 route flush cache}. Empty and free until the first message.
 */
final class Ipv6PathMtu
{
    /** net.ipv6.route.mtu_expires. */
    static final long EXPIRES_NS = 600_000_000_000L;

    /** {mtu, expiry in ns} by destination, in the order learnt. */
    private Map<Destination, long[]> entries;

    private record Destination(long high, long low)
    {
    }

    /** @return the path MTU to the destination: the device's, or less when a packet too big taught so. */
    int mtu(final long high, final long low, final int deviceMtu, final long now)
    {
        final long[] entry = entry(high, low, now);
        return entry == null ? deviceMtu : (int) Math.min(deviceMtu, entry[0]);
    }

    /** @return {mtu, expiry} of a live entry, or null (an expired one is dropped). */
    long[] entry(final long high, final long low, final long now)
    {
        if (entries == null || entries.isEmpty())
        {
            return null;
        }
        final Destination key = new Destination(high, low);
        final long[] entry = entries.get(key);
        if (entry != null && now >= entry[1])
        {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    /** __ip6_rt_update_pmtu: at least IPV6_MIN_MTU, and only lower than what the path has now. */
    void learn(final long high, final long low, final int reported, final int deviceMtu, final long now)
    {
        final int mtu = Math.max(reported, Ipv6Device.MIN_MTU);
        if (mtu >= mtu(high, low, deviceMtu, now))
        {
            return;
        }
        if (entries == null)
        {
            entries = new LinkedHashMap<>();
        }
        entries.put(new Destination(high, low), new long[] {mtu, now + EXPIRES_NS});
    }

    /** @return {high, low, mtu, expiry} of every live entry, in the order learnt (allocates). */
    java.util.List<long[]> live(final long now)
    {
        final java.util.List<long[]> list = new java.util.ArrayList<>();
        if (entries != null)
        {
            entries.entrySet().removeIf(entry -> now >= entry.getValue()[1]);
            entries.forEach((key, value) -> list.add(new long[] {key.high(), key.low(), value[0], value[1]}));
        }
        return list;
    }

    /** {@code ip -6 route flush cache}. */
    void flush()
    {
        if (entries != null)
        {
            entries.clear();
        }
    }
}
