package dev.nslab.cli.emulation;

import dev.nslab.stack.ipv4.InterfaceAddress;
import dev.nslab.stack.ipv6.Ipv6InterfaceAddress;

/**
 * The address filter of {@code ip address show|flush} (ipaddress.c's filter: family, {@code to PREFIX},
 * {@code scope S}, and get_filter's flag words), applied as print_addrinfo and ipaddr_filter apply it. IPv4
 * addresses carry IFA_F_PERMANENT (their lifetime is infinite) and IFA_F_SECONDARY when secondary; IPv6 addresses
 * their own flags (the link-local and ::1 addrconf makes are IFA_F_PERMANENT, tentative during DAD).
 */
final class AddressFilter
{
    static final int SECONDARY = 0x01;
    static final int PERMANENT = 0x80;

    /** AF_INET: {@code -4}, or a {@code to} prefix; otherwise IPv6 addresses are listed and flushed too. */
    boolean inetOnly;
    /** AF_INET6: {@code -6}: IPv4 addresses are neither listed nor flushed. */
    final boolean inet6Only;
    int flags;
    int flagMask;
    int scope;
    int scopeMask;
    /** {@code to}: a prefix with a family and a non-zero length, or null. */
    Inet.Prefix to;

    AddressFilter(final boolean inetOnly, final boolean inet6Only)
    {
        this.inetOnly = inetOnly;
        this.inet6Only = inet6Only;
    }

    /**
     * get_filter(): a flag name, {@code -} before it for its negation; {@code primary} is {@code -secondary},
     * {@code dynamic} is {@code -permanent}, {@code temporary} is {@code secondary}.
     *
     * @return false when the word is not a flag name.
     */
    boolean readFlag(final String word)
    {
        boolean inverted = false;
        String name = word;
        if (name.startsWith("-"))
        {
            inverted = true;
            name = name.substring(1);
        }
        if (name.equals("dynamic"))
        {
            inverted = !inverted;
            name = "permanent";
        }
        else if (name.equals("primary"))
        {
            inverted = !inverted;
            name = "secondary";
        }
        final int mask = switch (name)
        {
            case "secondary", "temporary" -> SECONDARY;
            case "permanent" -> PERMANENT;
            default -> 0;
        };
        if (mask == 0)
        {
            return false;
        }
        flags = inverted ? flags & ~mask : flags | mask;
        flagMask |= mask;
        return true;
    }

    /** @return true for {@code primary} alone: flush makes one round, so that promoted secondaries stay. */
    boolean primariesOnly()
    {
        return (flags & SECONDARY) == 0 && (flagMask & SECONDARY) != 0;
    }

    /**
     * @return whether IPv4 addresses are of the family listed: print_selected_addrinfo opens an address's JSON object
     *         then, which stays {@code {}} when {@link #matches} refuses it (print_addrinfo's scope, flag and prefix
     *         checks).
     */
    boolean listsInet()
    {
        return !inet6Only;
    }

    /** @return as {@link #listsInet()}, for IPv6 addresses. */
    boolean listsInet6()
    {
        return !inetOnly;
    }

    boolean matches(final InterfaceAddress address)
    {
        if (inet6Only)
        {
            return false;
        }
        final int addressFlags = PERMANENT | (address.isSecondary() ? SECONDARY : 0);
        if (((scope ^ address.scope().value()) & scopeMask) != 0 || ((flags ^ addressFlags) & flagMask) != 0)
        {
            return false;
        }
        // inet_addr_match_rta: the local address within the prefix.
        return to == null || ((address.address() ^ to.address()) & dev.nslab.stack.ipv4.Prefix.mask(to.length())) == 0;
    }

    /** @return true when the IPv6 address is one this filter takes (a {@code to} prefix means IPv4 only). */
    boolean matches(final Ipv6InterfaceAddress address)
    {
        if (inetOnly)
        {
            return false;
        }
        return ((scope ^ address.scope().value()) & scopeMask) == 0 && ((flags ^ address.flags()) & flagMask) == 0;
    }
}
