package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.Ipv4View;

class SmokeTest
{
    @Test
    void shouldPingOverVeth()
    {
        final Simulation sim = new Simulation(7);
        final NetNamespace a = sim.addNamespace("a");
        final NetNamespace b = sim.addNamespace("b");
        final VethDevice va = a.addVethPair("va", "vb", b);
        final NetDevice vb = b.device("vb");
        a.addAddress(va, Ipv4View.parse("10.0.1.1"), 24, 0);
        b.addAddress(vb, Ipv4View.parse("10.0.1.2"), 24, 0);
        a.setUp(va);
        b.setUp(vb);
        final PingResult r = sim.ping(a, PingOptions.to("10.0.1.2").count(3));
        System.out.println(r);
        assertEquals(3, r.received());
        System.out.println(va.neighbours().entries() + " " + ((NetDevice) vb).neighbours().entries());
        final PingResult r2 = sim.ping(a, PingOptions.to("10.0.1.99").count(8));
        System.out.println(r2.events().size() + " " + r2);
    }
}
