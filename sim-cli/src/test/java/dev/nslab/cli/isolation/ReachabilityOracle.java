package dev.nslab.cli.isolation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.nslab.stack.ipv4.Route;

/**
 * Who could possibly reach whom, from a {@link RandomTopology}'s description alone (no stack code): a packet moves
 * from a namespace only along a route (connected /24 of an up device with an address, or a default route whose
 * gateway such a route covers), out of a device that is up with carrier, over an L2 segment (a veth pair; a bridge
 * with its forwarding ports) to a device that is up in a namespace holding the next hop; a namespace that is not
 * the origin passes it on only with forwarding on. Ambiguous routes are all tried, so the oracle over-approximates:
 * a reply the simulator gets must have such a path there and back.
 */
final class ReachabilityOracle
{
    private final RandomTopology topology;

    ReachabilityOracle(final RandomTopology topology)
    {
        this.topology = topology;
    }

    /** @return true when {@code from} has a route for {@code address} at all (else ping says "no route"). */
    boolean hasRoute(final int from, final String address)
    {
        return !routes(from, address).isEmpty();
    }

    /** @return true when a request from {@code from} can reach {@code address} and a reply can come back. */
    boolean mayReach(final int from, final String address)
    {
        if (!delivers(from, address))
        {
            return false;
        }
        final int owner = ownerOf(address);
        for (final RandomTopology.End end : topology.ends())
        {
            if (end.namespace == from && end.address != null && delivers(owner, end.address))
            {
                return true;
            }
        }
        return false;
    }

    private int ownerOf(final String address)
    {
        for (final RandomTopology.End end : topology.ends())
        {
            if (address.equals(end.address))
            {
                return end.namespace;
            }
        }
        throw new IllegalArgumentException(address);
    }

    /** A breadth-first search over the namespaces a packet for {@code address} can be in. */
    private boolean delivers(final int origin, final String address)
    {
        final Deque<Integer> queue = new ArrayDeque<>();
        final Set<Integer> seen = new HashSet<>();
        queue.add(origin);
        seen.add(origin);
        while (!queue.isEmpty())
        {
            final int at = queue.poll();
            if (isLocal(at, address))
            {
                return true;
            }
            if (at != origin && !topology.forwarding[at])
            {
                continue;
            }
            for (final Route route : routes(at, address))
            {
                if (!hasCarrier(route.device))
                {
                    continue;
                }
                final String nextHop = route.gateway != null ? route.gateway : address;
                for (final RandomTopology.End neighbour : segmentPeers(route.device))
                {
                    if (isLocal(neighbour.namespace, nextHop) && seen.add(neighbour.namespace))
                    {
                        queue.add(neighbour.namespace);
                    }
                }
            }
        }
        return false;
    }

    private boolean isLocal(final int namespace, final String address)
    {
        for (final RandomTopology.End end : topology.ends())
        {
            if (end.namespace == namespace && address.equals(end.address))
            {
                return true;
            }
        }
        return false;
    }

    private record Route(RandomTopology.End device, String gateway, int prefixLength)
    {
    }

    /** The longest-prefix matches in {@code namespace} for {@code address} (every one of the best length). */
    private List<Route> routes(final int namespace, final String address)
    {
        final List<Route> all = new ArrayList<>();
        for (final RandomTopology.End end : topology.ends())
        {
            if (end.namespace == namespace && end.up && end.address != null)
            {
                if (sameSubnet(end.address, address))
                {
                    all.add(new Route(end, null, 24));
                }
            }
        }
        if (all.isEmpty())
        {
            for (final RandomTopology.DefaultRoute route : topology.routes)
            {
                if (route.namespace() == namespace)
                {
                    final RandomTopology.End via = connectedDevice(namespace, route.gateway());
                    if (via != null)
                    {
                        all.add(new Route(via, route.gateway(), 0));
                    }
                }
            }
        }
        return all;
    }

    /** fib_check_nh at the time the route was added (after every up): an up device whose subnet has the gateway. */
    private RandomTopology.End connectedDevice(final int namespace, final String gateway)
    {
        for (final RandomTopology.End end : topology.ends())
        {
            if (end.namespace == namespace && end.up && end.address != null && sameSubnet(end.address, gateway))
            {
                return end;
            }
        }
        return null;
    }

    private static boolean sameSubnet(final String a, final String b)
    {
        return a.substring(0, a.lastIndexOf('.')).equals(b.substring(0, b.lastIndexOf('.')));
    }

    // ------------------------------------------------------------------------------------------------ layer 2

    private RandomTopology.Veth vethOf(final RandomTopology.End end)
    {
        for (final RandomTopology.Veth veth : topology.veths)
        {
            if (veth.a() == end || veth.b() == end)
            {
                return veth;
            }
        }
        return null;
    }

    private boolean portForwards(final RandomTopology.Veth port)
    {
        return topology.bridge.up && port.a().up && port.b().up;
    }

    private boolean hasCarrier(final RandomTopology.End end)
    {
        if (!end.up)
        {
            return false;
        }
        if (end == topology.bridge)
        {
            boolean anyPort = false;
            for (final RandomTopology.Veth veth : topology.veths)
            {
                if (veth.bridgePort())
                {
                    anyPort = true;
                    if (portForwards(veth))
                    {
                        return true;
                    }
                }
            }
            // A bridge that never had a port keeps the carrier it was born with.
            return !anyPort;
        }
        final RandomTopology.Veth veth = vethOf(end);
        return (veth.a() == end ? veth.b() : veth.a()).up;
    }

    /** The up devices a frame sent on {@code end} can arrive on. */
    private List<RandomTopology.End> segmentPeers(final RandomTopology.End end)
    {
        final List<RandomTopology.End> peers = new ArrayList<>();
        if (end == topology.bridge)
        {
            for (final RandomTopology.Veth veth : topology.veths)
            {
                if (veth.bridgePort() && portForwards(veth))
                {
                    peers.add(veth.b());
                }
            }
            return peers;
        }
        final RandomTopology.Veth veth = vethOf(end);
        if (!veth.bridgePort())
        {
            final RandomTopology.End other = veth.a() == end ? veth.b() : veth.a();
            if (other.up)
            {
                peers.add(other);
            }
            return peers;
        }
        // A station behind a bridge port: the bridge device and the other stations, through forwarding ports.
        if (!portForwards(veth))
        {
            return peers;
        }
        if (topology.bridge.up)
        {
            peers.add(topology.bridge);
        }
        for (final RandomTopology.Veth other : topology.veths)
        {
            if (other != veth && other.bridgePort() && portForwards(other))
            {
                peers.add(other.b());
            }
        }
        return peers;
    }
}
