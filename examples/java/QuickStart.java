import java.util.Locale;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.link.DeviceCounters;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;

/** Two namespaces joined by a veth pair, a ping between them, and what the simulated kernel kept afterwards. */
public final class QuickStart
{
    public static void main(final String[] args)
    {
        final Simulation sim = new Simulation(42);                // the seed fixes MACs and timer jitter
        final NetNamespace a = sim.addNamespace("a");             // ip netns add a
        final NetNamespace b = sim.addNamespace("b");             // ip netns add b
        final VethDevice va = a.addVethPair("va", "vb", b);       // ip -n a link add va type veth peer name vb netns b
        final NetDevice vb = va.peer();                           // the other end, in b
        a.addAddress(va, Ipv4View.parse("10.0.1.1"), 24, 0);      // ip -n a addr add 10.0.1.1/24 dev va
        b.addAddress(vb, Ipv4View.parse("10.0.1.2"), 24, 0);      // ip -n b addr add 10.0.1.2/24 dev vb
        a.setUp(va);                                              // ip -n a link set va up
        b.setUp(vb);                                              // ip -n b link set vb up

        // ip netns exec a ping -c 3 10.0.1.2, in virtual time: its two seconds take microseconds.
        final PingResult ping = sim.ping(a, PingOptions.to("10.0.1.2").count(3));
        for (final PingResult.Event event : ping.events())
        {
            if (event instanceof PingResult.Reply reply)
            {
                System.out.printf(Locale.ROOT, "%d bytes from %s: icmp_seq=%d ttl=%d time=%.3f ms%n", reply.bytes(),
                    Ipv4View.format(reply.from().ipv4()), reply.sequence(), reply.ttl(), reply.tripUs() / 1000.0);
            }
        }
        System.out.printf("%d packets transmitted, %d received, time %dms%n", ping.transmitted(), ping.received(),
            ping.timeMs());

        // ip -n a neigh show dev va: what ARP learnt on the way.
        System.out.println("10.0.1.2 dev va "
            + Ipv4Device.of(va).neighbours().lookup(Ipv4View.parse("10.0.1.2")).state());

        // ip -n a -s link show va: the device's counters (ARP included).
        final DeviceCounters counters = va.counters();
        System.out.printf("va RX: %d packets %d bytes, TX: %d packets %d bytes%n", counters.rxPackets,
            counters.rxBytes, counters.txPackets, counters.txBytes);
    }
}
