package dev.nslab.stack;

import dev.nslab.stack.ipv4.Fib;
import dev.nslab.stack.ipv4.FibRule;
import dev.nslab.stack.ipv4.InterfaceAddress;
import dev.nslab.stack.ipv4.Ipv4Namespace;
import dev.nslab.stack.ipv4.Ipv4Stats;
import dev.nslab.stack.ipv4.Ipv4Sysctls;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.ipv4.RouteResult;
import dev.nslab.stack.ipv4.RuleRequest;
import dev.nslab.stack.ipv6.Ipv6Namespace;
import dev.nslab.stack.link.LinkNamespace;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netfilter.HookPoint;
import dev.nslab.stack.netfilter.HookVerdict;
import dev.nslab.stack.netfilter.Netfilter;
import dev.nslab.stack.netfilter.PacketFilter;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.Scope;

/**
 * A network namespace: its own devices, addresses, routing tables, neighbour tables, sysctls and IPv4 stack.
 * Nothing crosses from one namespace to another except frames over a veth pair or through a tap's userspace side.
 *
 * <p>The public face of the namespace's parts: the devices and their lifecycle are the link layer's
 * ({@link LinkNamespace}, which this is), IPv4 is {@link Ipv4Namespace}'s ({@link #ipv4()}), and the IPv4 methods here
 * pass straight to it. The configuration methods behave as the kernel's rtnetlink handlers do, errors included (as
 * {@link NetlinkException}s with the kernel's errno and extended-ack text). Simulation thread only.
 */
public final class NetNamespace extends LinkNamespace
{
    private final Simulation simulation;
    private final Ipv4Namespace ipv4;
    /** Made by {@link #netfilter()}; null in a namespace iptables never touched. */
    private Netfilter netfilter;
    /** MASQUERADE's route lookup, made with the netfilter. */
    private RouteResult masqueradeRoute;
    private final Ipv6Namespace ipv6;

    NetNamespace(final Simulation simulation, final String name, final Ipv4Sysctls sysctls)
    {
        super(simulation.machine(), name);
        this.simulation = simulation;
        this.ipv4 = new Ipv4Namespace(this, sysctls);
        // After IPv4's: the notifier chain reaches inetdev before addrconf.
        this.ipv6 = new Ipv6Namespace(this);
        registerLoopback();
    }

    /** @return the namespace {@code device} is in (every device of a simulation is in one of its namespaces). */
    public static NetNamespace of(final NetDevice device)
    {
        return (NetNamespace) device.namespace();
    }

    public Simulation simulation()
    {
        return simulation;
    }

    /** @return the namespace's IPv4 (netns_ipv4). */
    public Ipv4Namespace ipv4()
    {
        return ipv4;
    }

    /** @return the namespace's IPv6 (netns_ipv6). */
    public Ipv6Namespace ipv6()
    {
        return ipv6;
    }

    public Ipv4Sysctls sysctls()
    {
        return ipv4.sysctls();
    }

    public Ipv4Stats stats()
    {
        return ipv4.stats();
    }

    /** See {@link Ipv4Namespace#setPacketFilter}. */
    public void setPacketFilter(final PacketFilter filter)
    {
        ipv4.setPacketFilter(filter);
    }

    /**
     * @return the namespace's netfilter (its iptables tables, connection tracking and NAT), made (and asked at the
     *         IPv4 hooks) the first time iptables or conntrack comes here: a namespace nobody filters keeps
     *         {@link PacketFilter#ACCEPT_ALL} and no tables at all.
     */
    public Netfilter netfilter()
    {
        if (netfilter == null)
        {
            masqueradeRoute = new RouteResult();
            netfilter = new Netfilter(this::deviceName, ipv4::sendDestinationUnreachable, this::masqueradeAddress,
                machine().random(), ipv4::addressType);
            ipv4.setPacketFilter(netfilter);
            final Netfilter rules = netfilter;
            // br_netfilter's three hooks are netfilter's; the link layer only names them.
            setBridgedIpv4Filter((stage, packet, in, out, now) -> rules.filter(switch (stage)
            {
                case PRE_ROUTING -> HookPoint.PRE_ROUTING;
                case FORWARD -> HookPoint.FORWARD;
                case POST_ROUTING -> HookPoint.POST_ROUTING;
            }, packet, in, out, now) == HookVerdict.ACCEPT);
        }
        return netfilter;
    }

    /** @return whether iptables or conntrack ever came here ({@link #netfilter()} made its tables): asks, makes nothing. */
    public boolean hasNetfilter()
    {
        return netfilter != null;
    }

