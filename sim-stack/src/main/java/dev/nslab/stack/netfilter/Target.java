package dev.nslab.stack.netfilter;

import java.util.Objects;

/**
 * What a rule does when it matches: a verdict (ACCEPT, DROP), RETURN, a jump to a user chain, REJECT with its ICMP
 * type, or nothing at all (a rule without {@code -j} only counts).
 *
 * @param kind   what it is.
 * @param chain  the chain a {@link Kind#JUMP} goes to, else null.
 * @param reject the ICMP error of a {@link Kind#REJECT}, else null.
 */
public record Target(Kind kind, String chain, RejectType reject)
{
    /** The kinds of target the filter table has here. */
    public enum Kind
    {
        NONE, ACCEPT, DROP, RETURN, JUMP, REJECT
    }

    public static final Target NONE = new Target(Kind.NONE, null, null);
    public static final Target ACCEPT = new Target(Kind.ACCEPT, null, null);
    public static final Target DROP = new Target(Kind.DROP, null, null);
    public static final Target RETURN = new Target(Kind.RETURN, null, null);

    public Target
    {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.JUMP) != (chain != null) || (kind == Kind.REJECT) != (reject != null))
        {
            throw new IllegalArgumentException("a jump names a chain, a REJECT its type, nothing else either");
        }
    }

    public static Target jump(final String chain)
    {
        return new Target(Kind.JUMP, Objects.requireNonNull(chain, "chain"), null);
    }

    public static Target reject(final RejectType type)
    {
        return new Target(Kind.REJECT, null, Objects.requireNonNull(type, "type"));
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
