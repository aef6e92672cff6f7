package dev.nslab.stack.ipv6;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import dev.nslab.stack.link.NetDevice;

/**
 * A namespace's IPv6 routing tables (net->ipv6.fib6_main_tbl and fib6_local_tbl), each kept in the order the
 * kernel's fib6 walker dumps it: the radix tree in post order, so a lower address before a higher one and a more
 * specific prefix before the prefix that holds it (default last); routes of one prefix by metric, then in the
 * order they were added (fib6_add_rt2).
 */
public final class Ipv6Fib
{
    /** RT_TABLE_MAIN and RT_TABLE_LOCAL. */
    public static final int MAIN = 254;
    public static final int LOCAL = 255;

    private final List<Ipv6Route> main = new ArrayList<>(2);
    private final List<Ipv6Route> local = new ArrayList<>(2);

    /** @return the table with this id, or null: only main and local exist until a route is added elsewhere. */
    public List<Ipv6Route> table(final int id)
    {
        return id == MAIN ? Collections.unmodifiableList(main) : id == LOCAL ? Collections.unmodifiableList(local)
            : null;
    }

    /**
     * fib6_add for a route the kernel makes: a route of the same prefix, type, metric and device is there already
     * (EEXIST, which the kernel's callers ignore), or it is inserted where the walker will find it.
     *
     * @return the route in the table (the one already there, or this one).
     */
    Ipv6Route add(final int table, final Ipv6Route route)
    {
        final List<Ipv6Route> routes = table == LOCAL ? local : main;
        int at = 0;
        while (at < routes.size())
        {
            final Ipv6Route other = routes.get(at);
            final int order = walkOrder(route, other);
            if (order < 0 || order == 0 && other.metric > route.metric)
            {
                break;
            }
            if (order == 0 && other.metric == route.metric && other.device == route.device
                && other.type == route.type)
            {
                return other;
            }
            at++;
        }
        routes.add(at, route);
        return route;
    }

    /** @return the route of that prefix, type and device in the table, or null. */
    Ipv6Route find(final int table, final long high, final long low, final int prefixLength,
        final Ipv6Route.Type type, final NetDevice device)
    {
        for (final Ipv6Route route : table == LOCAL ? local : main)
        {
            if (route.samePrefix(high, low, prefixLength) && route.type == type && route.device == device)
            {
                return route;
            }
        }
        return null;
    }

    /**
     * The routes of the main table that could hold {@code ip route add}'s new route at {@code at}: its position in
     * the walk, after the routes of its prefix with a metric up to its own.
     */
    int insertionPoint(final Ipv6Route route)
    {
        int at = 0;
        while (at < main.size())
        {
            final Ipv6Route other = main.get(at);
            final int order = walkOrder(route, other);
            if (order < 0 || order == 0 && other.metric > route.metric)
            {
                break;
            }
            at++;
        }
        return at;
    }

    /** fib6_add_rt2 for a user's route: inserted where the walker finds it, no duplicate check (the caller's). */
    void insertMain(final Ipv6Route route)
    {
        main.add(insertionPoint(route), route);
    }

    /** @return the main table's routes, to read and to change in place (replace). */
    List<Ipv6Route> mainRoutes()
    {
        return main;
    }

    /** @return the local table itself, for lookups (not to be changed). */
    List<Ipv6Route> localRoutes()
    {
        return local;
    }

    /** @return false when the route was not in the table. */
    boolean remove(final int table, final Ipv6Route route)
    {
        return (table == LOCAL ? local : main).remove(route);
    }

    /** Removes every route the predicate takes, from both tables. */
    void removeIf(final Predicate<Ipv6Route> doomed)
    {
        main.removeIf(doomed);
        local.removeIf(doomed);
    }

    /**
     * NETDEV_UP and NETDEV_CHANGE (rt6_sync_up, rt6_sync_down_dev): the device's unicast and multicast routes are
     * marked linkdown while its link is not ready, and no longer once it is.
     */
    void linkStateChanged(final NetDevice device)
    {
        for (final List<Ipv6Route> routes : List.of(main, local))
        {
            for (final Ipv6Route route : routes)
            {
                if (route.device == device && route.type != Ipv6Route.Type.LOCAL
                    && route.type != Ipv6Route.Type.ANYCAST)
                {
                    route.linkDown = !device.isLinkReady();
                }
            }
        }
    }

    /**
     * @return below 0 when {@code a} comes before {@code b} in the walk, above 0 after, 0 for the same prefix: a
     *         prefix inside another comes first, otherwise the lower address (the first differing bit, 0 left).
     */
    static int walkOrder(final Ipv6Route a, final Ipv6Route b)
    {
        if (a.samePrefix(b.high, b.low, b.prefixLength))
        {
            return 0;
        }
        if (a.prefixLength < b.prefixLength && contains(a, b.high, b.low))
        {
            return 1;
        }
        if (b.prefixLength < a.prefixLength && contains(b, a.high, a.low))
        {
            return -1;
        }
        final int high = Long.compareUnsigned(a.high, b.high);
        return high != 0 ? high : Long.compareUnsigned(a.low, b.low);
    }

    /** @return true when the address lies in the route's prefix. */
    static boolean contains(final Ipv6Route route, final long high, final long low)
    {
        final int length = route.prefixLength;
        return ((high ^ route.high) & Ipv6Address.prefixMaskHigh(length)) == 0
            && ((low ^ route.low) & Ipv6Address.prefixMaskLow(length)) == 0;
    }
}
