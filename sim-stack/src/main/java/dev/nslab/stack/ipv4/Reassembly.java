package dev.nslab.stack.ipv4;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.Timer;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;

/**
 * IPv4 reassembly for one namespace (net/ipv4/ip_fragment.c): fragments are keyed by (source, destination,
 * identification, protocol); a datagram is whole when the last fragment has arrived and no byte is missing. A
 * datagram still incomplete after ipfrag_time (30 s) is dropped and counted as a reassembly failure, with an ICMP
 * time exceeded (fragment reassembly) to the sender when its first fragment had arrived. Reassembly allocates; it is
 * not on the steady-state path.
 */
final class Reassembly
{
    private static final int MAX_DATAGRAM = 65535;

    private final Ipv4Namespace namespace;
    /** Empty and shared until the first fragment: most namespaces never reassemble. */
    private Map<Key, Pending> pending = Collections.emptyMap();
    private Ipv4View ipField;
    /** net.ipv4.ipfrag_time in seconds. */
    long timeoutS = 30;

    Reassembly(final Ipv4Namespace namespace)
    {
        this.namespace = namespace;
    }

    private record Key(int source, int destination, int identification, int protocol)
    {
    }

    private final class Pending
    {
        final Key key;
        final byte[] payload = new byte[MAX_DATAGRAM];
        /** One bit per 8-byte block received. */
        final long[] received = new long[(MAX_DATAGRAM + 7) / 8 / 64 + 1];
        byte[] firstHeader;
        int totalPayload = -1;
        final Timer timer;

        Pending(final Key key)
        {
            this.key = key;
            this.timer = new Timer(this::expire);
        }

        boolean complete()
        {
            if (totalPayload < 0 || firstHeader == null)
            {
                return false;
            }
            final int blocks = (totalPayload + 7) / 8;
            for (int block = 0; block < blocks; block++)
            {
                if ((received[block >>> 6] & (1L << (block & 63))) == 0)
                {
                    return false;
                }
            }
            return true;
        }

        void expire(final long now)
        {
            pending.remove(key);
            namespace.stats().reasmFails++;
            namespace.stats().reasmTimeout++;
            if (firstHeader != null)
            {
                final Frame quoted = namespace.machine.pool().acquire().reset(firstHeader.length + 8);
                System.arraycopy(firstHeader, 0, quoted.buffer(), quoted.offset(), firstHeader.length);
                System.arraycopy(payload, 0, quoted.buffer(), quoted.offset() + firstHeader.length, 8);
                ip().wrap(quoted.buffer(), quoted.offset()).totalLength(quoted.length()).flagsFragment(0);
                namespace.ipv4.icmp.sendError(quoted, IcmpView.TYPE_TIME_EXCEEDED,
                    IcmpView.CODE_FRAGMENT_REASSEMBLY_TIME_EXCEEDED, 0, now);
                quoted.release();
            }
        }
    }

    /**
     * Adds a fragment (frame at its IP header; taken over).
     *
     * @return the whole datagram when this fragment completed it, else null.
     */
    Frame add(final Frame fragment, final long now)
    {
        namespace.stats().reasmReqds++;
        final byte[] buffer = fragment.buffer();
        final Ipv4View ip = ip().wrap(buffer, fragment.offset());
        final int headerLength = ip.headerLength();
        final int offset = ip.fragmentOffset();
        final int length = ip.totalLength() - headerLength;
        final boolean more = ip.moreFragments();
        if (offset + length > MAX_DATAGRAM - headerLength || (more && (length & 7) != 0))
        {
            namespace.stats().reasmFails++;
            fragment.release();
            return null;
        }
        final Key key = new Key(ip.source(), ip.destination(), ip.identification(), ip.protocol());
        Pending entry = pending.get(key);
        if (entry == null)
        {
            entry = new Pending(key);
            if (pending.isEmpty())
            {
                pending = new HashMap<>();
            }
            pending.put(key, entry);
            namespace.machine.loop().schedule(entry.timer, now + timeoutS * 1_000_000_000L);
        }
        System.arraycopy(buffer, fragment.offset() + headerLength, entry.payload, offset, length);
        for (int block = offset / 8, last = (offset + length + 7) / 8; block < last; block++)
        {
            entry.received[block >>> 6] |= 1L << (block & 63);
        }
        if (offset == 0)
        {
            entry.firstHeader = new byte[headerLength];
            System.arraycopy(buffer, fragment.offset(), entry.firstHeader, 0, headerLength);
        }
        if (!more)
        {
            entry.totalPayload = offset + length;
        }
        fragment.release();
        if (!entry.complete())
        {
            return null;
        }
        pending.remove(key);
        namespace.machine.loop().cancel(entry.timer);
        namespace.stats().reasmOKs++;
        final int headerBytes = entry.firstHeader.length;
        final Frame whole = namespace.machine.pool().acquire().reset(headerBytes + entry.totalPayload);
        System.arraycopy(entry.firstHeader, 0, whole.buffer(), whole.offset(), headerBytes);
        System.arraycopy(entry.payload, 0, whole.buffer(), whole.offset() + headerBytes, entry.totalPayload);
        ip().wrap(whole.buffer(), whole.offset()).totalLength(whole.length()).flagsFragment(0).updateChecksum();
        return whole;
    }

    /** Drops every pending datagram (the namespace is going away). */
    void clear()
    {
        for (final Iterator<Pending> it = pending.values().iterator(); it.hasNext();)
        {
            namespace.machine.loop().cancel(it.next().timer);
            it.remove();
        }
    }

    int pendingCount()
    {
        return pending.size();
    }

    /** @return the scratch Ipv4View, made when first used: most namespaces never need it. */
    private Ipv4View ip()
    {
        if (ipField == null)
        {
            ipField = new Ipv4View();
        }
        return ipField;
    }
}
