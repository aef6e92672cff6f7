package dev.nslab.stack.netfilter;

import java.util.List;
import java.util.Objects;

/**
 * What a rule says, as iptables stores it (struct ipt_ip plus its matches and target); two specs are equal when
 * {@code iptables -D CHAIN rule-spec} would take one for the other. Addresses are already masked, as iptables
 * masks them ({@code -s 10.1.2.3/8} is 10.0.0.0/8).
 *
 * @param source          the source address (masked); with {@code sourcePrefix} 0 it matches everything.
 * @param sourcePrefix    the source mask's length, 0 to 32.
 * @param protocol        0 for all, else the IP protocol number.
 * @param inInterface     {@code -i}, or null.
 * @param outInterface    {@code -o}, or null.
 * @param matches         the xt matches in the order the command line loaded them.
 */
public record RuleSpec(int source, int sourcePrefix, boolean sourceInverted, int destination, int destinationPrefix,
    boolean destinationInverted, InterfaceMatch inInterface, InterfaceMatch outInterface, int protocol,
    boolean protocolInverted, List<RuleMatch> matches, Target target)
{
    public RuleSpec
    {
        matches = List.copyOf(matches);
        Objects.requireNonNull(target, "target");
        source &= mask(sourcePrefix);
        destination &= mask(destinationPrefix);
    }

    /** @return the netmask of a prefix length ({@code /24} is 0xFFFFFF00). */
    public static int mask(final int prefixLength)
    {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** @return the same rule with another target (iptables -R keeps nothing of the old one but its place). */
    public RuleSpec withTarget(final Target other)
    {
        return new RuleSpec(source, sourcePrefix, sourceInverted, destination, destinationPrefix, destinationInverted,
            inInterface, outInterface, protocol, protocolInverted, matches, other);
    }
}
