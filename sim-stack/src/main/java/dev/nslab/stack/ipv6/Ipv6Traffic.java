package dev.nslab.stack.ipv6;

/**
 * The parts of a namespace's IPv6 that only carrying packets needs (ICMPv6, forwarding, reassembly, learnt path
 * MTUs, the drop counters, a socket's scratch), made together at the first need: a million namespaces that only
 * exchange neighbour discovery and MLD with their peers each hold one reference instead of a field per part.
 */
final class Ipv6Traffic
{
    private final Ipv6Namespace namespace;
    private Icmpv6 icmp;
    private Ipv6Forwarding forwarding;
    private Ipv6Reassembly reassembly;
    private Ipv6PathMtu pathMtu;
    private Ipv6Stats stats;
    /** The scratch for a chosen source address (one thread runs the simulation). */
    final long[] source = new long[2];
    /** The next fragment identification; 0 until the first packet is fragmented. */
    int identification;

    Ipv6Traffic(final Ipv6Namespace namespace)
    {
        this.namespace = namespace;
    }

    Icmpv6 icmp()
    {
        if (icmp == null)
        {
            icmp = new Icmpv6(namespace);
        }
        return icmp;
    }

    Ipv6Forwarding forwarding()
    {
        if (forwarding == null)
        {
            forwarding = new Ipv6Forwarding(namespace);
        }
        return forwarding;
    }

    Ipv6Reassembly reassembly()
    {
        if (reassembly == null)
        {
            reassembly = new Ipv6Reassembly(namespace);
        }
        return reassembly;
    }

    Ipv6PathMtu pathMtu()
    {
        if (pathMtu == null)
        {
            pathMtu = new Ipv6PathMtu();
        }
        return pathMtu;
    }

    /** @return the path MTUs learnt so far, or null when none was. */
    Ipv6PathMtu pathMtuIfAny()
    {
        return pathMtu;
    }

    Ipv6Stats stats()
    {
        if (stats == null)
        {
            stats = new Ipv6Stats();
        }
        return stats;
    }
}
