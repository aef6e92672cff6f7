package dev.nslab.stack.netfilter;

import dev.nslab.core.frame.Frame;

/**
 * How REJECT answers (nf_send_unreach): icmp_send of a destination unreachable about the packet, with all of
 * icmp_send's refusals and rate limits. The namespace's IPv4 provides it.
 */
@FunctionalInterface
public interface IcmpErrorSender
{
    /**
     * @param offending the rejected packet, positioned at its IP header; not released here.
     * @param code      the destination-unreachable code.
     */
    void sendDestinationUnreachable(Frame offending, int code, long now);
}
