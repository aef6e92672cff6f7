package dev.nslab.stack.ipv4;

import java.util.HashMap;
import java.util.Map;

import dev.nslab.core.time.KernelTimers;

/**
 * The per-host ICMP error rate limit of a namespace: the token bucket of struct inet_peer, shared by ip_error (cost
 * 1 s, burst 5 s) and icmp_send's inet_peer_xrlim_allow (cost icmp_ratelimit = 1 s, burst 6 x that). Sharing one
 * bucket is why a router answers a burst with 6 time-exceeded errors but only 2 net-unreachable ones, and 4 of 8
 * net-unreachable at one packet per second. Buckets are counted in jiffies, as in the kernel.
 */
final class IcmpRateLimiter
{
    private static final int XRLIM_BURST_FACTOR = 6;
    private static final long IP_ERROR_COST = KernelTimers.HZ;
    private static final long IP_ERROR_BURST = 5L * KernelTimers.HZ;

    private final Map<Integer, long[]> peers = new HashMap<>();
    private final KernelTimers timers;
    /** net.ipv4.icmp_ratelimit in ms. */
    long ratelimitMs = 1000;

    IcmpRateLimiter(final KernelTimers timers)
    {
        this.timers = timers;
    }

    /** ip_error's check, before it calls icmp_send for a packet it cannot route. */
    boolean ipErrorAllows(final int peer, final long now)
    {
        final long[] bucket = bucket(peer, now);
        final long jiffies = timers.jiffies(now);
        long tokens = bucket[0] + (jiffies - bucket[1]);
        if (tokens > IP_ERROR_BURST)
        {
            tokens = IP_ERROR_BURST;
        }
        bucket[1] = jiffies;
        if (tokens >= IP_ERROR_COST)
        {
            bucket[0] = tokens - IP_ERROR_COST;
            return true;
        }
        bucket[0] = tokens;
        return false;
    }

    /** inet_peer_xrlim_allow with icmp_ratelimit. */
    boolean icmpAllows(final int peer, final long now)
    {
        final long timeout = KernelTimers.toJiffies(ratelimitMs * 1_000_000L);
        if (timeout == 0)
        {
            return true;
        }
        final long[] bucket = bucket(peer, now);
        final long jiffies = timers.jiffies(now);
        long tokens = bucket[0] + (jiffies - bucket[1]);
        bucket[1] = jiffies;
        if (tokens > XRLIM_BURST_FACTOR * timeout)
        {
            tokens = XRLIM_BURST_FACTOR * timeout;
        }
        boolean allowed = false;
        if (tokens >= timeout)
        {
            tokens -= timeout;
            allowed = true;
        }
        bucket[0] = tokens;
        return allowed;
    }

    private long[] bucket(final int peer, final long now)
    {
        // inet_getpeer: a new peer starts with rate_last 60 s in the past, so its first burst is allowed.
        return peers.computeIfAbsent(peer, p -> new long[] {0, timers.jiffies(now) - 60L * KernelTimers.HZ});
    }
}
