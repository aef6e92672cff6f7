package dev.nslab.stack.ipv4;

/** IPv4 prefix arithmetic on int addresses. */
public final class Prefix
{
    private Prefix()
    {
    }

    /** @return the netmask for a prefix length 0..32. */
    public static int mask(final int prefixLength)
    {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** @return true when {@code address} lies in {@code network/prefixLength}. */
    public static boolean contains(final int network, final int prefixLength, final int address)
    {
        final int mask = mask(prefixLength);
        return (address & mask) == (network & mask);
    }
}
