package dev.nslab.cli.fuzz;

/** IPv4 addresses as ints, for the generator's arithmetic. */
final class Ip
{
    private Ip()
    {
    }

    static int of(final int a, final int b, final int c, final int d)
    {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    static String text(final int address)
    {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
            + (address & 0xff);
    }

    /** @return the network address of {@code address}/{@code prefix}. */
    static int network(final int address, final int prefix)
    {
        return prefix == 0 ? 0 : address & (-1 << (32 - prefix));
    }

    static String prefixText(final int address, final int prefix)
    {
        return text(network(address, prefix)) + "/" + prefix;
    }
}
