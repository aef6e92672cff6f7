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
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.link.BridgeDevice;
import dev.nslab.stack.link.DeviceCounters;
import dev.nslab.stack.link.LoopbackDevice;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourState;
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
        return seeds;
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
        lab.sim.runFor(60 * Lab.SECOND);
        assertEquals(outstanding, lab.sim.pool().outstanding(), "no frame leaked from the pool");
        for (final Neighbour neighbour : Ipv4Device.of(target).neighbours().entries())
        {
            assertTrue(neighbour.state() != NeighbourState.NONE);
            assertTrue(neighbour.queueLength() >= 0 && neighbour.queueLength() <= 101);
        }
        final long seen = target.counters().rxPackets - rxBefore;
        assertTrue(seen > 0, "frames reached the stack");
    }

    private static NetNamespace configured(final Lab lab)
    {
        final NetNamespace ns = lab.ns("target");
        ns.setUp(ns.loopback());
        ns.sysctls().writeIpForward(1);
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
