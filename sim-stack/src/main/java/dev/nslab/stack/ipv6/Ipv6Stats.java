package dev.nslab.stack.ipv6;

/**
 * The IPv6 and ICMPv6 counters of a namespace, named after /proc/net/snmp6 (Ip6InHdrErrors, Icmp6InCsumErrors, ...),
 * for what the kernel drops, forwards, reassembles and answers with an error. The counts of every packet received and
 * sent (Ip6InReceives, Ip6OutRequests, ...) are not kept: the counters are made at a namespace's first drop, and a
 * million namespaces that only exchange neighbour discovery and MLD must not each carry them. Simulation thread only.
 */
public final class Ipv6Stats
{
    /** Ip6InHdrErrors: not version 6, a multicast source, a hop limit spent on the way (time exceeded). */
    public long inHdrErrors;
    /** Ip6InTruncatedPkts: shorter than its header or than the payload it announces. */
    public long inTruncatedPkts;
    /** Ip6InAddrErrors: for someone else while forwarding is off, or to a destination it may not reach. */
    public long inAddrErrors;
    /** Ip6InNoRoutes: no route (or a reject route) to where it was going. */
    public long inNoRoutes;
    /** Ip6InUnknownProtos: for us, in an upper layer nslab does not carry. */
    public long inUnknownProtos;
    /** Ip6OutForwDatagrams: forwarded. */
    public long outForwDatagrams;
    /** Ip6OutNoRoutes: a socket's packet with no route. */
    public long outNoRoutes;
    /** Ip6InTooBigErrors: too big for the link it was to be forwarded on (answered with packet too big). */
    public long inTooBigErrors;

    /** Icmp6InErrors: received but shorter than an ICMPv6 header, or with a wrong checksum. */
    public long icmpInErrors;
    /** Icmp6InCsumErrors: a wrong checksum. */
    public long icmpInCsumErrors;
    /** Icmp6OutErrors: errors sent (destination unreachable, time exceeded, ...). */
    public long icmpOutErrors;
    /** Icmp6OutRateLimited: errors the rate limit held back. */
    public long icmpOutRateLimited;

    /** Ip6ReasmOKs: packets put together from their fragments. */
    public long reassemblyOks;
    /** Ip6ReasmFails: packets given up (overlap, inconsistent lengths, time out, no room). */
    public long reassemblyFails;
    /** Ip6ReasmTimeout: of those, the ones whose fragments did not all come within ip6frag_time. */
    public long reassemblyTimeouts;
}
