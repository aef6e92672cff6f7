package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.DeviceCounters;
import dev.nslab.stack.DeviceKind;
import dev.nslab.stack.NetDevice;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.VethDevice;

/**
 * A device's lines as iproute2 6.1's print_linkinfo and print_linkinfo_brief write them: the header
 * ({@code N: name@peer: <FLAGS> mtu ... qlen 1000}), the {@code link/ether} line with {@code link-netns}, the
 * {@code -s} tables, and the brief form.
 */
final class LinkPrinter
{
    private static final String BROADCAST_MAC = "ff:ff:ff:ff:ff:ff";

    private final Invocation invocation;
    private final NetNamespace namespace;

    LinkPrinter(final Invocation invocation)
    {
        this.invocation = invocation;
        this.namespace = invocation.namespace();
    }

    /**
     * Prints the header and, unless {@code inetOnly}, the link line; {@code linkMode} adds {@code mode DEFAULT} and
     * the statistics. The caller ends the device's block (ip addr appends its address lines first).
     */
    void printDevice(final NetDevice device, final boolean linkMode, final boolean inetOnly, final int statistics)
    {
        printDevice(device, linkMode, inetOnly, statistics, false);
    }

    /** As above; {@code oneline} ({@code -o}) joins the device's lines with a backslash, as iproute2's _SL_ does. */
    void printDevice(final NetDevice device, final boolean linkMode, final boolean inetOnly, final int statistics,
        final boolean oneline)
    {
        final Peer peer = peerOf(device);
        final StringBuilder line = new StringBuilder();
        line.append(device.ifindex()).append(": ").append(device.name()).append(peer.suffix).append(": ");
        line.append(flags(device, peer.peerDown)).append(' ');
        line.append("mtu ").append(device.mtu()).append(' ');
        line.append("qdisc ").append(device.qdiscKind()).append(' ');
        if (device.master() != null)
        {
            line.append("master ").append(device.master().name()).append(' ');
        }
        line.append("state ").append(device.operState().name()).append(' ');
        if (linkMode)
        {
            line.append("mode DEFAULT ");
        }
        line.append("group default ");
        line.append("qlen ").append(device.txQueueLength());
        if (!inetOnly)
        {
            line.append('\n').append("    link/").append(device.isLoopback() ? "loopback " : "ether ")
                .append(Inet.formatMac(device.mac())).append(" brd ")
                .append(device.isLoopback() ? "00:00:00:00:00:00" : BROADCAST_MAC);
        }
        if (peer.linkNetns != null)
        {
            line.append(' ').append(peer.linkNetns);
        }
        if (linkMode && statistics > 0)
        {
            line.append('\n').append(statistics(device.counters(), statistics, device.carrierChanges()));
            line.setLength(line.length() - 1);
        }
        invocation.out().line(oneline ? line.toString().replace("\n", "\\") : line.toString());
    }

    /** {@code ip -br link}: name, state, MAC, flags. */
    void printBriefLink(final NetDevice device)
    {
        final Peer peer = peerOf(device);
        invocation.out().line(briefStart(device, peer) + Inet.formatMac(device.mac()) + " "
            + flags(device, peer.peerDown) + " ");
    }

    /** The name and state columns of a brief line ({@code %-16s %-14s }). */
    String briefStart(final NetDevice device)
    {
        return briefStart(device, peerOf(device));
    }

    private String briefStart(final NetDevice device, final Peer peer)
    {
        return String.format("%-16s %-14s ", device.name() + peer.suffix, device.operState().name());
    }

    /** print_link_flags: NO-CARRIER first, then the IFF_ names in bit order, then M-DOWN. */
    static String flags(final NetDevice device, final boolean peerDown)
    {
        final List<String> names = new ArrayList<>();
        if (device.isUp() && !device.hasCarrier())
        {
            names.add("NO-CARRIER");
        }
        if (device.isLoopback())
        {
            names.add("LOOPBACK");
        }
        else
        {
            names.add("BROADCAST");
            names.add("MULTICAST");
        }
        if (device.isUp())
        {
            names.add("UP");
            if (device.hasCarrier())
            {
                names.add("LOWER_UP");
            }
        }
        if (peerDown)
        {
            names.add("M-DOWN");
        }
        return "<" + String.join(",", names) + ">";
    }

    /** The {@code @peer} part, the M-DOWN flag and the {@code link-netns}/{@code link-netnsid} attribute. */
    private record Peer(String suffix, boolean peerDown, String linkNetns)
    {
    }

    private Peer peerOf(final NetDevice device)
    {
        if (device.kind() != DeviceKind.VETH)
        {
            return new Peer("", false, null);
        }
        final VethDevice peer = ((VethDevice) device).peer();
        if (peer == null || !peer.isAlive())
        {
            return new Peer("", false, null);
        }
        if (peer.namespace() == namespace)
        {
            return new Peer("@" + peer.name(), !peer.isUp(), null);
        }
        // The dump itself gives this namespace an id for the peer's (rtnl_fill_link_netnsid allocates).
        final int id = namespace.allocateNsid(peer.namespace());
        final String name = invocation.nameOf(peer.namespace());
        return new Peer("@if" + peer.ifindex(), false, name != null ? "link-netns " + name : "link-netnsid " + id);
    }

