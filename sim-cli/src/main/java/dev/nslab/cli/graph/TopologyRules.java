package dev.nslab.cli.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What both backends leave out of a topology, decided in one place so that their topologies compare equal. */
final class TopologyRules
{
    private TopologyRules()
    {
    }

    /**
     * A named namespace's loopback without addresses (never brought up) is left out: every new namespace has one,
     * and it explains nothing. The initial namespace's is always shown, and so is a loopback with an address,
     * because a namespace reaches its own addresses only through an up loopback.
     */
    static boolean shown(final boolean loopback, final boolean host, final boolean hasAddresses)
    {
        return !loopback || host || hasAddresses;
    }

    /** @return the links both of whose ends are shown. */
    static List<Topology.Link> shownLinks(final List<Topology.Namespace> namespaces, final List<Topology.Link> links)
    {
        final Set<String> ids = new HashSet<>();
        namespaces.forEach(namespace -> namespace.devices().forEach(device -> ids.add(device.id())));
        return links.stream().filter(link -> ids.contains(link.fromId()) && ids.contains(link.toId())).toList();
    }
}
