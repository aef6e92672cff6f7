package dev.nslab.stack.ipv4;

/**
 * The next hops a route's destinations were redirected to (route.c's fib_nh_exception with an fnhe_gw, hung on the
 * route's nexthop as the kernel hangs it): per destination, the gateway ICMP redirects named, until
 * ip_rt_gc_timeout (300 s) after the last one. A lookup that lands on the route for such a destination goes to that
 * gateway (rt_bind_exception: RTCF_REDIRECTED). Bounded as the kernel bounds its buckets: the oldest goes first.
 */
final class RedirectExceptions
{
    /** net.ipv4.route.gc_timeout: how long a redirect holds after it came. */
    static final long TIMEOUT_NS = 300_000_000_000L;
    /** FNHE_RECLAIM_DEPTH x a few buckets' worth: more destinations than a scenario redirects, and a fixed bound. */
    private static final int CAPACITY = 64;

    private final int[] destinations = new int[CAPACITY];
    private final int[] gateways = new int[CAPACITY];
    private final long[] expires = new long[CAPACITY];
    private int size;

    /** @return the index of the live exception for {@code destination}, or -1 (an expired one goes: find_exception). */
    int find(final int destination, final long now)
    {
        for (int i = 0; i < size; i++)
        {
            if (destinations[i] == destination)
            {
                if (now >= expires[i])
                {
                    remove(i);
                    return -1;
                }
                return i;
            }
        }
        return -1;
    }

    int gateway(final int index)
    {
        return gateways[index];
    }

    long expiresNs(final int index)
    {
        return expires[index];
    }

    /** update_or_create_fnhe: the destination's gateway is now {@code gateway}, for another 300 s. */
    void update(final int destination, final int gateway, final long now)
    {
        int index = find(destination, now);
        if (index < 0)
        {
            if (size == CAPACITY)
            {
                remove(oldest());
            }
            index = size++;
            destinations[index] = destination;
        }
        gateways[index] = gateway;
        expires[index] = now + TIMEOUT_NS;
    }

    private int oldest()
    {
        int oldest = 0;
        for (int i = 1; i < size; i++)
        {
            if (expires[i] < expires[oldest])
            {
                oldest = i;
            }
        }
        return oldest;
    }

    private void remove(final int index)
    {
        size--;
        destinations[index] = destinations[size];
        gateways[index] = gateways[size];
        expires[index] = expires[size];
    }
}