    /**
     * print_stats64 without -h: column widths grow with the numbers (size_columns, quirks included); from
     * {@code -s -s} on, the RX and TX error lines too ({@code nohandler} and {@code otherhost} only when not zero,
     * {@code transns} the carrier changes).
     */
    private static String statistics(final DeviceCounters counters, final int level, final long carrierChanges)
    {
        final int[] columns = {"*X errors:".length(), "packets".length(), "errors".length(), "dropped".length(),
            "heartbt".length(), "overrun".length(), "compressed".length(), "otherhost".length()};
        final long rxErrors = counters.rxErrors;
        final long[] rx = {counters.rxBytes, counters.rxPackets, rxErrors, counters.rxDropped, counters.rxMissed,
            counters.rxMulticast};
        final long[] rxErrorDetail = {0, counters.rxLengthErrors, counters.rxCrcErrors, counters.rxFrameErrors,
            counters.rxFifoErrors, counters.rxOverErrors, counters.rxNohandler, counters.rxOtherhostDropped};
        final long[] tx = {counters.txBytes, counters.txPackets, counters.txErrors, counters.txDropped,
            counters.txCarrierErrors, counters.collisions};
        final long[] txErrorDetail = {0, 0, counters.txAbortedErrors, counters.txFifoErrors, counters.txWindowErrors,
            counters.txHeartbeatErrors, carrierChanges};
        final boolean details = level > 1;
        sizeColumns(columns, rx);
        if (details)
        {
            sizeColumns(columns, rxErrorDetail);
        }
        sizeColumns(columns, tx);
        if (details)
        {
            sizeColumns(columns, txErrorDetail);
        }
        final StringBuilder out = new StringBuilder();
        out.append(String.format("    RX: %" + (columns[0] - 4) + "s %" + columns[1] + "s %" + columns[2] + "s %"
            + columns[3] + "s %" + columns[4] + "s %" + columns[5] + "s %" + columns[6] + "s",
            "bytes", "packets", "errors", "dropped", "missed", "mcast", "")).append('\n');
        out.append("    ").append(numbers(columns, rx, 0)).append('\n');
        if (details)
        {
            final boolean nohandler = counters.rxNohandler != 0;
            final boolean otherhost = counters.rxOtherhostDropped != 0;
            out.append("    RX errors:").append(pad(columns[0] - 10, "")).append(' ')
                .append(pad(columns[1], "length")).append(' ').append(pad(columns[2], "crc")).append(' ')
                .append(pad(columns[3], "frame")).append(' ').append(pad(columns[4], "fifo")).append(' ')
                .append(pad(columns[5], "overrun"))
                .append(pad(nohandler ? columns[6] + 1 : 0, nohandler ? " nohandler" : ""))
                .append(pad(otherhost ? columns[7] + 1 : 0, otherhost ? " otherhost" : "")).append('\n');
            out.append(pad(columns[0] + 5, ""));
            out.append(numbers(columns, new long[] {0, counters.rxLengthErrors, counters.rxCrcErrors,
                counters.rxFrameErrors, counters.rxFifoErrors, counters.rxOverErrors}, 1));
            if (nohandler)
            {
                out.append(String.format("%" + columns[6] + "d ", counters.rxNohandler));
            }
            if (otherhost)
            {
                out.append(String.format("%" + columns[7] + "d ", counters.rxOtherhostDropped));
            }
            out.append('\n');
        }
        out.append(String.format("    TX: %" + (columns[0] - 4) + "s %" + columns[1] + "s %" + columns[2] + "s %"
            + columns[3] + "s %" + columns[4] + "s %" + columns[5] + "s %" + columns[6] + "s",
            "bytes", "packets", "errors", "dropped", "carrier", "collsns", "")).append('\n');
        out.append("    ").append(numbers(columns, tx, 0)).append('\n');
        if (details)
        {
            out.append("    TX errors:").append(pad(columns[0] - 10, "")).append(' ')
                .append(pad(columns[1], "aborted")).append(' ').append(pad(columns[2], "fifo")).append(' ')
                .append(pad(columns[3], "window")).append(' ').append(pad(columns[4], "heartbt")).append(' ')
                .append(pad(columns[5], "transns")).append('\n');
            out.append(pad(columns[0] + 5, ""));
            out.append(numbers(columns, new long[] {0, counters.txAbortedErrors, counters.txFifoErrors,
                counters.txWindowErrors, counters.txHeartbeatErrors, carrierChanges}, 1)).append('\n');
        }
        return out.toString();
    }

    /** C's {@code %*s}: right-aligned in {@code width} (nothing for a width of 0 and an empty text). */
    private static String pad(final int width, final String text)
    {
        return width <= text.length() ? text : " ".repeat(width - text.length()) + text;
    }

    /** size_columns: the digit count as iproute2 computes it (a power of ten counts one digit short). */
    private static void sizeColumns(final int[] columns, final long[] values)
    {
        for (int i = 0; i < values.length; i++)
        {
            int length = 1;
            for (long power = 10; power < values[i]; power *= 10)
            {
                length++;
            }
            columns[i] = Math.max(columns[i], length);
        }
    }

    /** print_num for each value from {@code from} on, in its column's width, each followed by a space. */
    private static String numbers(final int[] columns, final long[] values, final int from)
    {
        final StringBuilder text = new StringBuilder();
        for (int i = from; i < values.length; i++)
        {
            text.append(String.format("%" + columns[i] + "d ", values[i]));
        }
        return text.toString();
    }
}
