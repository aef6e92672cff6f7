package dev.nslab.stack.netfilter;

/**
 * What connection tracking says about one packet (enum ip_conntrack_info) and the state bits the conntrack and state
 * matches test (XT_CONNTRACK_STATE_BIT and friends, as xt_conntrack computes them).
 */
public final class ConntrackInfo
{
    /** Part of a connection that has seen packets both ways, in the original direction. */
    public static final int ESTABLISHED = 0;
    /** An ICMP error about a tracked connection, travelling in its original direction. */
    public static final int RELATED = 1;
    /** The first packets of a connection, before any reply. */
    public static final int NEW = 2;
    /** Any packet of the reply direction. */
    public static final int ESTABLISHED_REPLY = 3;
    /** An ICMP error about a tracked connection, travelling in its reply direction. */
    public static final int RELATED_REPLY = 4;
    /** IP_CT_IS_REPLY: added to ESTABLISHED and RELATED for the reply direction. */
    static final int IS_REPLY = 3;

    /** The packet belongs to no connection (no entry, or one the tracker refused). */
    public static final int STATE_INVALID = 1;
    public static final int STATE_ESTABLISHED = 1 << (ESTABLISHED + 1);
    public static final int STATE_RELATED = 1 << (RELATED + 1);
    public static final int STATE_NEW = 1 << (NEW + 1);
    /** IP_CT_UNTRACKED's bit: only the raw table's NOTRACK makes it, which nslab does not have. */
    public static final int STATE_UNTRACKED = 1 << 8;
    public static final int STATE_SNAT = 1 << 9;
    public static final int STATE_DNAT = 1 << 10;

    private ConntrackInfo()
    {
    }

    /** @return the packet's state bits for the conntrack and state matches, {@link #STATE_INVALID} without entry. */
    public static int stateBits(final Connection connection, final int info)
    {
        if (connection == null)
        {
            return STATE_INVALID;
        }
        int bits = 1 << (info % IS_REPLY + 1);
        if ((connection.status & Connection.SRC_NAT) != 0)
        {
            bits |= STATE_SNAT;
        }
        if ((connection.status & Connection.DST_NAT) != 0)
        {
            bits |= STATE_DNAT;
        }
        return bits;
    }

    /** @return the direction of the packet: 0 original, 1 reply. */
    public static int direction(final int info)
    {
        return info >= IS_REPLY ? 1 : 0;
    }
}
