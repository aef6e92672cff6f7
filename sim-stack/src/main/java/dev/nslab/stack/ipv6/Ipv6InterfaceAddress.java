package dev.nslab.stack.ipv6;

import dev.nslab.core.time.Timer;
import dev.nslab.stack.netlink.Scope;

/**
 * One IPv6 address of a device (struct inet6_ifaddr): the address and prefix, its scope, its IFA_F_* flags as
 * {@code ip addr} prints them, and where duplicate address detection stands (its state, probes left, nonce and
 * work item).
 */
public final class Ipv6InterfaceAddress
{
    public static final int FLAG_NODAD = 0x02;
    public static final int FLAG_OPTIMISTIC = 0x04;
    public static final int FLAG_DADFAILED = 0x08;
    public static final int FLAG_TENTATIVE = 0x40;
    public static final int FLAG_PERMANENT = 0x80;

    /** INET6_IFADDR_STATE_*: where the address is in DAD. */
    enum State
    {
        PREDAD, DAD, POSTDAD, ERRDAD, DEAD
    }

    final long high;
    final long low;
    final int prefixLength;
    final Scope scope;
    int flags;
    State state = State.PREDAD;
    /** Neighbour solicitations still to send (dad_probes). */
    int dadProbes;
    /** The enhanced-DAD nonce of this run (48 bits, never 0), to recognise one's own looped-back solicitation. */
    long dadNonce;
    /** addrconf_dad_work, armed by addrconf_mod_dad_work; made when first armed (::1 never is). */
    private Timer dadWork;

    Ipv6InterfaceAddress(final long high, final long low, final int prefixLength, final Scope scope, final int flags)
    {
        this.high = high;
        this.low = low;
        this.prefixLength = prefixLength;
        this.scope = scope;
        this.flags = flags;
    }

    /** @return the DAD work item, made now if it never was, running {@code action}. */
    Timer dadWork(final Timer.Action action)
    {
        if (dadWork == null)
        {
            dadWork = new Timer(action);
        }
        return dadWork;
    }

    /** @return the DAD work item, or null when it was never armed. */
    Timer dadWorkIfAny()
    {
        return dadWork;
    }

    public long high()
    {
        return high;
    }

    public long low()
    {
        return low;
    }

    public int prefixLength()
    {
        return prefixLength;
    }

    /** @return the rtnetlink scope {@code ip addr} prints (host for ::1, link for fe80::/10, global otherwise). */
    public Scope scope()
    {
        return scope;
    }

    /** @return the IFA_F_* flags. */
    public int flags()
    {
        return flags;
    }

    public boolean isTentative()
    {
        return (flags & FLAG_TENTATIVE) != 0;
    }

    /**
     * @return whether sockets may use the address (bind to it, send from it): not tentative, as ipv6_chk_addr and
     *         ipv6_dev_get_saddr ban IFA_F_TENTATIVE unless optimistic; an address whose DAD failed stays tentative.
     */
    public boolean isUsable()
    {
        if ((flags & FLAG_DADFAILED) != 0)
        {
            return false;
        }
        return (flags & FLAG_TENTATIVE) == 0 || (flags & FLAG_OPTIMISTIC) != 0;
    }

    /**
     * @return ipv6_addr_src_scope's order of the address list (global 0xe, site 5, link 2, host 1): the list keeps higher
     *         scopes first, so {@code ip addr} shows global addresses before link-local ones before ::1.
     */
    int sourceScope()
    {
        return switch (scope)
        {
            case HOST -> 1;
            case LINK -> 2;
            case SITE -> 5;
            default -> 0xE;
        };
    }

    @Override
    public String toString()
    {
        return Ipv6Address.format(high, low) + "/" + prefixLength;
    }
}
