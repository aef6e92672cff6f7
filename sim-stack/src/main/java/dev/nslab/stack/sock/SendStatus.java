package dev.nslab.stack.sock;

/**
 * What a raw socket's sendmsg returned for one datagram (net/ipv4/raw.c raw_sendmsg, ip_output.c), as a program
 * sees it: sent, or the errno and whether the kernel queued a local error for IP_RECVERR to read.
 */
public enum SendStatus
{
    /** The datagram was handed to the device or queued for neighbour resolution. */
    SENT,
    /** ENETUNREACH: no route any more. Nothing is queued on the error queue. */
    NO_ROUTE,
    /** EMSGSIZE from raw_sendmsg itself: the ICMP message is over 65535 bytes. Nothing is queued. */
    TOO_LONG,
    /**
     * EMSGSIZE from ip_append_data, with an ip_local_error (SO_EE_ORIGIN_LOCAL, ee_info the MTU) queued: the
     * datagram is over 65535 bytes, or over the path MTU under {@code IP_PMTUDISC_DO}.
     */
    MESSAGE_TOO_LONG,
    /**
     * ENOBUFS: the socket's send buffer had no room (ip_append_data), or the device dropped the frame at once (a veth
     * peer whose MTU it does not fit: NET_XMIT_DROP).
     */
    NO_BUFFER_SPACE,
    /** EBADF: the socket was closed. */
    CLOSED
}
