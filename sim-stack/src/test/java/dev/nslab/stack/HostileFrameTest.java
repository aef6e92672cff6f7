package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.ArpView;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.ipv6.Ipv6Stats;
import dev.nslab.stack.link.BridgeDevice;
import dev.nslab.stack.link.DeviceCounters;
import dev.nslab.stack.link.LoopbackDevice;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourState;
import dev.nslab.stack.neigh.NeighbourTable;
import static dev.nslab.stack.Lab.ip;

/**
 * Seeded random and mutated frames into every kind of device: no exception escapes the stack, no frame leaks from
 * the pool, tables stay sane, and every frame is accounted for.
 */
class HostileFrameTest
{
    private static final int FRAMES_PER_DEVICE = 1_000_000;

    /** Valid frames to mutate: what a neighbour would send us. */
    private static List<byte[]> seeds(final long ourMac, final long theirMac)
    {
        final List<byte[]> seeds = new ArrayList<>();
        final byte[] request = new byte[42];
        new EthernetView().wrap(request, 0, 42).destination(EthernetView.BROADCAST).source(theirMac)
            .etherType(EthernetView.ETHERTYPE_ARP);
        new ArpView().wrap(request, 14).write(ArpView.OPERATION_REQUEST, theirMac, ip("10.0.1.2"), 0, ip("10.0.1.1"));
        seeds.add(request);
        final byte[] reply = request.clone();
        new EthernetView().wrap(reply, 0, 42).destination(ourMac);
        new ArpView().wrap(reply, 14).write(ArpView.OPERATION_REPLY, theirMac, ip("10.0.1.2"), ourMac, ip("10.0.1.1"));
        seeds.add(reply);
        seeds.add(ipv4(ourMac, theirMac, Ipv4View.FLAG_DONT_FRAGMENT, IcmpView.TYPE_ECHO_REQUEST, 56));
        seeds.add(ipv4(ourMac, theirMac, Ipv4View.FLAG_MORE_FRAGMENTS, IcmpView.TYPE_ECHO_REQUEST, 1472));
        seeds.add(ipv4(ourMac, theirMac, 0, IcmpView.TYPE_DEST_UNREACHABLE, 28));
        seeds.add(ipv4(ourMac, theirMac, 0, IcmpView.TYPE_ECHO_REPLY, 56));
        addIpv6Seeds(seeds, ourMac, theirMac);
        return seeds;
    }

    private static final long LINK_LOCAL = 0xFE80_0000_0000_0000L;
    private static final long THEIR_LINK_LOCAL_LOW = 0xBB;

