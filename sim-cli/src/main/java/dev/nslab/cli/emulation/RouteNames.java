package dev.nslab.cli.emulation;

import dev.nslab.stack.ipv4.Route;

/**
 * iproute2's names for routing numbers (lib/rt_names.c and ip/rtm_map.c, with Debian's {@code /etc/iproute2}
 * files, which the kernel backend's sandbox reads too): protocols, scopes, tables and route types, both ways.
 * Numbers are read as strtoul with base 0 reads them, whole words only.
 */
final class RouteNames
{
    /** RT_TABLE_MAX. */
    static final long TABLE_MAX = 0xFFFF_FFFFL;

    private RouteNames()
    {
    }

    /**
     * strtoul(word, &end, 0) that must consume the whole word: leading white space and a sign allowed (a negative
     * number wraps around, so only {@code -0} stays small).
     *
     * @return the value, or null when the word is not a number; values beyond 32 bits come back as
     *         {@link Long#MAX_VALUE}.
     */
    static Long strtoul(final String word)
    {
        int position = 0;
        while (position < word.length() && isSpace(word.charAt(position)))
        {
            position++;
        }
        boolean negative = false;
        if (position < word.length() && (word.charAt(position) == '+' || word.charAt(position) == '-'))
        {
            negative = word.charAt(position) == '-';
            position++;
        }
        final long[] parsed = Inet.strtoul(word, position);
        if (parsed == null || parsed[1] != word.length())
        {
            return null;
        }
        if (negative && parsed[0] != 0)
        {
            return Long.MAX_VALUE;
        }
        return parsed[0] > TABLE_MAX ? Long.MAX_VALUE : parsed[0];
    }

    private static boolean isSpace(final char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** get_u32: a number up to 2^32 - 1, or null. */
    static Long u32(final String word)
    {
        final Long value = strtoul(word);
        return value == null || value > TABLE_MAX ? null : value;
    }

    /** rtnl_rtprot_a2n: a name of rt_protos or a number up to 255; null otherwise. */
    static Integer protocol(final String word)
    {
        final Route.Protocol named = Route.Protocol.named(word);
        if (named != null)
        {
            return named.value();
        }
        final Long value = strtoul(word);
        return value == null || value > 255 ? null : value.intValue();
    }

    /** rtnl_rtscope_a2n: global, nowhere, host, link, site, or a number up to 255; null otherwise. */
    static Integer scope(final String word)
    {
        switch (word)
        {
            case "global" ->
            {
                return 0;
            }
            case "nowhere" ->
            {
                return 255;
            }
            case "host" ->
            {
                return 254;
            }
            case "link" ->
            {
                return 253;
            }
            case "site" ->
            {
                return 200;
            }
            default ->
            {
                final Long value = strtoul(word);
                return value == null || value > 255 ? null : value.intValue();
            }
        }
    }

    /** rtnl_rtscope_n2a. */
    static String scopeName(final int scope)
    {
        return switch (scope)
        {
            case 0 -> "global";
            case 255 -> "nowhere";
            case 254 -> "host";
            case 253 -> "link";
            case 200 -> "site";
            default -> Integer.toString(scope);
        };
    }

    /** rtnl_rttable_a2n: local, main, default, unspec (0) or a number up to 2^32 - 1; null otherwise. */
    static Long table(final String word)
    {
        switch (word)
        {
            case "local" ->
            {
                return 255L;
            }
            case "main" ->
            {
                return 254L;
            }
            case "default" ->
            {
                return 253L;
            }
            case "unspec" ->
            {
                return 0L;
            }
            default ->
            {
                return u32(word);
            }
        }
    }

    /** rtnl_rttable_n2a. */
    static String tableName(final int table)
    {
        return switch (table)
        {
            case 255 -> "local";
            case 254 -> "main";
            case 253 -> "default";
            case 0 -> "unspec";
            default -> Integer.toUnsignedString(table);
        };
    }

    /**
     * rtnl_rtntype_a2n: the RTN_* number a word names (some names abbreviate, in rtm_map.c's order), or a number up
     * to 255; -1 otherwise.
     */
    static int type(final String word)
    {
        if (word.equals("local"))
        {
            return 2;
        }
        if (word.equals("nat"))
        {
            return 10;
        }
        if (Keywords.matches(word, "broadcast") || word.equals("brd"))
        {
            return 3;
        }
        final String[] abbreviable = {"anycast", "multicast", "prohibit", "unreachable", "blackhole", "xresolve",
            "unicast"};
        final int[] numbers = {4, 5, 8, 7, 6, 11, 1};
        for (int i = 0; i < abbreviable.length; i++)
        {
            if (Keywords.matches(word, abbreviable[i]))
            {
                return numbers[i];
            }
        }
        if (word.equals("throw"))
        {
            return 9;
        }
        final Long value = strtoul(word);
        return value == null || value > 255 ? -1 : value.intValue();
    }

    /** rtnl_rtntype_n2a. */
    static String typeName(final int type)
    {
        return switch (type)
        {
            case 0 -> "none";
            case 1 -> "unicast";
            case 2 -> "local";
            case 3 -> "broadcast";
            case 4 -> "anycast";
            case 5 -> "multicast";
            case 6 -> "blackhole";
            case 7 -> "unreachable";
            case 8 -> "prohibit";
            case 9 -> "throw";
            case 10 -> "nat";
            case 11 -> "xresolve";
            default -> Integer.toString(type);
        };
    }
}
