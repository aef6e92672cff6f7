package dev.nslab.stack;

import java.util.List;

/**
 * The IPv4 forwarding information base of a namespace: the local table (local and broadcast routes the kernel
 * makes for each address) consulted before the main table, as the default rules 0 (local) and 32766 (main) have
 * it. The local table does not exist until a first route enters it ({@code ip route show table local} in a fresh
 * namespace fails with "FIB table does not exist").
 */
public final class Fib
{
    final FibTable local = new FibTable();
    final FibTable main = new FibTable();
    private boolean localTableExists;
    private long nextSequence;

    /** @return the route the kernel would use for {@code destination}, or null. */
    public Route lookup(final int destination)
    {
        final Route route = local.lookup(destination);
        return route != null ? route : main.lookup(destination);
    }

    /** @return the routes of a table in dump order. */
    public List<Route> routes(final Route.Table table)
    {
        return table(table).dump();
    }

    public boolean localTableExists()
    {
        return localTableExists;
    }

    FibTable table(final Route.Table table)
    {
        return table == Route.Table.LOCAL ? local : main;
    }

    void insert(final Route route)
    {
        route.sequence = nextSequence++;
        if (route.table == Route.Table.LOCAL)
        {
            localTableExists = true;
        }
        table(route.table).insert(route);
    }

    /** fib_magic with NLM_F_APPEND: a kernel route is added unless the same one is already there. */
    void insertKernelRoute(final Route route)
    {
        for (Route r = table(route.table).chain(route.destination, route.prefixLength); r != null;
            r = r.nextSamePrefix)
        {
            if (r.type == route.type && r.device == route.device && r.metric == route.metric
                && r.gateway == route.gateway && r.preferredSource == route.preferredSource)
            {
                return;
            }
        }
        insert(route);
    }

    boolean remove(final Route route)
    {
        return table(route.table).remove(route);
    }

    /** Removes every route of both tables matching the filter. */
    void removeIf(final java.util.function.Predicate<Route> filter)
    {
        for (final FibTable table : new FibTable[] {local, main})
        {
            for (final Route route : table.dump())
            {
                if (filter.test(route))
                {
                    table.remove(route);
                }
            }
        }
    }
}
