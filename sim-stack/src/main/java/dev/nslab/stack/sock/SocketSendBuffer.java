package dev.nslab.stack.sock;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.frame.FrameOwner;

/**
 * A socket's send-buffer accounting (sk_sndbuf and sk_wmem_alloc) for a datagram socket without a transport header
 * of its own, as raw ICMP sockets are: ip_append_data takes memory for each skb only while what the socket already
 * holds is at most twice sk_sndbuf, and fails with ENOBUFS otherwise (such a socket never blocks). An skb stays
 * charged while it waits inside the stack (for ARP); a device that takes it orphans it.
 *
 * <p>The skb sizes are the kernel's (x86-64, 6.x): the head holds the fragment plus LL_RESERVED_SPACE (16) and 15
 * bytes of alignment slack, aligned to 64 bytes, plus the 320-byte skb_shared_info; heads up to 576 bytes come from
 * the small-head cache, larger ones from the next kmalloc size; truesize adds the 256-byte sk_buff. Measured on the
 * kernel machine: a ping to an unresolved neighbour gets 12 echoes of 84 to 178 bytes into the 2 x 4608 bytes,
 * 8 of 228 to 628 bytes, 4 of 828 to 1500 bytes, and 3 echoes of 2,028 to 6,028 bytes sent as fragments.
 */
public final class SocketSendBuffer implements FrameOwner
{
    /** SOCK_MIN_SNDBUF: 2 x (2048 + the aligned sk_buff). */
    static final int MIN_SEND_BUFFER = 4608;
    private static final int SHARED_INFO = 320;
    private static final int SK_BUFF = 256;
    private static final int SMALL_HEAD = 576;
    /** SKB_MAX_ALLOC: a fragment whose head would be larger goes into page fragments (all devices here do SG). */
    private static final int MAX_LINEAR_ALLOCATION = 16_384 - SHARED_INFO;
    private static final int HEADROOM_AND_SLACK = 16 + 15;

    private final long sendBuffer;
    /** sk_wmem_alloc, which starts at 1 (the socket's own reference). */
    private long allocated = 1;

    /** @param requested SO_SNDBUF as asked for: the kernel doubles it and keeps at least SOCK_MIN_SNDBUF. */
    public SocketSendBuffer(final long requested)
    {
        this.sendBuffer = Math.max(MIN_SEND_BUFFER, 2 * requested);
    }

    /** @return sk_sndbuf. */
    public long size()
    {
        return sendBuffer;
    }

    /**
     * @return whether ip_append_data gets memory for every skb of an IP datagram of {@code totalLength} bytes cut
     *         into fragments of at most {@code mtu} bytes (each skb is checked against what came before it).
     */
    public boolean admits(final int totalLength, final int headerLength, final int mtu)
    {
        if (totalLength <= mtu)
        {
            return allocated <= 2 * sendBuffer;
        }
        final int chunk = (mtu - headerLength) & ~7;
        long pending = 0;
        for (int done = 0; done < totalLength - headerLength; done += chunk)
        {
            if (allocated + pending > 2 * sendBuffer)
            {
                return false;
            }
            pending += truesize(headerLength + Math.min(chunk, totalLength - headerLength - done));
        }
        return true;
    }

    /** Charges an skb of {@code ipLength} bytes (a whole datagram or one of its fragments) to this socket. */
    public void charge(final Frame frame, final int ipLength)
    {
        final int truesize = truesize(ipLength);
        allocated += truesize;
        frame.chargeTo(this, truesize);
    }

    @Override
    public void uncharge(final int charge)
    {
        allocated -= charge;
    }

    /** @return the truesize of the skb ip_append_data makes for {@code ipLength} bytes of IP packet. */
    public static int truesize(final int ipLength)
    {
        final int allocation = ipLength + HEADROOM_AND_SLACK;
        if (allocation >= MAX_LINEAR_ALLOCATION)
        {
            // Only the IP header in the head; the data in page fragments, charged byte for byte.
            return headTruesize(20 + HEADROOM_AND_SLACK) + ipLength - 20;
        }
        return headTruesize(allocation);
    }

    private static int headTruesize(final int allocation)
    {
        final int head = ((allocation + 63) & ~63) + SHARED_INFO;
        return (head <= SMALL_HEAD ? SMALL_HEAD : Integer.highestOneBit(head - 1) << 1) + SK_BUFF;
    }
}
