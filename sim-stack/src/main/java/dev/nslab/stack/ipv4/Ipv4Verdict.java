package dev.nslab.stack.ipv4;

/**
 * What a stage of the IPv4 path did with a packet: it passed it on, it is done with it, or a named reason why the
 * packet ends here, with the Linux counter (/proc/net/snmp, netstat) that the reason bumps. The stage that received
 * the packet frees it for every verdict but {@link #PASSED_ON}, in one place ({@code Ipv4.settle}).
 */
enum Ipv4Verdict
{
    /** Sent, queued for a neighbour or for reassembly, reused as a reply, or stolen by a hook: not ours any more. */
    PASSED_ON,
    /** Handled here (seen by the sockets, cut into fragments): nothing more to do with it. */
    CONSUMED,
    /** IPSTATS_MIB_CSUMERRORS and INHDRERRORS. */
    HEADER_CHECKSUM
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.inCsumErrors++;
            stats.inHdrErrors++;
        }
    },
    /** Shorter than its header or its total length says: INTRUNCATEDPKTS and INHDRERRORS. */
    TRUNCATED
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.inTruncatedPkts++;
            stats.inHdrErrors++;
        }
    },
    /** Version, header length or total length wrong: INHDRERRORS. */
    BAD_HEADER
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.inHdrErrors++;
        }
    },
    /** A multicast destination: no group is joined (ip_route_input_mc is never reached). Not counted. */
    MULTICAST_NOT_JOINED,
    /** A martian, or a blackhole route (EINVAL): dropped without a word. */
    MARTIAN_OR_BLACKHOLE,
    /** The reverse-path filter refused the source (EXDEV): IPReversePathFilter. */
    REVERSE_PATH_FILTER
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.ipReversePathFilter++;
        }
    },
    /** No route to the destination (ENETUNREACH): INNOROUTES, with an ICMP net unreachable when forwarding. */
    NO_ROUTE
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.inNoRoutes++;
        }
    },
    /** Not for us and not forwarded (EHOSTUNREACH on a device without forwarding): INADDRERRORS. */
    ADDRESS_ERROR
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.inAddrErrors++;
        }
    },
    /** Any other route error: ip_error dropped it, with an ICMP error when the device forwards. Not counted. */
    ROUTE_ERROR,
    /** TTL ran out on the way through: an ICMP time exceeded went back. */
    TTL_EXCEEDED,
    /** Too big for the next hop with DF set, or not fragmentable: FRAGFAILS. */
    FRAGMENTATION_FAILED
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.fragFails++;
        }
    },
    /** A protocol nobody here speaks: INUNKNOWNPROTOS. */
    UNKNOWN_PROTOCOL
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.inUnknownProtos++;
        }
    },
    /** An ICMP message whose checksum fails: ICMP InErrors and InCsumErrors. */
    ICMP_CHECKSUM
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.icmpInErrors++;
            stats.icmpInCsumErrors++;
        }
    },
    /** An ICMP message shorter than its header: ICMP InErrors. */
    ICMP_TRUNCATED
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.icmpInErrors++;
        }
    },
    /** No route for a packet made here: OUTNOROUTES. */
    OUTPUT_NO_ROUTE
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.outNoRoutes++;
        }
    },
    /** Out through a device that is down (only lo can be: local routes outlive it): OUTDISCARDS. */
    OUTPUT_DEVICE_DOWN
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.outDiscards++;
        }
    },
    /** sendmsg refused it before it became a packet (too long, or over the path MTU with DF); no counter. */
    SEND_REFUSED,
    /** ip_append_data found no room in the socket's send buffer (ENOBUFS): OUTDISCARDS. */
    NO_BUFFER_SPACE
    {
        @Override
        void count(final Ipv4Stats stats)
        {
            stats.outDiscards++;
        }
    },
    /** A netfilter hook said DROP. */
    FILTERED;

    /** Bumps the counters this verdict stands for (none by default). */
    void count(final Ipv4Stats stats)
    {
    }
}
