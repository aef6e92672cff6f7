package dev.nslab.stack.netfilter;

import java.util.Objects;

/**
 * What a rule does when it matches: a verdict (ACCEPT, DROP), RETURN, a jump to a user chain, REJECT with its ICMP
 * type, a NAT target of the nat table (SNAT, DNAT, MASQUERADE with its address), or nothing at all (a rule without
 * {@code -j} only counts).
 *
 * @param kind   what it is.
 * @param chain  the chain a {@link Kind#JUMP} goes to, else null.
 * @param reject the ICMP error of a {@link Kind#REJECT}, else null.
 * @param nat    the mapping of {@link Kind#SNAT} and {@link Kind#DNAT}, else null.
 */
public record Target(Kind kind, String chain, RejectType reject, NatRange nat)
{
    /** The kinds of target the tables have here. */
    public enum Kind
    {
        NONE, ACCEPT, DROP, RETURN, JUMP, REJECT, SNAT, DNAT, MASQUERADE;

        /** @return whether the target is one of the nat table's (it needs connection tracking). */
        public boolean isNat()
        {
            return this == SNAT || this == DNAT || this == MASQUERADE;
        }
    }

    public static final Target NONE = new Target(Kind.NONE, null, null, null);
    public static final Target ACCEPT = new Target(Kind.ACCEPT, null, null, null);
    public static final Target DROP = new Target(Kind.DROP, null, null, null);
    public static final Target RETURN = new Target(Kind.RETURN, null, null, null);
    public static final Target MASQUERADE = new Target(Kind.MASQUERADE, null, null, null);

    public Target
    {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.JUMP) != (chain != null) || (kind == Kind.REJECT) != (reject != null)
            || (kind == Kind.SNAT || kind == Kind.DNAT) != (nat != null))
        {
            throw new IllegalArgumentException("a jump names a chain, a REJECT its type, a SNAT or DNAT its range");
        }
    }

    public static Target jump(final String chain)
    {
        return new Target(Kind.JUMP, Objects.requireNonNull(chain, "chain"), null, null);
    }

    public static Target reject(final RejectType type)
    {
        return new Target(Kind.REJECT, null, Objects.requireNonNull(type, "type"), null);
    }

    /** SNAT --to-source. */
    public static Target snat(final NatRange range)
    {
        return new Target(Kind.SNAT, null, null, Objects.requireNonNull(range, "range"));
    }

    /** DNAT --to-destination. */
    public static Target dnat(final NatRange range)
    {
        return new Target(Kind.DNAT, null, null, Objects.requireNonNull(range, "range"));
    }

    /** @return the name iptables lists in the target column (empty for none). */
    public String name()
    {
        return switch (kind)
        {
            case NONE -> "";
            case JUMP -> chain;
            default -> kind.name();
        };
    }
}
