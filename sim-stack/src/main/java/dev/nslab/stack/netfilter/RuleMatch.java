package dev.nslab.stack.netfilter;

/**
 * An xt match of a rule ({@code -m icmp}, {@code -m tcp}, {@code -m udp}, {@code -m comment}, {@code -m conntrack}, {@code -m state}, {@code -m addrtype}), asked after the rule's
 * IP header fields matched. Implementations are immutable and allocate nothing when asked.
 */
public sealed interface RuleMatch permits IcmpMatch, PortMatch, CommentMatch, ConntrackMatch, AddressTypeMatch
{
    /** @param packet the packet as the table sees it now. */
    boolean matches(MatchedPacket packet);
}
