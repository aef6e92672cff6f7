package dev.nslab.stack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.link.NetDevice.OperState;
import static dev.nslab.stack.Lab.MS;
import static dev.nslab.stack.Lab.SECOND;

/**
 * The link watch's timing and the RFC 2863 state it sets, as measured on kernel 6.18 (goldens
 * link-operstate-timing, link-operstate-urgent, bridge-operstate-timing).
 */
class LinkWatchTest
{
    @Test
    void shouldHandleAnUrgentEventBeforeTheNextCommand()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        a.addVethPair("dummy", "dummyp", a);
        final VethDevice va = a.addVethPair("va", "vb", b);
        final NetDevice vb = b.device("vb");
        assertTrue(va.iflink() != va.ifindex(), "va is index 4 in a, vb index 2 in b");
        assertEquals(OperState.UNKNOWN, vb.operState, "dev->operstate before veth_newlink's carrier-off is handled");
        lab.sim.commandStarting();
        assertEquals(OperState.DOWN, vb.operState, "handled at once: no run within the last second");
        a.setUp(va);
        b.setUp(vb);
        assertTrue(va.hasCarrier(), "LOWER_UP at once");
        assertFalse(vb.isRunning(), "not before linkwatch ran");
        lab.sim.commandStarting();
        assertEquals(OperState.UP, va.operState());
        assertEquals(OperState.UP, vb.operState());
        assertTrue(vb.isRunning());
        assertTrue(hasLinkLocal(vb), "addrconf on NETDEV_CHANGE");
    }

    @Test
    void shouldDeferANonUrgentEventToTheEndOfTheSecond()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final VethDevice v1 = lab.sim.host().addVethPair("v1", "v1p", a);
        final NetDevice v1p = a.device("v1p");
        assertEquals(v1.ifindex(), v1p.ifindex(), "both index 2: each one's iflink is its own index");
        lab.sim.commandStarting();
        lab.sim.host().setUp(v1);
        a.setUp(v1p);
        lab.sim.commandStarting();
        assertTrue(v1p.hasCarrier());
        assertEquals(OperState.DOWN, v1p.operState(), "the second opened by the pair's creation is not over");
        assertFalse(hasLinkLocal(v1p));
        assertEquals(OperState.UP, v1.operState(), "urgent: carrier while its queue waits for one");
        lab.sim.runFor(900 * MS);
        assertEquals(OperState.DOWN, v1p.operState());
        lab.sim.runFor(200 * MS);
        assertEquals(OperState.UP, v1p.operState());
        assertTrue(hasLinkLocal(v1p));
    }

    @Test
    void shouldRunTheDeferredWorkInTheMiddleOfItsTimerBucketWhateverTheMachinesTickPhase()
    {
        // 8 jiffies (32 ms) wide a second ahead: the kernel runs it 1000 to 1032 ms after the second began, by
        // the phase of its tick; the middle is the outcome a read then sees more often (golden link-watch-bucket).
        for (long seed = 1; seed <= 16; seed++)
        {
            final Lab lab = new Lab(seed);
            final NetNamespace a = lab.ns("a");
            lab.sim.commandStarting(3 * MS);
            final long created = lab.sim.now();
            final VethDevice v1 = lab.sim.host().addVethPair("v1", "v1p", a);
            final NetDevice v1p = a.device("v1p");
            lab.sim.commandStarting(2_500_000L);
            lab.sim.host().setUp(v1);
            a.setUp(v1p);
            lab.sim.runFor(created + 1015 * MS - lab.sim.now());
            assertEquals(OperState.DOWN, v1p.operState(), "seed " + seed + ": 1015 ms after the pair's creation");
            lab.sim.runFor(2 * MS);
            assertEquals(OperState.UP, v1p.operState(), "seed " + seed + ": 1017 ms after it");
        }
    }

    @Test
    void shouldHandleAPendingEventWhenTheDeviceIsAskedFor()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final VethDevice v1 = lab.sim.host().addVethPair("v1", "v1p", a);
        lab.sim.commandStarting();
        lab.sim.host().setUp(v1);
        a.setUp(a.device("v1p"));
        lab.sim.commandStarting();
        assertEquals(OperState.DOWN, a.device("v1p").operState());
        assertEquals(OperState.UP, a.getLink("v1p").operState(), "rtnl_getlink: linkwatch_sync_dev");
    }

    @Test
    void shouldMarkRoutesLinkdownOnlyWhenLinkwatchHandlesTheCarrierLoss()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final VethDevice v1 = lab.sim.host().addVethPair("v1", "v1p", a);
        final NetDevice v1p = a.device("v1p");
        Lab.address(a, v1p, "10.9.0.2/24");
        lab.sim.host().setUp(v1);
        a.setUp(v1p);
        lab.sim.runFor(3 * SECOND);
        final Route connected = a.fib().routes(Route.Table.MAIN).get(0);
        assertFalse(connected.isLinkDown());
        lab.sim.host().setDown(v1);
        assertFalse(connected.isLinkDown(), "fib_sync_down_dev waits for NETDEV_CHANGE");
        assertTrue(v1p.isRunning(), "RUNNING stays until then");
        lab.sim.runFor(10 * MS);
        assertTrue(connected.isLinkDown(), "no run within the last second: the event runs at once");
        assertEquals(OperState.DOWN, v1p.operState(), "iflink 2 is v1p itself here: DOWN, not LOWERLAYERDOWN");
    }

    @Test
    void shouldLookTheLowerDeviceUpByIndexInTheDevicesOwnNamespace()
    {
        final Lab lab = new Lab();
        final NetNamespace d = lab.ns("d");
        final NetNamespace e = lab.ns("e");
        d.addTap("t0");
        final VethDevice w1 = d.addVethPair("w1", "w1p", e);
        final NetDevice w1p = e.device("w1p");
        d.setUp(w1);
        e.setUp(w1p);
        lab.sim.commandStarting();
        e.setDown(w1p);
        lab.sim.commandStarting();
        assertEquals(2, w1.iflink());
        assertEquals(OperState.LOWERLAYERDOWN, w1.operState(), "index 2 in d is the tap t0, without carrier");
        d.setDown(w1);
        // ip link set w1p up: iproute2 asks for the device by name first, which handles its pending event.
        e.setUp(e.getLink("w1p"));
        lab.sim.commandStarting();
        assertEquals(3, w1p.iflink());
        assertEquals(OperState.DOWN, w1p.operState(), "no device has index 3 in e");
    }

    /** @return true once addrconf gave the device its link-local address. */
    private static boolean hasLinkLocal(final NetDevice device)
    {
        final Ipv6Device ipv6 = Ipv6Device.of(device);
        return ipv6 != null && !ipv6.addresses().isEmpty();
    }
}
