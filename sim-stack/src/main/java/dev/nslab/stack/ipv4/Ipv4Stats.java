package dev.nslab.stack.ipv4;

/**
 * The IPv4 and ICMP counters of a namespace, named after /proc/net/snmp (Ip: InHdrErrors, ...; Icmp: ...), plus the
 * ARP and neighbour drops that the kernel counts elsewhere. Simulation thread only.
 */
public final class Ipv4Stats
{
    public long inReceives;
    public long inHdrErrors;
    public long inCsumErrors;
    public long inTruncatedPkts;
    public long inAddrErrors;
    public long inNoRoutes;
    public long inUnknownProtos;
    public long inDelivers;
    public long forwDatagrams;
    public long outRequests;
    public long outNoRoutes;
    public long outDiscards;
    public long reasmReqds;
    public long reasmOKs;
    public long reasmFails;
    public long reasmTimeout;
    public long fragOKs;
    public long fragFails;
    public long fragCreates;

    public long icmpInMsgs;
    public long icmpInErrors;
    public long icmpInCsumErrors;
    public long icmpOutMsgs;
    public long icmpOutRateLimited;

    /** rt_cache in_martian_src: packets dropped for a martian or refused source address. */
    public long inMartianSources;
    /** TcpExt IPReversePathFilter (LINUX_MIB_IPRPFILTER): packets the reverse-path filter dropped. */
    public long ipReversePathFilter;

    public long arpDropped;
    public long neighbourQueueDiscards;
    /** Packets dropped because the neighbour table was full (gc_thresh3): "neighbour table overflow". */
    public long neighbourTableOverflows;
}
