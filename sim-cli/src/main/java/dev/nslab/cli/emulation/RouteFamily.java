package dev.nslab.cli.emulation;

import java.util.List;
import java.util.Set;

/**
 * The family of an {@code ip route add|replace|delete|get} given without {@code -4} or {@code -6}: iproute_modify and
 * iproute_get start from AF_UNSPEC, and the first address they parse (the destination, or a {@code via},
 * {@code src}, {@code from} or {@code to} value, whichever comes first; {@code default} sets none) sets it;
 * get_addr_1 takes an address with a colon for IPv6.
 */
final class RouteFamily
{
    /** The verbs whose first address picks the family (the ones nslab emulates for IPv6 routes). */
    private static final Set<String> ADDRESS_VERBS = Set.of("add", "replace", "delete", "get");
    /** Keywords whose value is an address. */
    private static final Set<String> ADDRESS_KEYWORDS = Set.of("via", "src", "from", "to");
    /** Keywords that take one value that is not an address. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("as", "mtu", "hoplimit", "advmss", "reordering", "rtt",
        "rttvar", "window", "cwnd", "initcwnd", "initrwnd", "features", "quickack", "congctl", "rto_min",
        "ssthresh", "realms", "realm", "protocol", "proto", "table", "vrf", "dev", "oif", "iif", "pref", "ttl-propagate",
        "metric", "priority", "preference", "scope", "tos", "dsfield", "expires", "nhid", "mark", "uid", "ipproto",
        "sport", "dport");
    /** Route types and flags: no value, no address. */
    private static final Set<String> WORDS = Set.of("unicast", "local", "broadcast", "multicast", "throw",
        "unreachable", "prohibit", "blackhole", "nat", "anycast", "onlink", "notify", "fibmatch", "connected", "lock");

    private RouteFamily()
    {
    }

    /** @return whether {@code ip route VERB ARGUMENTS...} (no family option given) is an IPv6 request. */
    static boolean impliesIpv6(final List<String> arguments)
    {
        if (arguments.isEmpty() || !Keywords.matchesAny(arguments.get(0), ADDRESS_VERBS.toArray(String[]::new)))
        {
            return false;
        }
        for (int i = 1; i < arguments.size(); i++)
        {
            final String word = arguments.get(i);
            if (ADDRESS_KEYWORDS.contains(word))
            {
                int value = i + 1;
                if (word.equals("via") && value < arguments.size()
                    && (arguments.get(value).equals("inet") || arguments.get(value).equals("inet6")))
                {
                    return arguments.get(value).equals("inet6");
                }
                return value < arguments.size() && isIpv6(arguments.get(value));
            }
            if (VALUE_KEYWORDS.contains(word))
            {
                i++;
                continue;
            }
            if (word.equals("default") || word.equals("any") || word.equals("all"))
            {
                continue; // get_prefix leaves the family unset for these
            }
            if (!WORDS.contains(word))
            {
                return isIpv6(word); // the destination
            }
        }
        return false;
    }

    private static boolean isIpv6(final String address)
    {
        return address.indexOf(':') >= 0;
    }
}
