package dev.nslab.stack.ipv4;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import dev.nslab.core.time.KernelTimers;

/**
 * The per-host ICMP rate limits of a namespace, kept in struct inet_peer as the kernel keeps them: the token bucket
 * shared by ip_error (cost 1 s, burst 5 s) and icmp_send's inet_peer_xrlim_allow (cost icmp_ratelimit = 1 s, burst
 * 6 x that), and ip_rt_send_redirect's back-off, which shares the bucket's last-use time. Sharing one bucket is why a
 * router answers a burst with 6 time-exceeded errors but only 2 net-unreachable ones, and 4 of 8 net-unreachable at
 * one packet per second. Counted in jiffies, as in the kernel.
 */
final class IcmpRateLimiter
{
    private static final int XRLIM_BURST_FACTOR = 6;
    private static final long IP_ERROR_COST = KernelTimers.HZ;
    private static final long IP_ERROR_BURST = 5L * KernelTimers.HZ;
    /** ip_rt_redirect_load: HZ / 50, doubled for each redirect sent before. */
    private static final long REDIRECT_LOAD = KernelTimers.HZ / 50;
    /** ip_rt_redirect_number: after this many, a source that still sends gets none. */
    private static final long REDIRECT_NUMBER = 9;
    /** ip_rt_redirect_silence: (HZ / 50) << (9 + 1); a source quiet for this long starts afresh. */
    private static final long REDIRECT_SILENCE = REDIRECT_LOAD << (REDIRECT_NUMBER + 1);
    /** inet_peer_threshold: past it, peers idle for {@link #PEER_IDLE_JIFFIES} go before a new one comes. */
    private static final int PEER_THRESHOLD = 65_536 + 128;
    private static final long PEER_IDLE_JIFFIES = 120L * KernelTimers.HZ;

    /** inet_peer by address: rate_tokens, rate_last (jiffies), n_redirects. */
    private static final int TOKENS = 0;
    private static final int LAST = 1;
    private static final int REDIRECTS = 2;

    /** Empty and shared until the first peer is limited: most namespaces never send an ICMP error. */
    private Map<Integer, long[]> peers = Collections.emptyMap();
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
        if (bucket == null)
        {
            return true;
        }
        final long jiffies = timers.jiffies(now);
        long tokens = bucket[TOKENS] + (jiffies - bucket[LAST]);
        if (tokens > IP_ERROR_BURST)
        {
            tokens = IP_ERROR_BURST;
        }
        bucket[LAST] = jiffies;
        if (tokens >= IP_ERROR_COST)
        {
            bucket[TOKENS] = tokens - IP_ERROR_COST;
            return true;
        }
        bucket[TOKENS] = tokens;
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
        if (bucket == null)
        {
            return true;
        }
        final long jiffies = timers.jiffies(now);
        long tokens = bucket[TOKENS] + (jiffies - bucket[LAST]);
        bucket[LAST] = jiffies;
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
        bucket[TOKENS] = tokens;
        return allowed;
    }

    /**
     * ip_rt_send_redirect's limit for a redirect to {@code peer}: the first at once, each later one only once
     * ip_rt_redirect_load doubled per redirect already sent has passed since the last, none after
     * ip_rt_redirect_number (each packet then restarts the silence), and all afresh after ip_rt_redirect_silence.
     */
    boolean redirectAllows(final int peer, final long now)
    {
        final long[] bucket = bucket(peer, now);
        if (bucket == null)
        {
            return true;
        }
        final long jiffies = timers.jiffies(now);
        if (jiffies - (bucket[LAST] + REDIRECT_SILENCE) > 0)
        {
            bucket[TOKENS] = 0;
            bucket[REDIRECTS] = 0;
        }
        if (bucket[REDIRECTS] >= REDIRECT_NUMBER)
        {
            bucket[LAST] = jiffies;
            return false;
        }
        if (bucket[REDIRECTS] == 0 || jiffies - (bucket[LAST] + (REDIRECT_LOAD << bucket[REDIRECTS])) > 0)
        {
            bucket[LAST] = jiffies;
            bucket[REDIRECTS]++;
            return true;
        }
        return false;
    }

    /** inet_getpeer: the peer, made when new; null when none can be had (the caller then does not limit). */
    private long[] bucket(final int peer, final long now)
    {
        final long[] known = peers.get(peer);
        if (known != null)
        {
            return known;
        }
        final long jiffies = timers.jiffies(now);
        if (peers.size() >= PEER_THRESHOLD)
        {
            // inet_peer_gc: the peers unused for long go first; with none to spare the new one is not made.
            peers.values().removeIf(bucket -> jiffies - bucket[LAST] >= PEER_IDLE_JIFFIES);
            if (peers.size() >= PEER_THRESHOLD)
            {
                return null;
            }
        }
        // A new peer starts with rate_last 60 s in the past, so its first burst is allowed.
        final long[] bucket = {0, jiffies - 60L * KernelTimers.HZ, 0};
        if (peers.isEmpty())
        {
            peers = new HashMap<>();
        }
        peers.put(peer, bucket);
        return bucket;
    }
}
