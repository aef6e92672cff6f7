package dev.nslab.stack;

import dev.nslab.core.wire.Ipv4View;

/**
 * An IPv4 address on a device, as {@code ip addr} lists it.
 *
 * @param address      the address, network order in an int.
 * @param prefixLength 0..32.
 * @param broadcast    the broadcast address if one was given ({@code brd}), else 0.
 * @param scope        host for 127/8, global otherwise (unless given).
 * @param label        the label, the device name by default.
 */
public record InterfaceAddress(int address, int prefixLength, int broadcast, Scope scope, String label)
{
    /** @return the netmask of the prefix length. */
    public int mask()
    {
        return Prefix.mask(prefixLength);
    }

    /** @return the network address (address AND mask). */
    public int network()
    {
        return address & mask();
    }

    /** @return true when {@code destination} lies in this address's subnet. */
    public boolean covers(final int destination)
    {
        return (destination & mask()) == network();
    }

    @Override
    public String toString()
    {
        return Ipv4View.format(address) + "/" + prefixLength;
    }
}
