package dev.nslab.stack.app;

/**
 * An address ping printed or chose, of either family: an IPv4 address in the low 32 bits, or an IPv6 address with
 * the device that scopes it when it is link-local (what getnameinfo prints after {@code %}).
 *
 * @param ipv6        whether it is an IPv6 address.
 * @param high        the first 64 bits of an IPv6 address (0 for IPv4).
 * @param low         the last 64 bits of an IPv6 address, or the IPv4 address.
 * @param scopeDevice the scope's device name for a link-local IPv6 address, else null.
 */
public record PingAddress(boolean ipv6, long high, long low, String scopeDevice)
{
    public static PingAddress ipv4(final int address)
    {
        return new PingAddress(false, 0, address & 0xFFFF_FFFFL, null);
    }

    public static PingAddress ipv6(final long high, final long low, final String scopeDevice)
    {
        return new PingAddress(true, high, low, scopeDevice);
    }

    /** @return the IPv4 address (for an IPv4 one). */
    public int ipv4()
    {
        return (int) low;
    }

    /** @return whether this is the same address (and scope) as the given IPv6 one, without allocating. */
    boolean isIpv6(final long otherHigh, final long otherLow, final String otherScope)
    {
        return ipv6 && high == otherHigh && low == otherLow && java.util.Objects.equals(scopeDevice, otherScope);
    }
}
