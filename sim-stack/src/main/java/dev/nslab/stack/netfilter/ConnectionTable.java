package dev.nslab.stack.netfilter;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.netfilter.Connection.TupleNode;

/**
 * One namespace's connection-tracking table (nf_conntrack's hash, its per-netns count and the sysctl timeouts): every
 * confirmed connection is found by either of its tuples; entries die when their timeout runs out in virtual time,
 * checked lazily where the kernel's lookup checks it (an expired entry found is killed, never returned), so nothing
 * runs between packets and the same scenario always gives the same table.
 *
 * <p>Bounded: at most {@link #max()} entries (nf_conntrack_max, 262144 here). A new connection past it makes room
 * as early_drop does, by dropping an entry that is not assured (here: the one refreshed longest ago), counted as
 * {@link #earlyDrops()}; when none can go, the packet is dropped and counted in {@link #drops()} ("nf_conntrack:
 * table full, dropping packet"). Entries are pooled: after warm-up, tracking allocates nothing.
 *
 * <p>Simulation thread only.
 */
public final class ConnectionTable
{
    /** nf_conntrack_max as this machine's kernel has it (a child namespace cannot change it). */
    public static final int DEFAULT_MAX = 262_144;
    private static final long SECOND_NS = 1_000_000_000L;

    /** nf_conntrack_icmp_timeout. */
    long icmpTimeoutNs = 30 * SECOND_NS;
    /** nf_conntrack_udp_timeout: a UDP flow without replies. */
    long udpTimeoutNs = 30 * SECOND_NS;
    /** nf_conntrack_udp_timeout_stream: a UDP flow replied to for more than two seconds. */
    long udpStreamTimeoutNs = 120 * SECOND_NS;
    /** nf_conntrack_generic_timeout: any other protocol. */
    long genericTimeoutNs = 600 * SECOND_NS;

    private final int max;
    private TupleNode[] buckets = new TupleNode[16];
    private int count;
    /** Confirmed entries by last refresh: {@link #oldest} is the first early_drop takes. */
    private Connection oldest;
    private Connection newest;
    /** Entries a packet carries but no packet has confirmed yet (nf_conntrack's unconfirmed list). */
    private Connection unconfirmed;
    private Connection free;
    /** Entries out of the table that packets still hold (nf_conntrack_count counts them until freed). */
    private int dying;
    private int allocated;
    private long drops;
    private long earlyDrops;
    private long inserts;

    public ConnectionTable()
    {
        this(DEFAULT_MAX);
    }

    /** @param max nf_conntrack_max: how many entries the table holds. */
    public ConnectionTable(final int max)
    {
        if (max < 1)
        {
            throw new IllegalArgumentException("max " + max);
        }
        this.max = max;
    }

    public int max()
    {
        return max;
    }

    /** @return new connections refused because the table was full (the "drop" statistic). */
    public long drops()
    {
        return drops;
    }

    /** @return entries dropped to make room for a new one (the "early_drop" statistic). */
    public long earlyDrops()
    {
        return earlyDrops;
    }

    /** @return entries confirmed into the table (the "insert" statistic). */
    public long inserts()
    {
        return inserts;
    }

    /** @return how many entry objects the pool has made: the table's memory. */
    public int allocated()
    {
        return allocated;
    }

    /** @return the timeout of {@code protocol}'s entries, in ns, before any reply. */
    public long timeoutNs(final int protocol)
    {
        return switch (protocol)
        {
            case 1 -> icmpTimeoutNs;
            case 17 -> udpTimeoutNs;
            default -> genericTimeoutNs;
        };
    }

    /** Sets nf_conntrack_icmp_timeout (seconds), as sysctl does for the entries refreshed from then on. */
    public void setIcmpTimeoutSeconds(final long seconds)
    {
        icmpTimeoutNs = seconds * SECOND_NS;
    }

    public long icmpTimeoutSeconds()
    {
        return icmpTimeoutNs / SECOND_NS;
    }

    // -------------------------------------------------------------------------------------------------- lookup

