package dev.nslab.stack.ipv4;

import java.util.Collection;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.link.DeviceKind;
import dev.nslab.stack.link.DeviceNotifier;
import dev.nslab.stack.link.LinkLayer;
import dev.nslab.stack.link.LinkNamespace;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netfilter.PacketFilter;
import dev.nslab.stack.netlink.Scope;

/**
 * IPv4 in one namespace (struct netns_ipv4): its FIB and policy rules, {@code net.ipv4.*} sysctls, SNMP counters,
 * packet filter, ARP and the IPv4 input and output paths, and what the namespace's device events mean to IPv4
 * (inetdev_event, fib_netdev_event, arp_netdev_event). Its methods behave as the kernel's rtnetlink handlers for
 * IPv4 addresses, routes and rules do, errors included. Simulation thread only.
 */
public final class Ipv4Namespace implements DeviceNotifier
{
    final LinkNamespace link;
    final Machine machine;
    final LinkLayer linkLayer;
    private Igmp igmp;
    final Fib fib = new Fib();
    final Ipv4Sysctls sysctls;
    /** Made when first counted or read: most namespaces of a large simulation never carry a packet. */
    private Ipv4Stats stats;
    /** Asked at the five netfilter hooks of the IPv4 path; a new namespace has no rules. */
    PacketFilter packetFilter = PacketFilter.ACCEPT_ALL;
    final Arp arp;
    final Ipv4 ipv4;
    private final AddressConfig addresses;
    /** User routes and the route lookups: output, and input (ip_route_input_slow), which IPv4 and ARP share. */
    final RouteConfig routes;
    private final RuleConfig rules;

    /** IPv4 for {@code link}'s namespace: it takes the namespace's IPv4 and ARP frames and hears its device events. */
    public Ipv4Namespace(final LinkNamespace link, final Ipv4Sysctls sysctls)
    {
        this.link = link;
        this.machine = link.machine();
        this.linkLayer = link.linkLayer();
        this.sysctls = sysctls;
        sysctls.namespace = this;
        this.arp = new Arp(this);
        this.ipv4 = new Ipv4(this);
        this.addresses = new AddressConfig(this, fib);
        this.routes = new RouteConfig(this, fib, addresses, link.loopback());
        this.rules = new RuleConfig(fib);
        linkLayer.setHandler(EthernetView.ETHERTYPE_IPV4, ipv4);
        linkLayer.setHandler(EthernetView.ETHERTYPE_ARP, arp::receive);
        link.addNotifier(this);
    }

    /** @return IGMP, made for the first bridge: no other device joins a group it reports. */
    private Igmp igmp()
    {
        if (igmp == null)
        {
            igmp = new Igmp(this);
        }
        return igmp;
    }

    public Machine machine()
    {
        return machine;
    }

    /** @return the MTU the last send refused as too long reported (the ee_info of its local error). */
    public int localErrorMtu()
    {
        return ipv4.localErrorMtu();
    }

    public Ipv4Sysctls sysctls()
    {
        return sysctls;
    }

    /** @return the namespace's counters, made (all zero) the first time they are counted or read. */
    public Ipv4Stats stats()
    {
        Ipv4Stats made = stats;
        if (made == null)
        {
            made = new Ipv4Stats();
            stats = made;
        }
        return made;
    }

    public Fib fib()
    {
        return fib;
    }

    /**
     * nf_send_unreach, REJECT's answer: icmp_send of a destination unreachable with {@code code} about
     * {@code offending} (positioned at its IP header, not released), with icmp_send's refusals and rate limit.
     */
    public void sendDestinationUnreachable(final Frame offending, final int code, final long now)
    {
        ipv4.icmp.sendError(offending, IcmpView.TYPE_DEST_UNREACHABLE, code, 0, now);
    }

    /** Installs the filter the IPv4 path asks at each netfilter hook ({@link PacketFilter#ACCEPT_ALL} removes it). */
    public void setPacketFilter(final PacketFilter filter)
    {
        this.packetFilter = filter;
    }

    boolean isAlive()
    {
        return link.isAlive();
    }

    NetDevice deviceByIndex(final int ifindex)
    {
        return link.deviceByIndex(ifindex);
    }

    Collection<NetDevice> devicesInIndexOrder()
    {
        return link.devicesInIndexOrder();
    }