    /**
     * What an IPv6 neighbour sends: an echo request to all nodes and one to our link-local address, a neighbour
     * solicitation for it and an advertisement of theirs, a router solicitation, an error quoting our echo, and a
     * datagram of an upper layer nslab does not carry.
     */
    private static void addIpv6Seeds(final List<byte[]> seeds, final long ourMac, final long theirMac)
    {
        final long ourLow = Ipv6Address.eui64(ourMac);
        final byte[] echo = new byte[64];
        echo[0] = (byte) 128;
        echo[7] = 1;
        seeds.add(ipv6(Ipv6Address.multicastMac(1), theirMac, 64, Ipv6View.NEXT_HEADER_ICMPV6, 0xFF02_0000_0000_0000L,
            1, echo));
        seeds.add(ipv6(ourMac, theirMac, 64, Ipv6View.NEXT_HEADER_ICMPV6, LINK_LOCAL, ourLow, echo));
        final byte[] solicitation = new byte[32];
        solicitation[0] = (byte) 135;
        dev.nslab.core.wire.Bytes.i64(solicitation, 8, LINK_LOCAL);
        dev.nslab.core.wire.Bytes.i64(solicitation, 16, ourLow);
        solicitation[24] = 1;
        solicitation[25] = 1;
        dev.nslab.core.wire.Bytes.mac(solicitation, 26, theirMac);
        seeds.add(ipv6(Ipv6Address.multicastMac(Ipv6Address.solicitedNodeLow(ourLow)), theirMac, 255,
            Ipv6View.NEXT_HEADER_ICMPV6, 0xFF02_0000_0000_0000L, Ipv6Address.solicitedNodeLow(ourLow), solicitation));
        final byte[] advertisement = solicitation.clone();
        advertisement[0] = (byte) 136;
        advertisement[4] = (byte) 0x60;
        dev.nslab.core.wire.Bytes.i64(advertisement, 16, THEIR_LINK_LOCAL_LOW);
        advertisement[24] = 2;
        seeds.add(ipv6(ourMac, theirMac, 255, Ipv6View.NEXT_HEADER_ICMPV6, LINK_LOCAL, ourLow, advertisement));
        final byte[] routerSolicitation = new byte[16];
        routerSolicitation[0] = (byte) 133;
        routerSolicitation[8] = 1;
        routerSolicitation[9] = 1;
        dev.nslab.core.wire.Bytes.mac(routerSolicitation, 10, theirMac);
        seeds.add(ipv6(Ipv6Address.multicastMac(2), theirMac, 255, Ipv6View.NEXT_HEADER_ICMPV6,
            0xFF02_0000_0000_0000L, 2, routerSolicitation));
        final byte[] error = new byte[8 + 40 + 64];
        error[0] = 1;
        error[1] = 3;
        new Ipv6View().wrap(error, 8).versionClassFlow().payloadLength(64).nextHeader(Ipv6View.NEXT_HEADER_ICMPV6)
            .hopLimit(64).source(LINK_LOCAL, ourLow).destination(LINK_LOCAL, THEIR_LINK_LOCAL_LOW);
        error[48] = (byte) 128;
        seeds.add(ipv6(ourMac, theirMac, 64, Ipv6View.NEXT_HEADER_ICMPV6, LINK_LOCAL, ourLow, error));
        seeds.add(ipv6(ourMac, theirMac, 64, 17, LINK_LOCAL, ourLow, new byte[16]));
        // The two fragments of an echo request of 1064 bytes: mutated, they overlap, disagree and run past the end.
        final byte[] first = new byte[8 + 1000];
        first[0] = (byte) Ipv6View.NEXT_HEADER_ICMPV6;
        first[3] = 1;
        dev.nslab.core.wire.Bytes.i32(first, 4, 0x1234);
        first[8] = (byte) 128;
        seeds.add(ipv6(ourMac, theirMac, 64, Ipv6View.NEXT_HEADER_FRAGMENT, LINK_LOCAL, ourLow, first));
        final byte[] last = new byte[8 + 64];
        last[0] = (byte) Ipv6View.NEXT_HEADER_ICMPV6;
        dev.nslab.core.wire.Bytes.u16(last, 2, 1000);
        dev.nslab.core.wire.Bytes.i32(last, 4, 0x1234);
        seeds.add(ipv6(ourMac, theirMac, 64, Ipv6View.NEXT_HEADER_FRAGMENT, LINK_LOCAL, ourLow, last));
    }

    private static byte[] ipv6(final long destinationMac, final long theirMac, final int hopLimit,
        final int nextHeader, final long destinationHigh, final long destinationLow, final byte[] payload)
    {
        final byte[] frame = new byte[14 + 40 + payload.length];
        new EthernetView().wrap(frame, 0, frame.length).destination(destinationMac).source(theirMac)
            .etherType(EthernetView.ETHERTYPE_IPV6);
        System.arraycopy(payload, 0, frame, 54, payload.length);
        final Ipv6View ip = new Ipv6View().wrap(frame, 14).versionClassFlow().payloadLength(payload.length)
            .nextHeader(nextHeader).hopLimit(hopLimit).source(LINK_LOCAL, THEIR_LINK_LOCAL_LOW)
            .destination(destinationHigh, destinationLow);
        if (nextHeader == Ipv6View.NEXT_HEADER_ICMPV6)
        {
            dev.nslab.core.wire.Bytes.u16(frame, 56, ip.upperLayerChecksum(54, payload.length,
                Ipv6View.NEXT_HEADER_ICMPV6));
        }
        return frame;
    }

