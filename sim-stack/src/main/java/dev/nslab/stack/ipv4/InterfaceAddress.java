package dev.nslab.stack.ipv4;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.netlink.Scope;

/**
 * An IPv4 address on a device (struct in_ifaddr), as {@code ip addr} lists it. The address, prefix, broadcast and
 * scope never change; whether it is secondary (IFA_F_SECONDARY) changes when a primary of its subnet goes and it
 * is promoted, and its label when its device is renamed. Identity matters: a device's list holds each address once.
 */
public final class InterfaceAddress
{
    private final int address;
    private final int prefixLength;
    private final int broadcast;
    private final Scope scope;
    private String label;
    private boolean secondary;

    /**
     * @param address      the address (ifa_local), network order in an int.
     * @param prefixLength 0..32.
     * @param broadcast    the broadcast address if one was given ({@code brd}), else 0.
     * @param scope        host for 127/8 (as iproute2 asks), global otherwise.
     * @param label        the label, the device name by default.
     */
    public InterfaceAddress(final int address, final int prefixLength, final int broadcast, final Scope scope,
        final String label)
    {
        this.address = address;
        this.prefixLength = prefixLength;
        this.broadcast = broadcast;
        this.scope = scope;
        this.label = label;
    }

    public int address()
    {
        return address;
    }

    public int prefixLength()
    {
        return prefixLength;
    }

    public int broadcast()
    {
        return broadcast;
    }

    public Scope scope()
    {
        return scope;
    }

    public String label()
    {
        return label;
    }

    /** @return true for IFA_F_SECONDARY: another address of the device held this subnet when it was added. */
    public boolean isSecondary()
    {
        return secondary;
    }

    void secondary(final boolean value)
    {
        secondary = value;
    }

    void label(final String value)
    {
        label = value;
    }

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

    /** @return true when {@code destination} lies in this address's subnet (inet_ifa_match). */
    public boolean covers(final int destination)
    {
        return (destination & mask()) == network();
    }

    /** @return true when {@code other} has the same mask and subnet: the test that makes secondaries. */
    boolean sameSubnet(final InterfaceAddress other)
    {
        return other.prefixLength == prefixLength && covers(other.address);
    }

    @Override
    public String toString()
    {
        return Ipv4View.format(address) + "/" + prefixLength;
    }
}
