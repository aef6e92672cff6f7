package dev.nslab.stack.netfilter;

import dev.nslab.core.frame.FrameReference;

/**
 * One tracked connection (struct nf_conn): its tuple in each direction (the original one as the first packet showed
 * it, the reply one as its answers will look, NAT included), its status bits and when it expires, in virtual time.
 *
 * <p>A tuple is the protocol's view of a packet: for ICMP the echo identifier and the type and code; for UDP and TCP
 * the ports; for anything else the addresses alone. Pooled by its {@link ConnectionTable}: entries are reused, never
 * freed, so tracking allocates only while the table grows.
 */
public final class Connection implements FrameReference
{
    /** IPS_SEEN_REPLY: a packet went the reply way. */
    static final int SEEN_REPLY = 1 << 1;
    /** IPS_ASSURED: not dropped early when the table is full (UDP streams). */
    static final int ASSURED = 1 << 2;
    /** IPS_CONFIRMED: in the table (a packet reached POSTROUTING or INPUT). */
    static final int CONFIRMED = 1 << 3;
    /** IPS_SRC_NAT: the original direction's source is rewritten. */
    static final int SRC_NAT = 1 << 4;
    /** IPS_DST_NAT: the original direction's destination is rewritten. */
    static final int DST_NAT = 1 << 5;
    /** IPS_SRC_NAT_DONE: the source NAT decision is made (a binding, perhaps a null one). */
    static final int SRC_NAT_DONE = 1 << 7;
    /** IPS_DST_NAT_DONE. */
    static final int DST_NAT_DONE = 1 << 8;

    /** The two tuples, indexed by direction: [0] original, [1] reply (ct->tuplehash). */
    final TupleNode[] tuples = {new TupleNode(this, 0), new TupleNode(this, 1)};
    int protocol;
    int status;
    /** When the entry dies, in virtual ns; for an unconfirmed entry, its timeout from confirmation. */
    long expiresNs;
    long timeoutNs;
    /** UDP: the time after which a replied flow counts as a stream (ct->proto.udp.stream_ts). */
    long streamAfterNs;
    /** The table's list by last refresh, oldest first; and the free or unconfirmed lists. */
    Connection older;
    Connection newer;
    /** Packets holding the entry (their skb references; the table's own is not counted). */
    int references;
    /** Out of the table (flushed, expired, dropped early) but still held by a packet: counted until let go. */
    boolean dying;
    private final ConnectionTable table;

    Connection(final ConnectionTable table)
    {
        this.table = table;
    }

    @Override
    public void dropReference()
    {
        if (--references == 0)
        {
            table.lastReferenceDropped(this);
        }
    }

    /** @return conntrack's {@code use}: the table's reference and the packets' that hold the entry. */
    public int use()
    {
        return 1 + references;
    }

    /** @return the IP protocol number. */
    public int protocol()
    {
        return protocol;
    }

    /** @return the tuple of a direction: 0 original, 1 reply. */
    public TupleNode tuple(final int direction)
    {
        return tuples[direction];
    }

    /** @return whether a packet went the reply way (conntrack -L prints {@code [UNREPLIED]} until then). */
    public boolean seenReply()
    {
        return (status & SEEN_REPLY) != 0;
    }

    /** @return whether the entry is assured ({@code [ASSURED]}). */
    public boolean assured()
    {
        return (status & ASSURED) != 0;
    }

    /** @return the virtual time the entry expires at. */
    public long expiresNs()
    {
        return expiresNs;
    }

    void clear()
    {
        protocol = 0;
        status = 0;
        expiresNs = 0;
        timeoutNs = 0;
        streamAfterNs = 0;
        older = null;
        newer = null;
        references = 0;
        dying = false;
        tuples[0].next = null;
        tuples[1].next = null;
    }

    /**
     * One direction's tuple (struct nf_conntrack_tuple_hash), chained in the table's hash.
     */
    public static final class TupleNode
    {
        final Connection owner;
        final int direction;
        int source;
        int destination;
        /** ICMP: the echo identifier; UDP, TCP: the source port; else 0. */
        int sourceKey;
        /** ICMP: type << 8 | code; UDP, TCP: the destination port; else 0. */
        int destinationKey;
        TupleNode next;

        TupleNode(final Connection owner, final int direction)
        {
            this.owner = owner;
            this.direction = direction;
        }

        public int source()
        {
            return source;
        }

        public int destination()
        {
            return destination;
        }

        /** @return the ICMP identifier or the source port. */
        public int sourceKey()
        {
            return sourceKey;
        }

        /** @return the ICMP type << 8 | code, or the destination port. */
        public int destinationKey()
        {
            return destinationKey;
        }

        void set(final int source, final int destination, final int sourceKey, final int destinationKey)
        {
            this.source = source;
            this.destination = destination;
            this.sourceKey = sourceKey;
            this.destinationKey = destinationKey;
        }

        boolean is(final int protocol, final int source, final int destination, final int sourceKey,
            final int destinationKey)
        {
            return owner.protocol == protocol && this.source == source && this.destination == destination
                && this.sourceKey == sourceKey && this.destinationKey == destinationKey;
        }
    }
}
