package dev.nslab.stack.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.link.VethDevice;
import static dev.nslab.stack.Lab.MS;

/**
 * ping's sendmsg failures (iputils 20221126 pinger() and ping4_receive_error_msg(), kernel 6.18 raw_sendmsg and
 * ip_append_data), path MTU discovery with -M, and -O, as the goldens ping-local-errors, ping-veth-mtu-mismatch,
 * ping-pmtu and ping-report-options recorded them on the kernel.
 */
class PingSendErrorsTest
{
    private final Lab lab = new Lab();
    private final NetNamespace a = lab.ns("a");
    private final NetNamespace b = lab.ns("b");
    private final VethDevice va = lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");

    @Test
    void shouldReportALocalErrorWithTheRouteMtuForDatagramsOver65535Bytes()
    {
        final PingResult result = lab.sim.ping(a, PingOptions.to("10.0.1.2").count(2).intervalMs(200)
            .dataLength(65508));
        assertEquals(2, result.transmitted());
        assertEquals(2, result.errors());
        final PingResult.LocalError error = assertInstanceOf(PingResult.LocalError.class, result.events().get(0));
        assertTrue(error.messageTooLong());
        assertEquals(1500, error.mtu());
        assertEquals(204, result.timeMs());
    }

    @Test
    void shouldSayNothingForIcmpMessagesOver65535BytesOrUnderQuiet()
    {
        final PingResult tooLong = lab.sim.ping(a, PingOptions.to("10.0.1.2").count(1).lingerMs(1000)
            .dataLength(65528));
        assertEquals(1, tooLong.transmitted());
        assertEquals(0, tooLong.errors(), "raw_sendmsg queues nothing for ping to read");
        assertTrue(tooLong.events().isEmpty());
        final PingResult quiet = lab.sim.ping(a, PingOptions.to("10.0.1.2").count(2).intervalMs(200)
            .lingerMs(1000).dataLength(65508).quiet(true));
        assertEquals(0, quiet.errors(), "-q skips the local error before it is counted");
    }

    @Test
    void shouldRetryNoBufferSpaceUntilTheLingerTimeThenReportIt()
    {
        a.setMtu(va, 9000);
        lab.sim.ping(a, PingOptions.to("10.0.1.2").count(1).dataLength(8)); // resolve the neighbour first
        final long droppedBefore = va.counters().txDropped;
        final PingResult result = lab.sim.ping(a, PingOptions.to("10.0.1.2").count(2).intervalMs(200)
            .lingerMs(1000).dataLength(1477));
        final List<PingResult.Event> events = result.events();
        assertEquals(2, events.size());
        events.forEach(e -> assertFalse(assertInstanceOf(PingResult.LocalError.class, e).messageTooLong()));
        assertEquals(2, result.transmitted());
        assertEquals(0, result.errors(), "ENOBUFS is not an error of the statistics");
        // oom_count * 100 ms reaches -W 1000 at the 10th attempt, 200 ms apart; the second echo fails at once.
        assertEquals(2000, result.timeMs(), 10);
        assertEquals(11, va.counters().txDropped - droppedBefore);
        assertEquals(11 + 0, b.device("vb").counters().rxDropped, "the peer counts each drop too");
    }

    @Test
    void shouldPassAnIpPacketOfPeerMtuPlusFourBytes()
    {
        a.setMtu(va, 9000);
        final PingResult result = lab.sim.ping(a, PingOptions.to("10.0.1.2").count(2).intervalMs(200)
            .dataLength(1476));
        assertEquals(2, result.received(), "is_skb_forwardable allows MTU + 18 bytes of frame");
    }

    @Test
    void shouldRefuseOverTheDeviceMtuWithDfAndLearnThePathMtuFromARouter()
    {
        final PingResult local = lab.sim.ping(a, PingOptions.to("10.0.1.2").count(1)
            .pmtuDiscovery(PmtuDiscovery.DO).dataLength(1473));
        assertEquals(1500, ((PingResult.LocalError) local.events().get(0)).mtu());

        final Lab routed = new Lab();
        final NetNamespace[] arb = routed.router(true);
        final NetNamespace left = arb[0];
        arb[1].setMtu(arb[1].device("r-b"), 1400);
        arb[2].setMtu(arb[2].device("b-r"), 1400);
        final PingResult told = routed.sim.ping(left, PingOptions.to("10.0.3.2").count(1)
            .pmtuDiscovery(PmtuDiscovery.DO).dataLength(1472));
        final PingResult.IcmpError fragNeeded = assertInstanceOf(PingResult.IcmpError.class, told.events().get(0));
        assertEquals(1400, fragNeeded.info());
        final PingResult learnt = routed.sim.ping(left, PingOptions.to("10.0.3.2").count(1)
            .pmtuDiscovery(PmtuDiscovery.DO).dataLength(1373));
        assertEquals(1400, ((PingResult.LocalError) learnt.events().get(0)).mtu(), "the PMTU cache");
        final PingResult fragmented = routed.sim.ping(left, PingOptions.to("10.0.3.2").count(1).dataLength(1472));
        assertEquals(1, fragmented.received(), "-M want fragments at the learnt 1400");
        routed.sim.runFor(PathMtuCache.EXPIRES_NS);
        final PingResult forgotten = routed.sim.ping(left, PingOptions.to("10.0.3.2").count(1)
            .pmtuDiscovery(PmtuDiscovery.DO).dataLength(1472));
        assertInstanceOf(PingResult.IcmpError.class, forgotten.events().get(0), "expired after 600 s");
    }

    @Test
    void shouldReportOutstandingEchoesBeforeTheNextSend()
    {
        final PingResult result = lab.sim.ping(a, PingOptions.to("10.0.1.9").count(3).intervalMs(200)
            .lingerMs(1000).reportOutstanding(true));
        assertEquals(List.of(1, 2), result.events().stream().map(PingResult.Event::sequence).toList());
        result.events().forEach(e -> assertInstanceOf(PingResult.NoAnswerYet.class, e));
        // The 200 ms wait is a kernel timer, rounded up by the timer wheel as on the kernel (204 ms).
        assertEquals(204 * MS, result.events().get(0).timeNs() - result.startNs(), 2 * MS);
    }

    @Test
    void shouldKeepTheMovingAverageOfRoundTrips()
    {
        final PingResult result = lab.sim.ping(a, PingOptions.to("10.0.1.2").count(5).intervalMs(0));
        assertEquals(5, result.received());
        assertTrue(result.rttEwma() > 0);
        assertTrue(result.elapsedUs() > 0);
    }
}
