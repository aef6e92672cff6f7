package dev.nslab.stack.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.frame.FramePool;
import dev.nslab.core.wire.Checksum;

/**
 * Connection tracking on hand-built packets, with explicit virtual time: ICMP echo by identifier (NEW, then
 * ESTABLISHED once answered), unsolicited replies and unknown types INVALID, errors RELATED only to the flow they
 * quote and only towards its endpoint, checksums checked on arrival, expiry, a bounded table that drops early and
 * counts, and no allocation in steady state.
 */
class ConnectionTableTest
{
    private static final long SECOND = 1_000_000_000L;
    private static final int A = 0x0A00_0001;
    private static final int B = 0x0A00_0002;
    private final FramePool pool = new FramePool();

    private Frame echo(final int type, final int source, final int destination, final int id)
    {
        final Frame frame = pool.acquire().reset(28);
        final byte[] b = frame.buffer();
        final int o = frame.offset();
        ipHeader(b, o, 28, 1, source, destination);
        b[o + 20] = (byte) type;
        b[o + 24] = (byte) (id >>> 8);
        b[o + 25] = (byte) id;
        icmpChecksum(b, o + 20, 8);
        return frame;
    }

    /** A destination unreachable from {@code source} to {@code destination} quoting {@code quoted}'s first 28 bytes. */
    private Frame error(final int source, final int destination, final Frame quoted)
    {
        final Frame frame = pool.acquire().reset(56);
        final byte[] b = frame.buffer();
        final int o = frame.offset();
        ipHeader(b, o, 56, 1, source, destination);
        b[o + 20] = 3;
        b[o + 21] = 1;
        System.arraycopy(quoted.buffer(), quoted.offset(), b, o + 28, 28);
        icmpChecksum(b, o + 20, 36);
        return frame;
    }

    private static void ipHeader(final byte[] b, final int o, final int length, final int protocol, final int source,
        final int destination)
    {
        b[o] = 0x45;
        b[o + 2] = (byte) (length >>> 8);
        b[o + 3] = (byte) length;
        b[o + 8] = 64;
        b[o + 9] = (byte) protocol;
        writeInt(b, o + 12, source);
        writeInt(b, o + 16, destination);
    }

    private static void icmpChecksum(final byte[] b, final int offset, final int length)
    {
        b[offset + 2] = 0;
        b[offset + 3] = 0;
        final int checksum = Checksum.compute(b, offset, length);
        b[offset + 2] = (byte) (checksum >>> 8);
        b[offset + 3] = (byte) checksum;
    }

    private static void writeInt(final byte[] b, final int offset, final int value)
    {
        b[offset] = (byte) (value >>> 24);
        b[offset + 1] = (byte) (value >>> 16);
        b[offset + 2] = (byte) (value >>> 8);
        b[offset + 3] = (byte) value;
    }

    /** Tracks and confirms the packet as a namespace's stack would on its way in. */
    private static int arrive(final ConnectionTracker tracker, final Frame frame, final long now)
    {
        assertTrue(tracker.track(frame, true, now));
        assertTrue(tracker.confirm(frame, now));
        return ConntrackInfo.stateBits((Connection) frame.conntrack(), frame.conntrackInfo());
    }

    /** As {@link #arrive}, then the packet is done with (delivered, freed). */
    private static int pass(final ConnectionTracker tracker, final Frame frame, final long now)
    {
        final int states = arrive(tracker, frame, now);
        frame.release();
        return states;
    }

    @Test
    void shouldTrackAnEchoByItsIdentifierNewThenEstablished()
    {
        final ConnectionTable table = new ConnectionTable();
        final ConnectionTracker tracker = new ConnectionTracker(table);
        assertEquals(ConntrackInfo.STATE_NEW, arrive(tracker, echo(8, A, B, 20), 0));
        assertEquals(ConntrackInfo.STATE_NEW, arrive(tracker, echo(8, A, B, 20), SECOND), "no reply yet: still NEW");
        assertEquals(ConntrackInfo.STATE_ESTABLISHED, arrive(tracker, echo(0, B, A, 20), SECOND));
        assertEquals(ConntrackInfo.STATE_ESTABLISHED, arrive(tracker, echo(8, A, B, 20), 2 * SECOND));
        assertEquals(ConntrackInfo.STATE_NEW, arrive(tracker, echo(8, A, B, 21), 2 * SECOND), "another identifier");
        assertEquals(2, table.count(2 * SECOND));
        final Connection first = table.entries(2 * SECOND).get(1);
        assertEquals(B, first.tuple(1).source());
        assertEquals(20, first.tuple(1).sourceKey());
        assertEquals(0, first.tuple(1).destinationKey() >> 8, "the reply tuple is an echo reply");
        assertTrue(first.seenReply());
    }

    @Test
    void shouldCallUnsolicitedRepliesCorruptAndUnknownTypesInvalid()
    {
        final ConnectionTable table = new ConnectionTable();
        final ConnectionTracker tracker = new ConnectionTracker(table);
        assertEquals(ConntrackInfo.STATE_INVALID, arrive(tracker, echo(0, B, A, 20), 0), "a reply opens nothing");
        assertEquals(ConntrackInfo.STATE_INVALID, arrive(tracker, echo(9, B, A, 20), 0), "no inverse for type 9");
        assertEquals(ConntrackInfo.STATE_INVALID, arrive(tracker, echo(40, B, A, 20), 0), "above NR_ICMP_TYPES");
        final Frame corrupt = echo(8, A, B, 20);
        corrupt.buffer()[corrupt.offset() + 27] ^= 1;
        assertEquals(ConntrackInfo.STATE_INVALID, arrive(tracker, corrupt, 0), "a bad checksum on arrival");
        assertEquals(0, table.count(0));
        assertEquals(4, tracker.invalid);
    }

