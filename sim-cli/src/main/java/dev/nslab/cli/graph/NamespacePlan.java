package dev.nslab.cli.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One namespace's box before the layout gives it a place: a title, rows of devices, then what explains
 * reachability (ip_forward, the routes). Each device's veth wire leaves the box on one side, decided by where the
 * peer is; the rows are arranged so that nothing stands between a device and the border it leaves by:
 * <ul>
 * <li>a device alone spans the whole row;</li>
 * <li>a device leaving left and one leaving right share a row (a router's two legs sit level with both
 * neighbours);</li>
 * <li>a bridge is a switch: its body in the middle, its ports beside it, each port on its own row and on the side
 * its wire leaves by, joined to the body by a short stub;</li>
 * <li>the two ends of a veth pair of this namespace share a row, their wire between them; when one is a bridge's
 * port, the wire runs in a channel inside the box, left of the rows.</li>
 * </ul>
 * Rows can be pushed down ({@link #push}) so that a device comes level with its peer in the next column.
 */
final class NamespacePlan
{
    /** Where a device's veth wire leaves its namespace box. */
    enum Side
    {
        /** To a namespace in the column on the left. */
        LEFT,
        /** To a namespace in the column on the right, or in the same column (looping in the gap on the right). */
        RIGHT,
        /** To a device of the same namespace, through the channel inside the box on the left. */
        INTERNAL,
        /** No wire. */
        NONE
    }

    enum SlotKind
    {
        FULL, SPLIT, PAIR, PORT
    }

    /**
     * One row: a device across the box, two devices side by side (leaving left and right), the two ends of a veth
     * pair of this namespace side by side with their wire between them, or one port of a bridge.
     */
    static final class Slot
    {
        final SlotKind kind;
        /** FULL and PORT: the device; SPLIT and PAIR: the one on the left, then the one on the right. */
        final List<Topology.Device> devices;
        final Group group;
        /** PORT: the port stands left of its bridge's body. */
        final boolean leftPort;
        final int height;
        int extraBefore;
        int y;

        Slot(final SlotKind kind, final List<Topology.Device> devices, final Group group, final boolean leftPort)
        {
            this.kind = kind;
            this.devices = devices;
            this.group = group;
            this.leftPort = leftPort;
            this.height = devices.stream().mapToInt(NamespacePlan::deviceHeight).max().orElseThrow();
        }

        int anchorY()
        {
            return y + height / 2;
        }

        int bottom()
        {
            return y + height;
        }
    }

    /** A bridge and the rows of its ports. */
    static final class Group
    {
        final Topology.Device bridge;
        final List<Slot> slots = new ArrayList<>();
        int leftWidth;
        int rightWidth;

        Group(final Topology.Device bridge)
        {
            this.bridge = bridge;
        }

        boolean hasLeft()
        {
            return slots.stream().anyMatch(slot -> slot.leftPort);
        }

        boolean hasRight()
        {
            return slots.stream().anyMatch(slot -> !slot.leftPort);
        }
    }

    /** A line of the explanation under the devices. */
    record InfoLine(String text, InfoStyle style)
    {
    }

    enum InfoStyle
    {
        FORWARDING_ON, FORWARDING_OFF, FIREWALL, ROUTE, NOTE
    }

    static final int TITLE_HEIGHT = 30;
    static final int PAD = 12;
    static final int ROW_GAP = 8;
    static final int DEVICE_BASE_HEIGHT = 34;
    static final int ADDRESS_HEIGHT = 14;
    static final int INFO_GAP = 12;
    static final int INFO_LINE = 15;
    static final int PAD_BOTTOM = 8;
    static final int STUB = 26;
    static final int SPLIT_GAP = 16;
    static final int PAIR_MIN_GAP = 40;
    static final int MIN_DEVICE_WIDTH = 84;
    static final int TITLE_SIZE = 15;
    static final int NAME_SIZE = 13;
    static final int STATE_SIZE = 11;
    static final int ADDRESS_SIZE = 12;
    static final int INFO_SIZE = 11;

    final Topology.Namespace namespace;
    final int index;
    final List<Slot> slots = new ArrayList<>();
    final List<InfoLine> info = new ArrayList<>();
    private final Map<String, Slot> slotOf = new HashMap<>();
    /** Width of the channel for wires inside the box; set by the layout before widths are asked. */
    int channelWidth;
    int column;
    int top;
    int infoTop;
    int bottom;

    /**
     * @param sides   where each device's wire leaves (devices without an entry have none).
     * @param peers   each veth's peer, by id, both ways.
     * @param portsOf the ports of each bridge, by the bridge's id, in device order.
     * @param portIds every device that is a bridge's port.
     */
    NamespacePlan(final Topology.Namespace namespace, final int index, final Map<String, Side> sides,
        final Map<String, String> peers, final Map<String, List<Topology.Device>> portsOf, final Set<String> portIds)
    {
        this.namespace = namespace;
        this.index = index;
        final List<List<Slot>> entries = new ArrayList<>();
        final Set<String> paired = new HashSet<>();
        for (final Topology.Device device : namespace.devices())
        {
            if (portIds.contains(device.id()) || paired.contains(device.id()))
            {
                continue;
            }
            final String peer = peers.get(device.id());
            if (sides.get(device.id()) == Side.INTERNAL && !portIds.contains(peer))
            {
                final Topology.Device other = namespace.devices().stream().filter(d -> d.id().equals(peer))
                    .findFirst().orElseThrow();
                paired.add(peer);
                entries.add(new ArrayList<>(List.of(new Slot(SlotKind.PAIR, List.of(device, other), null, false))));
                continue;
            }
            final List<Topology.Device> ports = portsOf.getOrDefault(device.id(), List.of());
            if (ports.isEmpty())
            {
                entries.add(new ArrayList<>(List.of(new Slot(SlotKind.FULL, List.of(device), null, false))));
                continue;
            }
            final Group group = new Group(device);
            for (final Topology.Device port : ports)
            {
                final Side side = sides.getOrDefault(port.id(), Side.NONE);
                group.slots.add(new Slot(SlotKind.PORT, List.of(port), group, side == Side.LEFT || side == Side.INTERNAL));
            }
            for (final Slot slot : group.slots)
            {
                final int width = deviceWidth(slot.devices.get(0));
                if (slot.leftPort)
                {
                    group.leftWidth = Math.max(group.leftWidth, width);
                }
                else
                {
                    group.rightWidth = Math.max(group.rightWidth, width);
                }
            }
            entries.add(group.slots);
        }
        pairLeftWithRight(entries, sides);
        entries.forEach(slots::addAll);
        for (final Slot slot : slots)
        {
            slot.devices.forEach(device -> slotOf.put(device.id(), slot));
        }
        info.add(new InfoLine(namespace.forwarding() ? "ip_forward: on" : "ip_forward: off",
            namespace.forwarding() ? InfoStyle.FORWARDING_ON : InfoStyle.FORWARDING_OFF));
        if (!namespace.firewall().isNone())
        {
            info.add(new InfoLine(namespace.firewall().text(), InfoStyle.FIREWALL));
        }
        for (final Topology.Route route : namespace.routes())
        {
            info.add(new InfoLine(route.text(), InfoStyle.ROUTE));
        }
        if (namespace.routes().isEmpty())
        {
            info.add(new InfoLine("no routes", InfoStyle.NOTE));
        }
        else if (!namespace.hasDefaultRoute())
        {
            info.add(new InfoLine("no default route", InfoStyle.NOTE));
        }
        place(0);
    }

    /** The i-th device leaving left and the i-th leaving right (neither a port) share the first one's row. */
    private static void pairLeftWithRight(final List<List<Slot>> entries, final Map<String, Side> sides)
    {
        final List<List<Slot>> lefts = new ArrayList<>();
        final List<List<Slot>> rights = new ArrayList<>();
        for (final List<Slot> entry : entries)
        {
            final Slot slot = entry.get(0);
            if (slot.kind == SlotKind.FULL)
            {
                final Side side = sides.getOrDefault(slot.devices.get(0).id(), Side.NONE);
                if (side == Side.LEFT)
                {
                    lefts.add(entry);
                }
                else if (side == Side.RIGHT)
                {
                    rights.add(entry);
                }
            }
        }
        for (int i = 0; i < Math.min(lefts.size(), rights.size()); i++)
        {
            final List<Slot> left = lefts.get(i);
            final List<Slot> right = rights.get(i);
            final Slot split = new Slot(SlotKind.SPLIT, List.of(left.get(0).devices.get(0),
                right.get(0).devices.get(0)), null, false);
            final int leftIndex = entries.indexOf(left);
            final int rightIndex = entries.indexOf(right);
            entries.set(Math.min(leftIndex, rightIndex), new ArrayList<>(List.of(split)));
            entries.remove(Math.max(leftIndex, rightIndex));
        }
    }

    String title()
    {
        return namespace.isHost() ? "host (initial namespace)" : "netns " + namespace.name();
    }

    /** Lays the rows out from {@code newTop} down, keeping the rows' pushes. */
    void place(final int newTop)
    {
        top = newTop;
        int y = top + TITLE_HEIGHT;
        for (int i = 0; i < slots.size(); i++)
        {
            final Slot slot = slots.get(i);
            y += slot.extraBefore;
            slot.y = y;
            y += slot.height;
            if (slot.group != null && slot == slot.group.slots.get(slot.group.slots.size() - 1))
            {
                y = Math.max(y, slot.group.slots.get(0).y + deviceHeight(slot.group.bridge));
            }
            if (i < slots.size() - 1)
            {
                y += ROW_GAP;
            }
        }
        infoTop = y + INFO_GAP;
        bottom = infoTop + info.size() * INFO_LINE + PAD_BOTTOM;
    }

    /**
     * Reorders the rows that have a key among themselves (the others keep their places), the ports of a bridge
     * likewise within their bridge, so that wires to one neighbour leave in the order their peers stand in.
     *
     * @param key a row's place among its peers', or null to leave the row where it is.
     */
    void sortRows(final Function<Slot, Double> key)
    {
        final List<List<Slot>> entries = new ArrayList<>();
        for (final Slot slot : slots)
        {
            if (slot.group == null)
            {
                entries.add(List.of(slot));
            }
            else if (slot == slot.group.slots.get(0))
            {
                permute(slot.group.slots, key);
                entries.add(slot.group.slots);
            }
        }
        final List<Slot> singles = new ArrayList<>();
        entries.stream().filter(entry -> entry.get(0).group == null).forEach(entry -> singles.add(entry.get(0)));
        permute(singles, key);
        slots.clear();
        int single = 0;
        for (final List<Slot> entry : entries)
        {
            if (entry.get(0).group == null)
            {
                slots.add(singles.get(single++));
            }
            else
            {
                slots.addAll(entry);
            }
        }
        place(top);
    }

    /** Sorts the keyed rows by key, stably, into the places keyed rows held. */
    private static void permute(final List<Slot> rows, final Function<Slot, Double> key)
    {
        final List<Integer> places = new ArrayList<>();
        final List<Slot> keyed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++)
        {
            if (key.apply(rows.get(i)) != null)
            {
                places.add(i);
                keyed.add(rows.get(i));
            }
        }
        keyed.sort(Comparator.comparingDouble(key::apply));
        for (int i = 0; i < places.size(); i++)
        {
            rows.set(places.get(i), keyed.get(i));
        }
    }

    /** Moves a row, and every row under it, {@code distance} further down. */
    void push(final Slot slot, final int distance)
    {
        slot.extraBefore += distance;
        place(top);
    }

    Slot slotOf(final String deviceId)
    {
        return slotOf.get(deviceId);
    }

    /** @return the height at which a device's wire leaves it. */
    int anchorY(final String deviceId)
    {
        return slotOf.get(deviceId).anchorY();
    }

    int naturalWidth()
    {
        int inner = 0;
        for (final Slot slot : slots)
        {
            inner = Math.max(inner, switch (slot.kind)
            {
                case FULL -> deviceWidth(slot.devices.get(0));
                case SPLIT -> 2 * Math.max(deviceWidth(slot.devices.get(0)), deviceWidth(slot.devices.get(1)))
                    + SPLIT_GAP;
                case PAIR -> 2 * Math.max(deviceWidth(slot.devices.get(0)), deviceWidth(slot.devices.get(1)))
                    + pairGap(slot);
                case PORT -> groupWidth(slot.group);
            });
        }
        int width = 2 * PAD + channelWidth + inner;
        width = Math.max(width, 2 * PAD + TextMetrics.sans(title(), TITLE_SIZE, true));
        for (final InfoLine line : info)
        {
            width = Math.max(width, 2 * PAD + infoWidth(line));
        }
        return width;
    }

    static int infoWidth(final InfoLine line)
    {
        return line.style() == InfoStyle.ROUTE ? TextMetrics.monospace(line.text(), INFO_SIZE)
            : TextMetrics.sans(line.text(), INFO_SIZE,
                line.style() == InfoStyle.FORWARDING_ON || line.style() == InfoStyle.FIREWALL);
    }

    /** Between the two ends of a veth pair sharing a row: room for the wire and the badges of ends not up. */
    static int pairGap(final Slot slot)
    {
        final int left = Layout.badgeWidth(slot.devices.get(0).state());
        final int right = Layout.badgeWidth(slot.devices.get(1).state());
        return Math.max(PAIR_MIN_GAP, left + right + 3 * Layout.BADGE_PAD + 8);
    }

    private static int groupWidth(final Group group)
    {
        return (group.hasLeft() ? group.leftWidth + STUB : 0) + deviceWidth(group.bridge)
            + (group.hasRight() ? STUB + group.rightWidth : 0);
    }

    /**
     * Places the devices in a box {@code width} wide from {@code left}.
     *
     * @return each device's rectangle, by id (a bridge with ports: its body).
     */
    Map<String, Box> deviceBoxes(final int left, final int width)
    {
        final Map<String, Box> boxes = new HashMap<>();
        final int innerLeft = left + PAD + channelWidth;
        final int innerRight = left + width - PAD;
        final int innerWidth = innerRight - innerLeft;
        for (final Slot slot : slots)
        {
            switch (slot.kind)
            {
                case FULL -> boxes.put(slot.devices.get(0).id(), new Box(innerLeft, slot.y, innerWidth, slot.height));
                case SPLIT, PAIR ->
                {
                    final int half = (innerWidth - (slot.kind == SlotKind.SPLIT ? SPLIT_GAP : pairGap(slot))) / 2;
                    boxes.put(slot.devices.get(0).id(), new Box(innerLeft, slot.y, half, slot.height));
                    boxes.put(slot.devices.get(1).id(), new Box(innerRight - half, slot.y, half, slot.height));
                }
                case PORT ->
                {
                    final Group group = slot.group;
                    final int bodyWidth = deviceWidth(group.bridge);
                    final int bodyX = group.hasLeft() && !group.hasRight() ? innerRight - bodyWidth
                        : innerLeft + (group.hasLeft() ? group.leftWidth + STUB : 0);
                    if (slot == group.slots.get(0))
                    {
                        final Slot last = group.slots.get(group.slots.size() - 1);
                        boxes.put(group.bridge.id(), new Box(bodyX, slot.y, bodyWidth,
                            Math.max(deviceHeight(group.bridge), last.bottom() - slot.y)));
                    }
                    final Box port = slot.leftPort ? new Box(innerLeft, slot.y, bodyX - STUB - innerLeft, slot.height)
                        : new Box(bodyX + bodyWidth + STUB, slot.y, innerRight - bodyX - bodyWidth - STUB, slot.height);
                    boxes.put(slot.devices.get(0).id(), port);
                }
                default -> throw new IllegalStateException(slot.kind.name());
            }
        }
        return boxes;
    }

    static int deviceHeight(final Topology.Device device)
    {
        return DEVICE_BASE_HEIGHT + device.addresses().size() * ADDRESS_HEIGHT;
    }

    static int deviceWidth(final Topology.Device device)
    {
        int width = TextMetrics.sans(device.name(), NAME_SIZE, true) + 6 + TextMetrics.sans(device.kind(), NAME_SIZE, false);
        width = Math.max(width, TextMetrics.sans(device.state().text(), STATE_SIZE, false));
        for (final String address : device.addresses())
        {
            width = Math.max(width, TextMetrics.monospace(address, ADDRESS_SIZE));
        }
        return Math.max(MIN_DEVICE_WIDTH, width + 16);
    }
}
