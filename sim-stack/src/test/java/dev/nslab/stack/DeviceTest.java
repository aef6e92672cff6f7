package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.link.BridgeDevice;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.Scope;
import static dev.nslab.stack.Lab.ip;

/** Devices: carrier, admin state, moving between namespaces, deletion, indexes, MACs. */
class DeviceTest
{
    @Test
    void shouldStartLikeABootedMachineAndAnEmptyNamespace()
    {
        final Lab lab = new Lab();
        final NetNamespace host = lab.sim.host();
        assertTrue(host.loopback().isUp());
        assertEquals(List.of("127.0.0.1/8"), Ipv4Device.of(host.loopback()).addresses().stream().map(Object::toString).toList());
        final NetNamespace fresh = lab.ns("fresh");
        assertEquals(1, fresh.devices().size(), "BEHAVIOUR 1.10: only lo");
        assertFalse(fresh.loopback().isUp());
        assertTrue(Ipv4Device.of(fresh.loopback()).addresses().isEmpty());
        assertEquals(1, fresh.loopback().ifindex());
        fresh.setUp(fresh.loopback());
        assertEquals(Scope.HOST, Ipv4Device.of(fresh.loopback()).addresses().get(0).scope(), "BEHAVIOUR 1.12");
    }

    @Test
    void shouldGiveAVethCarrierOnlyWhenBothEndsAreUp()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = a.addVethPair("va", "vb", b);
        assertEquals(2, va.ifindex(), "BEHAVIOUR 3.1: first device after lo");
        assertEquals(2, va.peer().ifindex());
        a.setUp(va);
        assertFalse(va.hasCarrier(), "BEHAVIOUR 3.2: NO-CARRIER");
        b.setUp(va.peer());
        assertTrue(va.isRunning());
        assertTrue(va.peer().isRunning());
        a.setDown(va);
        assertFalse(va.peer().hasCarrier());
    }

    @Test
    void shouldRegisterTheVethPeerFirstInOneNamespace()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final VethDevice va = a.addVethPair("va", "vb", null);
        assertEquals(3, va.ifindex());
        assertEquals(2, va.peer().ifindex());
    }

    @Test
    void shouldGiveATapCarrierOnlyWhileAProgramHoldsIt()
    {
        final Lab lab = new Lab();
        final TapDevice tap = lab.sim.host().addTap("tap0");
        lab.sim.host().setUp(tap);
        assertFalse(tap.hasCarrier(), "BEHAVIOUR 1.3");
        final TapHandle handle = tap.attach();
        assertTrue(tap.isRunning(), "BEHAVIOUR 1.18");
        tap.detach(handle);
        assertFalse(tap.hasCarrier(), "BEHAVIOUR 1.22");
    }

    @Test
    void shouldResetADeviceMovedToAnotherNamespaceButKeepItsMacAndIndex()
    {
        final Lab lab = new Lab();
        final NetNamespace host = lab.sim.host();
        final TapDevice tap = host.addTap("tap0");
        host.setUp(tap);
        Lab.address(host, tap, "10.0.0.1/24");
        final long mac = tap.mac();
        final int index = tap.ifindex();
        final NetNamespace ns0 = lab.ns("ns0");
        host.moveDevice(tap, ns0);
        assertNull(host.device("tap0"), "BEHAVIOUR 1.8");
        assertTrue(host.fib().routes(Route.Table.MAIN).isEmpty(), "root's routes for the tap are gone");
        assertEquals(tap, ns0.device("tap0"));
        assertFalse(tap.isUp(), "BEHAVIOUR 1.9: UP cleared");
        assertTrue(Ipv4Device.of(tap).addresses().isEmpty(), "address lost");
        assertEquals(mac, tap.mac(), "MAC kept");
        assertEquals(index, tap.ifindex(), "index kept when free");
    }

    @Test
    void shouldTakeANewIndexWhenTheOldOneIsTakenInTheTarget()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace host = lab.sim.host();
        final VethDevice va = a.addVethPair("va", "vb", null);
        host.addTap("t1");
        host.addTap("t2");
        final int before = va.ifindex();
        a.moveDevice(va, host);
        assertNotEquals(before, va.ifindex(), "BEHAVIOUR 5.12: 3 is taken in root");
        assertTrue(va.ifindex() > 3);
    }

    @Test
    void shouldRefuseToMoveLoAndBridgesAndIntoANameClash()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final NetlinkException lo = assertThrows(NetlinkException.class, () -> a.moveDevice(a.loopback(), b));
        assertEquals("The interface netns is immutable.", lo.extack(), "BEHAVIOUR 5.15");
        final BridgeDevice bridge = a.addBridge("br0");
        final NetlinkException immutable = assertThrows(NetlinkException.class, () -> a.moveDevice(bridge, b));
        assertEquals("The interface netns is immutable.", immutable.extack(), "br_dev_setup");
        a.moveDevice(bridge, a);
        assertEquals(bridge, a.device("br0"), "a move to where it is does nothing");
        a.addTap("x");
        b.addTap("x");
        final NetlinkException clash = assertThrows(NetlinkException.class, () -> a.moveDevice(a.device("x"), b));
        assertEquals("An interface with the same name exists in the target netns.", clash.extack(), "5.13");
        final NetlinkException exists = assertThrows(NetlinkException.class, () -> a.addVethPair("x", "y", null));
        assertEquals(NetlinkException.Errno.EEXIST, exists.errno(), "BEHAVIOUR 5.14");
    }

    @Test
    void shouldDestroyVethPeersAndTapsWithTheirNamespace()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        final TapDevice tap = b.addTap("tapb");
        lab.sim.deleteNamespace("b");
        assertNull(a.device("va"), "BEHAVIOUR 5.10: the peer goes too");
        assertFalse(va.isAlive());
        assertFalse(tap.isAlive(), "BEHAVIOUR 1.23: the tap is destroyed, not returned to root");
        assertNull(lab.sim.host().device("tapb"));
        assertTrue(a.fib().routes(Route.Table.MAIN).isEmpty());
    }

    @Test
    void shouldGiveNamespacesIdsForLinksThatCrossThem()
    {
        final Lab lab = new Lab();
        final NetNamespace c = lab.ns("c");
        assertEquals(-1, lab.sim.host().nsidOf(c));
        final VethDevice vc = lab.sim.host().addVethPair("vc", "vd", c);
        assertEquals(0, lab.sim.host().nsidOf(c), "BEHAVIOUR 5.1");
        lab.sim.host().deleteDevice(vc);
        assertEquals(0, lab.sim.host().nsidOf(c), "the id remains after the veth is deleted");
    }

    @Test
    void shouldAllocateIdsOnlyWhereTheKernelTellsOfTheLink()
    {
        final Lab lab = new Lab();
        final NetNamespace host = lab.sim.host();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = a.addVethPair("va", "vh", host);
        assertEquals(0, a.nsidOf(host), "the device's RTM_NEWLINK names the peer's namespace");
        assertEquals(-1, host.nsidOf(a), "the peer was announced before the pair was tied");
        host.fillLinkNetnsid(host.device("vh"));
        assertEquals(0, host.nsidOf(a), "a GETLINK reply in root names a");
        host.moveDevice(host.device("vh"), b);
        assertEquals(1, host.nsidOf(b), "new_nsid: the old namespace's id for the new one");
        assertEquals(0, b.nsidOf(a), "the RTM_NEWLINK in b names the peer's namespace");
        assertEquals(-1, a.nsidOf(b), "the peer's namespace hears of no move");
        assertEquals(-1, a.fillLinkNetnsid(a.loopback()));
        assertEquals(va, a.device("va"));
    }

    @Test
    void shouldMakeLocallyAdministeredUnicastMacsFromTheSeed()
    {
        final Lab one = new Lab(5);
        final Lab two = new Lab(5);
        final long mac = one.sim.host().addTap("t").mac();
        assertEquals(mac, two.sim.host().addTap("t").mac(), "same seed, same MAC");
        assertEquals(0x02L, (mac >>> 40) & 0x03, "locally administered, unicast");
    }

    @Test
    void shouldValidateMtuAndMac()
    {
        final Lab lab = new Lab();
        final VethDevice va = lab.ns("a").addVethPair("va", "vb", null);
        final NetNamespace a = lab.ns("a");
        assertEquals("mtu less than device minimum.",
            assertThrows(NetlinkException.class, () -> a.setMtu(va, 67)).extack());
        assertEquals("mtu greater than device maximum.",
            assertThrows(NetlinkException.class, () -> a.setMtu(va, 65536)).extack());
        a.setMtu(va, 9000);
        assertEquals(9000, va.mtu());
        assertEquals(NetlinkException.Errno.EADDRNOTAVAIL,
            assertThrows(NetlinkException.class, () -> a.setMac(va, 0x0100_0000_0001L)).errno());
        assertEquals(ip("0.0.0.0"), 0);
    }
}
