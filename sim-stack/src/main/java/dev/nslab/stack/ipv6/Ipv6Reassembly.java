package dev.nslab.stack.ipv6;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.Timer;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.link.NetDevice;

/**
 * IPv6 reassembly for one namespace (net/ipv6/reassembly.c): fragments of one packet share (source, destination,
 * identification); the packet is whole once the last fragment has come and no byte is missing, and is then handed
 * to the upper layer as if it had arrived in one piece. As RFC 5722 asks, a fragment overlapping another discards
 * the whole packet (an exact duplicate is only dropped); one that would end past 65535 bytes, or a fragment other
 * than the last whose length is not a multiple of 8, is dropped. A packet still incomplete after ip6frag_time
 * (60 s) is dropped, with an ICMPv6 time exceeded (fragment reassembly) to its sender when the first fragment had
 * come. What waits is bounded by ip6frag_high_thresh (4 MB): past it new fragments are dropped. Reassembly
 * allocates; it is not on the steady-state path.
 */
final class Ipv6Reassembly
{
    private static final int MAX_PACKET = 0xFFFF;
    private static final long TIMEOUT_NS = 60_000_000_000L;
    private static final long HIGH_THRESHOLD = 4L * 1024 * 1024;
    private static final int CODE_REASSEMBLY_TIME_EXCEEDED = 1;

    private final Ipv6Namespace namespace;
    private final Map<Key, Pending> pending = new HashMap<>();
    private final Ipv6View ip = new Ipv6View();
    private long bytesHeld;

    private record Key(long sourceHigh, long sourceLow, long destinationHigh, long destinationLow, int identification)
    {
    }

    /** One packet being put together: its bytes so far, the ranges they came in, its first fragment. */
    private final class Pending
    {
        final Key key;
        byte[] payload = new byte[0];
        final List<int[]> ranges = new ArrayList<>(4);
        /** The first fragment (offset 0), kept whole for its header and for the time exceeded it may cause. */
        byte[] first;
        int nextHeader = -1;
        int total = -1;
        final Timer timer;

        Pending(final Key key)
        {
            this.key = key;
            this.timer = new Timer(this::expire);
        }

        boolean complete()
        {
            if (total < 0 || first == null)
            {
                return false;
            }
            int covered = 0;
            ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (final int[] range : ranges)
            {
                if (range[0] > covered)
                {
                    return false;
                }
                covered = Math.max(covered, range[1]);
            }
            return covered >= total;
        }

        void expire(final long now)
        {
            discard(this);
            namespace.stats().reassemblyFails++;
            namespace.stats().reassemblyTimeouts++;
            if (first != null)
            {
                final Frame quoted = namespace.copyOf(first);
                final NetDevice device = namespace.deviceByIndex(firstInputIfindex);
                namespace.icmp().sendError(quoted, Icmpv6.TYPE_TIME_EXCEEDED, CODE_REASSEMBLY_TIME_EXCEEDED, 0,
                    device, now);
                quoted.release();
            }
        }

        int firstInputIfindex;
    }

    Ipv6Reassembly(final Ipv6Namespace namespace)
    {
        this.namespace = namespace;
    }

