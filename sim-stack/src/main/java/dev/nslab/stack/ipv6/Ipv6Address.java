package dev.nslab.stack.ipv6;

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
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
