package dev.nslab.stack.netfilter;

import java.util.Objects;

/** One rule of a chain: its spec and the packet and byte counters the kernel keeps beside it. */
public final class Rule
{
    private final RuleSpec spec;
    /** Kept in step with the matches, read on the hot path without going through the list. */
    final RuleMatch[] matches;
    /** Whether the rule needs connection tracking: a conntrack or state match, or a NAT target. */
    final boolean needsTracking;
    /** The chain a jump goes to, resolved when the rule went in; null for other targets. */
    Chain jumpTo;
    long packets;
    long bytes;

    Rule(final RuleSpec spec)
    {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.matches = spec.matches().toArray(new RuleMatch[0]);
        boolean tracking = spec.target().kind().isNat();
        for (final RuleMatch match : matches)
        {
            tracking |= match instanceof ConntrackMatch;
        }
        this.needsTracking = tracking;
    }

    public RuleSpec spec()
    {
        return spec;
    }

    /** @return packets that matched the rule (the first column of {@code iptables -L -v}). */
    public long packets()
    {
        return packets;
    }

    /** @return the IP lengths of those packets, summed. */
    public long bytes()
    {
        return bytes;
    }

    /**
     * The rule's own test (ip_packet_match, then each match in turn), given what the hook knows.
     *
     * @param inName  the input device's name, empty without one.
     * @param outName the output device's name, empty without one.
     */
    boolean matches(final int source, final int destination, final int protocol, final String inName,
        final String outName, final MatchedPacket packet)
    {
        final RuleSpec rule = spec;
        if (((source & RuleSpec.mask(rule.sourcePrefix())) == rule.source()) == rule.sourceInverted()
            || ((destination & RuleSpec.mask(rule.destinationPrefix())) == rule.destination())
                == rule.destinationInverted())
        {
            return false;
        }
        if (rule.inInterface() != null && !rule.inInterface().matches(inName)
            || rule.outInterface() != null && !rule.outInterface().matches(outName))
        {
            return false;
        }
        if (rule.protocol() != 0 && (protocol == rule.protocol()) == rule.protocolInverted())
        {
            return false;
        }
        for (final RuleMatch match : matches)
        {
            if (!match.matches(packet))
            {
                return false;
            }
        }
        return true;
    }
}
