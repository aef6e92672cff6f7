package dev.nslab.cli.graph;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.ipv4.InterfaceAddress;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;

/** The topology a simulated machine is left in, read once through the stack's API; rendering never looks back. */
public final class SimulatorTopology
{
    private SimulatorTopology()
    {
    }

    public static Topology of(final Simulation simulation)
    {
        final List<NetNamespace> all = new ArrayList<>();
        all.add(simulation.host());
        all.addAll(simulation.namespaces());
        final List<Topology.Namespace> namespaces = new ArrayList<>();
        final List<Topology.Link> links = new ArrayList<>();
        for (final NetNamespace namespace : all)
        {
            final List<Topology.Device> devices = new ArrayList<>();
            for (final NetDevice device : namespace.devices())
            {
                if (!TopologyRules.shown(device.isLoopback(), namespace.isHost(), !Ipv4Device.of(device).addresses().isEmpty()))
                {
                    continue;
                }
                final List<String> addresses = new ArrayList<>();
                for (final InterfaceAddress address : Ipv4Device.of(device).addresses())
                {
                    addresses.add(format(address.address()) + "/" + address.prefixLength());
                }
                devices.add(new Topology.Device(id(device), device.name(), device.kind().name().toLowerCase(),
                    !device.isUp() ? Topology.State.DOWN
                        : device.hasCarrier() ? Topology.State.UP : Topology.State.NO_CARRIER, addresses));
                if (device instanceof VethDevice veth && veth.peer() != null && veth.peer().isAlive()
                    && id(device).compareTo(id(veth.peer())) < 0)
                {
                    links.add(new Topology.Link(id(device), id(veth.peer()), false));
                }
                if (device.master() != null)
                {
                    links.add(new Topology.Link(id(device), id(device.master()), true));
                }
            }
            final List<Topology.Route> routes = new ArrayList<>();
            for (final Route route : namespace.fib().routes(Route.Table.MAIN))
            {
                routes.add(route(route));
            }
            namespaces.add(new Topology.Namespace(namespace.captureName(), namespace.sysctls().ipForward(), routes,
                devices));
        }
        return new Topology(namespaces, TopologyRules.shownLinks(namespaces, links));
    }

    private static Topology.Route route(final Route route)
    {
        final String prefix = route.prefixLength() == 0 && route.destination() == 0 ? "default"
            : route.prefixLength() == 32 ? format(route.destination())
            : format(route.destination()) + "/" + route.prefixLength();
        final String type = route.type() == Route.Type.UNICAST ? "" : route.type().label() + " ";
        return new Topology.Route(type + prefix, route.gateway() == 0 ? "" : format(route.gateway()),
            route.device() == null ? "" : route.device().name(), route.metric(), route.isLinkDown());
    }

    private static String id(final NetDevice device)
    {
        return Topology.id(device.namespace().captureName(), device.name());
    }

    private static String format(final int address)
    {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }
}