    /**
     * nf_nat_masquerade_ipv4's address: inet_select_addr on the output device for the next hop of the route to
     * {@code destination}, scope universe.
     */
    private int masqueradeAddress(final int outIfindex, final int destination)
    {
        final NetDevice device = deviceByIndex(outIfindex);
        if (device == null)
        {
            return 0;
        }
        final RouteResult route = masqueradeRoute;
        final int nextHop = ipv4.routeOutput(destination, 0, outIfindex, route) ? route.nextHop() : destination;
        return ipv4.selectSourceAddress(device, nextHop, Scope.UNIVERSE);
    }

    /** The name netfilter's {@code -i}/{@code -o} see for an ifindex: empty for none. */
    private String deviceName(final int ifindex)
    {
        if (ifindex == 0)
        {
            return "";
        }
        final NetDevice device = deviceByIndex(ifindex);
        return device == null ? "" : device.name();
    }

    public Fib fib()
    {
        return ipv4.fib();
    }

    /** @return whether a bridge device lives here (which makes cleanup_net slow, see {@link NamespaceCleanup}). */
    boolean holdsBridge()
    {
        for (final NetDevice device : devices())
        {
            if (device instanceof dev.nslab.stack.link.BridgeDevice)
            {
                return true;
            }
        }
        return false;
    }

    /** Tears the namespace down (ip netns delete): its devices go, veth peers elsewhere with them, taps too. */
    @Override
    protected void destroy()
    {
        super.destroy();
        ipv4.destroy();
    }

    // ----------------------------------------------------------------------------------------------- addresses

    /** See {@link Ipv4Namespace#addAddress}. */
    public void addAddress(final NetDevice device, final int address, final int prefixLength, final int broadcast)
    {
        ipv4.addAddress(device, address, prefixLength, broadcast);
    }

    /** @return true when the address is secondary (IFA_F_SECONDARY): another address held its subnet first. */
    public boolean isSecondary(final NetDevice device, final InterfaceAddress address)
    {
        return address.isSecondary();
    }

    /** See {@link Ipv4Namespace#deleteAddress}. */
    public void deleteAddress(final NetDevice device, final int address, final int prefixLength)
    {
        ipv4.deleteAddress(device, address, prefixLength);
    }

    /** See {@link Ipv4Namespace#deleteFirstAddress}. */
    public void deleteFirstAddress(final NetDevice device)
    {
        ipv4.deleteFirstAddress(device);
    }

    /** See {@link Ipv4Namespace#deleteListedAddress}. */
    public boolean deleteListedAddress(final NetDevice device, final InterfaceAddress address)
    {
        return ipv4.deleteListedAddress(device, address);
    }

    /** See {@link Ipv4Namespace#flushAddresses}. */
    public int flushAddresses(final NetDevice device)
    {
        return ipv4.flushAddresses(device);
    }

    /** See {@link Ipv4Namespace#isLocalAddress}. */
    public boolean isLocalAddress(final int address)
    {
        return ipv4.isLocalAddress(address);
    }

    /** See {@link Ipv4Namespace#selectSourceAddress}. */
    public int selectSourceAddress(final NetDevice device, final int destination, final Scope scope)
    {
        return ipv4.selectSourceAddress(device, destination, scope);
    }

    // -------------------------------------------------------------------------------------------------- routes

    /** See {@link Ipv4Namespace#addRoute}. */
    public Route addRoute(final RouteRequest request, final boolean replace)
    {
        return ipv4.addRoute(request, replace);
    }

    /** See {@link Ipv4Namespace#deleteRoute}. */
    public void deleteRoute(final RouteRequest request)
    {
        ipv4.deleteRoute(request);
    }

    /** See {@link Ipv4Namespace#addRule}. */
    public FibRule addRule(final RuleRequest request)
    {
        return ipv4.addRule(request);
    }

    /** See {@link Ipv4Namespace#deleteRule}. */
    public void deleteRule(final RuleRequest request)
    {
        ipv4.deleteRule(request);
    }

    /** The output route lookup with no source: see {@link Ipv4Namespace#routeOutput}. */
    public boolean routeOutput(final int destination, final int oif, final RouteResult out)
    {
        return ipv4.routeOutput(destination, 0, oif, out);
    }

    /** See {@link Ipv4Namespace#routeOutput}. */
    public boolean routeOutput(final int destination, final int source, final int oif, final RouteResult out)
    {
        return ipv4.routeOutput(destination, source, oif, out);
    }

    /** See {@link Ipv4Namespace#routeConnect}. */
    public boolean routeConnect(final int destination, final int oif, final RouteResult out)
    {
        return ipv4.routeConnect(destination, oif, out);
    }

    /** See {@link Ipv4Namespace#routeInput}. */
    public boolean routeInput(final int destination, final int source, final NetDevice input, final RouteResult out)
    {
        return ipv4.routeInput(destination, source, input, out);
    }
}
