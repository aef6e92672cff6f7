package dev.nslab.cli.graph;

/** Graphviz DOT: one cluster per namespace, one node per device, veth pairs solid, bridge ports dashed. */
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
            dot.append("    label=").append(quote(namespace.name())).append(";\n");
            for (final Topology.Device device : namespace.devices())
            {
                final StringBuilder label = new StringBuilder(device.name() + " (" + device.kind() + ")");
                if (device.state() != Topology.State.UP)
                {
                    label.append("\\n").append(stateText(device.state()));
                }
                for (final String address : device.addresses())
                {
                    label.append("\\n").append(address);
                }
                dot.append("    ").append(quote(device.id())).append(" [label=\"").append(label)
                    .append("\", fillcolor=").append(quote(SvgRenderer.fill(device.state()))).append("];\n");
            }
            dot.append("  }\n");
        }
        for (final Topology.Link link : topology.links())
        {
            dot.append("  ").append(quote(link.fromId())).append(" -- ").append(quote(link.toId()))
                .append(link.bridgePort() ? " [style=dashed, label=\"port\"];\n" : " [label=\"veth\"];\n");
        }
        dot.append("}\n");
        return dot.toString();
    }

    static String stateText(final Topology.State state)
    {
        return state == Topology.State.NO_CARRIER ? "NO-CARRIER" : state.name();
    }

    private static String quote(final String text)
    {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