    /**
     * ipv6_frag_rcv of a fragment for this host (at its IPv6 header, whose next header is the fragment header).
     *
     * @return true when the frame was taken over (kept, or the whole packet made of it delivered).
     */
    boolean receive(final NetDevice device, final Frame frame, final int inputIfindex, final long now)
    {
        final byte[] b = frame.buffer();
        final int offset = frame.offset();
        final Ipv6View ip = this.ip.wrap(b, offset);
        final int payloadLength = ip.payloadLength();
        if (payloadLength < Ipv6View.FRAGMENT_HEADER_LENGTH)
        {
            namespace.stats().inHdrErrors++;
            return false;
        }
        final int fragment = offset + Ipv6View.HEADER_LENGTH;
        final int nextHeader = Bytes.u8(b, fragment);
        final int offsetWord = Bytes.u16(b, fragment + 2);
        final int start = offsetWord & 0xFFF8;
        final boolean more = (offsetWord & 1) != 0;
        final int identification = Bytes.i32(b, fragment + 4);
        final int length = payloadLength - Ipv6View.FRAGMENT_HEADER_LENGTH;
        final int end = start + length;
        if (end > MAX_PACKET || more && (length & 7) != 0 || more && length == 0)
        {
            // icmpv6_param_prob in the kernel; dropped and counted here.
            namespace.stats().inHdrErrors++;
            return false;
        }
        if (start == 0 && !more)
        {
            // An atomic fragment (RFC 6946) is a whole packet already.
            return deliverWhole(device, b, offset, nextHeader, fragment + Ipv6View.FRAGMENT_HEADER_LENGTH, length,
                inputIfindex, frame.checksumUnnecessary, now);
        }
        final Key key = new Key(ip.sourceHigh(), ip.sourceLow(), ip.destinationHigh(), ip.destinationLow(),
            identification);
        Pending queue = pending.get(key);
        if (queue == null)
        {
            if (bytesHeld + end > HIGH_THRESHOLD)
            {
                namespace.stats().reassemblyFails++;
                return false;
            }
            queue = new Pending(key);
            pending.put(key, queue);
            namespace.scheduleIn(queue.timer, TIMEOUT_NS, now);
        }
        for (final int[] range : queue.ranges)
        {
            if (range[0] == start && range[1] == end)
            {
                return false; // a duplicate
            }
            if (start < range[1] && range[0] < end)
            {
                discard(queue);
                namespace.stats().reassemblyFails++;
                return false;
            }
        }
        if (!more)
        {
            if (queue.total >= 0 && queue.total != end || end < maxEnd(queue))
            {
                discard(queue);
                namespace.stats().reassemblyFails++;
                return false;
            }
            queue.total = end;
        }
        else if (queue.total >= 0 && end > queue.total)
        {
            discard(queue);
            namespace.stats().reassemblyFails++;
            return false;
        }
        if (queue.payload.length < end)
        {
            bytesHeld += end - queue.payload.length;
            queue.payload = java.util.Arrays.copyOf(queue.payload, end);
        }
        System.arraycopy(b, fragment + Ipv6View.FRAGMENT_HEADER_LENGTH, queue.payload, start, length);
        queue.ranges.add(new int[] {start, end});
        if (start == 0)
        {
            queue.first = java.util.Arrays.copyOfRange(b, offset, offset + Ipv6View.HEADER_LENGTH + payloadLength);
            queue.nextHeader = nextHeader;
            queue.firstInputIfindex = inputIfindex;
        }
        if (!queue.complete())
        {
            return false;
        }
        discard(queue);
        namespace.stats().reassemblyOks++;
        return deliverWhole(device, queue.first, 0, queue.nextHeader, -1, queue.total, inputIfindex, false, now,
            queue.payload);
    }

    private static int maxEnd(final Pending queue)
    {
        int max = 0;
        for (final int[] range : queue.ranges)
        {
            max = Math.max(max, range[1]);
        }
        return max;
    }

    private boolean deliverWhole(final NetDevice device, final byte[] header, final int headerOffset,
        final int nextHeader, final int dataOffset, final int length, final int inputIfindex,
        final boolean checksumKnown, final long now)
    {
        return deliverWhole(device, header, headerOffset, nextHeader, dataOffset, length, inputIfindex, checksumKnown,
            now, null);
    }

    /**
     * The whole packet in a frame of its own: the first fragment's IPv6 header with the fragment's next header, and
     * the data (from {@code data} when given, else from {@code header} at {@code dataOffset}).
     */
    private boolean deliverWhole(final NetDevice device, final byte[] header, final int headerOffset,
        final int nextHeader, final int dataOffset, final int length, final int inputIfindex,
        final boolean checksumKnown, final long now, final byte[] data)
    {
        final Frame whole = namespace.output().packet(length);
        final byte[] w = whole.buffer();
        System.arraycopy(header, headerOffset, w, whole.offset(), Ipv6View.HEADER_LENGTH);
        ip.wrap(w, whole.offset()).payloadLength(length).nextHeader(nextHeader);
        if (data != null)
        {
            System.arraycopy(data, 0, w, whole.offset() + Ipv6View.HEADER_LENGTH, length);
        }
        else
        {
            System.arraycopy(header, dataOffset, w, whole.offset() + Ipv6View.HEADER_LENGTH, length);
        }
        // The fragments' checksums were never known right: the whole packet's is verified (CHECKSUM_NONE).
        whole.checksumUnnecessary = checksumKnown;
        if (!namespace.input().deliver(device, whole, inputIfindex, now))
        {
            whole.release();
        }
        // The fragment that completed the packet was copied: the caller releases it.
        return false;
    }

    private void discard(final Pending queue)
    {
        pending.remove(queue.key);
        namespace.cancel(queue.timer);
        bytesHeld -= queue.payload.length;
    }
}
