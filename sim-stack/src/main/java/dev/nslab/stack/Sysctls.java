package dev.nslab.stack;

/**
 * The per-namespace sysctls the simulation models (net.ipv4.*), with the kernel's defaults. A new namespace copies
 * its IPv4 settings from the initial namespace, as the kernel does for net.ipv4.conf (devconf_inherit_init_net).
 */
public final class Sysctls
{
    /** net.ipv4.ip_forward (and conf.all.forwarding): default 0. */
    public boolean ipForward;
    /** net.ipv4.icmp_echo_ignore_all. */
    public boolean icmpEchoIgnoreAll;
    /** net.ipv4.icmp_echo_ignore_broadcasts. */
    public boolean icmpEchoIgnoreBroadcasts = true;
    /** net.ipv4.ip_default_ttl. */
    public int defaultTtl = 64;
    /** net.ipv4.neigh.default.*: copied into each device registered in the namespace. */
    public final NeighbourParameters neighbourDefaults = new NeighbourParameters();

    Sysctls copyForNewNamespace()
    {
        final Sysctls copy = new Sysctls();
        // Only net.ipv4.conf is inherited; icmp_* and neigh.default start from the kernel's defaults.
        copy.ipForward = ipForward;
        return copy;
    }
}
