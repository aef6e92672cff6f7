package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;
import dev.nslab.stack.neigh.NeighbourState;
import static dev.nslab.stack.Lab.ip;

/** net.ipv4.conf.{all,default,DEV}: where a write goes, and what the settings change. */
class DeviceConfigTest
{
    @Test
    void shouldCopyDefaultOnlyToDevicesNeverWrittenNorAddressed()
    {
        final NetNamespace a = new Lab().ns("a");
        final VethDevice va = a.addVethPair("va", "vb", a);
        final NetDevice vb = a.device("vb");
        final VethDevice vc = a.addVethPair("vc", "vd", a);
        a.sysctls().write(vb, Setting.RP_FILTER, 0);
        Lab.address(a, vc, "10.0.0.1/24");
        a.sysctls().writeDefault(Setting.RP_FILTER, 1);
        a.sysctls().writeDefault(Setting.PROMOTE_SECONDARIES, 1);
        assertEquals(1, Ipv4Device.of(va).config().get(Setting.RP_FILTER));
        assertEquals(0, Ipv4Device.of(vb).config().get(Setting.RP_FILTER), "written itself");
        assertEquals(0, Ipv4Device.of(vc).config().get(Setting.RP_FILTER), "has had an address");
        assertEquals(0, Ipv4Device.of(va).config().get(Setting.PROMOTE_SECONDARIES), "not a devinet_conf_proc setting");
        final VethDevice ve = a.addVethPair("ve", "vf", a);
        assertEquals(1, Ipv4Device.of(ve).config().get(Setting.PROMOTE_SECONDARIES), "a new device copies default");
    }

    @Test
    void shouldSpreadAllForwardingOnlyWhenItsValueChanges()
    {
        final NetNamespace a = new Lab().ns("a");
        final VethDevice va = a.addVethPair("va", "vb", a);
        a.sysctls().writeIpForward(3);
        assertEquals(3, Ipv4Device.of(va).config().get(Setting.FORWARDING));
        assertEquals(3, a.sysctls().defaults().get(Setting.FORWARDING));
        a.sysctls().write(va, Setting.FORWARDING, 0);
        a.sysctls().writeIpForward(3);
        assertEquals(0, Ipv4Device.of(va).config().get(Setting.FORWARDING), "the same value again reaches no device");
        a.sysctls().writeIpForward(1);
        assertEquals(1, Ipv4Device.of(va).config().get(Setting.FORWARDING));
    }

    @Test
    void shouldStartANewNamespaceFromTheKernelDefaultsNotFromTheHost()
    {
        final Lab lab = new Lab();
        lab.sim.host().sysctls().writeIpForward(1);
        lab.sim.host().sysctls().writeDefault(Setting.RP_FILTER, 2);
        final NetNamespace a = lab.ns("a");
        assertEquals(0, a.sysctls().readIpForward());
        assertEquals(0, Ipv4Device.of(a.loopback()).config().get(Setting.RP_FILTER));
    }

    /** b pings a from 10.0.3.2, which a routes back through another device. */
    private static NetNamespace[] asymmetric(final Lab lab)
    {
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final NetNamespace c = lab.ns("c");
        lab.veth(a, "va1", "10.0.1.1/24", b, "vb1", "10.0.1.2/24");
        lab.veth(a, "va2", "10.0.2.1/24", c, "vc2", "10.0.2.2/24");
        lab.veth(b, "vb3", "10.0.3.2/24", c, "vc3", "10.0.3.3/24");
        a.addRoute(RouteRequest.to(ip("10.0.3.0"), 24).via(ip("10.0.2.2")), false);
        c.sysctls().writeIpForward(1);
        return new NetNamespace[] {a, b, c};
    }

    private static long pingFrom(final Lab lab, final NetNamespace ns, final String source, final String to)
    {
        return lab.sim.ping(ns, PingOptions.to(to).count(1).lingerMs(5000).sourceAddress(ip(source))).received();
    }

