package dev.nslab.stack.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.frame.FramePool;
import dev.nslab.core.wire.Checksum;

/**
 * NAT on hand-built packets: a source mapping rewrites the request and maps the reply back, keeping ping's
 * identifier unless another connection already answers to it; an error quoting the mapped request is translated
 * back, quoted packet and outer address; every checksum stays right.
 */
class NatTest
{
    private static final int A = 0x0A00_0102;
    private static final int B = 0xC0A8_3202;
    private static final int R = 0xC0A8_3201;
    private final FramePool pool = new FramePool();
    private final ConnectionTable table = new ConnectionTable();
    private final ConnectionTracker tracker = new ConnectionTracker(table);
    private final Nat nat = new Nat(table, new SplittableRandom(1));

    private Frame echo(final int type, final int source, final int destination, final int id)
    {
        final Frame frame = pool.acquire().reset(28);
        final byte[] b = frame.buffer();
        final int o = frame.offset();
        header(b, o, 28, source, destination);
        b[o + 20] = (byte) type;
        b[o + 24] = (byte) (id >>> 8);
        b[o + 25] = (byte) id;
        b[o + 27] = 7;
        checksum(b, o + 20, 8, 2);
        return frame;
    }

    private Frame unreachable(final int source, final int destination, final Frame quoted)
    {
        final Frame frame = pool.acquire().reset(56);
        final byte[] b = frame.buffer();
        final int o = frame.offset();
        header(b, o, 56, source, destination);
        b[o + 20] = 3;
        b[o + 21] = 1;
        System.arraycopy(quoted.buffer(), quoted.offset(), b, o + 28, 28);
        checksum(b, o + 20, 36, 2);
        return frame;
    }

    private static void header(final byte[] b, final int o, final int length, final int source, final int destination)
    {
        b[o] = 0x45;
        b[o + 3] = (byte) length;
        b[o + 8] = 64;
        b[o + 9] = 1;
        for (int i = 0; i < 4; i++)
        {
            b[o + 12 + i] = (byte) (source >>> (24 - 8 * i));
            b[o + 16 + i] = (byte) (destination >>> (24 - 8 * i));
        }
        checksum(b, o, 20, 10);
    }

    private static void checksum(final byte[] b, final int offset, final int length, final int field)
    {
        b[offset + field] = 0;
        b[offset + field + 1] = 0;
        final int sum = Checksum.compute(b, offset, length);
        b[offset + field] = (byte) (sum >>> 8);
        b[offset + field + 1] = (byte) sum;
    }

    private static int address(final Frame frame, final int field)
    {
        return ConnectionTracker.readInt(frame.buffer(), frame.offset() + field);
    }

    private static int id(final Frame frame, final int icmp)
    {
        return ConnectionTracker.u16(frame.buffer(), frame.offset() + icmp + 4);
    }

    private static void assertChecksums(final Frame frame)
    {
        final byte[] b = frame.buffer();
        final int o = frame.offset();
        assertTrue(Checksum.verify(b, o, 20), "IP header checksum");
        assertTrue(Checksum.verify(b, o + 20, frame.length() - 20), "ICMP checksum");
    }

    /** The request's way through a router: tracked at PREROUTING, its source mapped at POSTROUTING. */
    private Connection masquerade(final Frame request)
    {
        assertTrue(tracker.track(request, true, 0));
        final Connection connection = (Connection) request.conntrack();
        nat.setup(connection, true, R, -1, 0);
        Nat.apply(connection, request.conntrackInfo(), true, request);
        assertTrue(tracker.confirm(request, 0));
        return connection;
    }

    @Test
    void shouldMapTheSourceAndTheReplyBackWithRightChecksums()
    {
        final Frame request = echo(8, A, B, 20);
        masquerade(request);
        assertEquals(R, address(request, 12));
        assertEquals(20, id(request, 20), "the identifier is free: kept");
        assertChecksums(request);

        final Frame reply = echo(0, B, R, 20);
        assertTrue(tracker.track(reply, true, 0));
        assertEquals(ConntrackInfo.ESTABLISHED_REPLY, reply.conntrackInfo());
        Nat.apply((Connection) reply.conntrack(), reply.conntrackInfo(), false, reply);
        assertEquals(A, address(reply, 16), "the reply's destination mapped back at PREROUTING");
        assertChecksums(reply);
    }

    @Test
    void shouldPickAnotherIdentifierWhenTheMappedOneIsTaken()
    {
        masquerade(echo(8, A, B, 20));
        final Frame other = echo(8, A + 1, B, 20);
        final Connection second = masquerade(other);
        assertNotEquals(20, id(other, 20), "A+1's identifier 20 would answer to A's connection");
        assertEquals(id(other, 20), second.tuple(1).sourceKey());
        assertChecksums(other);
        final Frame reply = echo(0, B, R, id(other, 20));
        assertTrue(tracker.track(reply, true, 0));
        Nat.apply((Connection) reply.conntrack(), reply.conntrackInfo(), false, reply);
        assertEquals(A + 1, address(reply, 16));
        assertEquals(20, id(reply, 20), "the reply gets its own identifier back");
        assertChecksums(reply);
    }

    @Test
    void shouldTranslateAnErrorAboutAMappedRequest()
    {
        final Frame request = echo(8, A, B, 20);
        masquerade(request);
        final Frame error = unreachable(0xC0A8_32FE, R, request);
        assertTrue(tracker.track(error, true, 0));
        assertEquals(ConntrackInfo.RELATED_REPLY, error.conntrackInfo());
        Nat.translateIcmpError((Connection) error.conntrack(), error.conntrackInfo(), false, error);
        assertEquals(A, address(error, 16), "the error goes to A");
        assertEquals(A, address(error, 28 + 12), "and quotes A's own request");
        assertEquals(20, id(error, 28 + 20));
        assertChecksums(error);
        assertTrue(Checksum.verify(error.buffer(), error.offset() + 28, 20), "the quoted header's checksum");
    }
}
