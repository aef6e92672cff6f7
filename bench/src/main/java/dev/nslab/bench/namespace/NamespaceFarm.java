package dev.nslab.bench.namespace;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.link.VethDevice;

/**
 * Fills a simulation with namespaces as a test bed would: each has {@code lo} up and one veth with an address, up.
 * The veth pairs join consecutive namespaces (0 with 1, 2 with 3, ...), one /30 per pair from 10.0.0.0/8, so every
 * namespace holds exactly one veth end and the cost per namespace does not depend on how many there are (a hub
 * namespace would instead hold one end per other namespace and measure the hub's growth).
 */
final class NamespaceFarm
{
    private static final int BASE = Ipv4View.parse("10.0.0.0");

    private NamespaceFarm()
    {
    }

    /**
     * Adds {@code count} namespaces (an even number) named {@code ns0, ns1, ...}.
     *
     * @return the last namespace made, so that callers have something to consume.
     */
    static NetNamespace populate(final Simulation simulation, final int count)
    {
        if ((count & 1) != 0 || count > 1 << 22)
        {
            throw new IllegalArgumentException("count must be even and at most 2^22: " + count);
        }
        NetNamespace last = null;
        for (int pair = 0; pair < count / 2; pair++)
        {
            final NetNamespace left = simulation.addNamespace("ns" + (2 * pair));
            final NetNamespace right = simulation.addNamespace("ns" + (2 * pair + 1));
            left.setUp(left.loopback());
            right.setUp(right.loopback());
            final VethDevice leftEnd = left.addVethPair("veth0", "veth0", right);
            final int subnet = BASE + pair * 4;
            left.addAddress(leftEnd, subnet + 1, 30, 0);
            right.addAddress(leftEnd.peer(), subnet + 2, 30, 0);
            left.setUp(leftEnd);
            right.setUp(leftEnd.peer());
            last = right;
        }
        return last;
    }
}
