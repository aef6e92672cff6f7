package dev.nslab.stack.ipv6;

import dev.nslab.stack.link.NetDevice;

/**
 * ipv6_dev_get_saddr: the source address for a destination, by the kernel's rules in their order (RFC 6724 s5 as
 * ipv6_get_saddr_eval scores them): the destination itself, the smallest scope not below the destination's (else
 * the largest), the outgoing device, the same label in the default policy table, the longest common prefix (at
 * most the address's own prefix length). Tentative and failed addresses are never chosen; a tie keeps the address
 * met first. A link-local or multicast destination takes the outgoing device's addresses only.
 */
final class SourceAddressSelection
{
    /** Scores of the rules compared in order; higher is better. */
    private static final int RULES = 5;

    private SourceAddressSelection()
    {
    }

    /**
     * @param outDevice the route's device, or null when the route was an error (then no device is preferred).
     * @return {high, low} of the chosen address, or null when no address is usable.
     */
    static long[] choose(final Iterable<NetDevice> devices, final NetDevice outDevice, final long high,
        final long low)
    {
        final int destinationScope = scopeOf(high, low);
        // With no output device (an error route: ip6_route_get_saddr passes none) every device's addresses count.
        final boolean outDeviceOnly = outDevice != null && (Ipv6Address.isMulticast(high) || destinationScope <= 2);
        final int destinationLabel = label(high, low);
        long[] best = null;
        int[] bestScore = null;
        for (final NetDevice device : outDeviceOnly ? java.util.List.of(outDevice) : devices)
        {
            final Ipv6Device idev = Ipv6Device.of(device);
            if (idev == null)
            {
                continue;
            }
            for (final Ipv6InterfaceAddress address : idev.addresses)
            {
                if ((address.flags & (Ipv6InterfaceAddress.FLAG_TENTATIVE | Ipv6InterfaceAddress.FLAG_DADFAILED)) != 0
                    || address.state == Ipv6InterfaceAddress.State.DEAD)
                {
                    continue;
                }
                final int[] score = score(address, device == outDevice, high, low, destinationScope,
                    destinationLabel);
                if (bestScore == null || better(score, bestScore))
                {
                    best = new long[] {address.high, address.low};
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static int[] score(final Ipv6InterfaceAddress address, final boolean onOutDevice, final long high,
        final long low, final int destinationScope, final int destinationLabel)
    {
        final int[] score = new int[RULES];
        score[0] = address.high == high && address.low == low ? 1 : 0;
        final int scope = scopeOf(address.high, address.low);
        score[1] = scope >= destinationScope ? -scope : scope - 128;
        score[2] = onOutDevice ? 1 : 0;
        score[3] = label(address.high, address.low) == destinationLabel ? 1 : 0;
        score[4] = Math.min(commonPrefix(address.high, address.low, high, low), address.prefixLength);
        return score;
    }

    private static boolean better(final int[] score, final int[] best)
    {
        for (int rule = 0; rule < RULES; rule++)
        {
            if (score[rule] != best[rule])
            {
                return score[rule] > best[rule];
            }
        }
        return false;
    }

    /** __ipv6_addr_src_scope: 1 node-local (::1), 2 link, 5 site, 14 global; a multicast address its own scope. */
    static int scopeOf(final long high, final long low)
    {
        if (Ipv6Address.isMulticast(high))
        {
            return Ipv6Address.multicastScope(high);
        }
        return switch (Ipv6Address.scopeOf(high, low))
        {
            case HOST -> 1;
            case LINK -> 2;
            case SITE -> 5;
            default -> 0xE;
        };
    }

    /** The label of the kernel's default address label table (ip6addrlbl_init_table), longest prefix first. */
    static int label(final long high, final long low)
    {
        if (high == 0 && low == 1)
        {
            return 0;
        }
        if ((high & 0xFFFF_FFF0_0000_0000L) == 0x2001_0010_0000_0000L)
        {
            return 7;
        }
        if ((high & 0xFFFF_FFFF_0000_0000L) == 0x2001_0000_0000_0000L)
        {
            return 6;
        }
        if (high == 0 && (low & 0xFFFF_FFFF_0000_0000L) == 0x0000_FFFF_0000_0000L)
        {
            return 4;
        }
        if (high == 0 && (low & 0xFFFF_FFFF_0000_0000L) == 0)
        {
            return 3;
        }
        if ((high & 0xFFC0_0000_0000_0000L) == 0xFEC0_0000_0000_0000L)
        {
            return 11;
        }
        if ((high & 0xFFFF_0000_0000_0000L) == 0x3FFE_0000_0000_0000L)
        {
            return 12;
        }
        if ((high & 0xFFFF_0000_0000_0000L) == 0x2002_0000_0000_0000L)
        {
            return 2;
        }
        if ((high & 0xFE00_0000_0000_0000L) == 0xFC00_0000_0000_0000L)
        {
            return 5;
        }
        return 1;
    }

    /** ipv6_addr_diff: how many leading bits two addresses share. */
    static int commonPrefix(final long aHigh, final long aLow, final long bHigh, final long bLow)
    {
        final long high = aHigh ^ bHigh;
        if (high != 0)
        {
            return Long.numberOfLeadingZeros(high);
        }
        return 64 + Long.numberOfLeadingZeros(aLow ^ bLow);
    }
}
