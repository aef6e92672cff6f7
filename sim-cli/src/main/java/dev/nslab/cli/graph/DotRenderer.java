package dev.nslab.cli.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Graphviz DOT: one cluster per namespace (labelled with ip_forward and its routes), one node per device, veth
 * pairs solid (the state of an end that is not up written at that end), bridge ports dashed.
 */
public final class DotRenderer
{
    private DotRenderer()
    {
    }

    public static String render(final Topology topology)
    {
        final StringBuilder dot = new StringBuilder();
        dot.append("graph nslab {\n");
        dot.append("  graph [rankdir=LR, fontname=\"Helvetica\"];\n");
        dot.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n");
        int cluster = 0;
        for (final Topology.Namespace namespace : topology.namespaces())
        {
            dot.append("  subgraph cluster_").append(cluster++).append(" {\n");
            final List<String> label = new ArrayList<>(List.of(namespace.name(),
                "ip_forward: " + (namespace.forwarding() ? "on" : "off")));
            if (!namespace.firewall().isNone())
            {
                label.add(namespace.firewall().text());
            }
            namespace.routes().forEach(route -> label.add(route.text()));
            if (!namespace.hasDefaultRoute())
            {
                label.add(namespace.routes().isEmpty() ? "no routes" : "no default route");
            }
            dot.append("    label=").append(lines(label, "\\l")).append("; labeljust=l;\n");
            for (final Topology.Device device : namespace.devices())
            {
                final List<String> text = new ArrayList<>(List.of(device.name() + " (" + device.kind() + ")"));
                if (device.state() != Topology.State.UP)
                {
                    text.add(device.state().text());
                }
                text.addAll(device.addresses());
                dot.append("    ").append(quote(device.id())).append(" [label=").append(lines(text, "\\n"))
                    .append(", fillcolor=").append(quote(SvgRenderer.fill(device.state()))).append("];\n");
            }
            dot.append("  }\n");
        }
        for (final Topology.Link link : topology.links())
        {
            dot.append("  ").append(quote(link.fromId())).append(" -- ").append(quote(link.toId()));
            if (link.bridgePort())
            {
                dot.append(" [style=dashed, label=\"port\"];\n");
                continue;
            }
            dot.append(" [label=\"veth\"").append(endLabel("taillabel", topology, link.fromId()))
                .append(endLabel("headlabel", topology, link.toId())).append("];\n");
        }
        dot.append("}\n");
        return dot.toString();
    }

    private static String endLabel(final String attribute, final Topology topology, final String deviceId)
    {
        return topology.device(deviceId).filter(device -> device.state() != Topology.State.UP)
            .map(device -> ", " + attribute + "=" + quote(device.state().text())).orElse("");
    }

    /** Lines as one DOT string, each ended by {@code end} ({@code \\n} centred, {@code \\l} left-justified). */
    private static String lines(final List<String> lines, final String end)
    {
        final StringBuilder text = new StringBuilder("\"");
        for (final String line : lines)
        {
            text.append(escape(line)).append(end);
        }
        return text.append('"').toString();
    }

    private static String quote(final String text)
    {
        return "\"" + escape(text) + "\"";
    }

    private static String escape(final String text)
    {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
