package dev.nslab.stack.netfilter;

/**
 * REJECT's {@code --reject-with} for IPv4 (ipt_REJECT.h's enum ipt_reject_with, in its order), with the ICMP
 * destination-unreachable code nf_send_unreach sends for each. {@code tcp-reset} is left out: it needs TCP.
 */
public enum RejectType
{
    NET_UNREACHABLE("icmp-net-unreachable", 0),
    HOST_UNREACHABLE("icmp-host-unreachable", 1),
    PORT_UNREACHABLE("icmp-port-unreachable", 3),
    PROTOCOL_UNREACHABLE("icmp-proto-unreachable", 2),
    NET_PROHIBITED("icmp-net-prohibited", 9),
    HOST_PROHIBITED("icmp-host-prohibited", 10),
    ADMIN_PROHIBITED("icmp-admin-prohibited", 13);

    private final String iptablesName;
    private final int icmpCode;

    RejectType(final String iptablesName, final int icmpCode)
    {
        this.iptablesName = iptablesName;
        this.icmpCode = icmpCode;
    }

    /** @return the name iptables prints and saves ({@code icmp-port-unreachable}). */
    public String iptablesName()
    {
        return iptablesName;
    }

    /** @return the code of the ICMP destination unreachable the target sends. */
    public int icmpCode()
    {
        return icmpCode;
    }
}
