package dev.nslab.stack.netfilter;

/**
 * Where MASQUERADE finds its address (nf_nat_masquerade_ipv4): inet_select_addr on the output device, for the
 * route's next hop to the destination, scope universe. The namespace's IPv4 provides it.
 */
@FunctionalInterface
public interface NatSource
{
    /** @return the address, or 0 when the device has none (the packet is dropped). */
    int masqueradeAddress(int outIfindex, int destination);
}
