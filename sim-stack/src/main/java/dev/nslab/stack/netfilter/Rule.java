package dev.nslab.stack.netfilter;

import java.util.Objects;

/** One rule of a chain: its spec and the packet and byte counters the kernel keeps beside it. */
public final class Rule
{
    /** Changes only when the chain it jumps to is renamed (the jump follows it). */
    private RuleSpec spec;
    /** Kept in step with the matches, read on the hot path without going through the list. */
    final RuleMatch[] matches;
    // ip_packet_match's fields, copied out of the spec once: the hot path reads finals, not accessors.
    private final int sourceMask;
    private final int sourceAddress;
    private final boolean sourceInverted;
    private final int destinationMask;
    private final int destinationAddress;
    private final boolean destinationInverted;
    private final InterfaceMatch inInterface;
    private final InterfaceMatch outInterface;
    private final int protocol;
    private final boolean protocolInverted;
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
        this.sourceMask = RuleSpec.mask(spec.sourcePrefix());
        this.sourceAddress = spec.source();
        this.sourceInverted = spec.sourceInverted();
        this.destinationMask = RuleSpec.mask(spec.destinationPrefix());
        this.destinationAddress = spec.destination();
        this.destinationInverted = spec.destinationInverted();
        this.inInterface = spec.inInterface();
        this.outInterface = spec.outInterface();
        this.protocol = spec.protocol();
        this.protocolInverted = spec.protocolInverted();
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

    /** {@code iptables -E}: the chain this rule jumps to has a new name. */
    void jumpRenamed(final String newName)
    {
        spec = spec.withTarget(Target.jump(newName));
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
    boolean matches(final int source, final int destination, final int packetProtocol, final String inName,
        final String outName, final MatchedPacket packet)
    {
        if (((source & sourceMask) == sourceAddress) == sourceInverted
            || ((destination & destinationMask) == destinationAddress) == destinationInverted)
        {
            return false;
        }
        if (inInterface != null && !inInterface.matches(inName)
            || outInterface != null && !outInterface.matches(outName))
        {
            return false;
        }
        if (protocol != 0 && (packetProtocol == protocol) == protocolInverted)
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
