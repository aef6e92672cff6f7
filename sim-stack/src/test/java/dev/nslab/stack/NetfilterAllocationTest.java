package dev.nslab.stack;

import static dev.nslab.stack.Lab.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.EventLoop;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.stack.ipv4.RawIcmpSocket;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.netfilter.ConntrackInfo;
import dev.nslab.stack.netfilter.ConntrackMatch;
import dev.nslab.stack.netfilter.IcmpMatch;
import dev.nslab.stack.netfilter.InterfaceMatch;
import dev.nslab.stack.netfilter.RuleSpec;
import dev.nslab.stack.netfilter.RuleTable;
import dev.nslab.stack.netfilter.Target;

/**
 * Rules, tracking and NAT on the hot path allocate nothing in steady state: echo round trips from A through R's
 * MASQUERADE to B, whose INPUT and OUTPUT each hold 100 rules that never match before a stateful one.
 */
class NetfilterAllocationTest
{
    /** Sends the next echo request whenever a reply comes back. */
    private static final class EchoDriver implements RawIcmpSocket.Receiver
    {
        private final IcmpView icmp = new IcmpView();
        private final int destination;
        RawIcmpSocket socket;
        EventLoop loop;
        long replies;
        int sequence;

        EchoDriver(final int destination)
        {
            this.destination = destination;
        }

        void sendNext()
        {
            final Frame message = socket.pool().acquire().reset(64);
            icmp.wrap(message.buffer(), message.offset()).type(IcmpView.TYPE_ECHO_REQUEST).code(0).identifier(7)
                .sequence(++sequence & 0xFFFF).updateChecksum(64);
            socket.send(message, 0, destination, 64);
        }

        @Override
        public void onIcmp(final Frame packet, final long now)
        {
            if ((packet.buffer()[packet.offset() + 20] & 0xFF) == IcmpView.TYPE_ECHO_REPLY)
            {
                replies++;
                loop.requestStop();
            }
        }
    }

    private static RuleSpec never(final int i)
    {
        // Source 10.99.i.0/24: no packet here comes from there.
        return new RuleSpec(0x0A63_0000 | i << 8, 24, false, 0, 0, false, null, null, 1, false,
            List.of(new IcmpMatch(8, 0, 0xFF, false)), Target.DROP);
    }

    @Test
    void shouldNotAllocateThroughMasqueradeAndStatefulRules()
    {
        final Lab lab = new Lab();
        final NetNamespace[] arb = lab.router(true);
        final NetNamespace a = arb[0];
        final NetNamespace r = arb[1];
        final NetNamespace b = arb[2];
        b.deleteRoute(RouteRequest.to(0, 0).via(ip("10.0.3.1")));
        final RuleTable nat = r.netfilter().nat();
        nat.append(nat.chain("POSTROUTING"), new RuleSpec(0, 0, false, 0, 0, false, null,
            new InterfaceMatch("r-b", false), 0, false, List.of(), Target.MASQUERADE));
        final RuleTable filter = b.netfilter().filter();
        for (final String chain : new String[] {"INPUT", "OUTPUT"})
        {
            for (int i = 0; i < 100; i++)
            {
                filter.append(filter.chain(chain), never(i));
            }
            filter.append(filter.chain(chain), new RuleSpec(0, 0, false, 0, 0, false, null, null, 0, false,
                List.of(new ConntrackMatch(ConntrackInfo.STATE_NEW | ConntrackInfo.STATE_ESTABLISHED, false, false)),
                Target.ACCEPT));
        }
        final EchoDriver driver = new EchoDriver(ip("10.0.3.2"));
        driver.socket = new RawIcmpSocket(a.ipv4(), driver);
        driver.loop = lab.sim.loop();
        roundTrips(lab, driver, 100_000);

        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long threadId = Thread.currentThread().getId();
        final int perRound = 50_000;
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 4; round++)
        {
            final long before = threads.getThreadAllocatedBytes(threadId);
            roundTrips(lab, driver, perRound);
            least = Math.min(least, threads.getThreadAllocatedBytes(threadId) - before);
        }
        assertEquals(300_000, driver.replies);
        assertEquals(1, nat.chain("POSTROUTING").rules().get(0).packets(), "one connection: one ping identifier");
        assertTrue(least < perRound / 10, "allocated " + least + " bytes over " + perRound + " round trips");
    }

    private static void roundTrips(final Lab lab, final EchoDriver driver, final int count)
    {
        for (int i = 0; i < count; i++)
        {
            driver.sendNext();
            lab.sim.loop().runUntilIdle();
        }
    }
}
