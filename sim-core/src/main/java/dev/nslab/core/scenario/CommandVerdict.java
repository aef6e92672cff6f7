package dev.nslab.core.scenario;

/**
 * A {@link CommandGate}'s answer for one scenario line: accepted, with what the backends need to know to run it,
 * or refused, with the reason.
 *
 * @param refusal              why the line may not run ({@code 'ip -d' is not emulated}), or null when accepted.
 * @param runsUntilInterrupted true for a ping (also through {@code ip netns exec}) with neither {@code -c} nor
 *                             {@code -w}: the backends end it as if Ctrl+C were pressed.
 * @param makesTap             true for {@code ip tuntap add ... mode tap}: on the kernel it needs {@code /dev/net/tun},
 *                             which not every user may open.
 */
public record CommandVerdict(String refusal, boolean runsUntilInterrupted, boolean makesTap)
{
    private static final CommandVerdict ACCEPTED = new CommandVerdict(null, false, false);
    private static final CommandVerdict ACCEPTED_INTERRUPTED = new CommandVerdict(null, true, false);
    private static final CommandVerdict ACCEPTED_TAP = new CommandVerdict(null, false, true);

    public CommandVerdict
    {
        if (refusal != null && (runsUntilInterrupted || makesTap))
        {
            throw new IllegalArgumentException("a refused line runs nothing");
        }
    }

    /** @return the acceptance of a line that makes a tap. */
    public static CommandVerdict acceptedMakingTap()
    {
        return ACCEPTED_TAP;
    }

    /** @return an acceptance; {@code runsUntilInterrupted} as for the record's component. */
    public static CommandVerdict accepted(final boolean runsUntilInterrupted)
    {
        return runsUntilInterrupted ? ACCEPTED_INTERRUPTED : ACCEPTED;
    }

    /** @return a refusal for {@code reason}, a phrase fit to follow {@code FILE:LINE: }. */
    public static CommandVerdict refused(final String reason)
    {
        return new CommandVerdict(java.util.Objects.requireNonNull(reason, "reason"), false, false);
    }

    public boolean isAccepted()
    {
        return refusal == null;
    }
}
