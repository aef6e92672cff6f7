package dev.nslab.stack;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;

/** Small builders for the topologies of the kernel experiments, so tests read like the scenarios. */
public final class Lab
{
    public static final long SECOND = 1_000_000_000L;
    public static final long MS = 1_000_000L;

    public final Simulation sim;

    public Lab(final long seed)
    {
        sim = new Simulation(seed);
    }

    public Lab()
    {
        this(42);
    }

    public NetNamespace ns(final String name)
    {
        final NetNamespace existing = sim.namespace(name);
        return existing != null ? existing : sim.addNamespace(name);
    }

    /** A veth pair between two namespaces, both ends up, with addresses (null for none). */
    public VethDevice veth(final NetNamespace a, final String nameA, final String addressA, final NetNamespace b,
        final String nameB, final String addressB)
    {
        final VethDevice end = a.addVethPair(nameA, nameB, b);
        final NetDevice peer = b.device(nameB);
        if (addressA != null)
        {
            address(a, end, addressA);
        }
        if (addressB != null)
        {
            address(b, peer, addressB);
        }
        a.setUp(end);
        b.setUp(peer);
        return end;
    }

    public static void address(final NetNamespace ns, final NetDevice device, final String cidr)
    {
        final String[] parts = cidr.split("/");
        ns.addAddress(device, ip(parts[0]), Integer.parseInt(parts[1]), 0);
    }

    public static int ip(final String text)
    {
        return Ipv4View.parse(text);
    }

    public PingResult ping(final NetNamespace ns, final String destination, final String options)
    {
        final PingOptions o = PingOptions.to(destination);
        final String[] words = options.isBlank() ? new String[0] : options.trim().split("\\s+");
        for (int i = 0; i < words.length; i += 2)
        {
            final String value = words[i + 1];
            switch (words[i])
            {
                case "-c" -> o.count(Long.parseLong(value));
                case "-i" -> o.intervalMs(Math.round(Double.parseDouble(value) * 1000));
                case "-W" -> o.lingerMs(Math.round(Double.parseDouble(value) * 1000));
                case "-w" -> o.deadlineS(Long.parseLong(value));
                case "-t" -> o.ttl(Integer.parseInt(value));
                case "-s" -> o.dataLength(Integer.parseInt(value));
                default -> throw new IllegalArgumentException(words[i]);
            }
        }
        return sim.ping(ns, o);
    }

    /** A — R — B: 10.0.2.0/24 and 10.0.3.0/24, default routes via R, forwarding as given. */
    public NetNamespace[] router(final boolean forwarding)
    {
        final NetNamespace a = ns("A");
        final NetNamespace r = ns("R");
        final NetNamespace b = ns("B");
        for (final NetNamespace n : new NetNamespace[] {a, r, b})
        {
            n.setUp(n.loopback());
        }
        veth(a, "a-r", "10.0.2.2/24", r, "r-a", "10.0.2.1/24");
        veth(r, "r-b", "10.0.3.1/24", b, "b-r", "10.0.3.2/24");
        a.addRoute(RouteRequest.to(0, 0).via(ip("10.0.2.1")), false);
        b.addRoute(RouteRequest.to(0, 0).via(ip("10.0.3.1")), false);
        r.sysctls().writeIpForward(forwarding ? 1 : 0);
        return new NetNamespace[] {a, r, b};
    }

    public static String text(final int address)
    {
        return Ipv4View.format(address);
    }
}
