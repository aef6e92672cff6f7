package dev.nslab.stack.ipv4;

import java.util.HashMap;
import java.util.Map;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.time.Timer;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Checksum;
import dev.nslab.stack.link.DeviceKind;
import dev.nslab.stack.link.NetDevice;

/**
 * IGMPv3 membership reports (RFC 3376, net/ipv4/igmp.c) for the one reportable group nslab's devices join: a bridge
 * that snoops multicast (a new bridge does) joins 224.0.0.106, all snoopers, when it opens (br_dev_open), and
 * igmp_group_added reports the change robustness times (igmp_qrv, 2): 2 jiffies after the join, then after a random
 * delay below the unsolicited report interval (1 s). Each report is one CHANGE_TO_EXCLUDE record with no source,
 * from the device's first address or 0.0.0.0, to 224.0.0.22 with TTL 1, TOS 0xc0, DF and the router alert option:
 * 54 bytes on the wire, counted on the bridge even when it has no port to flood it to. Going down cancels what is
 * pending (ip_mc_down deletes the timer before the leave could be sent). 224.0.0.1, which every device joins, is
 * never reported.
 */
final class Igmp
{
    private static final int ALL_SNOOPERS = 0xE000_006A;
    private static final int ALL_IGMPV3_ROUTERS = 0xE000_0016;
    private static final long ALL_IGMPV3_ROUTERS_MAC = 0x0100_5E00_0016L;
    private static final int ROBUSTNESS = 2;
    /** IGMP_V3_UNSOLICITED_REPORT_INTERVAL. */
    private static final long UNSOLICITED_REPORT_INTERVAL_JIFFIES = KernelTimers.HZ;
    private static final int IP_HEADER_LENGTH = 24;
    private static final int REPORT_LENGTH = 16;
    private static final int TYPE_V3_REPORT = 0x22;
    private static final int RECORD_CHANGE_TO_EXCLUDE = 4;

    private final Ipv4Namespace namespace;
    /** The reports still owed by each device with a reportable group (bridges), with their timer. */
    private final Map<NetDevice, Pending> pending = new HashMap<>();

    /** A device's mr_ifc_timer and mr_ifc_count. */
    private static final class Pending
    {
        Timer timer;
        int remaining;
    }

    Igmp(final Ipv4Namespace namespace)
    {
        this.namespace = namespace;
    }

    /** NETDEV_UP of a bridge: the snoopers group joined at br_dev_open is reported (igmp_ifc_event). */
    void deviceUp(final NetDevice device, final long now)
    {
        if (device.kind() != DeviceKind.BRIDGE)
        {
            return;
        }
        final Pending state = pending.computeIfAbsent(device, key -> new Pending());
        if (state.timer == null)
        {
            state.timer = new Timer(at -> expire(device, state, at));
        }
        state.remaining = ROBUSTNESS;
        arm(state, 1, now);
    }

    /** ip_mc_down: nothing more is sent. */
    void deviceDown(final NetDevice device)
    {
        final Pending state = pending.remove(device);
        if (state != null && state.timer != null)
        {
            namespace.machine.loop().cancel(state.timer);
        }
    }

    /** igmp_ifc_start_timer: a random delay below {@code delayJiffies}, plus 2 jiffies. */
    private void arm(final Pending state, final long delayJiffies, final long now)
    {
        final long random = delayJiffies <= 1 ? 0 : typicalBelow(delayJiffies);
        final KernelTimers timers = namespace.machine.timers();
        namespace.machine.loop().schedule(state.timer, timers.fireTime(now, timers.jiffies(now) + random + 2));
    }

    /**
     * A delay uniform below {@code bound} as the kernel draws it, taken, as addrconf's, near the middle with a seeded
     * jitter of an eighth: what a scenario then sees at any moment is what the kernel shows most often.
     */
    private long typicalBelow(final long bound)
    {
        final long jitter = bound / 16;
        return bound / 2 - jitter + namespace.machine.igmpRandom().nextLong(2 * jitter + 1);
    }

    /** igmp_ifc_timer_expire: one report, and another while robustness asks for it. */
    private void expire(final NetDevice device, final Pending state, final long now)
    {
        if (state.remaining <= 0 || !device.isUp())
        {
            return;
        }
        send(device, now);
        if (--state.remaining > 0)
        {
            arm(state, UNSOLICITED_REPORT_INTERVAL_JIFFIES, now);
        }
    }

    private void send(final NetDevice device, final long now)
    {
        final Frame frame = namespace.machine.pool().acquire().reset(IP_HEADER_LENGTH + REPORT_LENGTH);
        final byte[] b = frame.buffer();
        final int ip = frame.offset();
        java.util.Arrays.fill(b, ip, ip + IP_HEADER_LENGTH + REPORT_LENGTH, (byte) 0);
        final Ipv4Device part = Ipv4Device.of(device);
        final int source = part.addresses.isEmpty() ? 0 : part.addresses.get(0).address();
        b[ip] = 0x46;
        b[ip + 1] = (byte) 0xC0;
        Bytes.u16(b, ip + 2, IP_HEADER_LENGTH + REPORT_LENGTH);
        Bytes.u16(b, ip + 6, 0x4000);
        b[ip + 8] = 1;
        b[ip + 9] = 2;
        Bytes.i32(b, ip + 12, source);
        Bytes.i32(b, ip + 16, ALL_IGMPV3_ROUTERS);
        b[ip + 20] = (byte) 0x94;
        b[ip + 21] = 4;
        Bytes.u16(b, ip + 10, Checksum.compute(b, ip, IP_HEADER_LENGTH));
        final int igmp = ip + IP_HEADER_LENGTH;
        b[igmp] = TYPE_V3_REPORT;
        Bytes.u16(b, igmp + 6, 1);
        b[igmp + 8] = RECORD_CHANGE_TO_EXCLUDE;
        Bytes.i32(b, igmp + 12, ALL_SNOOPERS);
        Bytes.u16(b, igmp + 2, Checksum.compute(b, igmp, REPORT_LENGTH));
        frame.checksumUnnecessary = true;
        namespace.linkLayer.sendIpv4(device, frame, ALL_IGMPV3_ROUTERS_MAC, now);
    }
}
