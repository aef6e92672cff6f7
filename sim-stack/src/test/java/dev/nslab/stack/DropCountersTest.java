package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.ArpView;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import static dev.nslab.stack.Lab.SECOND;
import static dev.nslab.stack.Lab.ip;

/**
 * Each kind of hostile frame, written into a tap as a program would, is dropped and counted under the counter
 * Linux uses for it (ip -s link's device counters, /proc/net/snmp's Ip and Icmp counters), and nothing else moves.
 */
class DropCountersTest
{
    private static final long PEER_MAC = 0x0200_0000_00BBL;

    private final Lab lab = new Lab();
    private final NetNamespace ns = lab.ns("target");
    private final TapDevice tap = ns.addTap("tap0");
    private final TapHandle handle;

    DropCountersTest()
    {
        ns.setUp(ns.loopback());
        ns.setUp(tap);
        Lab.address(ns, tap, "10.0.1.1/24");
        handle = tap.attach();
    }

    private byte[] echoRequest(final int data)
    {
        final int ipLength = 20 + 8 + data;
        final byte[] frame = new byte[14 + ipLength];
        new EthernetView().wrap(frame, 0, frame.length).destination(tap.mac()).source(PEER_MAC)
            .etherType(EthernetView.ETHERTYPE_IPV4);
        new IcmpView().wrap(frame, 34).type(IcmpView.TYPE_ECHO_REQUEST).identifier(5).sequence(1)
            .updateChecksum(8 + data);
        new Ipv4View().wrap(frame, 14).write(0, ipLength, 99, 0, 64, Ipv4View.PROTOCOL_ICMP, ip("10.0.1.2"),
            ip("10.0.1.1"));
        return frame;
    }

    private void inject(final byte[] frame)
    {
        handle.write(frame);
        lab.sim.runFor(SECOND);
    }

    private void assertCounted(final byte[] frame, final String counter, final ToLongFunction<NetNamespace> read)
    {
        assertCounted(frame, counter, read, 0);
    }

    /** @param ipDeliveries 1 when IP hands the packet up (InDelivers) and the protocol above drops it. */
    private void assertCounted(final byte[] frame, final String counter, final ToLongFunction<NetNamespace> read,
        final int ipDeliveries)
    {
        final long before = read.applyAsLong(ns);
        final long delivered = ns.stats().inDelivers;
        inject(frame);
        assertEquals(before + 1, read.applyAsLong(ns), counter);
        assertEquals(delivered + ipDeliveries, ns.stats().inDelivers, counter + ": delivered up from IP");
        assertEquals(1, tap.counters().rxPackets - rxBefore, "the tap took the frame");
    }

    private long rxBefore;

    /**
     * @return the IPv4 and ARP frames the stack sent to the tap's program so far (its IPv6 autoconfiguration's
     *         MLD reports and solicitations are not answers to anything injected).
     */
    private int ipv4FramesSent()
    {
        final int[] count = new int[1];
        handle.drain((buffer, offset, length) ->
        {
            if (Bytes.u16(buffer, offset + 12) != EthernetView.ETHERTYPE_IPV6)
            {
                count[0]++;
            }
        }, Integer.MAX_VALUE);
        return count[0];
    }

    private void start()
    {
        rxBefore = tap.counters().rxPackets;
    }

    @Test
    void shouldCountARuntAsALengthError()
    {
        start();
        assertCounted(new byte[13], "rx_length_errors", n -> tap.counters().rxLengthErrors);
        assertEquals(1, tap.counters().rxErrors);
    }

    @Test
    void shouldCountAFrameOverTheMtuAsAnOverError()
    {
        start();
        assertCounted(echoRequest(1600), "rx_over_errors", n -> tap.counters().rxOverErrors);
    }

    @Test
    void shouldCountAnUnknownEthertypeAsDropped()
    {
        start();
        final byte[] frame = echoRequest(8);
        Bytes.u16(frame, 12, 0x88B5);
        assertCounted(frame, "rx_dropped", n -> tap.counters().rxDropped);
    }