    @Test
    void shouldFilterReversePathsStrictlyOrLooselyByTheLargerSetting()
    {
        final Lab lab = new Lab();
        final NetNamespace[] abc = asymmetric(lab);
        final NetNamespace a = abc[0];
        assertEquals(1, pingFrom(lab, abc[1], "10.0.3.2", "10.0.1.1"));
        a.sysctls().write(null, Setting.RP_FILTER, 1);
        // b still knows a's MAC, so the echo request itself reaches a and is refused: IPReversePathFilter counts IP
        // packets only (ip_rcv_finish_core), not the ARP requests the filter refuses too.
        assertEquals(0, pingFrom(lab, abc[1], "10.0.3.2", "10.0.1.1"));
        assertTrue(a.stats().ipReversePathFilter > 0);
        a.sysctls().write(a.device("va1"), Setting.RP_FILTER, 2);
        assertEquals(1, pingFrom(lab, abc[1], "10.0.3.2", "10.0.1.1"), "max(1, 2) is loose");
    }

    @Test
    void shouldRefuseOurOwnAddressAsSourceUnlessAcceptLocal()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.0.1/24", b, "vb", "10.0.0.2/24");
        Lab.address(a, a.loopback(), "10.9.0.1/32");
        Lab.address(b, b.loopback(), "10.9.0.1/32");
        a.setUp(a.loopback());
        b.setUp(b.loopback());
        pingFrom(lab, b, "10.9.0.1", "10.0.0.1");
        assertEquals(NeighbourState.FAILED, Ipv4Device.of(b.device("vb")).neighbours().lookup(ip("10.0.0.1")).state(),
            "even the ARP request is a martian");
        a.sysctls().write(va, Setting.ACCEPT_LOCAL, 1);
        pingFrom(lab, b, "10.9.0.1", "10.0.0.1");
        assertEquals(84, a.loopback().counters().rxBytes, "the reply to our own address crosses lo");
    }

    @Test
    void shouldAnswerArpForTheInputDeviceOnlyWithArpIgnore()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", "10.0.0.1/24", b, "vb", "10.0.0.2/24");
        final VethDevice vc = a.addVethPair("vc", "vd", a);
        Lab.address(a, vc, "10.8.0.1/24");
        a.setUp(vc);
        b.addRoute(RouteRequest.to(ip("10.8.0.0"), 24).dev(b.device("vb")), false);
        assertEquals(1, lab.ping(b, "10.8.0.1", "-c 1 -W 5").received());
        Ipv4Device.of(b.device("vb")).neighbours().flush();
        a.sysctls().write(va, Setting.ARP_IGNORE, 1);
        assertEquals(0, lab.ping(b, "10.8.0.1", "-c 1 -W 5").received());
        assertEquals(1, lab.ping(b, "10.0.0.1", "-c 1 -W 5").received());
    }

    @Test
    void shouldProxyArpOnlyWhereTheInputDeviceForwards()
    {
        final Lab lab = new Lab();
        final NetNamespace r = lab.ns("r");
        final NetNamespace b = lab.ns("b");
        final NetNamespace c = lab.ns("c");
        final VethDevice vr1 = lab.veth(r, "vr1", "10.0.1.1/24", b, "vb", "10.0.1.2/16");
        lab.veth(r, "vr2", "10.0.2.1/24", c, "vc", "10.0.2.2/24");
        c.addRoute(RouteRequest.to(0, 0).via(ip("10.0.2.1")), false);
        r.sysctls().write(vr1, Setting.PROXY_ARP, 1);
        assertEquals(0, lab.ping(b, "10.0.2.2", "-c 1 -W 5").received(), "no forwarding, no proxy");
        Ipv4Device.of(b.device("vb")).neighbours().flush();
        r.sysctls().writeIpForward(1);
        assertEquals(1, lab.ping(b, "10.0.2.2", "-c 1 -W 5").received());
        assertEquals(vr1.mac(), Ipv4Device.of(b.device("vb")).neighbours().lookup(ip("10.0.2.2")).mac());
    }
}
