package dev.nslab.stack.netfilter;

/**
 * What a rule's matches see of the packet being evaluated (xt_action_param's view): its bytes and where the
 * transport header is, the fragment offset, its connection-tracking state and the namespace's address types. A table
 * sets it once per packet and hands it to every match; nothing is allocated.
 */
public final class MatchedPacket
{
    byte[] buffer;
    int transportOffset;
    int transportLength;
    int fragmentOffset;
    int conntrackStates;
    int source;
    int destination;
    AddressTypes addressTypes = AddressTypes.NONE;

    /** @return the packet's bytes. */
    public byte[] buffer()
    {
        return buffer;
    }

    /** @return where the IP payload starts. */
    public int transportOffset()
    {
        return transportOffset;
    }

    /** @return how many payload bytes there are. */
    public int transportLength()
    {
        return transportLength;
    }

    /** @return the IP fragment offset (in 8-byte units): the protocol matches see only first pieces. */
    public int fragmentOffset()
    {
        return fragmentOffset;
    }

    /** @return the packet's {@link ConntrackInfo} state bits ({@code STATE_INVALID} untracked). */
    public int conntrackStates()
    {
        return conntrackStates;
    }

    public int source()
    {
        return source;
    }

    public int destination()
    {
        return destination;
    }

    /** @return the RTN_* type of an address in the packet's namespace (xt_addrtype's question). */
    public int addressType(final int address)
    {
        return addressTypes.typeOf(address);
    }
}
