package dev.nslab.cli.emulation;

import dev.nslab.stack.ipv6.Ipv6Address;

/** IPv6 address text as iproute2 reads it (get_prefix_1 and get_addr_1 for AF_INET6). */
final class Inet6
{
    /**
     * An IPv6 prefix as get_prefix_1 leaves its inet_prefix.
     *
     * @param high        the address's first 64 bits.
     * @param low         its last 64 bits.
     * @param length      bitlen: 128 for a bare address, 0 for {@code default}.
     * @param lengthGiven PREFIXLEN_SPECIFIED: a {@code /N} was written.
     * @param empty       bytelen 0: {@code any} and {@code all}, an attribute of no bytes.
     */
    record Prefix(long high, long low, int length, boolean lengthGiven, boolean empty)
    {
    }

    private Inet6()
    {
    }

    /**
     * get_prefix_1 for AF_INET6: {@code default} (::/0), {@code any} and {@code all} (no bytes), or inet_pton's
     * address with an optional {@code /N} (get_unsigned in base 0, at most 128; no dotted mask for IPv6); or null.
     */
    static Prefix readPrefix(final String text)
    {
        final int slash = text.indexOf('/');
        final String address = slash < 0 ? text : text.substring(0, slash);
        if (address.equals("default") || address.equals("any") || address.equals("all"))
        {
            return slash < 0 ? new Prefix(0, 0, 0, address.equals("default"), !address.equals("default")) : null;
        }
        final long[] parsed = Ipv6Address.parse(address);
        if (parsed == null)
        {
            return null;
        }
        if (slash < 0)
        {
            return new Prefix(parsed[0], parsed[1], 128, false, false);
        }
        final String lengthText = text.substring(slash + 1);
        final long[] length = Inet.cStrtoul(lengthText, 0);
        if (lengthText.isEmpty() || length[1] != lengthText.length() || length[2] != 0
            || Long.compareUnsigned(length[0], 128) > 0)
        {
            return null;
        }
        return new Prefix(parsed[0], parsed[1], (int) length[0], true, false);
    }

    /** get_prefix() for AF_INET6, or exit 1 with iproute2's message ("inet6" when the family was given, else "any valid"). */
    static Prefix parsePrefix(final String text, final boolean familyGiven, final Output out)
    {
        final Prefix prefix = readPrefix(text);
        if (prefix == null)
        {
            throw out.fail("Error: " + (familyGiven ? "inet6" : "any valid") + " prefix is expected rather than \""
                + text + "\".", 1);
        }
        return prefix;
    }

    static String format(final long high, final long low)
    {
        return Ipv6Address.format(high, low);
    }
}
