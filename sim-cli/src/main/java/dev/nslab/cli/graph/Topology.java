package dev.nslab.cli.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.nslab.stack.ipv4.Route;

/**
 * What a picture of a machine shows, whichever backend built it: namespaces with their devices (kind, addresses,
 * state), their main routing table and {@code net.ipv4.ip_forward}, and the links between devices (veth pairs,
 * bridge ports). Nothing in it depends on MAC addresses or interface indexes, so the simulator's and the kernel's
 * topologies of one scenario are equal ({@link SimulatorTopology}, {@link KernelTopology}).
 *
 * <p>Order is meaningful and the same on both backends: the initial namespace ({@code host}) first, then the named
 * namespaces in creation order; devices in ifindex order; routes and addresses as {@code ip} prints them.
 */
public record Topology(List<Namespace> namespaces, List<Link> links)
{
    /** The name the initial namespace goes by, as in capture file names. */
    public static final String HOST = "host";

    /** A device's state as {@code ip link} would summarise it: no UP flag, UP without LOWER_UP, or both. */
    public enum State
    {
        UP, DOWN, NO_CARRIER;

        /** The word {@code ip link} prints for the state (up devices print LOWER_UP; here simply "up"). */
        public String text()
        {
            return switch (this)
            {
                case UP -> "up";
                case DOWN -> "DOWN";
                case NO_CARRIER -> "NO-CARRIER";
            };
        }
    }

    /**
     * @param id        {@code NAMESPACE/NAME}, unique in the topology.
     * @param kind      {@code loopback}, {@code veth}, {@code tap} or {@code bridge}.
     * @param addresses IPv4 addresses with prefix length, {@code 10.0.0.1/24}, in {@code ip addr} order.
     */
    public record Device(String id, String name, String kind, State state, List<String> addresses)
    {
        public Device
        {
            addresses = List.copyOf(addresses);
        }

        public boolean isBridge()
        {
            return kind.equals("bridge");
        }
    }

    /**
     * One route of the main table, as {@code ip route} prints it but for what only explains where the route
     * came from ({@code proto}, {@code scope}, {@code src}).
     *
     * @param destination {@code default}, {@code A.B.C.D/N} or {@code A.B.C.D} for a host route, after the route
     *                    type when it is not unicast ({@code blackhole 10.0.0.0/8}).
     * @param gateway     the {@code via} address, or empty.
     * @param device      the {@code dev}, or empty.
     * @param metric      0 when {@code ip route} prints none.
     * @param linkDown    the device has no carrier ({@code linkdown}): the route is there but unusable.
     */
    public record Route(String destination, String gateway, String device, int metric, boolean linkDown)
    {
        public boolean isDefault()
        {
            return destination.equals("default");
        }

        /** The route as one short {@code ip route} line. */
        public String text()
        {
            final StringBuilder text = new StringBuilder(destination);
            if (!gateway.isEmpty())
            {
                text.append(" via ").append(gateway);
            }
            if (!device.isEmpty())
            {
                text.append(" dev ").append(device);
            }
            if (metric != 0)
            {
                text.append(" metric ").append(metric);
            }
            if (linkDown)
            {
                text.append(" linkdown");
            }
            return text.toString();
        }
    }

    /**
     * @param forwarding {@code net.ipv4.ip_forward} is 1: the namespace routes between its devices.
     * @param routes     the main table, in {@code ip route} order.
     * @param firewall   its iptables rules, as {@link Firewall#text()} sums them up.
     */
    public record Namespace(String name, boolean forwarding, List<Route> routes, List<Device> devices,
        Firewall firewall)
    {
        public Namespace
        {
            routes = List.copyOf(routes);
            devices = List.copyOf(devices);
            Objects.requireNonNull(firewall, "firewall");
        }

        public boolean isHost()
        {
            return name.equals(HOST);
        }

        public boolean hasDefaultRoute()
        {
            return routes.stream().anyMatch(Route::isDefault);
        }
    }

    /**
     * A namespace's iptables rules, summed up for the drawing: how many rules its filter and nat tables hold (user
     * chains included) and which built-in chains of its filter table drop by policy, in iptables' order.
     */
    public record Firewall(int rules, List<String> droppingChains)
    {
        public static final Firewall NONE = new Firewall(0, List.of());

        public Firewall
        {
            droppingChains = List.copyOf(droppingChains);
        }

        public boolean isNone()
        {
            return rules == 0 && droppingChains.isEmpty();
        }

        /** @return {@code iptables: 9 rules, FORWARD DROP}, or empty for a namespace without rules. */
        public String text()
        {
            if (isNone())
            {
                return "";
            }
            final StringBuilder text = new StringBuilder("iptables: ").append(rules)
                .append(rules == 1 ? " rule" : " rules");
            droppingChains.forEach(chain -> text.append(", ").append(chain).append(" DROP"));
            return text.toString();
        }
    }

    /**
     * A veth pair ({@code fromId} sorts before {@code toId}), or a bridge port to its bridge ({@code bridgePort},
     * from the port to the bridge).
     */
    public record Link(String fromId, String toId, boolean bridgePort)
    {
    }

    public Topology
    {
        namespaces = List.copyOf(namespaces);
        links = List.copyOf(links);
    }

    /** @return the device with this id, if any. */
    public Optional<Device> device(final String id)
    {
        return namespaces.stream().flatMap(namespace -> namespace.devices().stream())
            .filter(device -> device.id().equals(id)).findFirst();
    }

    /** @return the id a device of this namespace has. */
    public static String id(final String namespace, final String device)
    {
        return namespace + "/" + device;
    }
}
