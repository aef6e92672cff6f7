package dev.nslab.bench.echo;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.link.VethDevice;

/**
 * The echo benchmarks' topology: namespaces {@code a} (10.0.1.1/24) and {@code b} (10.0.1.2/24) joined by a veth
 * pair, {@code lo} and both ends up, and a driver pinging b from a with ARP already resolved.
 */
public final class EchoPair
{
    private static final int WARM_UP_ROUND_TRIPS = 1_000;

    private EchoPair()
    {
    }

    /** Builds the pair into {@code simulation} (capture, if any, set before) and warms it up. */
    public static EchoDriver build(final Simulation simulation)
    {
        final NetNamespace a = simulation.addNamespace("a");
        final NetNamespace b = simulation.addNamespace("b");
        final VethDevice va = a.addVethPair("va", "vb", b);
        final VethDevice vb = va.peer();
        final int addressA = Ipv4View.parse("10.0.1.1");
        final int addressB = Ipv4View.parse("10.0.1.2");
        a.addAddress(va, addressA, 24, 0);
        b.addAddress(vb, addressB, 24, 0);
        a.setUp(a.loopback());
        b.setUp(b.loopback());
        a.setUp(va);
        b.setUp(vb);
        final EchoDriver driver = new EchoDriver(a, addressA, addressB, 0x4242);
        for (int i = 0; i < WARM_UP_ROUND_TRIPS; i++)
        {
            driver.roundTrip();
        }
        return driver;
    }
}
