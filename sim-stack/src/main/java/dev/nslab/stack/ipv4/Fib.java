package dev.nslab.stack.ipv4;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * The IPv4 forwarding information base of a namespace: its routing tables (net/ipv4/fib_frontend.c, fib_trie.c)
 * and its policy rules (fib_rules.c), and fib_lookup over both.
 *
 * <p>As in the kernel, a namespace starts with the three default rules (0 local, 32766 main, 32767 default) and with
 * local and main <em>merged</em>: until a rule is added or deleted (fib_has_custom_rules), fib_lookup reads no rule
 * at all, looks the main table up with the local routes in the same trie (the longest prefix of either wins, local
 * first on a tie), then the default table when that found nothing or a throw route. Here the merged lookup is one
 * {@link PrefixRangeTable} over the heads of both tables, so the default rules cost nothing: one binary search,
 * fewer than before the rules existed (a local lookup, then a main one). The first rule change unmerges for good
 * (fib_unmerge) and from then on every lookup walks the rules in order.
 *
 * <p>A table exists once the kernel made it (fib_new_table: the first route into it, a rule with table 0; main with
 * local while merged) and is never destroyed; {@code ip route show table N} of one that does not exist fails with
 * "FIB table does not exist". Simulation thread only.
 */
public final class Fib
{
    /** RT_TABLE_MAX: table ids are unsigned 32 bits. */
    private static final long TABLE_MAX = 0xFFFF_FFFFL;

    final FibTable local = new FibTable(Route.Table.LOCAL.id(), this, 0);
    final FibTable main = new FibTable(Route.Table.MAIN.id(), this, 0);
    /** The default table, or null until it exists (looked up after main while merged). */
    private FibTable defaultTable;
    /** The tables that exist, by id (local and main included once they exist). */
    private final Map<Integer, FibTable> tables = new HashMap<>(4);
    private long nextTableSequence = 1;
    private long nextSequence;
    /** fib_has_custom_rules, inverted: local and main are looked up as one and the rules are not read. */
    private boolean merged = true;
    /**
     * The merged lookup index over local and main (throw routes' ranges lead to null), or null when a change made
     * it stale.
     */
    private PrefixRangeTable mergedIndex;
    /**
     * The rules, or null until first read: a namespace that never lists or changes them stays merged and never reads
     * them, so its three default rules are made when they are first asked for.
     */
    private List<FibRule> rules;
    /** For {@link #lookup(int)} while the rules are custom. */
    private final FibLookup scratch = new FibLookup();
    /**
     * rt_genid: bumped by every change a route lookup could see (here: tables, routes, rules, linkdown; from the
     * namespace: addresses, device events, sysctls, redirects), so that a cached answer is known to be current.
     */
    private long generation;

    Fib()
    {
    }

    /** @return the rules, the three default ones made on the first call. */
    private List<FibRule> ruleList()
    {
        List<FibRule> list = rules;
        if (list == null)
        {
            // fib_default_rules_init (fib4_rules_init): protocol kernel, no selector.
            list = new ArrayList<>(4);
            list.add(defaultRule(0, Route.Table.LOCAL));
            list.add(defaultRule(32766, Route.Table.MAIN));
            list.add(defaultRule(32767, Route.Table.DEFAULT));
            rules = list;
        }
        return list;
    }

    private static FibRule defaultRule(final int priority, final Route.Table table)
    {
        return new FibRule(priority, false, 0, 0, 0, 0, null, null, table.id(), FibRule.Action.TO_TABLE,
            Route.Protocol.KERNEL);
    }

    // ------------------------------------------------------------------------------------------------- lookups

    /**
     * @return the route fib_lookup finds for a locally generated flow to {@code destination} with no source and no
     *         bound device (a route of an error type when that is what it lands on), or null when none matches.
     */
    public Route lookup(final int destination)
    {
        if (merged)
        {
            final Route route = mergedLookup(destination);
            if (route != null)
            {
                return route;
            }
            final FibTable fallback = defaultTable;
            return fallback == null ? null : fallback.lookup(destination);
        }
        final FibLookup result = scratch;
        resolve(destination, 0, null, null, 0, result);
        return result.route;
    }

