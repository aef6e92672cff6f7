package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.Ipv4View;

/** The Java API example of README.md, line for line, so that the README stays true. */
class ReadmeExampleTest
{
    @Test
    void shouldRunTheReadmeExample()
    {
        Simulation sim = new Simulation(42);
        NetNamespace a = sim.addNamespace("a"), b = sim.addNamespace("b");
        VethDevice va = a.addVethPair("va", "vb", b);
        a.addAddress(va, Ipv4View.parse("10.0.1.1"), 24, 0);
        b.addAddress(b.device("vb"), Ipv4View.parse("10.0.1.2"), 24, 0);
        a.setUp(va);
        b.setUp(b.device("vb"));
        PingResult result = sim.ping(a, PingOptions.to("10.0.1.2").count(3));
        assertEquals(3, result.received());
        assertEquals(NeighbourState.REACHABLE, va.neighbours().lookup(Ipv4View.parse("10.0.1.2")).state());
        assertTrue(va.counters().txPackets >= 4);

        TapDevice tap = a.addTap("tap0");
        TapHandle handle = tap.attach();
        assertTrue(tap.hasCarrier());
        assertTrue(handle.write(new byte[60]));
        assertEquals(-1, handle.read(new byte[2048], 0, 2048, 1_000_000));
    }
}
