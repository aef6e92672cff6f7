package dev.nslab.cli.graph;

import java.util.stream.Collectors;

/**
 * A self-contained SVG of a topology, drawn where {@link Layout} put things: namespaces as boxes with their
 * devices inside (name, kind, state, addresses) and, under a rule, {@code ip_forward} and the main routes; bridges
 * as switches with their ports beside them; veth pairs as solid wires, bridge ports as dashed blue stubs. Up
 * devices are green, down ones grey, those without carrier orange; a wire whose end is not up is grey and carries
 * that end's state ({@code DOWN}, {@code NO-CARRIER}) on a badge next to it.
 *
 * <p>Elements carry classes ({@code namespace}, {@code device}, {@code wire}, {@code badge}) and the wires the ids
 * of their ends ({@code data-from}, {@code data-to}), so the picture can be checked by a program too.
 */
public final class SvgRenderer
{
    private static final String VETH_COLOUR = "#333333";
    private static final String VETH_NOT_UP_COLOUR = "#9e9e9e";
    private static final String PORT_COLOUR = "#1f5fbf";

    private SvgRenderer()
    {
    }

    public static String render(final Topology topology)
    {
        final Drawing drawing = Layout.of(topology);
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
            + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\">%n", drawing.width(), drawing.height(),
            drawing.width(), drawing.height()));
        svg.append(String.format("<rect class=\"background\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n",
            drawing.width(), drawing.height()));
        drawing.namespaces().forEach(namespace -> drawNamespace(svg, namespace));
        drawing.wires().forEach(wire -> drawWire(svg, wire));
        drawing.devices().forEach(device -> drawDevice(svg, device));
        drawing.badges().forEach(badge -> drawBadge(svg, badge));
        svg.append(legend(Layout.MARGIN, drawing.legendY()));
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

    static String stroke(final Topology.State state)
    {
        return switch (state)
        {
            case UP -> "#2e7d32";
            case DOWN -> "#777777";
            case NO_CARRIER -> "#e67e00";
        };
    }

    private static void drawNamespace(final StringBuilder out, final Drawing.NamespaceBox namespace)
    {
        final Box box = namespace.box();
        final NamespacePlan plan = namespace.plan();
        out.append(String.format("<g class=\"namespace\" data-name=\"%s\">%n", escape(plan.namespace.name())));
        out.append(String.format("<rect class=\"namespace\" data-name=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" "
            + "height=\"%d\" rx=\"10\" fill=\"#eef3fb\" stroke=\"#4a6fa5\" stroke-width=\"2\"/>%n",
            escape(plan.namespace.name()), box.x(), box.y(), box.width(), box.height()));
        out.append(String.format("<text x=\"%d\" y=\"%d\" font-weight=\"bold\" font-size=\"%d\">%s</text>%n",
            box.x() + NamespacePlan.PAD, box.y() + 21, NamespacePlan.TITLE_SIZE, escape(plan.title())));
        final int ruleY = plan.infoTop - NamespacePlan.INFO_GAP / 2;
        out.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c5d3e8\" stroke-width=\"1\"/>%n",
            box.x() + NamespacePlan.PAD, ruleY, box.right() - NamespacePlan.PAD, ruleY));
        int y = plan.infoTop + 11;
        for (final NamespacePlan.InfoLine line : plan.info)
        {
            final String style = switch (line.style())
            {
                case FORWARDING_ON -> "font-weight=\"bold\" fill=\"#2e7d32\"";
                case FORWARDING_OFF -> "fill=\"#777777\"";
                case FIREWALL -> "font-weight=\"bold\" fill=\"#c62828\"";
                case ROUTE -> "font-family=\"monospace\" fill=\"#333333\"";
                case NOTE -> "font-style=\"italic\" fill=\"#777777\"";
            };
            out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%d\" %s>%s</text>%n", box.x() + NamespacePlan.PAD,
                y, NamespacePlan.INFO_SIZE, style, escape(line.text())));
            y += NamespacePlan.INFO_LINE;
        }
        out.append("</g>\n");
    }

    private static void drawWire(final StringBuilder out, final Drawing.Wire wire)
    {
        final String points = wire.points().stream().map(point -> point.x() + "," + point.y())
            .collect(Collectors.joining(" "));
        final String style = wire.link().bridgePort()
            ? "stroke=\"" + PORT_COLOUR + "\" stroke-dasharray=\"6 4\""
            : "stroke=\"" + (wire.allUp() ? VETH_COLOUR : VETH_NOT_UP_COLOUR) + "\"";
        out.append(String.format("<polyline class=\"wire %s\" data-from=\"%s\" data-to=\"%s\" points=\"%s\" "
            + "fill=\"none\" stroke-width=\"2\" %s/>%n", wire.link().bridgePort() ? "port" : "veth",
            escape(wire.link().fromId()), escape(wire.link().toId()), points, style));
    }

    private static void drawDevice(final StringBuilder out, final Drawing.DeviceBox deviceBox)
    {
        final Topology.Device device = deviceBox.device();
        final Box box = deviceBox.box();
        final String stroke = stroke(device.state());
        out.append(String.format("<g class=\"device\" data-id=\"%s\">%n", escape(device.id())));
        out.append(String.format("<rect class=\"device%s\" data-id=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
            + "rx=\"%d\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n", deviceBox.bridgeBody() ? " bridge" : "",
            escape(device.id()), box.x(), box.y(), box.width(), box.height(), deviceBox.bridgeBody() ? 3 : 5,
            fill(device.state()), stroke, deviceBox.bridgeBody() ? "2.5" : "1.5",
            device.state() == Topology.State.DOWN ? " stroke-dasharray=\"4 2\"" : ""));
        out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%d\"><tspan font-weight=\"bold\">%s</tspan>"
            + "<tspan dx=\"6\" fill=\"#555555\">%s</tspan></text>%n", box.x() + 8, box.y() + 15, NamespacePlan.NAME_SIZE,
            escape(device.name()), escape(device.kind())));
        out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%d\" fill=\"%s\">%s</text>%n",
            box.x() + 8, box.y() + 28, NamespacePlan.STATE_SIZE, stroke, device.state().text()));
        int textY = box.y() + 28 + NamespacePlan.ADDRESS_HEIGHT;
        for (final String address : device.addresses())
        {
            out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-family=\"monospace\">%s</text>%n",
                box.x() + 8, textY, NamespacePlan.ADDRESS_SIZE, escape(address)));
            textY += NamespacePlan.ADDRESS_HEIGHT;
        }
        for (final Point socket : deviceBox.sockets())
        {
            // A port's socket on the switch: a small square on the body's edge where the stub plugs in.
            out.append(String.format("<rect class=\"socket\" x=\"%d\" y=\"%d\" width=\"6\" height=\"8\" fill=\"%s\"/>%n",
                socket.x() - 3, socket.y() - 4, PORT_COLOUR));
        }
        out.append("</g>\n");
    }

    private static void drawBadge(final StringBuilder out, final Drawing.Badge badge)
    {
        final Box box = badge.box();
        out.append(String.format("<g class=\"badge\" data-id=\"%s\"><rect class=\"badge\" x=\"%d\" y=\"%d\" width=\"%d\" "
            + "height=\"%d\" rx=\"3\" fill=\"%s\" stroke=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"%d\" "
            + "font-weight=\"bold\" fill=\"%s\" text-anchor=\"middle\">%s</text></g>%n", escape(badge.deviceId()),
            box.x(), box.y(), box.width(), box.height(), fill(badge.state()), stroke(badge.state()),
            box.x() + box.width() / 2, box.y() + box.height() - 3, Layout.BADGE_SIZE, stroke(badge.state()),
            badge.state().text()));
    }

    private static String legend(final int x, final int y)
    {
        return String.format("<g class=\"legend\" font-size=\"12\">"
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

    static String escape(final String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
