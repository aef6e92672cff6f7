package dev.nslab.stack.ipv6;

import java.util.Arrays;

import dev.nslab.stack.netlink.Scope;

/**
 * IPv6 addresses as two longs (high and low 64 bits, as {@link dev.nslab.core.wire.Ipv6View} reads them): the
 * well-known ones addrconf and MLD use, the EUI-64 interface identifier, solicited-node groups and their Ethernet
 * multicast addresses, and inet_ntop's text form.
 */
public final class Ipv6Address
{
    /** fe80::/64. */
    public static final long LINK_LOCAL_HIGH = 0xFE80_0000_0000_0000L;
    /** ff02::/16, link-scope multicast; with {@link #ALL_NODES_LOW} ff02::1. */
    public static final long LINK_MULTICAST_HIGH = 0xFF02_0000_0000_0000L;
    /** ff01::, interface-local multicast (ff01::1 is joined by every inet6_dev and never reported). */
    public static final long INTERFACE_MULTICAST_HIGH = 0xFF01_0000_0000_0000L;
    /** ff05::, site-local multicast (a router joins ff05::2). */
    public static final long SITE_MULTICAST_HIGH = 0xFF05_0000_0000_0000L;
    public static final long ALL_NODES_LOW = 1;
    public static final long ALL_ROUTERS_LOW = 2;
    /** ff02::16, where MLDv2 reports go. */
    public static final long MLDV2_ROUTERS_LOW = 0x16;
    /** ff02::6a, all snoopers (RFC 4286): what a bridge that snoops multicast joins. */
    public static final long ALL_SNOOPERS_LOW = 0x6A;
    private static final long SOLICITED_NODE_LOW = 0x0000_0001_FF00_0000L;
    private static final long IPV6_MULTICAST_MAC = 0x3333_0000_0000L;

    private Ipv6Address()
    {
    }

    /** @return the interface identifier addrgenmode eui64 makes of a MAC: ff:fe in the middle, U/L bit flipped. */
    public static long eui64(final long mac)
    {
        final long oui = (mac >>> 24) & 0xFF_FFFFL ^ 0x02_0000L;
        return oui << 40 | 0xFF_FEL << 24 | mac & 0xFF_FFFFL;
    }

    /** @return the low half of the solicited-node group (ff02::1:ffXX:XXXX) of an address whose low half is given. */
    public static long solicitedNodeLow(final long low)
    {
        return SOLICITED_NODE_LOW | low & 0xFF_FFFFL;
    }

    /** @return ndisc_mc_map: 33:33 and the low 32 bits of a multicast address. */
    public static long multicastMac(final long low)
    {
        return IPV6_MULTICAST_MAC | low & 0xFFFF_FFFFL;
    }

    /**
     * @return __ipv6_addr_needs_scope_id: a link-local unicast address, or an interface- or link-local multicast
     *         one, means something only with the device it is on.
     */
    public static boolean needsScope(final long high)
    {
        if (isMulticast(high))
        {
            final int scope = multicastScope(high);
            return scope == 1 || scope == 2;
        }
        return (high & 0xFFC0_0000_0000_0000L) == LINK_LOCAL_HIGH;
    }

    public static boolean isMulticast(final long high)
    {
        return (high >>> 56) == 0xFF;
    }

    public static boolean isUnspecified(final long high, final long low)
    {
        return high == 0 && low == 0;
    }

    /** @return the multicast scope nibble (1 interface, 2 link, ...). */
    public static int multicastScope(final long high)
    {
        return (int) (high >>> 48) & 0xF;
    }

