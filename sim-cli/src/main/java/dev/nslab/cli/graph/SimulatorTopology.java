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
import dev.nslab.stack.netfilter.Chain;
import dev.nslab.stack.netfilter.RuleTable;

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
                devices, firewall(namespace)));
        }
        return new Topology(namespaces, TopologyRules.shownLinks(namespaces, links));
    }

    /** The namespace's rules as iptables-save would count them, asked without making tables where none are. */
    static Topology.Firewall firewall(final NetNamespace namespace)
    {
        if (!namespace.hasNetfilter())
        {
            return Topology.Firewall.NONE;
        }
        int rules = 0;
        final List<String> dropping = new ArrayList<>();
        for (final RuleTable table : List.of(namespace.netfilter().filter(), namespace.netfilter().nat()))
        {
            if (!table.exists())
            {
                continue;
            }
            for (final Chain chain : table.chains())
            {
                rules += chain.rules().size();
                if (table == namespace.netfilter().filter() && chain.isBuiltIn() && !chain.policyAccepts())
                {
                    dropping.add(chain.name());
                }
            }
        }
        return new Topology.Firewall(rules, dropping);
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
