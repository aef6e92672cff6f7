package dev.nslab.pcap;

import static dev.nslab.pcap.TestFrames.IP_A;
import static dev.nslab.pcap.TestFrames.IP_B;
import static dev.nslab.pcap.TestFrames.MAC_A;
import static dev.nslab.pcap.TestFrames.MAC_B;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulation would report for {@code ip netns exec a ping -c 3 10.0.0.2} over a veth pair a/veth0 -
 * b/veth1: ARP, then three echo requests and replies, each frame outbound on one end and inbound on the other
 * at the same virtual time. Also opens a device the filter test leaves out.
 */
final class PingScenario
{
    static final String A_VETH0 = "a/veth0";
    static final String B_VETH1 = "b/veth1";
    static final long SECOND = 1_000_000_000L;

    /** One captured frame as the scenario expects it: which device, when (virtual), direction, bytes. */
    record Expected(String device, long timeNs, boolean outbound, byte[] frame)
    {
    }

    private PingScenario()
    {
    }

    static List<Expected> frames()
    {
        final List<Expected> frames = new ArrayList<>();
        final long arpTime = 1_000_123L;
        pair(frames, arpTime, true, TestFrames.arp(false, MAC_A, IP_A, 0L, IP_B));
        pair(frames, arpTime + 20_000L, false, TestFrames.arp(true, MAC_B, IP_B, MAC_A, IP_A));
        for (int sequence = 1; sequence <= 3; sequence++)
        {
            final long time = arpTime + 40_000L + (sequence - 1) * SECOND;
            pair(frames, time, true, TestFrames.icmpEcho(false, MAC_A, MAC_B, IP_A, IP_B, sequence));
            pair(frames, time + 30_001L, false, TestFrames.icmpEcho(true, MAC_B, MAC_A, IP_B, IP_A, sequence));
        }
        return frames;
    }

    /** A frame from a to b (or b to a): outbound on the sender's end, inbound on the receiver's. */
    private static void pair(final List<Expected> frames, final long time, final boolean fromA, final byte[] frame)
    {
        frames.add(new Expected(fromA ? A_VETH0 : B_VETH1, time, true, frame));
        frames.add(new Expected(fromA ? B_VETH1 : A_VETH0, time, false, frame));
    }

    /** Opens the points the first time each device carries a frame, as the simulation does, and captures. */
    static void play(final CaptureSink sink)
    {
        CapturePoint veth0 = null;
        CapturePoint veth1 = null;
        for (final Expected expected : frames())
        {
            final CapturePoint point;
            if (A_VETH0.equals(expected.device()))
            {
                veth0 = null == veth0 ? sink.open("a", "veth0", MAC_A) : veth0;
                point = veth0;
            }
            else
            {
                veth1 = null == veth1 ? sink.open("b", "veth1", MAC_B) : veth1;
                point = veth1;
            }
            // The frame sits inside a bigger buffer, as in a pooled Frame with headroom.
            final byte[] buffer = new byte[expected.frame().length + 40];
            System.arraycopy(expected.frame(), 0, buffer, 32, expected.frame().length);
            point.capture(expected.timeNs(), expected.outbound(), buffer, 32, expected.frame().length);
        }
    }
}