    @Test
    void shouldDropArpWithWrongAddressLengths()
    {
        start();
        final byte[] frame = new byte[42];
        new EthernetView().wrap(frame, 0, 42).destination(EthernetView.BROADCAST).source(PEER_MAC)
            .etherType(EthernetView.ETHERTYPE_ARP);
        new ArpView().wrap(frame, 14).write(ArpView.OPERATION_REQUEST, PEER_MAC, ip("10.0.1.2"), 0, ip("10.0.1.1"));
        frame[14 + ArpView.HARDWARE_LENGTH_OFFSET] = 8;
        assertCounted(frame, "ARP dropped", n -> n.stats().arpDropped);
        assertEquals(0, ipv4FramesSent(), "no reply to a malformed request");
        assertEquals(0, Ipv4Device.of(tap).neighbours().size(), "and nothing learnt");
    }

    @Test
    void shouldCountBadIpv4HeadersAsInHdrErrors()
    {
        start();
        final byte[] version6 = echoRequest(8);
        version6[14] = 0x65;
        assertCounted(version6, "InHdrErrors (version)", n -> n.stats().inHdrErrors);
        start();
        final byte[] shortIhl = echoRequest(8);
        shortIhl[14] = 0x44;
        assertCounted(shortIhl, "InHdrErrors (IHL < 5)", n -> n.stats().inHdrErrors);
    }

    @Test
    void shouldCountATotalLengthBeyondTheFrameAsTruncated()
    {
        start();
        final byte[] frame = echoRequest(8);
        new Ipv4View().wrap(frame, 14).totalLength(200).updateChecksum();
        assertCounted(frame, "InTruncatedPkts", n -> n.stats().inTruncatedPkts);
    }

    @Test
    void shouldCountABadHeaderChecksum()
    {
        start();
        final byte[] frame = echoRequest(8);
        frame[14 + Ipv4View.CHECKSUM_OFFSET] ^= 0x01;
        assertCounted(frame, "InCsumErrors", n -> n.stats().inCsumErrors);
        assertEquals(1, ns.stats().inHdrErrors, "a checksum error is a header error too");
    }

    @Test
    void shouldCountAFragmentThatNeverCompletesAfterIpfragTime()
    {
        start();
        final byte[] first = echoRequest(1000);
        new Ipv4View().wrap(first, 14).flagsFragment(Ipv4View.FLAG_MORE_FRAGMENTS).updateChecksum();
        inject(first);
        assertEquals(0, ns.stats().reasmFails);
        lab.sim.runFor(30 * SECOND);
        assertEquals(1, ns.stats().reasmFails, "ReasmFails after ipfrag_time (30 s)");
        assertEquals(1, ns.stats().reasmTimeout);
        assertEquals(0, ns.stats().inDelivers);
    }

    @Test
    void shouldCountBadAndTruncatedIcmp()
    {
        start();
        final byte[] badChecksum = echoRequest(8);
        badChecksum[34 + 9] ^= 0x7F;
        assertCounted(badChecksum, "Icmp InCsumErrors", n -> n.stats().icmpInCsumErrors, 1);
        assertEquals(1, ns.stats().icmpInErrors);
        start();
        final byte[] truncated = Arrays.copyOf(echoRequest(0), 14 + 20 + 4);
        new Ipv4View().wrap(truncated, 14).totalLength(24).updateChecksum();
        assertCounted(truncated, "Icmp InErrors (truncated)", n -> n.stats().icmpInErrors, 1);
        assertEquals(0, ipv4FramesSent(), "no reply to either");
    }

    @Test
    void shouldAnswerTheSameFrameWhenItIsWhole()
    {
        inject(echoRequest(8));
        assertEquals(1, ns.stats().inDelivers, "the control: a valid request is delivered");
    }
}
