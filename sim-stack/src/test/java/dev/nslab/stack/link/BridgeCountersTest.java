package dev.nslab.stack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.Bytes;
import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;

/**
 * What a bridge device counts as the kernel does (measured on 6.18 in ipv6-bridge's exploration): the IGMPv3
 * reports of its snooping group, two of 54 bytes, sent and counted even with no port to flood them to; the bytes of
 * what its own stack receives without the Ethernet header, and the multicast ones in the multicast column.
 */
class BridgeCountersTest
{
    @Test
    void shouldReportItsSnoopingGroupTwiceWithinASecond()
    {
        final Lab lab = new Lab(3);
        final NetNamespace h = lab.ns("h");
        // net.ipv6.conf.default.disable_ipv6=1: the bridge's MLD and DAD stay out of its counters.
        h.ipv6().sysctls().writableDefaults().disableIpv6 = 1;
        final BridgeDevice bridge = h.addBridge("br0");
        h.setUp(bridge);
        lab.sim.runFor(Lab.SECOND + 100 * Lab.MS);
        assertEquals(2, bridge.counters().txPackets, "two IGMPv3 reports");
        assertEquals(2 * 54, bridge.counters().txBytes);
        lab.sim.runFor(5 * Lab.SECOND);
        assertEquals(2, bridge.counters().txPackets, "robustness 2: no third");
        h.setDown(bridge);
        h.setUp(bridge);
        lab.sim.runFor(Lab.SECOND + 100 * Lab.MS);
        assertEquals(4, bridge.counters().txPackets, "each NETDEV_UP reports again");
    }

    @Test
    void shouldCountWhatItsStackReceivesWithoutTheEthernetHeader()
    {
        final Lab lab = new Lab(4);
        final NetNamespace h = lab.ns("h");
        final NetNamespace c = lab.ns("c");
        final BridgeDevice bridge = h.addBridge("br0");
        h.setUp(bridge);
        final VethDevice port = lab.veth(h, "p1", null, c, "e1", null);
        h.setMaster(port, bridge);
        lab.sim.runFor(2 * Lab.SECOND);
        final long rxPackets = bridge.counters().rxPackets;
        final long rxBytes = bridge.counters().rxBytes;
        final long multicast = bridge.counters().rxMulticast;
        // A 60-byte frame to 01:00:5e:00:00:fb from the container's side: flooded, and passed up to br0.
        final byte[] frame = new byte[60];
        Bytes.mac(frame, 0, 0x0100_5E00_00FBL);
        Bytes.mac(frame, 6, port.peer().mac());
        Bytes.u16(frame, 12, 0x88B5);
        port.peer().transmit(lab.sim.pool().acquireCopy(frame, 0, frame.length), lab.sim.now());
        lab.sim.runFor(Lab.MS);
        assertEquals(rxPackets + 1, bridge.counters().rxPackets);
        assertEquals(rxBytes + 46, bridge.counters().rxBytes, "skb->len after eth_type_trans");
        assertEquals(multicast + 1, bridge.counters().rxMulticast);
    }
}
