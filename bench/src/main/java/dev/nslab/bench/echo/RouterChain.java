package dev.nslab.bench.echo;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.link.VethDevice;

/**
 * A line of namespaces: a client, {@code routers} router namespaces with forwarding on, and a server, joined by veth
 * pairs. Link {@code k} (0 for client to first router) is 10.1.k.0/24 with .1 on its left end and .2 on its right.
 * The client and the server have a default route to their router; each router has static routes to the client's
 * and the server's subnets through its neighbours (where not directly connected).
 */
final class RouterChain
{
    final NetNamespace client;
    final NetNamespace server;
    final int clientAddress;
    final int serverAddress;

    RouterChain(final Simulation simulation, final int routers)
    {
        final int links = routers + 1;
        final NetNamespace[] line = new NetNamespace[routers + 2];
        for (int i = 0; i < line.length; i++)
        {
            final String name = i == 0 ? "client" : i == line.length - 1 ? "server" : "r" + i;
            line[i] = simulation.addNamespace(name);
            line[i].setUp(line[i].loopback());
        }
        for (int k = 0; k < links; k++)
        {
            final VethDevice left = line[k].addVethPair("right", "left", line[k + 1]);
            line[k].addAddress(left, leftAddress(k), 24, 0);
            line[k + 1].addAddress(left.peer(), rightAddress(k), 24, 0);
            line[k].setUp(left);
            line[k + 1].setUp(left.peer());
        }
        client = line[0];
        server = line[line.length - 1];
        clientAddress = leftAddress(0);
        serverAddress = rightAddress(links - 1);
        client.addRoute(RouteRequest.to(0, 0).via(rightAddress(0)), false);
        server.addRoute(RouteRequest.to(0, 0).via(leftAddress(links - 1)), false);
        for (int i = 1; i <= routers; i++)
        {
            final NetNamespace router = line[i];
            router.sysctls().writeIpForward(1);
            // Router i sits between link i-1 (on its left) and link i (on its right).
            if (i - 1 > 0)
            {
                router.addRoute(RouteRequest.to(subnet(0), 24).via(leftAddress(i - 1)), false);
            }
            if (i < links - 1)
            {
                router.addRoute(RouteRequest.to(subnet(links - 1), 24).via(rightAddress(i)), false);
            }
        }
    }

    private static int subnet(final int link)
    {
        return Ipv4View.parse("10.1.0.0") | (link << 8);
    }

    private static int leftAddress(final int link)
    {
        return subnet(link) | 1;
    }

    private static int rightAddress(final int link)
    {
        return subnet(link) | 2;
    }
}