    /**
     * fib_lookup for a flow, rules included; allocates nothing.
     *
     * @param input    the flow's input device: the receiving device, or lo for locally generated traffic.
     * @param output   the bound output device (flowi4_oif), or null.
     * @param minScope flowi4_scope: routes of a narrower scope value are skipped (the gateway check asks for link).
     */
    void resolve(final int destination, final int source, final NetDevice input, final NetDevice output,
        final int minScope, final FibLookup out)
    {
        out.clear();
        final int oif = output == null ? 0 : output.ifindex();
        final boolean plain = minScope == 0 && oif == 0;
        if (merged)
        {
            final Route route = plain ? mergedLookup(destination) : mergedLookup(destination, minScope, oif);
            if (route != null && route.type != Route.Type.THROW)
            {
                found(out, route, Route.Table.MAIN.id());
                return;
            }
            final FibTable fallback = defaultTable;
            if (fallback != null)
            {
                final Route inDefault = plain ? fallback.lookup(destination)
                    : fallback.lookup(destination, minScope, oif);
                if (inDefault != null && (plain || inDefault.type != Route.Type.THROW))
                {
                    found(out, inDefault, fallback.id);
                    return;
                }
            }
            out.error = Errno.ENETUNREACH;
            return;
        }
        final List<FibRule> list = ruleList();
        for (int i = 0, n = list.size(); i < n; i++)
        {
            final FibRule rule = list.get(i);
            if (!rule.matches(destination, source, input, output))
            {
                continue;
            }
            if (rule.action != FibRule.Action.TO_TABLE)
            {
                out.error = rule.action.error();
                return;
            }
            FibTable table = rule.tableFound;
            if (table == null)
            {
                table = rule.tableFound = tables.get(rule.table);
                if (table == null)
                {
                    continue; // fib4_rule_action: no such table is -EAGAIN
                }
            }
            final Route route = plain ? table.lookup(destination) : table.lookup(destination, minScope, oif);
            if (route == null || !plain && route.type == Route.Type.THROW)
            {
                continue;
            }
            out.route = route;
            out.table = table.id;
            out.error = plain && table.nothingFails() ? null : route.type.error();
            return;
        }
        out.error = Errno.ENETUNREACH; // -ESRCH from fib_rules_lookup, turned into -ENETUNREACH by __fib_lookup
    }

    private static void found(final FibLookup out, final Route route, final int table)
    {
        out.route = route;
        out.table = table;
        out.error = route.type.error();
    }

    /**
     * The local table's answer for an address (inet_addr_type_table with RT_TABLE_LOCAL, __ip_dev_find's fallback):
     * while the tables are merged that is the merged trie, so a longer main route hides a local one there too.
     *
     * @return the route, or null.
     */
    Route localLookup(final int address)
    {
        return merged ? mergedLookup(address) : local.lookup(address);
    }

    private Route mergedLookup(final int destination)
    {
        PrefixRangeTable index = mergedIndex;
        if (index == null)
        {
            index = mergedIndex = buildMergedIndex();
        }
        return index.lookup(destination);
    }

    /** The merged trie's lookup with a scope floor and an output device: local's aliases first at each length. */
    private Route mergedLookup(final int destination, final int minScope, final int oif)
    {
        for (int length = 32; length >= 0; length--)
        {
            Route found = FibTable.firstPassing(local.chain(destination, length), minScope, oif);
            if (found == null)
            {
                found = FibTable.firstPassing(main.chain(destination, length), minScope, oif);
            }
            if (found != null)
            {
                return found;
            }
        }
        return null;
    }

    private PrefixRangeTable buildMergedIndex()
    {
        final int capacity = local.prefixCount() + main.prefixCount();
        final int[] destinations = new int[capacity];
        final int[] lengths = new int[capacity];
        final Route[] heads = new Route[capacity];
        int count = local.exportHeads(destinations, lengths, heads, 0, null);
        count = main.exportHeads(destinations, lengths, heads, count, local);
        for (int i = 0; i < count; i++)
        {
            if (heads[i].type == Route.Type.THROW)
            {
                // A throw route's range answers "nothing here", as no route does: the lookup goes on to the
                // default table either way, and the hot path need not read the route to know.
                heads[i] = null;
            }
        }
        return PrefixRangeTable.build(destinations, lengths, heads, count);
    }

    void tableChanged(final FibTable table)
    {
        generation++;
        if (table == local || table == main)
        {
            mergedIndex = null;
        }
    }

    // -------------------------------------------------------------------------------------------------- tables

    /** @return the routes of a table in dump order (none when it does not exist). */
    public List<Route> routes(final Route.Table table)
    {
        return routes(table.id());
    }

    /** @return the routes of the table with this id in dump order (none when it does not exist). */
    public List<Route> routes(final int tableId)
    {
        final FibTable table = tables.get(tableId);
        return table == null ? List.of() : table.dump();
    }

    public boolean localTableExists()
    {
        return tables.containsKey(Route.Table.LOCAL.id());
    }

    /** @return true when the table with this id exists (fib_get_table). */
    public boolean tableExists(final int tableId)
    {
        return tables.containsKey(tableId);
    }

