package dev.nslab.stack.netfilter;

/**
 * An xt match of a rule ({@code -m icmp}, {@code -m tcp}, {@code -m udp}, {@code -m comment}, {@code -m conntrack}, {@code -m state}), asked after the rule's
 * IP header fields matched. Implementations are immutable and allocate nothing when asked.
 */
public sealed interface RuleMatch permits IcmpMatch, PortMatch, CommentMatch, ConntrackMatch
{
    /**
     * @param buffer          the packet's bytes.
     * @param transportOffset where the IP payload starts.
     * @param transportLength how many payload bytes there are.
     * @param fragmentOffset  the IP fragment offset (in 8-byte units): the protocol matches see only first pieces.
     * @param conntrackStates the packet's {@link ConntrackInfo} state bits ({@code STATE_INVALID} untracked).
     */
    boolean matches(byte[] buffer, int transportOffset, int transportLength, int fragmentOffset, int conntrackStates);
}
