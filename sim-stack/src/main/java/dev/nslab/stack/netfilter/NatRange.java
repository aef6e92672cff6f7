package dev.nslab.stack.netfilter;

/**
 * The mapping of SNAT {@code --to-source} and DNAT {@code --to-destination} (struct nf_nat_range2) as nslab has it:
 * one address, and for DNAT of a TCP or UDP rule one port ({@code A.B.C.D[:PORT]}).
 *
 * @param address the address packets get.
 * @param port    the port, or -1 for the packet's own (NF_NAT_RANGE_PROTO_SPECIFIED unset).
 */
public record NatRange(int address, int port)
{
    public NatRange
    {
        if (port < -1 || port > 0xFFFF)
        {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** @return whether a port was given. */
    public boolean hasPort()
    {
        return port >= 0;
    }
}