    /** The namespace is being torn down: fragments waiting for the rest go. */
    public void destroy()
    {
        ipv4.reassembly.clear();
    }

    // ------------------------------------------------------------------------------------------- device events

    @Override
    public void registered(final NetDevice device)
    {
        fib.invalidateRoutes();
        Ipv4Device part = device.part(Ipv4Device.KEY);
        if (part == null)
        {
            part = new Ipv4Device(device, machine);
            device.attachPart(Ipv4Device.KEY, part);
        }
        part.namespace = this;
        part.neighbours.useParameters(sysctls.neighbourDefaults);
        // inetdev_init: the device's net.ipv4.conf starts as a copy of this namespace's default.
        part.config = sysctls.defaults().copyValues();
    }

    @Override
    public void up(final NetDevice device)
    {
        fib.invalidateRoutes();
        addresses.deviceUp(device);
        if (device.kind() == DeviceKind.BRIDGE)
        {
            igmp().deviceUp(device, machine.loop().now());
        }
    }

    @Override
    public void down(final NetDevice device)
    {
        fib.invalidateRoutes();
        if (igmp != null)
        {
            igmp.deviceDown(device);
        }
        addresses.deviceDown(device);
        Ipv4Device.of(device).neighbours.clear();
    }

    @Override
    public void unregistering(final NetDevice device)
    {
        fib.invalidateRoutes();
        addresses.removeAllAddresses(device);
        Ipv4Device.of(device).neighbours.clear();
    }

    /**
     * inetdev_event NETDEV_CHANGEMTU: below 68 IPv4 stops on the device (inetdev_destroy: its addresses, their
     * routes, its neighbours and sysctls go), which only the loopback allows; back at 68 or more it starts afresh
     * (inetdev_init: the namespace's defaults, no address, not even the loopback's 127.0.0.1 until its next
     * NETDEV_UP).
     */
    @Override
    public void mtuChanged(final NetDevice device, final int oldMtu)
    {
        fib.invalidateRoutes();
        final boolean hadInetDev = oldMtu >= Ipv4Device.MIN_MTU;
        final Ipv4Device part = Ipv4Device.of(device);
        if (hadInetDev && !Ipv4Device.exists(device))
        {
            addresses.removeAllAddresses(device);
            part.neighbours.clear(); // arp_ifdown
        }
        else if (!hadInetDev && Ipv4Device.exists(device))
        {
            part.config = sysctls.defaults().copyValues();
            part.neighbours.useParameters(sysctls.neighbourDefaults);
        }
    }

    /**
     * arp_netdev_event NETDEV_CHANGEADDR: neigh_changeaddr flushes the device's neighbours, PERMANENT ones too
     * (neigh_flush_dev without skip_perm), so the next packet resolves afresh and its request tells the neighbour the
     * new address.
     */
    @Override
    public void addressChanged(final NetDevice device)
    {
        fib.invalidateRoutes();
        Ipv4Device.of(device).neighbours.clear();
    }

    @Override
    public void renaming(final NetDevice device, final String newName)
    {
        fib.invalidateRoutes();
        addresses.relabel(device, newName);
    }

    /** fib_netdev_event and arp's neigh_carrier_down, for NETDEV_CHANGE. */
    @Override
    public void operStateChanged(final NetDevice device)
    {
        fib.invalidateRoutes();
        fib.syncLinkDown(device, !device.isRunning() && !device.hasCarrier());
        if (!device.hasCarrier())
        {
            Ipv4Device.of(device).neighbours.clearKeepingPermanent();
        }
    }

    // ----------------------------------------------------------------------------------------------- addresses

    /** {@code ip addr add A/P dev DEV [brd B]}. */
    public void addAddress(final NetDevice device, final int address, final int prefixLength, final int broadcast)
    {
        addresses.addAddress(device, address, prefixLength, broadcast);
    }

    /**
     * {@code ip addr del A[/P] dev DEV}: a prefix length of -1 matches any (iproute2's wildcard deletion). Deleting
     * a primary deletes its secondaries, or promotes the first one when promote_secondaries is on.
     */
    public void deleteAddress(final NetDevice device, final int address, final int prefixLength)
    {
        addresses.deleteAddress(device, address, prefixLength);
    }

