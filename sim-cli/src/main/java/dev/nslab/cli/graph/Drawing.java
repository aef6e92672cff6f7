package dev.nslab.cli.graph;

import java.util.List;

/**
 * Where everything of a topology's picture goes, as {@link Layout} decided: what {@link SvgRenderer} draws, with no
 * decision left to it.
 *
 * @param legendY the baseline of the legend's row.
 */
record Drawing(int width, int height, List<NamespaceBox> namespaces, List<DeviceBox> devices, List<Wire> wires,
    List<Badge> badges, int legendY)
{
    /** A namespace's box; its explanation (ip_forward, routes) starts at {@code infoTop}. */
    record NamespaceBox(NamespacePlan plan, Box box)
    {
    }

    /**
     * A device's rectangle; for a bridge's body, {@code sockets} are where its ports' stubs meet it.
     */
    record DeviceBox(Topology.Device device, Box box, boolean bridgeBody, List<Point> sockets)
    {
    }

    /** A link drawn as a polyline of horizontal and vertical segments, from its {@code fromId} to its {@code toId}. */
    record Wire(Topology.Link link, List<Point> points, boolean allUp)
    {
    }

    /** A state written on a wire, next to the end whose device is not up. */
    record Badge(Box box, Topology.State state, String deviceId)
    {
    }
}
