package dev.nslab.stack.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.FrameInjector;
import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import dev.nslab.stack.link.VethDevice;
import static dev.nslab.stack.Lab.MS;
import static dev.nslab.stack.Lab.ip;

/**
 * Which ICMP checksums a receiver sums: those of bytes from outside (a tap's program, an injected frame, a user's raw
 * socket, as ping's), never those a simulated stack made itself (an echo reply, an error), which it knows are right,
 * as Linux takes a locally checksummed packet off a veth or lo (CHECKSUM_UNNECESSARY). Counters come out the same.
 */
class ChecksumTrustTest
{
    private final Lab lab = new Lab();

    @Test
    void shouldVerifyPingsRequestsButNotTheRepliesTheOtherStackMade()
    {
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final PingResult result = lab.ping(a, "10.0.1.2", "-c 3");
        assertEquals(3, result.received());
        assertEquals(3, b.ipv4().ipv4.icmp.checksumsVerified, "ping's own checksums, from its raw socket");
        assertEquals(0, a.ipv4().ipv4.icmp.checksumsVerified, "the replies b's kernel made");
        assertEquals(0, a.ipv4().stats().icmpInCsumErrors + b.ipv4().stats().icmpInCsumErrors);
    }

    @Test
    void shouldNotVerifyAnErrorARouterMadeOnTheWayBack()
    {
        final NetNamespace[] arb = lab.router(true);
        final NetNamespace a = arb[0];
        final NetNamespace c = arb[2];
        final PingResult expired = lab.ping(a, "10.0.3.2", "-c 2 -t 1");
        assertEquals(0, expired.received());
        assertEquals(2, a.ipv4().stats().icmpInMsgs, "two time-exceeded errors from R");
        assertEquals(0, a.ipv4().ipv4.icmp.checksumsVerified);
        final PingResult through = lab.ping(a, "10.0.3.2", "-c 2");
        assertEquals(2, through.received(), "the echo replies kept their mark through the router");
        assertEquals(2, c.ipv4().ipv4.icmp.checksumsVerified);
        assertEquals(0, a.ipv4().ipv4.icmp.checksumsVerified);
    }

    @Test
    void shouldCountACorruptedInjectedFrameAsAChecksumError()
    {
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final NetDevice vb = va.peer();
        final byte[] corrupted = echoRequest(vb.mac(), va.mac(), "10.0.1.1", "10.0.1.2", true);
        final byte[] sound = echoRequest(vb.mac(), va.mac(), "10.0.1.1", "10.0.1.2", false);
        new FrameInjector(lab.sim, "b", "vb").add(MS, corrupted).add(2 * MS, sound).start();
        // past the first MLD reports (10 ms after link-up), so that every buffer is back in the pool
        lab.sim.runFor(20 * MS);
        assertEquals(1, b.ipv4().stats().icmpInCsumErrors);
        assertEquals(2, b.ipv4().ipv4.icmp.checksumsVerified);
        assertEquals(1, b.ipv4().stats().icmpOutMsgs, "the sound request is answered");
        assertEquals(0, a.ipv4().ipv4.icmp.checksumsVerified, "the answer is b's own");
        assertEquals(0, lab.sim.pool().outstanding());
    }

    @Test
    void shouldCountACorruptedFrameFromATapsProgramAsAChecksumError()
    {
        final NetNamespace ns = lab.ns("ns");
        final TapDevice tap = ns.addTap("tap0");
        ns.setUp(tap);
        Lab.address(ns, tap, "10.0.0.1/24");
        final TapHandle handle = tap.attach(16);
        handle.write(echoRequest(tap.mac(), 0x02_00_00_00_00_02L, "10.0.0.2", "10.0.0.1", true));
        lab.sim.runFor(10 * MS);
        assertEquals(1, ns.ipv4().stats().icmpInCsumErrors);
        assertEquals(1, ns.ipv4().ipv4.icmp.checksumsVerified);
    }

    /** An Ethernet frame with an echo request (56 data bytes), its ICMP checksum off by one when {@code corrupt}. */
    private static byte[] echoRequest(final long destinationMac, final long sourceMac, final String from,
        final String to, final boolean corrupt)
    {
        final int icmpLength = IcmpView.HEADER_LENGTH + 56;
        final byte[] frame = new byte[EthernetView.HEADER_LENGTH + Ipv4View.MIN_HEADER_LENGTH + icmpLength];
        new EthernetView().wrap(frame, 0, frame.length).destination(destinationMac).source(sourceMac)
            .etherType(EthernetView.ETHERTYPE_IPV4);
        new Ipv4View().wrap(frame, EthernetView.HEADER_LENGTH).write(0, Ipv4View.MIN_HEADER_LENGTH + icmpLength, 1, 0,
            64, Ipv4View.PROTOCOL_ICMP, ip(from), ip(to));
        final int icmpOffset = EthernetView.HEADER_LENGTH + Ipv4View.MIN_HEADER_LENGTH;
        for (int i = icmpOffset + IcmpView.HEADER_LENGTH; i < frame.length; i++)
        {
            frame[i] = (byte) i;
        }
        final IcmpView icmp = new IcmpView().wrap(frame, icmpOffset).type(IcmpView.TYPE_ECHO_REQUEST).code(0)
            .identifier(0x1234).sequence(1).updateChecksum(icmpLength);
        if (corrupt)
        {
            icmp.checksum(icmp.checksum() ^ 1);
        }
        return frame;
    }
}
