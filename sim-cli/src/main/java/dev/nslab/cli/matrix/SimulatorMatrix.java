package dev.nslab.cli.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nslab.cli.emulation.ScenarioInterpreter;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.ipv4.InterfaceAddress;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.ipv6.Ipv6InterfaceAddress;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.Scope;

/**
 * The reachability matrix on the simulator: the scenario, then every probe as a ping in virtual time, each followed
 * by the firewall listings of {@link FirewallWatch} (none where no rule can stop a packet).
 */
public final class SimulatorMatrix
{
    private SimulatorMatrix()
    {
    }

    public static ReachabilityMatrix compute(final Scenario scenario, final long seed)
    {
        final SimulatedRun run = SimulatedRun.of(scenario, seed);
        final ReachabilityMatrix matrix = layout(run.simulation());
        final List<String> watched = new ArrayList<>();
        for (final String namespace : matrix.namespaces())
        {
            if (stopsPackets(namespace.equals("host") ? run.simulation().host()
                : run.simulation().namespace(namespace)))
            {
                watched.add(namespace);
            }
        }
        final Map<String, FirewallCounters> initial = new LinkedHashMap<>();
        for (final String namespace : watched)
        {
            initial.put(namespace, FirewallCounters.parse(lines(run.execute(FirewallCounters.command(namespace)))));
        }
        final FirewallWatch firewall = new FirewallWatch(initial);
        final List<String> listings = firewall.commands();
        for (final ReachabilityMatrix.Probe probe : matrix.probes())
        {
            final ScenarioInterpreter.Result ping = run.execute(probe.command());
            final List<List<String>> counted = new ArrayList<>(listings.size());
            for (final String listing : listings)
            {
                counted.add(lines(run.execute(listing)));
            }
            matrix.set(probe, firewall.judge(ping.exitCode(), lines(ping), counted));
        }
        return matrix;
    }

    /**
     * @return whether the namespace's filter table has a DROP or REJECT rule or a DROP policy, asked of the stack
     *         without making tables where iptables never came (the kernel backend asks its listing instead).
     */
    static boolean stopsPackets(final NetNamespace namespace)
    {
        return namespace.hasNetfilter() && namespace.netfilter().filter().exists()
            && namespace.netfilter().filter().canStopPackets();
    }

    private static List<String> lines(final ScenarioInterpreter.Result result)
    {
        return List.of(result.printed().split("\n"));
    }

    /**
     * Rows: host, then the named namespaces by name; columns: their IPv4 addresses outside 127/8 and their global
     * IPv6 addresses (what a ping reaches without a scope), each device's IPv4 ones first, as {@code ip -o addr}
     * lists them.
     */
    static ReachabilityMatrix layout(final Simulation simulation)
    {
        final List<NetNamespace> namespaces = new ArrayList<>();
        namespaces.add(simulation.host());
        final List<NetNamespace> named = new ArrayList<>(simulation.namespaces());
        named.sort((a, b) -> a.name().compareTo(b.name()));
        namespaces.addAll(named);
        final List<String> names = new ArrayList<>();
        final List<Target> targets = new ArrayList<>();
        for (final NetNamespace namespace : namespaces)
        {
            names.add(namespace.captureName());
            for (final NetDevice device : namespace.devices())
            {
                for (final InterfaceAddress address : Ipv4Device.of(device).addresses())
                {
                    if ((address.address() >>> 24) != 127)
                    {
                        targets.add(new Target(namespace.captureName(), format(address.address())));
                    }
                }
                final Ipv6Device idev = Ipv6Device.of(device);
                if (idev != null)
                {
                    for (final Ipv6InterfaceAddress address : idev.addresses())
                    {
                        if (address.scope() == Scope.UNIVERSE)
                        {
                            targets.add(new Target(namespace.captureName(),
                                Ipv6Address.format(address.high(), address.low())));
                        }
                    }
                }
            }
        }
        return new ReachabilityMatrix(names, targets);
    }

    static String format(final int address)
    {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }
}