    /**
     * ____nf_conntrack_find: the live entry one of whose tuples is this one, killing the expired ones met on the
     * way.
     *
     * @return the tuple found (its {@link TupleNode#direction} says which way the packet goes), or null.
     */
    TupleNode find(final int protocol, final int source, final int destination, final int sourceKey,
        final int destinationKey, final long now)
    {
        final int bucket = hash(protocol, source, destination, sourceKey, destinationKey) & (buckets.length - 1);
        TupleNode node = buckets[bucket];
        while (node != null)
        {
            final TupleNode next = node.next;
            if (node.is(protocol, source, destination, sourceKey, destinationKey))
            {
                if (node.owner.expiresNs - now <= 0)
                {
                    kill(node.owner);
                    return null;
                }
                return node;
            }
            node = next;
        }
        return null;
    }

    /**
     * nf_conntrack_tuple_taken: whether a live entry other than {@code ignored} has this tuple in either direction
     * (NAT asks it of the reply tuple a mapping would give).
     */
    boolean taken(final int protocol, final int source, final int destination, final int sourceKey,
        final int destinationKey, final Connection ignored, final long now)
    {
        final TupleNode node = find(protocol, source, destination, sourceKey, destinationKey, now);
        return node != null && node.owner != ignored;
    }

    // ------------------------------------------------------------------------------------------ entries' life

    /**
     * __nf_conntrack_alloc: an unconfirmed entry, which the packet must then hold (it goes back to the pool when no
     * packet holds it any more), or null when the table is full and nothing may go (counted as a drop).
     */
    Connection allocate(final long now)
    {
        if (count + dying >= max)
        {
            final Connection victim = oldest;
            if (victim != null && victim.expiresNs - now <= 0)
            {
                kill(victim);
            }
            else if (victim != null && !victim.assured())
            {
                kill(victim);
                earlyDrops++;
            }
            else
            {
                drops++;
                return null;
            }
        }
        else if (oldest != null && oldest.expiresNs - now <= 0)
        {
            // The gc worker's job, done here: an expired entry's memory serves the new one.
            kill(oldest);
        }
        Connection connection = free;
        if (connection != null)
        {
            free = connection.newer;
            connection.newer = null;
        }
        else
        {
            connection = new Connection(this);
            allocated++;
        }
        connection.newer = unconfirmed;
        if (unconfirmed != null)
        {
            unconfirmed.older = connection;
        }
        unconfirmed = connection;
        return connection;
    }

    /**
     * nf_ct_put's last reference: an unconfirmed entry whose packet was dropped, or a dying one, goes back to the
     * pool.
     */
    void lastReferenceDropped(final Connection connection)
    {
        if (connection.dying)
        {
            dying--;
            recycle(connection);
        }
        else if ((connection.status & Connection.CONFIRMED) == 0)
        {
            unlinkUnconfirmed(connection);
            recycle(connection);
        }
    }

    private void unlinkUnconfirmed(final Connection connection)
    {
        if (connection.older != null)
        {
            connection.older.newer = connection.newer;
        }
        else
        {
            unconfirmed = connection.newer;
        }
        if (connection.newer != null)
        {
            connection.newer.older = connection.older;
        }
        connection.older = null;
        connection.newer = null;
    }

    /**
     * __nf_conntrack_confirm: the entry goes into the table by both tuples, its timeout starting now. A clash (both
     * tuples already there, which one thread cannot make) keeps the older entry.
     *
     * @return false when the entry could not go in (the packet is dropped, counted as insert_failed; the entry stays
     *         unconfirmed until the packet lets it go).
     */
    boolean confirm(final Connection connection, final long now)
    {
        if ((connection.status & Connection.CONFIRMED) != 0)
        {
            return true;
        }
        final TupleNode original = connection.tuples[0];
        final TupleNode reply = connection.tuples[1];
        if (find(connection.protocol, original.source, original.destination, original.sourceKey,
            original.destinationKey, now) != null
            || find(connection.protocol, reply.source, reply.destination, reply.sourceKey, reply.destinationKey,
                now) != null)
        {
            return false;
        }
        unlinkUnconfirmed(connection);
        connection.status |= Connection.CONFIRMED;
        connection.expiresNs = now + connection.timeoutNs;
        insert(original);
        insert(reply);
        appendNewest(connection);
        count++;
        inserts++;
        if (count > buckets.length)
        {
            grow();
        }
        return true;
    }

    /** nf_ct_refresh: the entry lives {@code timeoutNs} from now (an unconfirmed one from its confirmation). */
    void refresh(final Connection connection, final long timeoutNs, final long now)
    {
        connection.timeoutNs = timeoutNs;
        if ((connection.status & Connection.CONFIRMED) != 0)
        {
            connection.expiresNs = now + timeoutNs;
            if (connection != newest)
            {
                unlinkConfirmed(connection);
                appendNewest(connection);
            }
        }
    }

