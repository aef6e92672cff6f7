package dev.nslab.stack.netfilter;

/** The five places of the IPv4 path where Linux's netfilter sees a packet (enum nf_inet_hooks). */
public enum HookPoint
{
    /** ip_rcv: every packet that arrived, its header checked, before the input route. */
    PRE_ROUTING,
    /** ip_local_deliver: a packet for this namespace, reassembled, before its protocol. */
    LOCAL_IN,
    /** ip_forward: a packet routed through, its TTL lowered, before it is counted and sent on. */
    FORWARD,
    /** __ip_local_out: a packet made here, its header written, before it leaves. */
    LOCAL_OUT,
    /** ip_output: every packet leaving through a device (made here or forwarded), before fragmentation. */
    POST_ROUTING
}