    /** @return inet_ntop's text: lower-case hex groups, the longest run of two or more zero groups as {@code ::}. */
    public static String format(final long high, final long low)
    {
        final int[] groups = new int[8];
        for (int i = 0; i < 4; i++)
        {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
            groups[4 + i] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0)
            {
                j++;
            }
            if (j - i > bestLength && j - i >= 2)
            {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        final StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':')
            {
                text.append(':');
            }
            if (i == 6 && bestStart == 0 && (bestLength == 6 || bestLength == 5 && groups[5] == 0xFFFF))
            {
                // inet_ntop6: an IPv4-compatible or -mapped address ends in dotted quad (::1.2.3.4, ::ffff:1.2.3.4).
                text.append(groups[6] >>> 8).append('.').append(groups[6] & 0xFF).append('.')
                    .append(groups[7] >>> 8).append('.').append(groups[7] & 0xFF);
                break;
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** @return the first 64 bits of a /{@code length} prefix mask. */
    public static long prefixMaskHigh(final int length)
    {
        return length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
    }

    /** @return the last 64 bits of a /{@code length} prefix mask. */
    public static long prefixMaskLow(final int length)
    {
        return length <= 64 ? 0 : length >= 128 ? -1L : -1L << (128 - length);
    }

    /**
     * inet_pton(AF_INET6) as glibc reads it: eight groups of one to four hex digits, one {@code ::} for a run of
     * zero groups, and optionally a dotted quad for the last two groups; nothing else (no zone, no prefix).
     *
     * @return {high, low}, or null when the text is not an IPv6 address.
     */
    public static long[] parse(final String text)
    {
        final int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int at = 0;
        final int length = text.length();
        if (length == 0)
        {
            return null;
        }
        if (text.charAt(0) == ':')
        {
            if (length < 2 || text.charAt(1) != ':')
            {
                return null;
            }
            at = 1;
        }
        int groupStart = at;
        int value = 0;
        int digits = 0;
        while (at < length)
        {
            final char c = text.charAt(at);
            final int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit >= 0)
            {
                if (++digits > 4)
                {
                    return null;
                }
                value = value << 4 | digit;
                at++;
                continue;
            }
            if (c == ':')
            {
                at++;
                if (digits == 0)
                {
                    if (gap >= 0)
                    {
                        return null;
                    }
                    gap = count;
                    groupStart = at;
                    continue;
                }
                if (at == length || count == 8)
                {
                    return null;
                }
                groups[count++] = value;
                value = 0;
                digits = 0;
                groupStart = at;
                continue;
            }
            if (c == '.' && count <= 6)
            {
                final long[] quad = dottedQuad(text.substring(groupStart));
                if (quad == null)
                {
                    return null;
                }
                groups[count++] = (int) (quad[0] >>> 16);
                groups[count++] = (int) (quad[0] & 0xFFFF);
                digits = 0;
                at = length;
                break;
            }
            return null;
        }
        if (digits > 0)
        {
            if (count == 8)
            {
                return null;
            }
            groups[count++] = value;
        }
        if (gap >= 0)
        {
            if (count == 8)
            {
                return null;
            }
            final int moved = count - gap;
            System.arraycopy(groups, gap, groups, 8 - moved, moved);
            Arrays.fill(groups, gap, 8 - moved, 0);
        }
        else if (count != 8)
        {
            return null;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++)
        {
            high = high << 16 | groups[i];
            low = low << 16 | groups[4 + i];
        }
        return new long[] {high, low};
    }

    /** inet_pton4: four decimal numbers up to 255, no leading zero; the address in {@code [0]}, or null. */
    private static long[] dottedQuad(final String text)
    {
        final String[] parts = text.split("\\.", -1);
        if (parts.length != 4)
        {
            return null;
        }
        long address = 0;
        for (final String part : parts)
        {
            if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0')
            {
                return null;
            }
            int octet = 0;
            for (int i = 0; i < part.length(); i++)
            {
                final char c = part.charAt(i);
                if (c < '0' || c > '9')
                {
                    return null;
                }
                octet = octet * 10 + c - '0';
            }
            if (octet > 255)
            {
                return null;
            }
            address = address << 8 | octet;
        }
        return new long[] {address};
    }

    /**
     * ipv6_addr_scope as {@code ip addr} names it: host for ::1, link for fe80::/10, site for fec0::/10, a multicast
     * address's own scope, global otherwise (the unspecified address included).
     */
    public static Scope scopeOf(final long high, final long low)
    {
        if (high == 0 && low == 1)
        {
            return Scope.HOST;
        }
        final int top10 = (int) (high >>> 54);
        if (top10 == 0x3FA)
        {
            return Scope.LINK;
        }
        if (top10 == 0x3FB)
        {
            return Scope.SITE;
        }
        return Scope.UNIVERSE;
    }
}
