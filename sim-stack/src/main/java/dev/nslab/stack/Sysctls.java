package dev.nslab.stack;

/**
 * The per-namespace sysctls the simulation models (net.ipv4.*), with the kernel's defaults. A new namespace copies
 * its IPv4 settings from the initial namespace, as the kernel does for net.ipv4.conf (devconf_inherit_init_net).
 */
public final class Sysctls
{
    /** net.ipv4.ip_forward (and conf.all.forwarding): default 0. */
    public boolean ipForward;
    /** The integer last written to net.ipv4.ip_forward (any integer is accepted; non-zero means on). */
    private int ipForwardWritten;
    /** net.ipv4.icmp_echo_ignore_all. */
    public boolean icmpEchoIgnoreAll;
    /** net.ipv4.icmp_echo_ignore_broadcasts. */
    public boolean icmpEchoIgnoreBroadcasts = true;
    /** net.ipv4.ip_default_ttl. */
    public int defaultTtl = 64;
    /** net.ipv4.neigh.default.*: copied into each device registered in the namespace. */
    public final NeighbourParameters neighbourDefaults = new NeighbourParameters();

    /** Writes net.ipv4.ip_forward as {@code sysctl -w} does: any integer, non-zero turns forwarding on. */
    public void writeIpForward(final int value)
    {
        ipForward = value != 0;
        ipForwardWritten = value;
    }

    /** @return net.ipv4.ip_forward as read back: the integer written, or 0/1 when set through {@link #ipForward}. */
    public int readIpForward()
    {
        if (!ipForward)
        {
            return 0;
        }
        return ipForwardWritten != 0 ? ipForwardWritten : 1;
    }

    Sysctls copyForNewNamespace()
    {
        final Sysctls copy = new Sysctls();
        // Only net.ipv4.conf is inherited; icmp_* and neigh.default start from the kernel's defaults.
        copy.ipForward = ipForward;
        copy.ipForwardWritten = ipForwardWritten;
        return copy;
    }
}
