package dev.nslab.cli.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places a topology on a canvas, deterministically, so that it reads at a glance:
 * <ul>
 * <li>namespaces joined by veth pairs form a component; a component's namespaces go in columns by their distance
 * from a root (a hub of three or more neighbours, else an end of the longest chain), so chains run left to right
 * and a hub's neighbours stand in one column beside it; every wire joins neighbouring columns or loops in the gap
 * right of its own column;</li>
 * <li>rows are pushed down until a device is level with its peer, so most wires are straight; the others turn at
 * right angles on their own vertical track in the gap between the columns, where no box is;</li>
 * <li>components are set side by side, wrapping into bands; the legend goes under everything.</li>
 * </ul>
 * No wire crosses a box: a wire leaves its device by the side facing the border it crosses (see
 * {@link NamespacePlan}), and runs vertically only in gaps and channels that hold no box.
 */
final class Layout
{
    static final int MARGIN = 24;
    /** Between two namespaces of one column. */
    static final int GAP_Y = 28;
    /** Between two columns. */
    static final int MIN_GAP = 80;
    static final int TRACK = 12;
    /** Between a gap's border and its first or last track. */
    static final int TRACK_MARGIN = 12;
    static final int INTERNAL_TRACK = 10;
    static final int BADGE_HEIGHT = 14;
    static final int BADGE_SIZE = 10;
    /** Between a namespace's border and a badge on a wire leaving it. */
    static final int BADGE_PAD = 6;
    static final int BLOCK_GAP = 60;
    static final int BAND_GAP = 40;
    static final int MAX_BAND_WIDTH = 1500;
    static final int LEGEND_WIDTH = 560;
    static final int LEGEND_GAP = 26;
    static final int LEGEND_HEIGHT = 20;
    /** Rounds of pushing rows level with their peers, left to right then right to left. */
    private static final int MAX_ROUNDS = 4;

    /** A wire in a gap between columns, or looping in the gap right of its own column. */
    private static final class GapWire
    {
        final Topology.Link link;
        /** The end in the column left of the gap. */
        final String leftEnd;
        /** The other end: in the column right of the gap, or (a loop) in the same column. */
        final String rightEnd;
        final boolean loop;
        int track = -1;

        GapWire(final Topology.Link link, final String leftEnd, final String rightEnd, final boolean loop)
        {
            this.link = link;
            this.leftEnd = leftEnd;
            this.rightEnd = rightEnd;
            this.loop = loop;
        }
    }

    /** The space right of a column. */
    private static final class Gap
    {
        final List<GapWire> wires = new ArrayList<>();
        int width;
        /** From the gap's left border to its first track. */
        int firstTrack;
    }

    /** Namespaces joined by veth pairs, laid out in columns. */
    private static final class Component
    {
        final List<List<NamespacePlan>> columns = new ArrayList<>();
        final List<Gap> gaps = new ArrayList<>();
        final List<Integer> columnX = new ArrayList<>();
        final List<Integer> columnWidth = new ArrayList<>();
        int width;
        int height;
        int x;
        int y;
    }

    private final Topology topology;
    private final Map<String, Topology.Device> devices = new HashMap<>();
    private final Map<String, Integer> namespaceOf = new HashMap<>();
    private final Map<String, String> peerOf = new HashMap<>();
    private final Map<Integer, Set<Integer>> neighbours = new HashMap<>();
    private final List<NamespacePlan> plans = new ArrayList<>();
    private final Map<NamespacePlan, Component> componentOf = new HashMap<>();

    private Layout(final Topology topology)
    {
        this.topology = topology;
        for (int i = 0; i < topology.namespaces().size(); i++)
        {
            for (final Topology.Device device : topology.namespaces().get(i).devices())
            {
                devices.put(device.id(), device);
                namespaceOf.put(device.id(), i);
            }
        }
        for (final Topology.Link link : topology.links())
        {
            if (!link.bridgePort())
            {
                peerOf.put(link.fromId(), link.toId());
                peerOf.put(link.toId(), link.fromId());
                final int from = namespaceOf.get(link.fromId());
                final int to = namespaceOf.get(link.toId());
                if (from != to)
                {
                    neighbours.computeIfAbsent(from, namespace -> new TreeSet<>()).add(to);
                    neighbours.computeIfAbsent(to, namespace -> new TreeSet<>()).add(from);
                }
            }
        }
    }

