package dev.nslab.stack.netfilter;

/**
 * {@code -m addrtype [[!] --src-type T,...] [[!] --dst-type T,...]} (xt_addrtype, revision 1, without
 * {@code --limit-iface-*}): the address's RTN_* type must be one of those named (a bit each, {@code 1 << RTN_x}),
 * or under {@code !} none of them; a zero mask is not asked.
 */
public record AddressTypeMatch(int sourceTypes, boolean sourceInverted, int destinationTypes,
    boolean destinationInverted) implements RuleMatch
{
    /** The RTN_* names in their numbers' order, as libxt_addrtype reads and prints them. */
    public static final String[] TYPE_NAMES = {"UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST",
        "BLACKHOLE", "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE"};

    @Override
    public boolean matches(final MatchedPacket packet)
    {
        if (sourceTypes != 0
            && ((sourceTypes & 1 << packet.addressType(packet.source)) != 0) == sourceInverted)
        {
            return false;
        }
        return destinationTypes == 0
            || ((destinationTypes & 1 << packet.addressType(packet.destination)) != 0) != destinationInverted;
    }
}