    private static byte[] ipv4(final long ourMac, final long theirMac, final int flags, final int icmpType,
        final int data)
    {
        final int ipLength = 20 + 8 + data;
        final byte[] frame = new byte[14 + ipLength];
        new EthernetView().wrap(frame, 0, frame.length).destination(ourMac).source(theirMac)
            .etherType(EthernetView.ETHERTYPE_IPV4);
        for (int i = 0; i < data; i++)
        {
            frame[14 + 28 + i] = (byte) i;
        }
        new IcmpView().wrap(frame, 34).type(icmpType).code(0).identifier(9).sequence(1).updateChecksum(8 + data);
        new Ipv4View().wrap(frame, 14).write(0, ipLength, 77, flags, 64, Ipv4View.PROTOCOL_ICMP, ip("10.0.1.2"),
            ip("10.0.1.1"));
        return frame;
    }

    /** One of: a seed as is, bit flips, truncation, a mangled length field, random bytes. */
    private static byte[] mutate(final byte[] seed, final SplittableRandom random)
    {
        final byte[] frame = seed.clone();
        switch (random.nextInt(6))
        {
            case 0:
                return frame;
            case 1:
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--)
                {
                    final int bit = random.nextInt(frame.length * 8);
                    frame[bit >>> 3] ^= (byte) (1 << (bit & 7));
                }
                return frame;
            case 2:
                return java.util.Arrays.copyOf(frame, random.nextInt(frame.length));
            case 3:
                if (frame.length > 18)
                {
                    final int field = 14 + 2 * random.nextInt(Math.min(12, (frame.length - 16) / 2));
                    frame[field] = (byte) random.nextInt(256);
                    frame[field + 1] = (byte) random.nextInt(256);
                }
                return frame;
            case 4:
                final byte[] noise = new byte[random.nextInt(1600)];
                random.nextBytes(noise);
                return noise;
            default:
                final byte[] longer = java.util.Arrays.copyOf(frame, frame.length + random.nextInt(3000));
                return longer;
        }
    }

    private interface Injector
    {
        void inject(byte[] frame);
    }

    private static void hammer(final Lab lab, final NetDevice target, final Injector injector, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<byte[]> seeds = seeds(target.mac(), 0x0200_0000_00BBL);
        final long outstanding = lab.sim.pool().outstanding();
        final long rxBefore = target.counters().rxPackets + target.counters().rxErrors;
        for (int i = 0; i < FRAMES_PER_DEVICE; i++)
        {
            injector.inject(mutate(seeds.get(random.nextInt(seeds.size())), random));
            if ((i & 63) == 0)
            {
                lab.sim.loop().runUntil(lab.sim.now() + 1_000_000);
            }
        }
        // IPv6 reassembly gives up after 60 s, and its time exceeded may then wait 3 s for a neighbour.
        lab.sim.runFor(70 * Lab.SECOND);
        assertEquals(outstanding, lab.sim.pool().outstanding(), "no frame leaked from the pool");
        for (final Neighbour neighbour : Ipv4Device.of(target).neighbours().entries())
        {
            assertTrue(neighbour.state() != NeighbourState.NONE);
            assertTrue(neighbour.queueLength() >= 0 && neighbour.queueLength() <= 101);
        }
        final NeighbourTable ipv6Neighbours = Ipv6Device.neighboursIfAny(target);
        if (ipv6Neighbours != null)
        {
            for (final Neighbour neighbour : ipv6Neighbours.entries())
            {
                assertTrue(neighbour.state() != NeighbourState.NONE);
                assertTrue(neighbour.queueLength() >= 0 && neighbour.queueLength() <= 101);
            }
        }
        final long seen = target.counters().rxPackets - rxBefore;
        assertTrue(seen > 0, "frames reached the stack");
        final Ipv6Stats ipv6 = target.namespace() instanceof NetNamespace owner ? owner.ipv6().stats() : null;
        if (ipv6 != null && !target.isLoopback())
        {
            assertTrue(ipv6.icmpInCsumErrors > 0 && ipv6.inTruncatedPkts + ipv6.inHdrErrors > 0,
                "mangled IPv6 packets counted as snmp6 counts them");
        }
    }

    private static NetNamespace configured(final Lab lab)
    {
        final NetNamespace ns = lab.ns("target");
        ns.setUp(ns.loopback());
        ns.sysctls().writeIpForward(1);
        ns.ipv6().writeAllForwarding(1, ns.devices());
        return ns;
    }

    @Test
    void shouldSurviveHostileFramesOnATap()
    {
        final Lab lab = new Lab(1);
        final NetNamespace ns = configured(lab);
        final TapDevice tap = ns.addTap("tap0");
        ns.setUp(tap);
        Lab.address(ns, tap, "10.0.1.1/24");
        final TapHandle handle = tap.attach(1 << 16);
        final byte[] drain = new byte[70_000];
        final long[] written = {0};
        hammer(lab, tap, frame ->
        {
            if (handle.write(frame))
            {
                written[0]++;
            }
            while (handle.read(drain, 0, drain.length) >= 0)
            {
                // what the stack answers is read and thrown away, as a program would
            }
        }, 11);
        final DeviceCounters counters = tap.counters();
        assertEquals(written[0], counters.rxPackets, "every frame written was received (and then kept or dropped)");
        assertTrue(counters.rxErrors > 0 && counters.rxDropped > 0, "runts, oversize and unknown types counted");
        assertTrue(counters.rxErrors + counters.rxDropped <= counters.rxPackets);
    }

    @Test
    void shouldSurviveHostileFramesOnAVeth()
    {
        final Lab lab = new Lab(2);
        final NetNamespace ns = configured(lab);
        final NetNamespace other = lab.ns("other");
        final VethDevice veth = lab.veth(ns, "v0", "10.0.1.1/24", other, "v1", null);
        final VethDevice sender = veth.peer();
        hammer(lab, veth, frame -> sender.transmit(lab.sim.pool().acquireCopy(frame, 0, frame.length),
            lab.sim.now()), 12);
        assertTrue(veth.counters().rxErrors > 0, "runts counted as errors");
    }

    @Test
    void shouldSurviveHostileFramesThroughABridge()
    {
        final Lab lab = new Lab(4);
        final NetNamespace ns = configured(lab);
        final NetNamespace other = lab.ns("other");
        final NetNamespace third = lab.ns("third");
        final BridgeDevice bridge = ns.addBridge("br0");
        ns.setUp(bridge);
        Lab.address(ns, bridge, "10.0.1.1/24");
        final VethDevice port = lab.veth(ns, "p0", null, other, "v0", null);
        lab.veth(ns, "p1", null, third, "v1", "10.0.1.3/24");
        ns.setMaster(port, bridge);
        ns.setMaster(ns.device("p1"), bridge);
        final VethDevice sender = port.peer();
        // Frames come in on a port: the bridge learns, floods, forwards and delivers to its own stack.
        hammer(lab, port, frame -> sender.transmit(lab.sim.pool().acquireCopy(frame, 0, frame.length),
            lab.sim.now()), 14);
        // ARP believes what it is told: some mutated requests claimed 10.0.1.3 for the fuzzer's MAC, as they would
        // on Linux. Forget what the flood taught, then the bridge must carry a fresh resolution and the ping.
        Ipv4Device.of(bridge).neighbours().flush();
        assertEquals(1, lab.ping(ns, "10.0.1.3", "-c 1").received(), "the bridge still works afterwards");
    }

    @Test
    void shouldSurviveHostileFramesOnLoopback()
    {
        final Lab lab = new Lab(3);
        final NetNamespace ns = configured(lab);
        final LoopbackDevice lo = ns.loopback();
        hammer(lab, lo, frame ->
        {
            final Frame copy = lab.sim.pool().acquireCopy(frame, 0, frame.length);
            lo.transmit(copy, lab.sim.now());
        }, 13);
    }
}
