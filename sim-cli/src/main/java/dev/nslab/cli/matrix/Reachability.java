package dev.nslab.cli.matrix;

import java.util.List;

/**
 * What one ping of the matrix found: a reply, no route at connect, no reply, a probe a firewall rule dropped, or one
 * a REJECT rule answered (with the ICMP type it was given, as {@code --reject-with} names it).
 */
public enum Reachability
{
    REACHABLE("reachable", null),
    UNREACHABLE("unreachable", null),
    NO_ROUTE("no route", null),
    FILTERED("filtered", null),
    REJECTED_PORT_UNREACHABLE("rejected (icmp-port-unreachable)", "Destination Port Unreachable"),
    REJECTED_HOST_UNREACHABLE("rejected (icmp-host-unreachable)", "Destination Host Unreachable"),
    REJECTED_NET_UNREACHABLE("rejected (icmp-net-unreachable)", "Destination Net Unreachable"),
    REJECTED_PROTO_UNREACHABLE("rejected (icmp-proto-unreachable)", "Destination Protocol Unreachable"),
    REJECTED_HOST_PROHIBITED("rejected (icmp-host-prohibited)", "Destination Host Prohibited"),
    REJECTED_NET_PROHIBITED("rejected (icmp-net-prohibited)", "Destination Net Prohibited"),
    REJECTED_ADMIN_PROHIBITED("rejected (icmp-admin-prohibited)", "Packet filtered");

    private final String text;
    /** What iputils ping prints after {@code From ADDR icmp_seq=N } for the ICMP error a REJECT of this type sends. */
    private final String pingError;

    Reachability(final String text, final String pingError)
    {
        this.text = text;
        this.pingError = pingError;
    }

    public String text()
    {
        return text;
    }

    /** iputils ping exits 0 with a reply, 1 without one, 2 when connect() failed (Network is unreachable). */
    static Reachability ofPingExit(final int exitCode)
    {
        return switch (exitCode)
        {
            case 0 -> REACHABLE;
            case 2 -> NO_ROUTE;
            default -> UNREACHABLE;
        };
    }

    /**
     * A probe judged with the firewall counters read around it ({@link FirewallCounters}): without a reply, a probe
     * during which a DROP rule or policy counted a packet was filtered; one during which a REJECT rule counted was
     * rejected, with the type of the ICMP error ping printed (filtered when ping printed none: a REJECT of the
     * sender's own OUTPUT that also caught its error).
     *
     * @param pingLines what ping printed.
     * @param dropped   whether a DROP rule or policy counted during the probe.
     * @param rejected  whether a REJECT rule counted during it.
     */
    static Reachability of(final int exitCode, final List<String> pingLines, final boolean dropped,
        final boolean rejected)
    {
        final Reachability byExit = ofPingExit(exitCode);
        if (byExit != UNREACHABLE || !(dropped || rejected))
        {
            // A reply is a reply, and a ping whose connect failed sent nothing a rule could stop: what counted
            // meanwhile was other traffic (a previous probe's late packet).
            return byExit;
        }
        if (rejected)
        {
            for (final String line : pingLines)
            {
                for (final Reachability type : values())
                {
                    if (type.pingError != null && line.startsWith("From ") && line.endsWith(" " + type.pingError)
                        && line.contains(" icmp_seq="))
                    {
                        return type;
                    }
                }
            }
        }
        return FILTERED;
    }
}