    static Drawing of(final Topology topology)
    {
        return new Layout(topology).draw();
    }

    private Drawing draw()
    {
        final List<List<Integer>> components = components();
        final int[] column = new int[topology.namespaces().size()];
        for (final List<Integer> component : components)
        {
            final Map<Integer, Integer> distances = distances(root(component));
            distances.forEach((namespace, distance) -> column[namespace] = distance);
        }
        makePlans(column);
        final List<Component> laidOut = new ArrayList<>();
        for (final List<Integer> members : components)
        {
            laidOut.add(layOut(members));
        }
        // Components side by side, in bands no wider than MAX_BAND_WIDTH.
        int cursor = 0;
        int bandTop = 0;
        int bandHeight = 0;
        int width = 0;
        for (final Component component : laidOut)
        {
            if (cursor > 0 && cursor + component.width > MAX_BAND_WIDTH)
            {
                bandTop += bandHeight + BAND_GAP;
                cursor = 0;
                bandHeight = 0;
            }
            component.x = MARGIN + cursor;
            component.y = MARGIN + bandTop;
            cursor += component.width + BLOCK_GAP;
            bandHeight = Math.max(bandHeight, component.height);
            width = Math.max(width, cursor - BLOCK_GAP);
        }
        final int canvasWidth = 2 * MARGIN + Math.max(width, LEGEND_WIDTH);
        final int canvasHeight = MARGIN + bandTop + bandHeight + LEGEND_GAP + LEGEND_HEIGHT + MARGIN;
        return assemble(laidOut, canvasWidth, canvasHeight);
    }

    /** @return the components, each in namespace order, in the order of their first namespace. */
    private List<List<Integer>> components()
    {
        final List<List<Integer>> components = new ArrayList<>();
        final boolean[] seen = new boolean[topology.namespaces().size()];
        for (int i = 0; i < seen.length; i++)
        {
            if (!seen[i])
            {
                final List<Integer> component = new ArrayList<>(distances(i).keySet());
                component.sort(Comparator.naturalOrder());
                component.forEach(member -> seen[member] = true);
                components.add(component);
            }
        }
        return components;
    }

    /** The namespaces a namespace shares a veth pair with, in namespace order. */
    private Set<Integer> neighbours(final int namespace)
    {
        return neighbours.getOrDefault(namespace, Set.of());
    }

