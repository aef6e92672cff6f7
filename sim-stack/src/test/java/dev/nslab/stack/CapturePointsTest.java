package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;
import dev.nslab.stack.link.TapDevice;

/** Where frames are captured, as tcpdump -i DEV sees them on the kernel. */
class CapturePointsTest
{
    private record Seen(String where, boolean outbound, long time, byte[] bytes)
    {
    }

    private static final class Recorder implements CaptureSink
    {
        final List<Seen> seen = new ArrayList<>();

        @Override
        public CapturePoint open(final String namespace, final String device, final long mac)
        {
            return (time, outbound, buffer, offset, length) -> seen.add(
                new Seen(namespace + "/" + device, outbound, time, Arrays.copyOfRange(buffer, offset, offset + length)));
        }

        @Override
        public void close()
        {
        }

        List<Seen> at(final String where)
        {
            return seen.stream().filter(s -> s.where().equals(where)).toList();
        }
    }

    @Test
    void shouldSeeAVethFrameLeaveOneEndAndEnterTheOther()
    {
        final Lab lab = new Lab();
        final Recorder recorder = new Recorder();
        lab.sim.setCaptureSink(recorder);
        lab.veth(lab.ns("a"), "va", "10.0.1.1/24", lab.ns("b"), "vb", "10.0.1.2/24");
        lab.ping(lab.ns("a"), "10.0.1.2", "-c 1");
        final List<Seen> sent = recorder.at("a/va").stream().filter(Seen::outbound).toList();
        final List<Seen> received = recorder.at("b/vb").stream().filter(s -> !s.outbound()).toList();
        assertEquals(2, sent.size(), "ARP request and echo request leave va");
        assertEquals(sent.size(), received.size());
        for (int i = 0; i < sent.size(); i++)
        {
            assertTrue(Arrays.equals(sent.get(i).bytes(), received.get(i).bytes()), "the same bytes arrive");
            assertTrue(received.get(i).time() > sent.get(i).time(), "after the link's latency");
        }
    }

    @Test
    void shouldSeeLoopbackTrafficOnceOnLo()
    {
        final Lab lab = new Lab();
        final Recorder recorder = new Recorder();
        lab.sim.setCaptureSink(recorder);
        final NetNamespace a = lab.ns("a");
        a.setUp(a.loopback());
        lab.ping(a, "127.0.0.1", "-c 1");
        final List<Seen> lo = recorder.at("a/lo");
        assertEquals(2, lo.size(), "request and reply, each once (libpcap drops lo's outgoing copy)");
        assertTrue(lo.stream().noneMatch(Seen::outbound));
        assertEquals(2, recorder.seen.size(), "and nowhere else");
    }

    @Test
    void shouldSeeNothingOnATapWithoutAProgram()
    {
        final Lab lab = new Lab();
        final Recorder recorder = new Recorder();
        lab.sim.setCaptureSink(recorder);
        final NetNamespace ns = lab.ns("ns0");
        final TapDevice tap = ns.addTap("tap0");
        ns.setUp(tap);
        Lab.address(ns, tap, "10.0.0.1/24");
        lab.ping(ns, "10.0.0.2", "-c 2 -W 1");
        assertEquals(List.of(), recorder.at("ns0/tap0"), "an unattached tap sends nothing, tcpdump sees nothing");
        assertTrue(tap.counters().txDropped > 0);
        tap.attach();
        lab.ping(ns, "10.0.0.2", "-c 1 -W 1");
        assertTrue(recorder.at("ns0/tap0").stream().anyMatch(Seen::outbound), "with a program, the ARP goes out");
    }
}
