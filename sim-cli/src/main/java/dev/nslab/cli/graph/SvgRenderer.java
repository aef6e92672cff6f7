package dev.nslab.cli.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-contained SVG of a topology, laid out deterministically: namespaces as boxes in a grid (host first,
 * three per row), their devices as rows inside (name, kind, state, addresses), veth pairs as solid lines and
 * bridge ports as dashed curves to their bridge. Down devices are grey, devices without carrier orange.
 */
public final class SvgRenderer
{
    private static final int BOX_WIDTH = 250;
    private static final int GAP_X = 110;
    private static final int GAP_Y = 70;
    private static final int MARGIN = 30;
    private static final int TITLE_HEIGHT = 30;
    private static final int DEVICE_BASE_HEIGHT = 34;
    private static final int ADDRESS_HEIGHT = 14;
    private static final int DEVICE_GAP = 8;
    private static final int PER_ROW = 3;
    private static final int LEGEND_HEIGHT = 40;

    private SvgRenderer()
    {
    }

    /** Where a device's rectangle went. */
    private record Box(int x, int y, int width, int height)
    {
        int centerX()
        {
            return x + width / 2;
        }

        int centerY()
        {
            return y + height / 2;
        }
    }

    public static String render(final Topology topology)
    {
        final List<Topology.Namespace> namespaces = topology.namespaces();
        final int columns = Math.max(1, Math.min(PER_ROW, namespaces.size()));
        final int rows = (namespaces.size() + columns - 1) / columns;
        final int[] rowHeights = new int[rows];
        for (int i = 0; i < namespaces.size(); i++)
        {
            rowHeights[i / columns] = Math.max(rowHeights[i / columns], boxHeight(namespaces.get(i)));
        }
        final int width = MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * GAP_X;
        int height = MARGIN * 2 + LEGEND_HEIGHT;
        for (final int rowHeight : rowHeights)
        {
            height += rowHeight + GAP_Y;
        }
        final StringBuilder boxes = new StringBuilder();
        final StringBuilder devices = new StringBuilder();
        final Map<String, Box> placed = new HashMap<>();
        final Map<String, Box> namespaceOf = new HashMap<>();
        int y = MARGIN;
        for (int row = 0; row < rows; row++)
        {
            for (int column = 0; column < columns; column++)
            {
                final int index = row * columns + column;
                if (index >= namespaces.size())
                {
                    break;
                }
                final Topology.Namespace namespace = namespaces.get(index);
                final int x = MARGIN + column * (BOX_WIDTH + GAP_X);
                final Box box = new Box(x, y, BOX_WIDTH, boxHeight(namespace));
                boxes.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"10\" "
                    + "fill=\"#eef3fb\" stroke=\"#4a6fa5\" stroke-width=\"2\"/>%n", box.x, box.y, box.width, box.height));
                boxes.append(String.format("<text x=\"%d\" y=\"%d\" font-weight=\"bold\" font-size=\"15\">%s</text>%n",
                    x + 12, y + 21, escape(namespace.name().equals("host") ? "host (initial namespace)"
                        : "netns " + namespace.name())));
                int deviceY = y + TITLE_HEIGHT;
                for (final Topology.Device device : namespace.devices())
                {
                    final Box deviceBox = new Box(x + 12, deviceY, BOX_WIDTH - 24, deviceHeight(device));
                    placed.put(device.id(), deviceBox);
                    namespaceOf.put(device.id(), box);
                    drawDevice(devices, device, deviceBox);
                    deviceY += deviceBox.height + DEVICE_GAP;
                }
            }
            y += rowHeights[row] + GAP_Y;
        }
        final StringBuilder edges = new StringBuilder();
        for (final Topology.Link link : topology.links())
        {
            final Box from = placed.get(link.fromId());
            final Box to = placed.get(link.toId());
            if (from != null && to != null)
            {
                edges.append(edge(from, to, namespaceOf.get(link.fromId()) == namespaceOf.get(link.toId()),
                    link.bridgePort()));
            }
        }
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
            + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\">%n", width, height, width, height));
        svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(boxes).append(edges).append(devices);
        svg.append(legend(MARGIN, height - MARGIN - LEGEND_HEIGHT + 20));
        svg.append("</svg>\n");
        return svg.toString();
    }

    static String fill(final Topology.State state)
    {
        return switch (state)
        {
            case UP -> "#d9f2d9";
            case DOWN -> "#dddddd";
            case NO_CARRIER -> "#ffe0b3";
        };
    }

    private static void drawDevice(final StringBuilder out, final Topology.Device device, final Box box)
    {
        final String stroke = device.state() == Topology.State.UP ? "#2e7d32"
            : device.state() == Topology.State.DOWN ? "#777777" : "#e67e00";
        out.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" fill=\"%s\" "
            + "stroke=\"%s\" stroke-width=\"1.5\"%s/>%n", box.x, box.y, box.width, box.height, fill(device.state()),
            stroke, device.state() == Topology.State.DOWN ? " stroke-dasharray=\"4 2\"" : ""));
        out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"13\"><tspan font-weight=\"bold\">%s</tspan>"
            + "<tspan dx=\"6\" fill=\"#555555\">%s</tspan></text>%n", box.x + 8, box.y + 15, escape(device.name()),
            escape(device.kind())));
        out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>%n",
            box.x + 8, box.y + 28, stroke, device.state() == Topology.State.UP ? "up"
                : DotRenderer.stateText(device.state())));
        int textY = box.y + 28 + ADDRESS_HEIGHT;
        for (final String address : device.addresses())
        {
            out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"12\" font-family=\"monospace\">%s</text>%n",
                box.x + 8, textY, escape(address)));
            textY += ADDRESS_HEIGHT;
        }
    }

    /** A line between two devices: straight between boxes side by side, curved around otherwise. */
    private static String edge(final Box from, final Box to, final boolean sameNamespace, final boolean bridgePort)
    {
        final String style = bridgePort ? "stroke=\"#1f5fbf\" stroke-dasharray=\"6 4\"" : "stroke=\"#333333\"";
        if (sameNamespace)
        {
            // Ports to their bridge: a curve out of the left side, wider the further apart, so curves do not merge.
            final int bulge = from.x - 8 - Math.abs(to.centerY() - from.centerY()) / 8;
            return String.format("<path d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\" stroke-width=\"2\" %s/>%n",
                from.x, from.centerY(), bulge, from.centerY(), bulge, to.centerY(), to.x, to.centerY(), style);
        }
        if (from.x == to.x)
        {
            // Boxes stacked in one column: a curve out of the right side of both.
            final int x1 = from.x + from.width;
            final int x2 = to.x + to.width;
            final int bulge = Math.max(x1, x2) + 70;
            return String.format("<path d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\" stroke-width=\"2\" %s/>%n",
                x1, from.centerY(), bulge, from.centerY(), bulge, to.centerY(), x2, to.centerY(), style);
        }
        final boolean rightward = to.centerX() > from.centerX();
        final int x1 = rightward ? from.x + from.width : from.x;
        final int x2 = rightward ? to.x : to.x + to.width;
        return String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke-width=\"2\" %s/>%n",
            x1, from.centerY(), x2, to.centerY(), style);
    }

    private static String legend(final int x, final int y)
    {
        return String.format("<g font-size=\"12\">"
            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\" stroke-width=\"2\"/>"
            + "<text x=\"%d\" y=\"%d\">veth pair</text>"
            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1f5fbf\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            + "<text x=\"%d\" y=\"%d\">bridge port</text>"
            + "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\" stroke=\"#2e7d32\"/><text x=\"%d\" y=\"%d\">up</text>"
            + "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\" stroke=\"#e67e00\"/><text x=\"%d\" y=\"%d\">no carrier</text>"
            + "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\" stroke=\"#777777\"/><text x=\"%d\" y=\"%d\">down</text>"
            + "</g>%n",
            x, y, x + 40, y, x + 46, y + 4,
            x + 130, y, x + 170, y, x + 176, y + 4,
            x + 280, y - 7, fill(Topology.State.UP), x + 298, y + 4,
            x + 340, y - 7, fill(Topology.State.NO_CARRIER), x + 358, y + 4,
            x + 450, y - 7, fill(Topology.State.DOWN), x + 468, y + 4);
    }

    private static int boxHeight(final Topology.Namespace namespace)
    {
        int height = TITLE_HEIGHT + 6;
        for (final Topology.Device device : namespace.devices())
        {
            height += deviceHeight(device) + DEVICE_GAP;
        }
        return height;
    }

    private static int deviceHeight(final Topology.Device device)
    {
        return DEVICE_BASE_HEIGHT + device.addresses().size() * ADDRESS_HEIGHT;
    }

    private static String escape(final String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