    @Test
    void shouldRelateAnErrorOnlyToTheFlowItQuotesAndOnlyTowardsItsEnd()
    {
        final ConnectionTable table = new ConnectionTable();
        final ConnectionTracker tracker = new ConnectionTracker(table);
        final Frame request = echo(8, A, B, 20);
        arrive(tracker, request, 0);
        final int router = 0x0A00_00FE;
        final Frame error = error(router, A, echo(8, A, B, 20));
        assertEquals(ConntrackInfo.STATE_RELATED, arrive(tracker, error, 0));
        assertEquals(ConntrackInfo.RELATED_REPLY, error.conntrackInfo(), "it travels the reply way");
        assertSame(request.conntrack(), error.conntrack());
        assertEquals(ConntrackInfo.STATE_INVALID, arrive(tracker, error(router, 0x0A00_0099, echo(8, A, B, 20)), 0),
            "an error about A's flow sent to someone else is not related");
        assertEquals(ConntrackInfo.STATE_INVALID, arrive(tracker, error(router, A, echo(8, A, B, 99)), 0),
            "an error about a flow nobody opened");
        assertEquals(1, table.count(0), "errors never make entries of their own");
    }

    @Test
    void shouldLetEntriesExpireAfterTheIcmpTimeout()
    {
        final ConnectionTable table = new ConnectionTable();
        final ConnectionTracker tracker = new ConnectionTracker(table);
        pass(tracker, echo(8, A, B, 20), 0);
        pass(tracker, echo(0, B, A, 20), SECOND);
        assertEquals(1, table.count(30 * SECOND), "refreshed by the reply: 30 s from then");
        assertEquals(0, table.count(31 * SECOND));
        assertEquals(ConntrackInfo.STATE_INVALID, pass(tracker, echo(0, B, A, 20), 32 * SECOND));
        assertEquals(ConntrackInfo.STATE_NEW, pass(tracker, echo(8, A, B, 20), 32 * SECOND));
    }

    @Test
    void shouldDropEarlyWhenFullAndNeverGrowPastTheMaximum()
    {
        final ConnectionTable table = new ConnectionTable(4);
        final ConnectionTracker tracker = new ConnectionTracker(table);
        for (int id = 0; id < 1000; id++)
        {
            final Frame request = echo(8, A, B, id);
            assertEquals(ConntrackInfo.STATE_NEW, arrive(tracker, request, id));
            request.release();
        }
        assertEquals(4, table.count(1000));
        assertEquals(996, table.earlyDrops());
        assertTrue(table.allocated() <= 5, "the pool stays at the table's size, made " + table.allocated());
        assertNull(table.find(1, A, B, 0, 8 << 8, 1000), "the oldest went first");
        assertNotNull(table.find(1, A, B, 999, 8 << 8, 1000));
    }

    @Test
    void shouldDropTheNewFlowWhenNothingMayGo()
    {
        final ConnectionTable table = new ConnectionTable(1);
        final ConnectionTracker tracker = new ConnectionTracker(table);
        arrive(tracker, echo(8, A, B, 1), 0);
        table.entries(0).get(0).status |= Connection.ASSURED;
        assertFalse(tracker.track(echo(8, A, B, 2), true, 0), "a full table of assured entries drops the packet");
        assertEquals(1, table.drops());
    }

    @Test
    void shouldReclaimAnEntryWhosePacketWasDroppedBeforeConfirmation()
    {
        final ConnectionTable table = new ConnectionTable(8);
        final ConnectionTracker tracker = new ConnectionTracker(table);
        for (int i = 0; i < 100; i++)
        {
            final Frame dropped = echo(8, A, B, i);
            assertTrue(tracker.track(dropped, true, 0));
            dropped.release();
        }
        assertEquals(0, table.count(0));
        assertTrue(table.allocated() <= 2, "made " + table.allocated());
    }

    @Test
    void shouldCountAFlushedEntryWhileAPacketHoldsIt()
    {
        final ConnectionTable table = new ConnectionTable();
        final ConnectionTracker tracker = new ConnectionTracker(table);
        final Frame queued = echo(8, A, B, 20);
        arrive(tracker, queued, 0);
        assertEquals(2, table.entries(0).get(0).use(), "the table's reference and the queued packet's");
        table.flush();
        assertEquals(0, table.entries(0).size());
        assertEquals(1, table.count(0), "nf_conntrack_count keeps it until the packet lets go");
        queued.release();
        assertEquals(0, table.count(0));
        assertEquals(1, table.allocated());
    }

    @Test
    void shouldNotAllocateWhileTrackingAnEstablishedFlow()
    {
        final ConnectionTable table = new ConnectionTable();
        final ConnectionTracker tracker = new ConnectionTracker(table);
        final Frame request = echo(8, A, B, 20);
        final Frame reply = echo(0, B, A, 20);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long threadId = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++)
        {
            final long before = threads.getThreadAllocatedBytes(threadId);
            for (int i = 0; i < 100_000; i++)
            {
                tracker.track(request, true, i);
                tracker.confirm(request, i);
                tracker.track(reply, true, i);
            }
            least = Math.min(least, threads.getThreadAllocatedBytes(threadId) - before);
        }
        assertTrue(least < 1000, "allocated " + least + " bytes over 200000 packets");
    }
}
