package dev.nslab.stack.netfilter;

/**
 * {@code -m conntrack [!] --ctstate S,...} and {@code -m state [!] --state S,...} (xt_conntrack, which serves both
 * in iptables 1.8.9): the packet's state bit must be in the mask, or must not under {@code !}.
 *
 * @param states     the {@link ConntrackInfo} state bits named.
 * @param inverted   {@code !}.
 * @param stateMatch whether it was written as {@code -m state} (listed and saved as such; a different rule).
 */
public record ConntrackMatch(int states, boolean inverted, boolean stateMatch) implements RuleMatch
{
    @Override
    public boolean matches(final MatchedPacket packet)
    {
        return ((packet.conntrackStates & states) != 0) != inverted;
    }
}
