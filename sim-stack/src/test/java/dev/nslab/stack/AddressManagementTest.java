package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.link.LoopbackDevice;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.netlink.NetlinkException;
import static dev.nslab.stack.Lab.ip;

/** Addresses as devinet.c keeps them: order, secondaries, deletion, promotion, and the routes that follow. */
class AddressManagementTest
{
    private static List<String> addresses(final NetDevice device)
    {
        return Ipv4Device.of(device).addresses().stream().map(a -> a + (a.isSecondary() ? " secondary" : "")).toList();
    }

    private static List<String> routes(final NetNamespace ns, final Route.Table table)
    {
        return ns.fib().routes(table).stream()
            .map(r -> r + " src " + Ipv4View.format(r.preferredSource())).toList();
    }

    private static NetDevice upDevice(final NetNamespace ns)
    {
        final VethDevice va = ns.addVethPair("va", "vb", ns);
        ns.setUp(va);
        return va;
    }

    @Test
    void shouldListHostScopeFirstAndSecondariesLast()
    {
        final NetNamespace a = new Lab().ns("a");
        final NetDevice va = upDevice(a);
        Lab.address(a, va, "10.0.0.1/24");
        Lab.address(a, va, "10.0.1.1/24");
        Lab.address(a, va, "10.0.0.2/24");
        Lab.address(a, va, "10.0.0.1/16");
        Lab.address(a, va, "127.0.0.5/8");
        assertEquals(List.of("127.0.0.5/8", "10.0.0.1/24", "10.0.1.1/24", "10.0.0.1/16", "10.0.0.2/24 secondary"),
            addresses(va));
        assertTrue(routes(a, Route.Table.LOCAL).contains("local 10.0.0.2/32 dev va src 10.0.0.1"),
            "a secondary's local route takes its primary as source");
    }

    @Test
    void shouldDeleteSecondariesWithTheirPrimaryButKeepALocalAddressHeldTwice()
    {
        final NetNamespace a = new Lab().ns("a");
        final NetDevice va = upDevice(a);
        Lab.address(a, va, "10.0.0.1/24");
        Lab.address(a, va, "10.0.0.2/24");
        Lab.address(a, va, "10.0.0.1/16");
        a.deleteAddress(va, ip("10.0.0.1"), 24);
        assertEquals(List.of("10.0.0.1/16"), addresses(va));
        assertEquals(List.of("local 10.0.0.1/32 dev va src 10.0.0.1", "broadcast 10.0.255.255/32 dev va src 10.0.0.1"),
            routes(a, Route.Table.LOCAL));
        assertEquals(List.of("unicast 10.0.0.0/16 dev va src 10.0.0.1"), routes(a, Route.Table.MAIN));
    }

    @Test
    void shouldPromoteTheFirstSecondaryBehindTheLastPrimary()
    {
        final NetNamespace a = new Lab().ns("a");
        final NetDevice va = upDevice(a);
        a.sysctls().write(va, Setting.PROMOTE_SECONDARIES, 1);
        Lab.address(a, va, "10.0.0.1/24");
        Lab.address(a, va, "10.0.1.1/24");
        Lab.address(a, va, "10.0.1.2/24");
        Lab.address(a, va, "10.0.0.2/24");
        Lab.address(a, va, "10.0.0.3/24");
        a.deleteAddress(va, ip("10.0.0.1"), 24);
        assertEquals(List.of("10.0.1.1/24", "10.0.0.2/24", "10.0.1.2/24 secondary", "10.0.0.3/24 secondary"),
            addresses(va));
        assertTrue(routes(a, Route.Table.MAIN).contains("unicast 10.0.0.0/24 dev va src 10.0.0.2"));
        assertTrue(routes(a, Route.Table.LOCAL).contains("local 10.0.0.3/32 dev va src 10.0.0.2"));
    }

    @Test
    void shouldTakeEveryRouteAndNeighbourWithTheLastAddress()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
        a.addRoute(RouteRequest.to(ip("10.9.0.0"), 16).via(ip("10.0.1.254")), false);
        assertEquals(1, lab.ping(a, "10.0.1.2", "-c 1").received());
        assertTrue(Ipv4Device.of(va).neighbours().lookup(ip("10.0.1.2")) != null);
        a.deleteAddress(va, ip("10.0.1.1"), 24);
        assertTrue(a.fib().routes(Route.Table.MAIN).isEmpty(), "the user route goes too");
        assertEquals(null, Ipv4Device.of(va).neighbours().lookup(ip("10.0.1.2")), "arp_ifdown");
    }

    @Test
    void shouldRefuseTheSameSubnetInAnotherScopeAndIgnoreTheZeroAddress()
    {
        final NetNamespace a = new Lab().ns("a");
        final NetDevice va = upDevice(a);
        Lab.address(a, va, "127.0.0.1/1");
        final NetlinkException refused = assertThrows(NetlinkException.class, () -> Lab.address(a, va, "1.0.0.1/1"));
        assertEquals("ipv4: Invalid scope value.", refused.extack());
        a.addAddress(va, 0, 24, 0);
        assertEquals(List.of("127.0.0.1/1"), addresses(va));
    }

    @Test
    void shouldGiveTheLoopback127OnEveryUpEvenBesideOtherAddresses()
    {
        final NetNamespace a = new Lab().ns("a");
        final LoopbackDevice lo = a.loopback();
        Lab.address(a, lo, "10.9.9.9/32");
        a.setUp(lo);
        assertEquals(List.of("127.0.0.1/8", "10.9.9.9/32"), addresses(lo));
        a.deleteAddress(lo, ip("127.0.0.1"), 8);
        assertFalse(a.isLocalAddress(ip("127.0.0.1")));
        a.setDown(lo);
        a.setUp(lo);
        assertEquals(List.of("127.0.0.1/8", "10.9.9.9/32"), addresses(lo));
        assertTrue(a.isLocalAddress(ip("127.1.2.3")));
    }

    @Test
    void shouldCountLoopbackBytesWithoutTheEthernetHeader()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        a.setUp(a.loopback());
        assertEquals(1, lab.ping(a, "127.0.0.1", "-c 1").received());
        assertEquals(2, a.loopback().counters().txPackets);
        assertEquals(2 * 84, a.loopback().counters().txBytes);
        assertEquals(2 * 84, a.loopback().counters().rxBytes);
    }

    @Test
    void shouldCountCarrierChangesAsTheDriversDo()
    {
        final NetNamespace a = new Lab().ns("a");
        final VethDevice va = a.addVethPair("va", "vb", a);
        final NetDevice vb = a.device("vb");
        assertEquals(1, va.carrierChanges(), "veth_newlink turns the carrier off");
        a.setUp(va);
        a.setUp(vb);
        a.setDown(vb);
        assertEquals(3, va.carrierChanges());
        assertEquals(0, a.loopback().carrierChanges());
    }
}