    /**
     * nf_ct_delete of a confirmed entry: out of the table, back to the pool, or dying while a packet still holds it
     * (counted, never found or listed).
     */
    void kill(final Connection connection)
    {
        remove(connection.tuples[0]);
        remove(connection.tuples[1]);
        unlinkConfirmed(connection);
        count--;
        if (connection.references > 0)
        {
            connection.dying = true;
            connection.status &= ~Connection.CONFIRMED;
            dying++;
        }
        else
        {
            recycle(connection);
        }
    }

    /** {@code conntrack -F}: every entry goes. */
    public void flush()
    {
        while (oldest != null)
        {
            kill(oldest);
        }
    }

    /**
     * @return nf_conntrack_count once the expired entries went, as a dump makes them go: the live entries and the
     *         dying ones packets still hold.
     */
    public int count(final long now)
    {
        expire(now);
        return count + dying;
    }

    /** @return the live entries, the most recently refreshed first (allocates: for listings). */
    public List<Connection> entries(final long now)
    {
        expire(now);
        final List<Connection> all = new ArrayList<>(count);
        for (Connection each = newest; each != null; each = each.older)
        {
            all.add(each);
        }
        return all;
    }

    private void expire(final long now)
    {
        Connection each = oldest;
        while (each != null)
        {
            final Connection next = each.newer;
            if (each.expiresNs - now <= 0)
            {
                kill(each);
            }
            each = next;
        }
    }

    // ---------------------------------------------------------------------------------------------- the lists

    private void appendNewest(final Connection connection)
    {
        connection.older = newest;
        connection.newer = null;
        if (newest != null)
        {
            newest.newer = connection;
        }
        else
        {
            oldest = connection;
        }
        newest = connection;
    }

    private void unlinkConfirmed(final Connection connection)
    {
        if (connection.older != null)
        {
            connection.older.newer = connection.newer;
        }
        else
        {
            oldest = connection.newer;
        }
        if (connection.newer != null)
        {
            connection.newer.older = connection.older;
        }
        else
        {
            newest = connection.older;
        }
        connection.older = null;
        connection.newer = null;
    }

    private void recycle(final Connection connection)
    {
        connection.clear();
        connection.newer = free;
        free = connection;
    }

    private void insert(final TupleNode node)
    {
        final int bucket = bucketOf(node, buckets.length);
        node.next = buckets[bucket];
        buckets[bucket] = node;
    }

    private void remove(final TupleNode node)
    {
        final int bucket = bucketOf(node, buckets.length);
        TupleNode each = buckets[bucket];
        TupleNode previous = null;
        while (each != null)
        {
            if (each == node)
            {
                if (previous == null)
                {
                    buckets[bucket] = node.next;
                }
                else
                {
                    previous.next = node.next;
                }
                node.next = null;
                return;
            }
            previous = each;
            each = each.next;
        }
    }

    /** Twice the buckets, up to one per entry the table may hold (nf_conntrack_buckets is 262144 here). */
    private void grow()
    {
        if (buckets.length >= Integer.highestOneBit(max) * 2)
        {
            return;
        }
        final TupleNode[] old = buckets;
        final TupleNode[] grown = new TupleNode[old.length * 2];
        for (final TupleNode head : old)
        {
            TupleNode node = head;
            while (node != null)
            {
                final TupleNode next = node.next;
                final int bucket = bucketOf(node, grown.length);
                node.next = grown[bucket];
                grown[bucket] = node;
                node = next;
            }
        }
        buckets = grown;
    }

    private static int bucketOf(final TupleNode node, final int length)
    {
        return hash(node.owner.protocol, node.source, node.destination, node.sourceKey, node.destinationKey)
            & (length - 1);
    }

    /** A fixed mix of the tuple (no random seed: the same scenario makes the same table). */
    private static int hash(final int protocol, final int source, final int destination, final int sourceKey,
        final int destinationKey)
    {
        int h = source * 0x9E37_79B1;
        h = (h ^ destination) * 0x85EB_CA6B;
        h = (h ^ (protocol << 24 | sourceKey)) * 0xC2B2_AE35;
        h = (h ^ destinationKey) * 0x27D4_EB2F;
        return h ^ (h >>> 15);
    }
}
