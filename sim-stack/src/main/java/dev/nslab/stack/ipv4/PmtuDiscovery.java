package dev.nslab.stack.ipv4;

/**
 * A socket's IP_MTU_DISCOVER mode (linux/in.h), which decides the DF bit and when a datagram too big for the path
 * is refused with EMSGSIZE instead of fragmented (net/ipv4/ip_output.c: __ip_append_data, __ip_make_skb).
 */
public enum PmtuDiscovery
{
    /** IP_PMTUDISC_DONT ({@code ping -M dont}): never DF; fragment whatever the path MTU. */
    DONT,
    /**
     * IP_PMTUDISC_WANT ({@code ping -M want}, and a raw socket's default while net.ipv4.ip_no_pmtu_disc is 0): DF
     * when the datagram fits the path MTU, else fragment at the path MTU.
     */
    WANT,
    /** IP_PMTUDISC_DO ({@code ping -M do}): always DF; a datagram over the path MTU is a local EMSGSIZE error. */
    DO
}
