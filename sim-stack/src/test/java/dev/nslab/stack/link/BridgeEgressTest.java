package dev.nslab.stack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;

/**
 * A bridge's egress to a port with a smaller MTU, as the kernel does it (measured on 6.18 with br_netfilter built
 * in): IPv4 cut again at the bridge's MTU, IPv4 with DF and IPv6 dropped before the port (the bridge's namespace
 * counted Ip6FragFails 2, no device counted anything).
 */
class BridgeEgressTest
{
    private final Lab lab = new Lab(5);
    private final NetNamespace h = lab.ns("h");
    private VethDevice in;
    private VethDevice out;

    private void bridgeWithSmallPort()
    {
        for (final String name : new String[] {"h", "c1", "c2"})
        {
            lab.ns(name).ipv6().sysctls().writableDefaults().disableIpv6 = 1;
        }
        final BridgeDevice bridge = h.addBridge("br0");
        h.setUp(bridge);
        in = lab.veth(h, "p1", null, lab.ns("c1"), "e1", null);
        out = lab.veth(h, "p2", null, lab.ns("c2"), "e2", null);
        h.setMaster(in, bridge);
        h.setMaster(out, bridge);
        h.setMtu(out, 1400);
        lab.ns("c2").setMtu(out.peer(), 1400);
        lab.sim.runFor(2 * Lab.SECOND);
        assertEquals(1400, bridge.mtu(), "br_mtu_auto_adjust");
    }

    /** A frame of {@code ipLength} bytes of IP to an unknown station, sent from c1's end: flooded to p2. */
    private void sendFromC1(final int etherType, final int ipLength, final int flags)
    {
        final byte[] frame = new byte[EthernetView.HEADER_LENGTH + ipLength];
        Bytes.mac(frame, 0, 0x0200_0000_0099L);
        Bytes.mac(frame, 6, in.peer().mac());
        Bytes.u16(frame, 12, etherType);
        if (etherType == EthernetView.ETHERTYPE_IPV4)
        {
            new Ipv4View().wrap(frame, 14).write(0, ipLength, 7, flags, 64, Ipv4View.PROTOCOL_ICMP, 0x0A00_0001,
                0x0A00_0002);
        }
        else
        {
            frame[14] = 0x60;
            Bytes.u16(frame, 18, ipLength - 40);
            frame[20] = 58;
            frame[21] = 64;
        }
        in.peer().transmit(lab.sim.pool().acquireCopy(frame, 0, frame.length), lab.sim.now());
        lab.sim.runFor(Lab.MS);
    }

    @Test
    void shouldCutIpv4AgainAtTheBridgeMtu()
    {
        bridgeWithSmallPort();
        final long packets = out.counters().txPackets;
        final long bytes = out.counters().txBytes;
        final long received = out.peer().counters().rxPackets;
        sendFromC1(EthernetView.ETHERTYPE_IPV4, 1500, 0);
        assertEquals(packets + 2, out.counters().txPackets, "1396 and 124 bytes of IP");
        assertEquals(bytes + 1410 + 138, out.counters().txBytes);
        assertEquals(received + 2, out.peer().counters().rxPackets);
        assertEquals(0, out.counters().txDropped);
        assertEquals(0, out.peer().counters().rxDropped);
    }

    @Test
    void shouldDropIpv4WithDontFragmentAndIpv6UncountedBeforeThePort()
    {
        bridgeWithSmallPort();
        final long packets = out.counters().txPackets;
        sendFromC1(EthernetView.ETHERTYPE_IPV4, 1500, Ipv4View.FLAG_DONT_FRAGMENT);
        sendFromC1(EthernetView.ETHERTYPE_IPV6, 1500, 0);
        assertEquals(packets, out.counters().txPackets);
        assertEquals(0, out.counters().txDropped, "not the port's drop");
        assertEquals(0, out.peer().counters().rxDropped, "nor its peer's");
        sendFromC1(EthernetView.ETHERTYPE_IPV6, 1400, 0);
        assertEquals(packets + 1, out.counters().txPackets, "what fits passes");
    }
}
