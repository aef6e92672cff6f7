package dev.nslab.stack.ipv6;

import java.util.Collection;
import java.util.List;

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
    private SourceAddressSelection()
    {
    }

    /**
     * @param outDevice the route's device, or null when the route was an error (then no device is preferred).
     * @param chosen    receives {high, low} of the chosen address.
     * @return whether an address is usable (none is while every candidate is tentative).
     */
    static boolean choose(final Collection<NetDevice> devices, final NetDevice outDevice, final long high,
        final long low, final long[] chosen)
    {
        final int destinationScope = scopeOf(high, low);
        // With no output device (an error route: ip6_route_get_saddr passes none) every device's addresses count.
        final boolean outDeviceOnly = outDevice != null && (Ipv6Address.isMulticast(high) || destinationScope <= 2);
        final int destinationLabel = label(high, low);
        int bestScore = -1;
        for (final NetDevice device : devices)
        {
            final Ipv6Device idev = outDeviceOnly && device != outDevice ? null : Ipv6Device.of(device);
            if (idev == null)
            {
                continue;
            }
            final List<Ipv6InterfaceAddress> addresses = idev.addresses;
            for (int i = 0, n = addresses.size(); i < n; i++)
            {
                final Ipv6InterfaceAddress address = addresses.get(i);
                if (!address.isUsable() || address.state == Ipv6InterfaceAddress.State.DEAD)
                {
                    continue;
                }
                final int score = score(address, device == outDevice, high, low, destinationScope, destinationLabel);
                if (score > bestScore)
                {
                    chosen[0] = address.high;
                    chosen[1] = address.low;
                    bestScore = score;
                }
            }
        }
        return bestScore >= 0;
    }

    /**
     * The rules' scores packed so that comparing the numbers compares the rules in order (higher is better): the
     * same address (bit 24), the scope (bits 16-23), the outgoing device (bit 9), the label (bit 8), the common
     * prefix capped at the address's prefix length (bits 0-7).
     */
    private static int score(final Ipv6InterfaceAddress address, final boolean onOutDevice, final long high,
        final long low, final int destinationScope, final int destinationLabel)
    {
        final int same = address.high == high && address.low == low ? 1 : 0;
        final int scope = scopeOf(address.high, address.low);
        // The smallest scope not below the destination's, else the largest: -scope, or scope - 128.
        final int scopeScore = (scope >= destinationScope ? -scope : scope - 128) + 128;
        final int labelScore = label(address.high, address.low) == destinationLabel ? 1 : 0;
        final int prefix = Math.min(commonPrefix(address.high, address.low, high, low), address.prefixLength);
        return same << 24 | scopeScore << 16 | (onOutDevice ? 1 : 0) << 9 | labelScore << 8 | prefix;
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