    /** @return the distance of every namespace reachable from {@code start}, in breadth-first order. */
    private Map<Integer, Integer> distances(final int start)
    {
        final Map<Integer, Integer> distances = new LinkedHashMap<>();
        final ArrayDeque<Integer> queue = new ArrayDeque<>();
        distances.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty())
        {
            final int at = queue.poll();
            for (final int next : neighbours(at))
            {
                if (!distances.containsKey(next))
                {
                    distances.put(next, distances.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        return distances;
    }

    /**
     * A hub (three neighbours or more, the most connected, the first on a tie) so its neighbours stand in one
     * column beside it; otherwise the first end of the longest chain, so the chain runs left to right.
     */
    private int root(final List<Integer> component)
    {
        int hub = -1;
        int degree = 2;
        for (final int member : component)
        {
            if (neighbours(member).size() > degree)
            {
                hub = member;
                degree = neighbours(member).size();
            }
        }
        if (hub >= 0)
        {
            return hub;
        }
        final int end = farthest(component.get(0));
        return Math.min(end, farthest(end));
    }

    private int farthest(final int start)
    {
        int best = start;
        int bestDistance = 0;
        for (final Map.Entry<Integer, Integer> entry : distances(start).entrySet())
        {
            if (entry.getValue() > bestDistance || entry.getValue() == bestDistance && entry.getKey() < best)
            {
                best = entry.getKey();
                bestDistance = entry.getValue();
            }
        }
        return best;
    }

    private void makePlans(final int[] column)
    {
        final Map<String, NamespacePlan.Side> sides = new HashMap<>();
        peerOf.forEach((device, peer) ->
        {
            final int own = namespaceOf.get(device);
            final int other = namespaceOf.get(peer);
            sides.put(device, own == other ? NamespacePlan.Side.INTERNAL
                : column[other] < column[own] ? NamespacePlan.Side.LEFT : NamespacePlan.Side.RIGHT);
        });
        final Map<String, List<Topology.Device>> portsOf = new HashMap<>();
        final Set<String> portIds = new HashSet<>();
        for (final Topology.Link link : topology.links())
        {
            if (link.bridgePort())
            {
                portsOf.computeIfAbsent(link.toId(), bridge -> new ArrayList<>()).add(devices.get(link.fromId()));
                portIds.add(link.fromId());
            }
        }
        for (int i = 0; i < topology.namespaces().size(); i++)
        {
            final NamespacePlan plan = new NamespacePlan(topology.namespaces().get(i), i, sides, peerOf, portsOf,
                portIds);
            plan.column = column[i];
            plans.add(plan);
            final List<Topology.Link> internal = channelLinks(i);
            if (!internal.isEmpty())
            {
                int badge = 0;
                for (final Topology.Link link : internal)
                {
                    badge = Math.max(badge, Math.max(badgeWidth(link.fromId()), badgeWidth(link.toId())));
                }
                plan.channelWidth = Math.max(internal.size() * INTERNAL_TRACK + 8, badge == 0 ? 0 : badge + 8);
            }
        }
    }

    /**
     * The veth pairs with both ends in namespace {@code index} that do not share a row (one end is a bridge's
     * port): they run in the namespace's channel, the longest first (outermost track).
     */
    private List<Topology.Link> channelLinks(final int index)
    {
        final NamespacePlan plan = plans.get(index);
        final List<Topology.Link> internal = new ArrayList<>();
        for (final Topology.Link link : topology.links())
        {
            if (!link.bridgePort() && namespaceOf.get(link.fromId()) == index && namespaceOf.get(link.toId()) == index
                && plan.slotOf(link.fromId()).kind != NamespacePlan.SlotKind.PAIR)
            {
                internal.add(link);
            }
        }
        internal.sort(Comparator.comparingInt((Topology.Link link) ->
            -Math.abs(plan.anchorY(link.fromId()) - plan.anchorY(link.toId()))));
        return internal;
    }

    /** The veth pairs whose two ends share a row of namespace {@code index}. */
    private List<Topology.Link> pairLinks(final int index)
    {
        final NamespacePlan plan = plans.get(index);
        return topology.links().stream().filter(link -> !link.bridgePort()
            && namespaceOf.get(link.fromId()) == index && namespaceOf.get(link.toId()) == index
            && plan.slotOf(link.fromId()).kind == NamespacePlan.SlotKind.PAIR).toList();
    }

    private Component layOut(final List<Integer> members)
    {
        final Component component = new Component();
        for (final int member : members)
        {
            final NamespacePlan plan = plans.get(member);
            while (component.columns.size() <= plan.column)
            {
                component.columns.add(new ArrayList<>());
            }
            component.columns.get(plan.column).add(plan);
            componentOf.put(plan, component);
        }
        for (int c = 1; c < component.columns.size(); c++)
        {
            final List<NamespacePlan> previous = component.columns.get(c - 1);
            final List<NamespacePlan> current = component.columns.get(c);
            current.sort(Comparator.comparingDouble((NamespacePlan plan) -> barycenter(plan, previous))
                .thenComparingInt(plan -> plan.index));
            previous.forEach(plan -> plan.sortRows(slot -> peerPlace(plan, slot, current)));
            current.forEach(plan -> plan.sortRows(slot -> peerPlace(plan, slot, previous)));
        }
        stack(component);
        final int compact = height(component);
        final int tolerated = compact * 3 / 2 + 100;
        for (int round = 0; round < MAX_ROUNDS && level(component, true); round++)
        {
            if (height(component) > tolerated)
            {
                break;
            }
        }
        if (height(component) > tolerated)
        {
            // Peers in crossing orders pushed rows apart without end: level left to right once, or not at all.
            unpush(component);
            level(component, false);
            if (height(component) > tolerated)
            {
                unpush(component);
            }
        }
        component.height = height(component);
        int x = 0;
        for (int c = 0; c < component.columns.size(); c++)
        {
            final int column = c;
            final int width = component.columns.get(c).stream().mapToInt(NamespacePlan::naturalWidth).max().orElseThrow();
            component.columnX.add(x);
            component.columnWidth.add(width);
            final Gap gap = gap(component, column);
            component.gaps.add(gap);
            x += width + gap.width;
        }
        component.width = x;
        return component;
    }

    /** Where a namespace's peers stand in the column on its left, on average (rows counted within namespaces). */
    private double barycenter(final NamespacePlan plan, final List<NamespacePlan> previous)
    {
        double sum = 0;
        int count = 0;
        for (final Topology.Device device : plan.namespace.devices())
        {
            final String peer = peerOf.get(device.id());
            if (peer == null)
            {
                continue;
            }
            final NamespacePlan other = plans.get(namespaceOf.get(peer));
            final int position = previous.indexOf(other);
            if (position >= 0)
            {
                sum += position * 1000.0 + other.slots.indexOf(other.slotOf(peer));
                count++;
            }
        }
        return count == 0 ? Double.MAX_VALUE : sum / count;
    }

    /** One round of leveling: left to right, then (when {@code both}) right to left; whether anything moved. */
    private boolean level(final Component component, final boolean both)
    {
        boolean changed = false;
        for (int c = 1; c < component.columns.size(); c++)
        {
            changed |= level(component.columns.get(c), c - 1);
        }
        for (int c = component.columns.size() - 2; both && c >= 0; c--)
        {
            changed |= level(component.columns.get(c), c + 1);
        }
        return changed;
    }

    private static void unpush(final Component component)
    {
        component.columns.forEach(plans -> plans.forEach(plan -> plan.slots.forEach(slot -> slot.extraBefore = 0)));
        stack(component);
    }

    /**
     * @return where the peer of the row's device stands among {@code column}'s rows (its namespace's place, then
     *         its row's), or null when the row has no wire to that column or has one elsewhere too.
     */
    private Double peerPlace(final NamespacePlan plan, final NamespacePlan.Slot slot, final List<NamespacePlan> column)
    {
        Double place = null;
        for (final Topology.Device device : slot.devices)
        {
            final String peer = peerOf.get(device.id());
            if (peer == null)
            {
                continue;
            }
            final NamespacePlan other = plans.get(namespaceOf.get(peer));
            final int position = column.indexOf(other);
            if (other == plan || position < 0)
            {
                return null;
            }
            place = position * 1000.0 + other.slots.indexOf(other.slotOf(peer));
        }
        return place;
    }

    /** Each column's namespaces one under the other from the top, rows unpushed. */
    private static void stack(final Component component)
    {
        for (final List<NamespacePlan> column : component.columns)
        {
            int top = 0;
            for (final NamespacePlan plan : column)
            {
                plan.place(top);
                top = plan.bottom + GAP_Y;
            }
        }
    }

    private static int height(final Component component)
    {
        return component.columns.stream().flatMap(List::stream).mapToInt(plan -> plan.bottom).max().orElse(0);
    }

    /**
     * Pushes the column's rows (only ever down) until each device with a peer in {@code neighbourColumn} is level
     * with it; the first such device moves its whole namespace, the others open space above their row.
     *
     * @return whether anything moved.
     */
    private boolean level(final List<NamespacePlan> column, final int neighbourColumn)
    {
        boolean changed = false;
        int floor = 0;
        for (final NamespacePlan plan : column)
        {
            if (plan.top < floor)
            {
                plan.place(floor);
                changed = true;
            }
            boolean first = true;
            for (final NamespacePlan.Slot slot : plan.slots)
            {
                for (final Topology.Device device : slot.devices)
                {
                    final String peer = peerOf.get(device.id());
                    if (peer == null)
                    {
                        continue;
                    }
                    final NamespacePlan other = plans.get(namespaceOf.get(peer));
                    if (other == plan || other.column != neighbourColumn)
                    {
                        continue;
                    }
                    final int distance = other.anchorY(peer) - slot.anchorY();
                    if (distance > 0)
                    {
                        if (first)
                        {
                            plan.place(plan.top + distance);
                        }
                        else
                        {
                            plan.push(slot, distance);
                        }
                        changed = true;
                    }
                    first = false;
                }
            }
            floor = plan.bottom + GAP_Y;
        }
        return changed;
    }

    /** The wires in the gap right of column {@code c}, their tracks, and how wide the gap must be. */
    private Gap gap(final Component component, final int c)
    {
        final Gap gap = new Gap();
        final boolean last = c == component.columns.size() - 1;
        for (final Topology.Link link : topology.links())
        {
            if (link.bridgePort())
            {
                continue;
            }
            final NamespacePlan from = plans.get(namespaceOf.get(link.fromId()));
            final NamespacePlan to = plans.get(namespaceOf.get(link.toId()));
            if (from == to || componentOf.get(from) != component)
            {
                continue;
            }
            if (from.column == c && to.column == c)
            {
                gap.wires.add(new GapWire(link, link.fromId(), link.toId(), true));
            }
            else if (from.column == c && to.column == c + 1)
            {
                gap.wires.add(new GapWire(link, link.fromId(), link.toId(), false));
            }
            else if (to.column == c && from.column == c + 1)
            {
                gap.wires.add(new GapWire(link, link.toId(), link.fromId(), false));
            }
        }
        if (last && gap.wires.isEmpty())
        {
            return gap;
        }
        final List<GapWire> loops = new ArrayList<>();
        final List<GapWire> down = new ArrayList<>();
        final List<GapWire> up = new ArrayList<>();
        int leftBadge = 0;
        int rightBadge = 0;
        for (final GapWire wire : gap.wires)
        {
            final int leftY = anchorY(wire.leftEnd);
            final int rightY = anchorY(wire.rightEnd);
            leftBadge = Math.max(leftBadge, badgeWidth(wire.leftEnd));
            if (wire.loop)
            {
                leftBadge = Math.max(leftBadge, badgeWidth(wire.rightEnd));
                loops.add(wire);
            }
            else
            {
                rightBadge = Math.max(rightBadge, badgeWidth(wire.rightEnd));
                if (rightY > leftY)
                {
                    down.add(wire);
                }
                else if (rightY < leftY)
                {
                    up.add(wire);
                }
            }
        }
        // Nested loops, the shortest innermost; wires going down take tracks right to left from the top one,
        // wires going up left to right: so that no two turning wires cross.
        loops.sort(Comparator.comparingInt(wire -> Math.abs(anchorY(wire.leftEnd) - anchorY(wire.rightEnd))));
        down.sort(Comparator.comparingInt((GapWire wire) -> -anchorY(wire.leftEnd)));
        up.sort(Comparator.comparingInt((GapWire wire) -> anchorY(wire.leftEnd)));
        final List<GapWire> tracked = new ArrayList<>(loops);
        tracked.addAll(down);
        tracked.addAll(up);
        for (int i = 0; i < tracked.size(); i++)
        {
            tracked.get(i).track = i;
        }
        final int before = leftBadge == 0 ? 0 : BADGE_PAD + leftBadge;
        final int after = rightBadge == 0 ? 0 : BADGE_PAD + rightBadge;
        final int needed = before + 2 * TRACK_MARGIN + Math.max(0, tracked.size() - 1) * TRACK + after;
        gap.width = Math.max(MIN_GAP, needed);
        gap.firstTrack = before + TRACK_MARGIN + (gap.width - needed) / 2;
        return gap;
    }

    private int anchorY(final String deviceId)
    {
        return plans.get(namespaceOf.get(deviceId)).anchorY(deviceId);
    }

    /** @return the width of the badge the device's end of a wire gets (0 when up: no badge). */
    private int badgeWidth(final String deviceId)
    {
        return badgeWidth(devices.get(deviceId).state());
    }

    /** @return the width of the badge a wire's end in this state gets (0 when up: no badge). */
    static int badgeWidth(final Topology.State state)
    {
        return state == Topology.State.UP ? 0 : TextMetrics.sans(state.text(), BADGE_SIZE, true) + 10;
    }

    private Drawing assemble(final List<Component> components, final int width, final int height)
    {
        final List<Drawing.NamespaceBox> namespaceBoxes = new ArrayList<>();
        final Map<String, Box> boxes = new HashMap<>();
        final Map<Integer, Box> namespaceBox = new HashMap<>();
        for (final Component component : components)
        {
            for (int c = 0; c < component.columns.size(); c++)
            {
                for (final NamespacePlan plan : component.columns.get(c))
                {
                    plan.place(component.y + plan.top);
                    final Box box = new Box(component.x + component.columnX.get(c), plan.top,
                        component.columnWidth.get(c), plan.bottom - plan.top);
                    namespaceBox.put(plan.index, box);
                    boxes.putAll(plan.deviceBoxes(box.x(), box.width()));
                }
            }
        }
        for (final NamespacePlan plan : plans)
        {
            namespaceBoxes.add(new Drawing.NamespaceBox(plan, namespaceBox.get(plan.index)));
        }
        final List<Drawing.Wire> wires = new ArrayList<>();
        final List<Drawing.Badge> badges = new ArrayList<>();
        final Map<String, List<Point>> sockets = new HashMap<>();
        for (final Topology.Link link : topology.links())
        {
            if (link.bridgePort())
            {
                final Box port = boxes.get(link.fromId());
                final Box body = boxes.get(link.toId());
                final int y = port.centerY();
                final Point socket = port.x() < body.x() ? new Point(body.x(), y) : new Point(body.right(), y);
                sockets.computeIfAbsent(link.toId(), id -> new ArrayList<>()).add(socket);
                wires.add(new Drawing.Wire(link, List.of(port.x() < body.x() ? new Point(port.right(), y)
                    : new Point(port.x(), y), socket), devices.get(link.fromId()).state() == Topology.State.UP));
            }
        }
        for (final Component component : components)
        {
            for (int c = 0; c < component.gaps.size(); c++)
            {
                final int gapLeft = component.x + component.columnX.get(c) + component.columnWidth.get(c);
                for (final GapWire wire : component.gaps.get(c).wires)
                {
                    wires.add(gapWire(wire, gapLeft + component.gaps.get(c).firstTrack + wire.track * TRACK, boxes));
                    addGapBadges(wire, gapLeft, namespaceBox, badges);
                }
            }
        }
        for (final NamespacePlan plan : plans)
        {
            for (final Topology.Link link : pairLinks(plan.index))
            {
                final Box from = boxes.get(link.fromId());
                final Box to = boxes.get(link.toId());
                final boolean fromLeft = from.x() < to.x();
                final Box left = fromLeft ? from : to;
                final Box right = fromLeft ? to : from;
                final int y = from.centerY();
                wires.add(new Drawing.Wire(link, fromLeft ? List.of(new Point(from.right(), y), new Point(to.x(), y))
                    : List.of(new Point(from.x(), y), new Point(to.right(), y)), allUp(link)));
                final String leftId = fromLeft ? link.fromId() : link.toId();
                final String rightId = fromLeft ? link.toId() : link.fromId();
                addBadge(leftId, left.right() + BADGE_PAD, y, false, badges);
                addBadge(rightId, right.x() - BADGE_PAD - badgeWidth(rightId), y, false, badges);
            }
            final List<Topology.Link> internal = channelLinks(plan.index);
            final Box box = namespaceBox.get(plan.index);
            final int center = box.x() + NamespacePlan.PAD + plan.channelWidth / 2;
            for (int i = 0; i < internal.size(); i++)
            {
                final Topology.Link link = internal.get(i);
                final int track = center + (2 * i - (internal.size() - 1)) * INTERNAL_TRACK / 2;
                final Box from = boxes.get(link.fromId());
                final Box to = boxes.get(link.toId());
                wires.add(new Drawing.Wire(link, List.of(new Point(from.x(), from.centerY()),
                    new Point(track, from.centerY()), new Point(track, to.centerY()), new Point(to.x(), to.centerY())),
                    allUp(link)));
                channelBadges(link, from, to, center, badges);
            }
        }
        final List<Drawing.DeviceBox> deviceBoxes = new ArrayList<>();
        for (final Topology.Namespace namespace : topology.namespaces())
        {
            for (final Topology.Device device : namespace.devices())
            {
                deviceBoxes.add(new Drawing.DeviceBox(device, boxes.get(device.id()), sockets.containsKey(device.id()),
                    sockets.getOrDefault(device.id(), List.of())));
            }
        }
        return new Drawing(width, height, namespaceBoxes, deviceBoxes, wires, badges,
            height - MARGIN - LEGEND_HEIGHT / 2 + 4);
    }

    /** A wire between neighbouring columns, or looping right of its column, turning on its track if not level. */
    private Drawing.Wire gapWire(final GapWire wire, final int trackX, final Map<String, Box> boxes)
    {
        final Box left = boxes.get(wire.leftEnd);
        final Box right = boxes.get(wire.rightEnd);
        final Point start = new Point(left.right(), left.centerY());
        final Point end = wire.loop ? new Point(right.right(), right.centerY()) : new Point(right.x(), right.centerY());
        final List<Point> points = new ArrayList<>();
        points.add(start);
        if (start.y() != end.y() || wire.loop)
        {
            points.add(new Point(trackX, start.y()));
            points.add(new Point(trackX, end.y()));
        }
        points.add(end);
        if (!wire.leftEnd.equals(wire.link.fromId()))
        {
            Collections.reverse(points);
        }
        return new Drawing.Wire(wire.link, List.copyOf(points), allUp(wire.link));
    }

    private void addGapBadges(final GapWire wire, final int gapLeft, final Map<Integer, Box> namespaceBox,
        final List<Drawing.Badge> badges)
    {
        addBadge(wire.leftEnd, gapLeft + BADGE_PAD, anchorY(wire.leftEnd), false, badges);
        if (wire.loop)
        {
            addBadge(wire.rightEnd, gapLeft + BADGE_PAD, anchorY(wire.rightEnd), false, badges);
        }
        else
        {
            final int gapRight = namespaceBox.get(namespaceOf.get(wire.rightEnd)).x();
            addBadge(wire.rightEnd, gapRight - BADGE_PAD - badgeWidth(wire.rightEnd), anchorY(wire.rightEnd), false,
                badges);
        }
    }

    /**
     * The badges of a wire in a channel, in the middle of its vertical run: the upper end's first, one for both
     * ends when they are in the same state.
     */
    private void channelBadges(final Topology.Link link, final Box from, final Box to, final int center,
        final List<Drawing.Badge> badges)
    {
        final boolean fromUpper = from.centerY() < to.centerY();
        final String upper = fromUpper ? link.fromId() : link.toId();
        final String lower = fromUpper ? link.toId() : link.fromId();
        final List<String> ends = new ArrayList<>();
        if (devices.get(upper).state() != Topology.State.UP)
        {
            ends.add(upper);
        }
        if (devices.get(lower).state() != Topology.State.UP
            && (ends.isEmpty() || devices.get(lower).state() != devices.get(upper).state()))
        {
            ends.add(lower);
        }
        final int middle = (from.centerY() + to.centerY()) / 2;
        int y = middle - (ends.size() * BADGE_HEIGHT + (ends.size() - 1) * 2) / 2 + BADGE_HEIGHT / 2;
        for (final String end : ends)
        {
            addBadge(end, center, y, true, badges);
            y += BADGE_HEIGHT + 2;
        }
    }

    /** A badge for a device's end of a wire, at {@code x} (its centre when {@code centered}) on the line {@code y}. */
    private void addBadge(final String deviceId, final int x, final int y, final boolean centered,
        final List<Drawing.Badge> badges)
    {
        final int width = badgeWidth(deviceId);
        if (width > 0)
        {
            badges.add(new Drawing.Badge(new Box(centered ? x - width / 2 : x, y - BADGE_HEIGHT / 2, width, BADGE_HEIGHT),
                devices.get(deviceId).state(), deviceId));
        }
    }

    private boolean allUp(final Topology.Link link)
    {
        return devices.get(link.fromId()).state() == Topology.State.UP
            && devices.get(link.toId()).state() == Topology.State.UP;
    }
}
