package dev.nslab.core.frame;

import java.util.Arrays;

/**
 * A packet in flight: a heap buffer with room in front for headers, an offset and a length.
 *
 * <p>A frame is pooled, mutable and has one owner at a time. Handing it to a queue or an event hands over
 * ownership; whoever consumes or drops it gives it back to its {@link FramePool}. Fan-out (broadcast, capture)
 * copies into another frame. Buffers grow on demand and keep their size when recycled, so a warmed-up pool stops
 * allocating.
 */
public final class Frame
{
    /** Bytes kept free in front of the data so that lower layers can prepend their headers in place. */
    public static final int HEADROOM = 64;
    static final int INITIAL_CAPACITY = 2048;

    private byte[] buffer;
    private int offset;
    private int length;

    /** Device index the frame came in on (0 when made locally). Stack metadata, reset on release. */
    public int ingressIfindex;
    /**
     * The rt_iif of the output route a packet looped through lo keeps (skb_dst survives the loop), 0 when none:
     * sockets bound to a device see the packet arrive there (inet_iif). Stack metadata, reset on release.
     */
    public int loopedRouteIfindex;
    /**
     * CHECKSUM_UNNECESSARY (skb->ip_summed): the transport checksum in these bytes is known to be right, because the
     * stack computed it or already verified it and has changed the covered bytes since only through incremental
     * updates (RFC 1624). A receiver may then skip verifying it, as Linux skips it for a packet a local stack
     * checksummed and a veth or lo carried; the result is the same, only cheaper. Set by the stack, never for bytes
     * from outside (a tap's program, an injected frame, a user's raw socket); cleared whenever the data is replaced
     * ({@link #clear()}, {@link #reset(int)}) and on release. Whoever changes covered bytes without updating the
     * checksum must clear it.
     */
    public boolean checksumUnnecessary;
    /**
     * skb->_nfct: the connection-tracking entry netfilter attached to the packet (an object core does not know), with
     * a reference counted on it; null when none. Stack metadata, let go on release.
     */
    private FrameReference conntrack;
    /** skb's ctinfo beside {@link #conntrack} (enum ip_conntrack_info), meaningful only when that is set. */
    private int conntrackInfo;
    /** Link to the next frame in an intrusive queue (e.g. the packets waiting for one neighbour). */
    public Frame next;

    private FrameOwner owner;
    private int charge;

    final FramePool pool;
    boolean inPool;

    Frame(final FramePool pool)
    {
        this.pool = pool;
        this.buffer = new byte[INITIAL_CAPACITY];
        this.offset = HEADROOM;
    }

    public byte[] buffer()
    {
        return buffer;
    }

    public int offset()
    {
        return offset;
    }

    public int length()
    {
        return length;
    }

    /** Index just past the last byte. */
    public int end()
    {
        return offset + length;
    }

    /** Empties the frame and leaves {@link #HEADROOM} bytes in front. */
    public Frame clear()
    {
        offset = HEADROOM;
        length = 0;
        checksumUnnecessary = false;
        return this;
    }

    /** Sets the data to {@code length} bytes starting after the headroom, growing the buffer if needed. */
    public Frame reset(final int length)
    {
        ensureCapacity(HEADROOM + length);
        offset = HEADROOM;
        this.length = length;
        checksumUnnecessary = false;
        return this;
    }

    /** Sets the window onto the buffer; both must lie inside it. */
    public Frame window(final int offset, final int length)
    {
        if (offset < 0 || length < 0 || offset + length > buffer.length)
        {
            throw new IndexOutOfBoundsException("window " + offset + "+" + length + " of " + buffer.length);
        }
        this.offset = offset;
        this.length = length;
        return this;
    }

    /**
     * Makes room for a header of {@code bytes} in front of the data and returns the header's offset.
     */
    public int push(final int bytes)
    {
        if (offset < bytes)
        {
            final byte[] grown = new byte[buffer.length + HEADROOM + bytes];
            System.arraycopy(buffer, offset, grown, HEADROOM + bytes, length);
            buffer = grown;
            offset = HEADROOM + bytes;
        }
        offset -= bytes;
        length += bytes;
        return offset;
    }

    /** Removes {@code bytes} from the front (a header that has been consumed). */
    public void pull(final int bytes)
    {
        offset += bytes;
        length -= bytes;
    }

    /** Cuts the data to its first {@code length} bytes. */
    public void truncate(final int length)
    {
        this.length = Math.min(this.length, length);
    }

    /** Copies bytes into the frame, replacing its data. */
    public Frame copyFrom(final byte[] source, final int sourceOffset, final int length)
    {
        reset(length);
        System.arraycopy(source, sourceOffset, buffer, offset, length);
        return this;
    }

    /** Copies another frame's data (not its metadata) into this one. */
    public Frame copyFrom(final Frame source)
    {
        return copyFrom(source.buffer, source.offset, source.length);
    }

    /** Grows the buffer so that it holds at least {@code capacity} bytes, keeping the data in place. */
    public void ensureCapacity(final int capacity)
    {
        if (buffer.length < capacity)
        {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }

    /** @return a copy of the data, for tests and the API (allocates). */
    public byte[] toByteArray()
    {
        return Arrays.copyOfRange(buffer, offset, offset + length);
    }

    /** Charges the frame's memory to {@code owner} (skb_set_owner_w) until it is orphaned. */
    public void chargeTo(final FrameOwner owner, final int charge)
    {
        orphan();
        this.owner = owner;
        this.charge = charge;
    }

    /** @return who the frame's memory is charged to, or null. */
    public FrameOwner owner()
    {
        return owner;
    }

    /** Ends the charge, if any (skb_orphan): a device took the frame, or it is being freed. */
    public void orphan()
    {
        final FrameOwner owner = this.owner;
        if (owner != null)
        {
            this.owner = null;
            owner.uncharge(charge);
        }
    }

    /** @return the connection-tracking entry attached to the packet, or null. */
    public FrameReference conntrack()
    {
        return conntrack;
    }

    /** @return the ctinfo the entry was attached with. */
    public int conntrackInfo()
    {
        return conntrackInfo;
    }

    /**
     * nf_ct_set: attaches {@code entry} with its ctinfo; the caller has counted the frame's reference on it. The
     * entry attached before is let go.
     */
    public void attachConntrack(final FrameReference entry, final int info)
    {
        final FrameReference previous = conntrack;
        conntrack = entry;
        conntrackInfo = info;
        if (previous != null && previous != entry)
        {
            previous.dropReference();
        }
        else if (previous == entry && entry != null)
        {
            entry.dropReference(); // the caller counted a second reference on the same entry
        }
    }

    /** nf_reset_ct: the frame lets its entry go (skb_scrub_packet on a veth, release). */
    public void detachConntrack()
    {
        final FrameReference previous = conntrack;
        if (previous != null)
        {
            conntrack = null;
            conntrackInfo = 0;
            previous.dropReference();
        }
    }

    /** Gives the frame back to its pool. The caller must not touch it afterwards. */
    public void release()
    {
        pool.release(this);
    }
}
