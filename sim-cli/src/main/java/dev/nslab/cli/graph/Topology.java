package dev.nslab.cli.graph;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.InterfaceAddress;
import dev.nslab.stack.NetDevice;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.VethDevice;

/**
 * What a picture of a simulated machine shows: namespaces with their devices (kind, addresses, state) and the
 * links between devices (veth pairs, bridge ports). Taken from the simulation once; rendering never looks back.
 */
public record Topology(List<Namespace> namespaces, List<Link> links)
{
    /** A device's state as {@code ip link} would summarise it. */
    public enum State
    {
        UP, DOWN, NO_CARRIER
    }

    public record Device(String id, String name, String kind, State state, List<String> addresses)
    {
    }

    public record Namespace(String name, List<Device> devices)
    {
    }

    /** A veth pair, or a bridge port to its bridge ({@code bridgePort}). */
    public record Link(String fromId, String toId, boolean bridgePort)
    {
    }

    public static Topology of(final Simulation simulation)
    {
        final List<NetNamespace> all = new ArrayList<>();
        all.add(simulation.host());
        all.addAll(simulation.namespaces());
        final List<Namespace> namespaces = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        for (final NetNamespace namespace : all)
        {
            final List<Device> devices = new ArrayList<>();
            for (final NetDevice device : namespace.devices())
            {
                if (device.isLoopback() && device.addresses().isEmpty() && namespace != simulation.host())
                {
                    continue;
                }
                final List<String> addresses = new ArrayList<>();
                for (final InterfaceAddress address : device.addresses())
                {
                    addresses.add(format(address.address()) + "/" + address.prefixLength());
                }
                devices.add(new Device(id(device), device.name(), device.kind().name().toLowerCase(),
                    !device.isUp() ? State.DOWN : device.hasCarrier() ? State.UP : State.NO_CARRIER, addresses));
                if (device instanceof VethDevice veth && veth.peer() != null && veth.peer().isAlive()
                    && id(device).compareTo(id(veth.peer())) < 0)
                {
                    links.add(new Link(id(device), id(veth.peer()), false));
                }
                if (device.master() != null)
                {
                    links.add(new Link(id(device), id(device.master()), true));
                }
            }
            namespaces.add(new Namespace(namespace.captureName(), devices));
        }
        return new Topology(namespaces, links);
    }

    private static String id(final NetDevice device)
    {
        return device.namespace().captureName() + "/" + device.name();
    }

    private static String format(final int address)
    {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }
}