    /**
     * @return the ids of the tables that exist, in the order a dump of all tables visits them (inet_dump_fib: hash
     *         bucket {@code id & 255}, the newest table first within a bucket).
     */
    public List<Integer> tablesInDumpOrder()
    {
        final List<FibTable> existing = new ArrayList<>(tables.values());
        existing.sort(Comparator.comparingInt((FibTable t) -> t.id & 0xFF)
            .thenComparing(Comparator.comparingLong((FibTable t) -> t.created).reversed()));
        final List<Integer> ids = new ArrayList<>(existing.size());
        for (final FibTable table : existing)
        {
            ids.add(table.id);
        }
        return ids;
    }

    /** @return true until the rules were first changed: local and main are one lookup, the rules are not read. */
    public boolean tablesMerged()
    {
        return merged;
    }

    /** @return the rules in the order they are evaluated (priority, then age). */
    public List<FibRule> rules()
    {
        return Collections.unmodifiableList(ruleList());
    }

    List<FibRule> mutableRules()
    {
        generation++;
        return ruleList();
    }

    /** @return the routing generation: cached route lookups made under another one are stale. */
    long generation()
    {
        return generation;
    }

    /** rt_cache_flush (rt_genid_bump_ipv4): something a route lookup reads changed. */
    void invalidateRoutes()
    {
        generation++;
    }

    /** fib_unmerge, and fib_has_custom_rules set: from now on lookups read the rules. */
    void rulesChanged()
    {
        generation++;
        merged = false;
        mergedIndex = null;
    }

    /** @return the table with this id, or null when it does not exist. */
    FibTable table(final int tableId)
    {
        return tables.get(tableId);
    }

    FibTable table(final Route.Table table)
    {
        return table == Route.Table.LOCAL ? local : table == Route.Table.MAIN ? main : tables.get(table.id());
    }

    /** fib_new_table: the table, made if missing; 0 means main, and local made while merged makes main first. */
    FibTable createTable(final int requestedId)
    {
        final int id = requestedId == 0 ? Route.Table.MAIN.id() : requestedId;
        final FibTable existing = tables.get(id);
        if (existing != null)
        {
            return existing;
        }
        if (id == Route.Table.LOCAL.id() && merged)
        {
            createTable(Route.Table.MAIN.id());
        }
        final FibTable table;
        if (id == Route.Table.LOCAL.id() || id == Route.Table.MAIN.id())
        {
            table = id == Route.Table.LOCAL.id() ? local : main;
            table.created(nextTableSequence++);
        }
        else
        {
            table = new FibTable(id, this, nextTableSequence++);
            if (id == Route.Table.DEFAULT.id())
            {
                defaultTable = table;
            }
        }
        tables.put(id, table);
        generation++;
        return table;
    }

    /** fib_empty_table: the lowest id from 1 that has no table, made now (a rule with table 0 gets it). */
    FibTable createEmptyTable()
    {
        for (long id = 1; id <= TABLE_MAX; id++)
        {
            if (!tables.containsKey((int) id))
            {
                return createTable((int) id);
            }
        }
        throw new NetlinkException(Errno.ENOBUFS);
    }

    void insert(final Route route)
    {
        generation++;
        route.sequence = nextSequence++;
        createTable(route.table).insert(route);
    }

    /** fib_magic with NLM_F_APPEND: a kernel route is added unless the same one is already there. */
    void insertKernelRoute(final Route route)
    {
        final FibTable table = table(route.table);
        for (Route r = table == null ? null : table.chain(route.destination, route.prefixLength); r != null;
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
        generation++;
        final FibTable table = tables.get(route.table);
        return table != null && table.remove(route);
    }

    /**
     * NETDEV_CHANGE (fib_netdev_event): the nexthops through {@code device} are marked linkdown when it is neither
     * running nor has carrier (fib_sync_down_dev), and unmarked otherwise (fib_sync_up).
     */
    void syncLinkDown(final NetDevice device, final boolean linkDown)
    {
        generation++;
        for (final FibTable table : tables.values())
        {
            for (final Route route : table.dump())
            {
                if (route.device == device)
                {
                    route.linkDown = linkDown;
                }
            }
        }
    }

    /**
     * ip_fib_check_default: some route, in any table, goes through {@code device} by way of {@code gateway} (what
     * secure_redirects asks of a new gateway on a link that is not shared media).
     */
    boolean isGatewayThrough(final int gateway, final NetDevice device)
    {
        for (final FibTable table : tables.values())
        {
            for (final Route route : table.dump())
            {
                if (route.device == device && route.usesGateway() && route.gateway == gateway)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes every route of every table matching the filter. */
    void removeIf(final Predicate<Route> filter)
    {
        generation++;
        for (final FibTable table : new ArrayList<>(tables.values()))
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
