package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.link.DeviceCounters;
import dev.nslab.stack.link.DeviceKind;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;

/**
 * A device's fields as iproute2 6.1's print_linkinfo and print_linkinfo_brief write them, in text or JSON
 * ({@link Fields}): the header ({@code N: name@peer: <FLAGS> mtu ... qlen 1000}), the {@code link/ether} line with
 * {@code link-netns}, the {@code -s} tables ({@code stats64}), and the brief form.
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
     * print_linkinfo: the header and, unless {@code inetOnly}, the link line; {@code linkMode} ({@code ip link})
     * adds {@code mode DEFAULT} and the statistics. The caller ends the device's object (ip addr appends its
     * addresses first).
     */
    void printDevice(final Fields fields, final NetDevice device, final boolean linkMode, final boolean inetOnly,
        final int statistics)
    {
        final Peer peer = peerOf(device);
        fields.number("ifindex", "%d: ", device.ifindex());
        printName(fields, device, peer, "%s: ");
        printFlags(fields, device, peer.peerDown);
        fields.number("mtu", "mtu %d ", device.mtu());
        fields.string("qdisc", "qdisc %s ", device.qdiscKind());
        if (device.master() != null)
        {
            fields.string("master", "master %s ", device.master().name());
        }
        fields.text("state ");
        fields.string("operstate", "%s ", device.operState().name());
        if (linkMode)
        {
            fields.string("linkmode", "mode %s ", "DEFAULT");
        }
        fields.string("group", "group %s ", "default");
        fields.number("txqlen", "qlen %d", device.txQueueLength());
        if (!inetOnly)
        {
            fields.newline();
            fields.string("link_type", "    link/%s ", device.isLoopback() ? "loopback" : "ether");
            fields.string("address", "%s", Inet.formatMac(device.mac()));
            fields.text(" brd ");
            fields.string("broadcast", "%s", device.isLoopback() ? "00:00:00:00:00:00" : BROADCAST_MAC);
        }
        if (peer.linkNetnsid >= 0)
        {
            fields.jsonNumber("link_netnsid", peer.linkNetnsid);
            fields.text(peer.linkNetnsName != null ? " link-netns " + peer.linkNetnsName
                : " link-netnsid " + peer.linkNetnsid);
        }
        if (linkMode && statistics > 0)
        {
            printStatistics(fields, device, statistics);
        }
    }

    /**
     * The link line of {@code ip -6 address} without {@code dev}: iproute2 dumps links with family AF_INET6, which
     * inet6_dump_ifinfo answers for the devices that have IPv6, with fewer attributes (no qdisc, group, link-netnsid;
     * ip reads the queue length by ioctl). Without a link-netnsid a veth's peer index is looked up among the links
     * of that dump: its name and M-DOWN when one has that index, {@code ifN} otherwise.
     *
     * @param dumped the devices the dump lists, in order.
     */
    void printIpv6Header(final Fields fields, final NetDevice device, final List<NetDevice> dumped)
    {
        fields.number("ifindex", "%d: ", device.ifindex());
        final VethDevice peer = ipv6DumpPeer(device);
        final NetDevice listed = peer == null ? null : listedWithIndex(dumped, peer.ifindex());
        printIpv6Name(fields, device, ipv6DumpLinkName(peer, listed), "%s: ");
        printFlags(fields, device, listed != null && !listed.isUp());
        fields.number("mtu", "mtu %d ", device.mtu());
        fields.text("state ");
        fields.string("operstate", "%s ", device.isUp() ? device.operState().name() : "DOWN");
        fields.number("txqlen", "qlen %d", device.txQueueLength());
    }

    /**
     * {@code ip -6 -br addr} over the AF_INET6 link dump: the name as that dump gives it (with {@code @peer} only when
     * it carries IFLA_LINK), then the state.
     */
    void printIpv6BriefStart(final Fields fields, final NetDevice device, final List<NetDevice> dumped)
    {
        final VethDevice peer = ipv6DumpPeer(device);
        final NetDevice listed = peer == null ? null : listedWithIndex(dumped, peer.ifindex());
        printIpv6Name(fields, device, ipv6DumpLinkName(peer, listed), "%-16s ");
        fields.string("operstate", "%-14s ", device.operState().name());
    }

    /** print_name_and_link over the AF_INET6 dump: {@code name@link} in text; {@code link}, then the name, in JSON. */
    private static void printIpv6Name(final Fields fields, final NetDevice device, final String link,
        final String format)
    {
        if (link != null)
        {
            fields.jsonString("link", link);
        }
        fields.string("ifname", format, link == null || fields.isJson() ? device.name() : device.name() + "@" + link);
    }

    /** @return ll_index_to_name of the peer's index: the name of the dump's link with it, ifN when none has it. */
    private static String ipv6DumpLinkName(final VethDevice peer, final NetDevice listed)
    {
        return peer == null ? null : listed != null ? listed.name() : "if" + peer.ifindex();
    }

    private static NetDevice listedWithIndex(final List<NetDevice> dumped, final int ifindex)
    {
        NetDevice found = null;
        for (final NetDevice candidate : dumped)
        {
            if (candidate.ifindex() == ifindex)
            {
                found = candidate;
            }
        }
        return found;
    }

    /**
     * @return the veth peer inet6_fill_ifinfo names (IFLA_LINK only when its index differs from the device's), or
     *         null.
     */
    private static VethDevice ipv6DumpPeer(final NetDevice device)
    {
        if (device.kind() != DeviceKind.VETH)
        {
            return null;
        }
        final VethDevice peer = ((VethDevice) device).peer();
        return peer != null && peer.isAlive() && peer.ifindex() != device.ifindex() ? peer : null;
    }

    /** {@code ip -br link}: name, state, MAC, flags. */
    void printBriefLink(final Fields fields, final NetDevice device)
    {
        final Peer peer = peerOf(device);
        printName(fields, device, peer, "%-16s ");
        fields.string("operstate", "%-14s ", device.operState().name());
        fields.string("address", "%s ", Inet.formatMac(device.mac()));
        printFlags(fields, device, peer.peerDown);
        fields.text("\n");
    }

    /** print_linkinfo_brief without the link family: the name and state columns of {@code ip -br addr}. */
    void printBriefStart(final Fields fields, final NetDevice device)
    {
        final Peer peer = peerOf(device);
        printName(fields, device, peer, "%-16s ");
        fields.string("operstate", "%-14s ", device.operState().name());
    }

    /** print_name_and_link: {@code name@peer} in text; {@code link} or {@code link_index}, then the name, in JSON. */
    private static void printName(final Fields fields, final NetDevice device, final Peer peer, final String format)
    {
        if (peer.linkName != null)
        {
            fields.jsonString("link", peer.linkName);
        }
        else if (peer.linkIndex > 0)
        {
            fields.jsonNumber("link_index", peer.linkIndex);
        }
        final boolean shown = !fields.isJson() && (peer.linkName != null || peer.linkIndex > 0);
        final String suffix = peer.linkName != null ? "@" + peer.linkName : "@if" + peer.linkIndex;
        fields.string("ifname", format, shown ? device.name() + suffix : device.name());
    }

    /** print_link_flags: {@code <A,B> } in text, the {@code flags} array in JSON. */
    private static void printFlags(final Fields fields, final NetDevice device, final boolean peerDown)
    {
        final List<String> names = flagNames(device);
        fields.openArray("flags", "<");
        for (int i = 0; i < names.size(); i++)
        {
            fields.string(null, i < names.size() - 1 ? "%s," : "%s", names.get(i));
        }
        if (peerDown)
        {
            fields.string(null, ",%s", "M-DOWN");
        }
        fields.closeArray("> ");
    }

    /**
     * print_stats64: JSON's {@code stats64} object (its RX {@code over_errors} where the text shows missed), or the
     * text tables, whose lines {@code -o} joins with backslashes.
     */
    private static void printStatistics(final Fields fields, final NetDevice device, final int level)
    {
        final DeviceCounters counters = device.counters();
        if (!fields.isJson())
        {
            for (final String line : statistics(counters, level, device.carrierChanges()).split("\n"))
            {
                fields.newline();
                fields.text(line);
            }
            return;
        }
        fields.openObject("stats64");
        fields.openObject("rx");
        fields.jsonNumber("bytes", counters.rxBytes);
        fields.jsonNumber("packets", counters.rxPackets);
        fields.jsonNumber("errors", counters.rxErrors);
        fields.jsonNumber("dropped", counters.rxDropped);
        fields.jsonNumber("over_errors", counters.rxOverErrors);
        fields.jsonNumber("multicast", counters.rxMulticast);
        if (level > 1)
        {
            fields.jsonNumber("length_errors", counters.rxLengthErrors);
            fields.jsonNumber("crc_errors", counters.rxCrcErrors);
            fields.jsonNumber("frame_errors", counters.rxFrameErrors);
            fields.jsonNumber("fifo_errors", counters.rxFifoErrors);
            fields.jsonNumber("missed_errors", counters.rxMissed);
            if (counters.rxNohandler != 0)
            {
                fields.jsonNumber("nohandler", counters.rxNohandler);
            }
            if (counters.rxOtherhostDropped != 0)
            {
                fields.jsonNumber("otherhost", counters.rxOtherhostDropped);
            }
        }
        fields.closeObject();
        fields.openObject("tx");
        fields.jsonNumber("bytes", counters.txBytes);
        fields.jsonNumber("packets", counters.txPackets);
        fields.jsonNumber("errors", counters.txErrors);
        fields.jsonNumber("dropped", counters.txDropped);
        fields.jsonNumber("carrier_errors", counters.txCarrierErrors);
        fields.jsonNumber("collisions", counters.collisions);
        if (level > 1)
        {
            fields.jsonNumber("aborted_errors", counters.txAbortedErrors);
            fields.jsonNumber("fifo_errors", counters.txFifoErrors);
            fields.jsonNumber("window_errors", counters.txWindowErrors);
            fields.jsonNumber("heartbeat_errors", counters.txHeartbeatErrors);
            fields.jsonNumber("carrier_changes", device.carrierChanges());
        }
        fields.closeObject();
        fields.closeObject();
    }

    /** print_link_flags as text, for bridge link: {@code <A,B[,M-DOWN]>}. */
    static String flags(final NetDevice device, final boolean peerDown)
    {
        return "<" + String.join(",", flagNames(device)) + (peerDown ? ",M-DOWN" : "") + ">";
    }

    /** The IFF_ names print_link_flags prints: NO-CARRIER first, then the flags in bit order (M-DOWN apart). */
    private static List<String> flagNames(final NetDevice device)
    {
        final List<String> names = new ArrayList<>();
        if (device.isUp() && !device.isRunning())
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
        return names;
    }

    /**
     * IFLA_LINK and IFLA_LINK_NETNSID: the peer's name when it is in this namespace (and whether it is down, for
     * M-DOWN), else its index and this namespace's id for the peer's, with the name {@code ip netns} knows it by.
     */
    private record Peer(String linkName, int linkIndex, boolean peerDown, int linkNetnsid, String linkNetnsName)
    {
        static final Peer NONE = new Peer(null, 0, false, -1, null);
    }

    private Peer peerOf(final NetDevice device)
    {
        if (device.kind() != DeviceKind.VETH)
        {
            return Peer.NONE;
        }
        final VethDevice peer = ((VethDevice) device).peer();
        if (peer == null || !peer.isAlive())
        {
            return Peer.NONE;
        }
        if (peer.namespace() == namespace)
        {
            return new Peer(peer.name(), 0, !peer.isUp(), -1, null);
        }
        // The dump itself gives this namespace an id for the peer's (rtnl_fill_link_netnsid allocates).
        final int id = namespace.allocateNsid(peer.namespace());
        return new Peer(null, peer.ifindex(), false, id, invocation.nameOf(peer.namespace()));
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