    /** {@code ip -4 addr del dev DEV}: a deletion that names no address takes the device's first one. */
    public void deleteFirstAddress(final NetDevice device)
    {
        addresses.deleteFirstAddress(device);
    }

    /**
     * Deletes an address as {@code ip addr flush} does, with the request it makes from the listing.
     *
     * @return false when the address is gone already (its primary's deletion took it), which flush ignores.
     */
    public boolean deleteListedAddress(final NetDevice device, final InterfaceAddress address)
    {
        return addresses.deleteListed(device, address);
    }

    /** {@code ip addr flush dev DEV} for IPv4, one round: every address listed now, in order; returns how many. */
    public int flushAddresses(final NetDevice device)
    {
        return addresses.flushAddresses(device);
    }

    /** @return true when {@code address} is local to this namespace (a local route matches). */
    public boolean isLocalAddress(final int address)
    {
        return routes.isLocalAddress(address);
    }

    /**
     * inet_addr_type_table on the local table, as xt_addrtype asks it: RTN_BROADCAST (3) for 0.0.0.0/8 and
     * 255.255.255.255, RTN_MULTICAST (5) for 224.0.0.0/4, else the type of the local table's route (RTN_LOCAL,
     * RTN_BROADCAST), else RTN_UNICAST (1).
     */
    public int addressType(final int address)
    {
        if ((address & 0xFF00_0000) == 0 || address == -1)
        {
            return 3;
        }
        if (Ipv4View.isMulticast(address))
        {
            return 5;
        }
        final Route local = fib.localLookup(address);
        return local == null ? 1 : local.type.value();
    }

    /** inet_confirm_addr: see {@link AddressConfig#confirmAddress}. */
    int confirmAddress(final NetDevice device, final int destination, final int local, final Scope scope)
    {
        return addresses.confirmAddress(device, destination, local, scope);
    }

    /** inet_select_addr: a primary address of the device (preferring the destination's subnet), else any. */
    public int selectSourceAddress(final NetDevice device, final int destination, final Scope scope)
    {
        return addresses.selectSourceAddress(device, destination, scope);
    }

    // -------------------------------------------------------------------------------------------------- routes

    /** {@code ip route add}, or {@code replace}: with the kernel's checks (fib_table_insert, fib_create_info). */
    public Route addRoute(final RouteRequest request, final boolean replace)
    {
        return routes.addRoute(request, replace);
    }

    /** {@code ip route del}: the first route matching what was given; ESRCH when none. */
    public void deleteRoute(final RouteRequest request)
    {
        routes.deleteRoute(request);
    }

    /** {@code ip rule add}: fib_nl_newrule (the kernel picks the preference when none is given); EEXIST. */
    public FibRule addRule(final RuleRequest request)
    {
        return rules.addRule(request);
    }

    /** {@code ip rule del}: the first rule matching what was given; ENOENT when none. */
    public void deleteRule(final RuleRequest request)
    {
        rules.deleteRule(request);
    }

    /**
     * The output route lookup for a flow from {@code source} (a bound socket; 0 for none), which the rules see:
     * local destinations go through lo with themselves as source; with a bound interface and no matching route the
     * destination is assumed on-link, as the kernel does.
     *
     * @return false when there is no route ({@link RouteResult#error()}: ENETUNREACH, EHOSTUNREACH, ...).
     */
    public boolean routeOutput(final int destination, final int source, final int oif, final RouteResult out)
    {
        return routes.routeOutput(destination, source, oif, out);
    }

    /**
     * The route a UDP connect() gets (ip_route_connect, as ping's probe socket): looked up again with the chosen
     * source, and EACCES for a broadcast.
     *
     * @return false when connect() fails ({@link RouteResult#error()} is its errno).
     */
    public boolean routeConnect(final int destination, final int oif, final RouteResult out)
    {
        return routes.routeConnect(destination, oif, out);
    }

    /**
     * The input route lookup (ip_route_input) for a packet from {@code source} to {@code destination} arriving on
     * {@code input}, as {@code ip route get ... iif} asks it.
     *
     * @return false when the packet would be dropped ({@link RouteResult#error()} says why).
     */
    public boolean routeInput(final int destination, final int source, final NetDevice input, final RouteResult out)
    {
        return routes.routeInput(destination, source, input, false, out);
    }

    @Override
    public String toString()
    {
        return link.toString();
    }
}
