package dev.nslab.stack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import static dev.nslab.stack.Lab.MS;
import static dev.nslab.stack.Lab.SECOND;

/**
 * A ping's replies go to its listener as they arrive and are kept nowhere; the statistics come from running sums,
 * with iputils' own integer square root.
 */
class PingStreamingTest
{
    @Test
    void shouldHandEachReplyToTheListenerWhenItArrives()
    {
        final Lab lab = new Lab();
        final NetNamespace host = lab.sim.host();
        host.setUp(host.device("lo"));
        final List<Long> heardAt = new ArrayList<>();
        final List<PingResult.Event> heard = new ArrayList<>();
        final int[] source = {-1};
        final PingResult result = lab.sim.ping(host, PingOptions.to("127.0.0.1").count(3), new PingListener()
        {
            @Override
            public void started(final int chosen)
            {
                source[0] = chosen;
                heardAt.add(lab.sim.now());
            }

            @Override
            public void event(final PingResult.Event event)
            {
                heard.add(event);
                heardAt.add(lab.sim.now());
            }
        });
        assertEquals(Lab.ip("127.0.0.1"), source[0], "started with the source chosen");
        assertEquals(List.of(), result.events(), "nothing kept: the listener had them");
        assertEquals(3, heard.size());
        for (int i = 0; i < 3; i++)
        {
            assertEquals(i + 1, heard.get(i).sequence());
            assertEquals(heard.get(i).timeNs(), heardAt.get(i + 1), "heard at the virtual time it arrived");
        }
        assertTrue(heardAt.get(1) < MS && result.endNs() >= 2 * SECOND, "the first reply long before the end");
        assertEquals(3, result.received());
    }

    @Test
    void shouldCollectTheSameEventsWhenAskedToKeepThem()
    {
        final List<PingResult.Event> streamed = new ArrayList<>();
        final Lab streaming = new Lab();
        streaming.sim.host().setUp(streaming.sim.host().device("lo"));
        streaming.sim.ping(streaming.sim.host(), PingOptions.to("127.0.0.1").count(4).intervalMs(0), streamed::add);
        final Lab collecting = new Lab();
        collecting.sim.host().setUp(collecting.sim.host().device("lo"));
        final PingResult kept = collecting.sim.ping(collecting.sim.host(), PingOptions.to("127.0.0.1").count(4)
            .intervalMs(0));
        assertEquals(streamed, kept.events());
    }

    @Test
    void shouldTakeTheSquareRootAsIputilsLlsqrtDoes()
    {
        // Newton's method on integers returning its last step: one too high just below a perfect square.
        final long[][] expected = {{0, 0}, {1, 1}, {2, 1}, {3, 2}, {4, 2}, {8, 3}, {9, 3}, {15, 4}, {24, 5},
            {25, 5}, {99, 10}, {100, 10}, {1_000_000, 1000}, {-5, -5}};
        for (final long[] pair : expected)
        {
            assertEquals(pair[1], RoundTripStatistics.llsqrt(pair[0]), "llsqrt(" + pair[0] + ")");
        }
    }
}
