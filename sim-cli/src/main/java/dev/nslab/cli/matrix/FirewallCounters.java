package dev.nslab.cli.matrix;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a namespace's filter table has dropped and rejected so far, read from {@code iptables -L -v -x -n} (which
 * creates nothing: a namespace without tables lists three empty chains). The matrix reads it in the namespaces that
 * have a DROP or REJECT rule or a DROP policy before and after each probe, the same commands on both backends, so
 * a probe's cell says whether a rule stopped it.
 *
 * @param dropped  packets counted by DROP rules and DROP policies.
 * @param rejected packets counted by REJECT rules.
 * @param stops    whether the table can stop a packet at all (such a rule or policy exists).
 */
public record FirewallCounters(long dropped, long rejected, boolean stops)
{
    /** The listing, as the namespace's command (the host's without {@code ip netns exec}). */
    static final String LISTING = "iptables -L -v -x -n";

    /** {@code Chain INPUT (policy DROP 5 packets, 420 bytes)}. */
    private static final Pattern POLICY = Pattern.compile("^Chain \\S+ \\(policy (\\S+) (\\d+) packets, \\d+ bytes\\)");
    /** A rule row of {@code -v -x}: packets, bytes, then the target (blank for a rule without one). */
    private static final Pattern RULE = Pattern.compile("^\\s*(\\d+)\\s+\\d+ (\\S+)\\s");

    /** @return the listing command run in {@code namespace} ({@code host}: the machine's own). */
    static String command(final String namespace)
    {
        return namespace.equals("host") ? LISTING : "ip netns exec " + namespace + " " + LISTING;
    }

    /** @return the counters of one listing's lines. */
    static FirewallCounters parse(final List<String> lines)
    {
        long dropped = 0;
        long rejected = 0;
        boolean stops = false;
        for (final String line : lines)
        {
            final Matcher policy = POLICY.matcher(line);
            if (policy.find())
            {
                if (policy.group(1).equals("DROP"))
                {
                    stops = true;
                    dropped += Long.parseLong(policy.group(2));
                }
                continue;
            }
            final Matcher rule = RULE.matcher(line);
            if (rule.find())
            {
                // A rule without a target has blanks there and does not match.
                final String target = rule.group(2);
                if (target.equals("DROP"))
                {
                    stops = true;
                    dropped += Long.parseLong(rule.group(1));
                }
                else if (target.equals("REJECT"))
                {
                    stops = true;
                    rejected += Long.parseLong(rule.group(1));
                }
            }
        }
        return new FirewallCounters(dropped, rejected, stops);
    }
}
