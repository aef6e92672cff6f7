package dev.nslab.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.nslab.core.wire.EthernetView;
import dev.nslab.stack.NetlinkException.Errno;
import dev.nslab.stack.netfilter.PacketFilter;

/**
 * A network namespace: its own devices, addresses, routing tables, neighbour tables, sysctls and IPv4 stack.
 * Nothing crosses from one namespace to another except frames over a veth pair or through a tap's userspace side.
 *
 * <p>The configuration methods behave as the kernel's rtnetlink handlers do, errors included (as
 * {@link NetlinkException}s with the kernel's errno and extended-ack text). Simulation thread only.
 *
 * <p>This class keeps the registry (devices by index and name, nsids) and the devices' lifecycle, and is the public
 * face of the rest, which lives in one class per job: {@link AddressConfig} (addresses, the routes the kernel makes
 * for them, source address selection), {@link RouteConfig} (user routes, the output and input route lookups),
 * {@link RuleConfig} (policy rules) and {@link BridgePorts} (bridge membership).
 */
public final class NetNamespace
{
    final Simulation simulation;
    final String name;
    private final TreeMap<Integer, NetDevice> devicesByIndex = new TreeMap<>();
    private final Map<String, NetDevice> devicesByName = new LinkedHashMap<>();
    /** net->ifindex: where the next automatic index search starts (xa_alloc_cyclic). */
    private int ifindexCursor = 1;
    /** peernet2id: the ids this namespace gave other namespaces. */
    private final Map<NetNamespace, Integer> nsids = new LinkedHashMap<>();
    boolean alive = true;

    /** inetdev_valid_mtu: the smallest MTU IPv4 works with. */
    static final int IPV4_MIN_MTU = 68;
    /** IPV6_MIN_MTU: below it addrconf stops IPv6 on the device. */
    static final int IPV6_MIN_MTU = 1280;

    final Fib fib = new Fib();
    final Sysctls sysctls;
    final NamespaceStats stats = new NamespaceStats();
    /** Asked at the five netfilter hooks of the IPv4 path; a new namespace has no rules. */
    PacketFilter packetFilter = PacketFilter.ACCEPT_ALL;
    final LinkLayer linkLayer;
    final Arp arp;
    final Ipv4 ipv4;
    final LoopbackDevice loopback;
    private final AddressConfig addresses;
    /** User routes and the route lookups: output, and input (ip_route_input_slow), which IPv4 and ARP share. */
    final RouteConfig routes;
    private final RuleConfig rules;
    private final BridgePorts bridgePorts;

    NetNamespace(final Simulation simulation, final String name, final Sysctls sysctls)
    {
        this.simulation = simulation;
        this.name = name;
        this.sysctls = sysctls;
        sysctls.namespace = this;
        this.linkLayer = new LinkLayer(this);
        this.arp = new Arp(this);
        this.ipv4 = new Ipv4(this);
        this.loopback = new LoopbackDevice(simulation);
        this.addresses = new AddressConfig(this, fib);
        this.routes = new RouteConfig(this, fib, addresses, loopback);
        this.rules = new RuleConfig(fib);
        this.bridgePorts = new BridgePorts(this);
        register(loopback, 0);
    }

    /** @return the name under /run/netns, or null for the initial namespace. */
    public String name()
    {
        return name;
    }

    public boolean isHost()
    {
        return name == null;
    }

    /** @return the name used for captures: {@code host} for the initial namespace. */
    public String captureName()
    {
        return name == null ? "host" : name;
    }

    public boolean isAlive()
    {
        return alive;
    }

    public Simulation simulation()
    {
        return simulation;
    }

    public Sysctls sysctls()
    {
        return sysctls;
    }

    public NamespaceStats stats()
    {
        return stats;
    }

    /** Installs the filter the IPv4 path asks at each netfilter hook ({@link PacketFilter#ACCEPT_ALL} removes it). */
    public void setPacketFilter(final PacketFilter filter)
    {
        this.packetFilter = filter;
    }

    public Fib fib()
    {
        return fib;
    }

    public LoopbackDevice loopback()
    {
        return loopback;
    }

    /** @return the devices in ifindex order, as {@code ip link} lists them. */
    public List<NetDevice> devices()
    {
        return Collections.unmodifiableList(new ArrayList<>(devicesByIndex.values()));
    }

    /** @return the device with this name, or null. */
    public NetDevice device(final String deviceName)
    {
        return devicesByName.get(deviceName);
    }

    /**
     * RTM_GETLINK for one device by name (rtnl_getlink), as iproute2 sends it to resolve every device named on its
     * command line (ll_name_to_index) and for {@code ip link show DEV}: the kernel first handles the device's pending
     * linkwatch event (linkwatch_sync_dev), so what the command sees and does is after that. A dump does not.
     *
     * @return the device with this name, or null.
     */
    public NetDevice getLink(final String deviceName)
    {
        final NetDevice device = devicesByName.get(deviceName);
        if (device != null)
        {
            simulation.linkWatch.sync(device);
        }
        return device;
    }

    /**
     * RTM_GETLINK for one device by index ({@link #getLink(String)}), as iproute2's ll_index_to_name sends it for a
     * device it has not seen in this command yet.
     *
     * @return the device with this index, or null.
     */
    public NetDevice getLink(final int ifindex)
    {
        final NetDevice device = devicesByIndex.get(ifindex);
        if (device != null)
        {
            simulation.linkWatch.sync(device);
        }
        return device;
    }

    /** @return the device with this name; ENODEV otherwise. */
    public NetDevice requireDevice(final String deviceName)
    {
        final NetDevice device = devicesByName.get(deviceName);
        if (device == null)
        {
            throw new NetlinkException(Errno.ENODEV);
        }
        return device;
    }

    public NetDevice deviceByIndex(final int ifindex)
    {
        return devicesByIndex.get(ifindex);
    }

    /** @return the devices in ifindex order, live rather than copied: for loops on the frame path. */
    Collection<NetDevice> devicesInIndexOrder()
    {
        return devicesByIndex.values();
    }

    /** @return the id this namespace knows {@code other} by ({@code link-netnsid}), or -1. */
    public int nsidOf(final NetNamespace other)
    {
        final Integer id = nsids.get(other);
        return id == null ? -1 : id;
    }

    /** @return the namespaces this one has ids for, by id ({@code ip netns list-id}). */
    public Map<Integer, NetNamespace> nsids()
    {
        final Map<Integer, NetNamespace> byId = new TreeMap<>();
        nsids.forEach((ns, id) -> byId.put(id, ns));
        return byId;
    }

    /**
     * peernet2id_alloc: the id this namespace knows {@code other} by, allocating the lowest free one when it has
     * none. Only this namespace's side is allocated: {@code other} learns no id for this one. The kernel allocates
     * whenever it tells this namespace about a link into {@code other} ({@link #fillLinkNetnsid}) and when a
     * device leaves for {@code other} (IFLA_NEW_NETNSID).
     */
    public int allocateNsid(final NetNamespace other)
    {
        if (other == this)
        {
            return -1;
        }
        final Integer existing = nsids.get(other);
        if (existing != null)
        {
            return existing;
        }
        int id = 0;
        while (nsids.containsValue(id))
        {
            id++;
        }
        nsids.put(other, id);
        return id;
    }

    /**
     * rtnl_fill_link_netnsid: every RTM_NEWLINK or RTM_DELLINK sent in this namespace about {@code device}, a reply
     * to RTM_GETLINK (one device, or a dump) or a notification, names the namespace of the device's link (a veth's
     * peer) by its id here, allocating one when that namespace lies elsewhere.
     *
     * @return the id, or -1 when the device has no link into another namespace.
     */
    public int fillLinkNetnsid(final NetDevice device)
    {
        final NetDevice peer = device.livePeer();
        return peer != null && peer.namespace != this ? allocateNsid(peer.namespace) : -1;
    }

    void forgetNsid(final NetNamespace other)
    {
        nsids.remove(other);
    }

    // ------------------------------------------------------------------------------------------------- devices

    /** Registers a device: a free index (the requested one if free), neighbour parameters from the defaults. */
    void register(final NetDevice device, final int preferredIndex)
    {
        int index = preferredIndex;
        if (index <= 0 || devicesByIndex.containsKey(index))
        {
            index = ifindexCursor;
            while (devicesByIndex.containsKey(index))
            {
                index++;
            }
            ifindexCursor = index + 1;
        }
        device.ifindex = index;
        device.namespace = this;
        // A device arriving in a namespace has no qdisc yet (noop) until it is first brought up.
        device.qdiscAttached = false;
        device.txActive = false;
        device.ipv4.neighbours.useParameters(sysctls.neighbourDefaults.copy());
        // inetdev_init: the device's net.ipv4.conf starts as a copy of this namespace's default.
        device.ipv4.config = sysctls.defaults().copyValues();
        device.autoInet6Deleted = false;
        device.multicast.registered();
        devicesByIndex.put(index, device);
        devicesByName.put(device.name, device);
    }

    private void unregister(final NetDevice device)
    {
        bridgePorts.deviceUnregistering(device);
        close(device);
        addresses.removeAllAddresses(device);
        device.detach();
        devicesByIndex.remove(device.ifindex);
        devicesByName.remove(device.name);
    }

    /** dev_alloc_name: {@code prefix} followed by the lowest number not in use (nor equal to {@code taken}). */
    String freeName(final String prefix, final String taken)
    {
        int number = 0;
        while (devicesByName.containsKey(prefix + number) || (prefix + number).equals(taken))
        {
            number++;
        }
        return prefix + number;
    }

    void checkNameFree(final String deviceName)
    {
        if (devicesByName.containsKey(deviceName))
        {
            throw new NetlinkException(Errno.EEXIST);
        }
    }

    /**
     * {@code ip link add NAME type veth peer name PEER [netns NS]}: the peer is registered first, as veth does. A null
     * name is chosen by the kernel ({@code vethN}, the lowest N free).
     */
    public VethDevice addVethPair(final String requestedName, final String requestedPeerName,
        final NetNamespace peerNamespace)
    {
        final NetNamespace peerNs = peerNamespace == null ? this : peerNamespace;
        if (requestedName != null)
        {
            checkNameFree(requestedName);
        }
        if (requestedPeerName != null)
        {
            peerNs.checkNameFree(requestedPeerName);
        }
        // A name left out is dev_alloc_name("veth%d"); the peer is registered (and named) first.
        final String peerName = requestedPeerName != null ? requestedPeerName : peerNs.freeName("veth", null);
        final String deviceName = requestedName != null ? requestedName
            : freeName("veth", peerNs == this ? peerName : null);
        if (peerNs == this && deviceName.equals(peerName))
        {
            throw new NetlinkException(Errno.EEXIST);
        }
        final VethDevice device = new VethDevice(simulation, deviceName, simulation.randomMac());
        final VethDevice peer = new VethDevice(simulation, peerName, simulation.randomMac());
        device.peer = peer;
        peer.peer = device;
        peerNs.register(peer, 0);
        register(device, 0);
        // veth_newlink turns the carrier off after registering each end: two events for linkwatch.
        simulation.linkWatch.fire(peer);
        simulation.linkWatch.fire(device);
        // veth_newlink notifies the peer (rtnl_configure_link) before it ties the pair, so only the device's own
        // RTM_NEWLINK carries a link-netnsid: the device's namespace gets an id for the peer's, not the other way.
        fillLinkNetnsid(device);
        return device;
    }

    /** {@code ip link add NAME type bridge}: a bridge with a random address, no ports, STP off. */
    public BridgeDevice addBridge(final String deviceName)
    {
        final String bridgeName = deviceName != null ? deviceName : freeName("bridge", null);
        checkNameFree(bridgeName);
        final BridgeDevice bridge = new BridgeDevice(simulation, bridgeName, simulation.randomMac());
        register(bridge, 0);
        return bridge;
    }

    /**
     * {@code ip link set DEV master BR} (do_set_master, br_add_if): the device becomes a port. Its local address goes
     * into the FDB, the bridge takes the smallest port address and MTU, and carrier follows the ports from now on.
     */
    public void setMaster(final NetDevice device, final NetDevice master)
    {
        bridgePorts.setMaster(device, master);
    }

    /** {@code ip link set DEV nomaster}: br_del_if; nothing when the device has no master. */
    public void setNoMaster(final NetDevice device)
    {
        bridgePorts.setNoMaster(device);
    }

    /**
     * A device's admin state or carrier changed: its veth peer's carrier may have too. Bridges whose ports these
     * are re-run their port-state selection (learned entries of a port that stops forwarding are flushed), and a
     * device that now has carrier gets its IPv6 link-local address (which shows in its multicast list).
     */
    void linkChanged(final NetDevice device)
    {
        linkChangedOne(device);
        final NetDevice peer = device.livePeer();
        if (peer != null)
        {
            peer.namespace.linkChangedOne(peer);
        }
    }

    private void linkChangedOne(final NetDevice device)
    {
        device.noteCarrier();
        device.multicast.carrierMaybeUp(device);
        bridgePorts.linkChanged(device);
    }

    /**
     * NETDEV_CHANGE from linkwatch, for an up device whose operational state was just set: addrconf may make the
     * link-local address, the FIB marks or unmarks its nexthops linkdown, ARP forgets the neighbours of a device
     * without carrier (neigh_carrier_down), and a bridge re-checks the port (br_port_carrier_check).
     */
    void linkStateChanged(final NetDevice device)
    {
        device.multicast.carrierMaybeUp(device);
        fib.syncLinkDown(device, !device.isRunning() && !device.hasCarrier());
        if (!device.hasCarrier())
        {
            device.ipv4.neighbours.clear();
        }
        bridgePorts.linkChanged(device);
    }

    /** {@code ip tuntap add dev NAME mode tap}: a persistent tap with no program attached. */
    public TapDevice addTap(final String deviceName)
    {
        checkNameFree(deviceName);
        final TapDevice tap = new TapDevice(simulation, deviceName, simulation.randomMac());
        register(tap, 0);
        // tun_detach turns the carrier off when `ip tuntap add` lets the new persistent tap go.
        simulation.linkWatch.fire(tap);
        return tap;
    }

    /** {@code ip link del DEV}: a veth goes with its peer; the loopback cannot go. */
    public void deleteDevice(final NetDevice device)
    {
        if (device.isLoopback())
        {
            throw new NetlinkException(Errno.EOPNOTSUPP);
        }
        destroy(device);
    }

    /** Removes a device from wherever it is, with its veth peer. */
    void destroy(final NetDevice device)
    {
        if (!device.alive)
        {
            return;
        }
        device.namespace.unregister(device);
        device.alive = false;
        simulation.linkWatch.forget(device);
        final NetDevice peer = device.livePeer();
        if (peer != null)
        {
            peer.namespace.unregister(peer);
            peer.alive = false;
            simulation.linkWatch.forget(peer);
        }
    }

    /** {@code ip link set DEV up}: dev_open, NETDEV_UP. */
    public void setUp(final NetDevice device)
    {
        if (device.adminUp)
        {
            return;
        }
        device.adminUp = true;
        device.autoInet6Deleted = false;
        // ndo_open: a veth turns the carrier on for both ends when the peer is up (events for linkwatch, judged
        // urgent or not with the qdiscs as they are before dev_activate).
        device.noteCarrier();
        final NetDevice peer = device.livePeer();
        if (peer != null)
        {
            peer.noteCarrier();
        }
        // dev_activate attaches the default qdisc (it stays attached through later downs) and switches the queue
        // onto it only with carrier; without, that waits for linkwatch.
        device.qdiscAttached = true;
        device.txActive = device.hasCarrier();
        device.multicast.up(device);
        addresses.deviceUp(device);
        linkChanged(device);
    }

    /** {@code ip link set DEV down}: dev_close, NETDEV_DOWN: routes through it go, neighbours are flushed. */
    public void setDown(final NetDevice device)
    {
        close(device);
    }

    private void close(final NetDevice device)
    {
        if (!device.adminUp)
        {
            return;
        }
        device.adminUp = false;
        // dev_deactivate: the queue goes back to noop_qdisc.
        device.txActive = false;
        addresses.deviceDown(device);
        device.ipv4.neighbours.clear();
        device.multicast.down();
        linkChanged(device);
    }

    /**
     * {@code ip link set DEV netns NS}: down, addresses and routes gone, MAC kept, index kept if free there. The
     * loopback and bridges are netns_immutable (loopback_net_init, br_dev_setup): refused, unless they are asked to
     * go where they are, which does nothing.
     */
    public void moveDevice(final NetDevice device, final NetNamespace target)
    {
        if (target == this)
        {
            return; // do_setlink moves nothing that is where it is asked to go
        }
        if (device.isNetnsImmutable())
        {
            throw new NetlinkException(Errno.EINVAL, "The interface netns is immutable.");
        }
        if (target.devicesByName.containsKey(device.name))
        {
            throw new NetlinkException(Errno.EEXIST, "An interface with the same name exists in the target netns.");
        }
        final int oldIndex = device.ifindex;
        if (device.isUp())
        {
            fillLinkNetnsid(device); // dev_close's RTM_NEWLINK comes first
        }
        // __dev_change_net_namespace: the old namespace gets an id for the new one (new_nsid, peernet2id_alloc),
        // then one for the veth peer's in the RTM_DELLINK it is sent; the RTM_NEWLINK sent in the new namespace
        // gives that one an id for the peer's.
        allocateNsid(target);
        fillLinkNetnsid(device);
        unregister(device);
        target.register(device, oldIndex);
        target.fillLinkNetnsid(device);
    }

    /** {@code ip link set DEV name NEW}: allowed while up too (IFF_LIVE_RENAME_OK, kernel 6.x veth and tun). */
    public void rename(final NetDevice device, final String newName)
    {
        if (newName.equals(device.name))
        {
            return;
        }
        checkNameFree(newName);
        devicesByName.remove(device.name);
        addresses.relabel(device, newName);
        device.name = newName;
        devicesByName.put(newName, device);
    }

    /**
     * {@code ip link set DEV mtu N}: dev_validate_mtu, then NETDEV_CHANGEMTU. Below 68 IPv4 stops on the device
     * (inetdev_event: inetdev_destroy, its addresses, their routes, its neighbours and sysctls go); back at 68 or
     * more it starts afresh (inetdev_init: the namespace's defaults, no address, not even the loopback's 127.0.0.1
     * until its next NETDEV_UP). Below 1280 IPv6 stops likewise (addrconf_notify: addrconf_ifdown); a device other
     * than the loopback gets its inet6_dev, and with it its link-local, back as soon as the MTU allows.
     */
    public void setMtu(final NetDevice device, final int mtu)
    {
        if (mtu < device.minMtu())
        {
            throw new NetlinkException(Errno.EINVAL, "mtu less than device minimum.");
        }
        if (mtu > device.maxMtu())
        {
            throw new NetlinkException(Errno.EINVAL, "mtu greater than device maximum.");
        }
        final boolean hadInetDev = device.hasInetDev();
        final boolean hadInet6Dev = device.mtu >= IPV6_MIN_MTU;
        device.mtu = mtu;
        bridgePorts.mtuChanged(device);
        if (hadInetDev && !device.hasInetDev())
        {
            addresses.removeAllAddresses(device);
            device.ipv4.neighbours.clear(); // arp_ifdown
        }
        else if (!hadInetDev && device.hasInetDev())
        {
            device.ipv4.config = sysctls.defaults().copyValues();
            device.ipv4.neighbours.useParameters(sysctls.neighbourDefaults.copy());
        }
        if (mtu < IPV6_MIN_MTU)
        {
            device.autoInet6Deleted = true;
        }
        else if (!hadInet6Dev && !device.isLoopback())
        {
            device.autoInet6Deleted = false;
        }
    }

    /** {@code ip link set DEV address MAC}: must be a unicast address. */
    public void setMac(final NetDevice device, final long mac)
    {
        if (EthernetView.isMulticast(mac) || mac == 0)
        {
            throw new NetlinkException(Errno.EADDRNOTAVAIL);
        }
        if (device.master != null)
        {
            final BridgeDevice bridge = device.master;
            final long bridgeMac = bridge.mac;
            bridgePorts.changePortAddress(device, mac);
            if (bridge.mac != bridgeMac)
            {
                bridge.ipv4.neighbours.clear(); // br_device_event: the bridge's own NETDEV_CHANGEADDR
            }
        }
        else if (device instanceof BridgeDevice bridge)
        {
            bridgePorts.changeBridgeAddress(bridge, mac);
        }
        else
        {
            device.mac = mac;
        }
        // NETDEV_CHANGEADDR, sent even when the address is the one the device had: arp_netdev_event's
        // neigh_changeaddr flushes the device's neighbours, PERMANENT ones too (neigh_flush_dev without skip_perm),
        // so the next packet resolves afresh and its request tells the neighbour the new address.
        device.ipv4.neighbours.clear();
    }

    // ----------------------------------------------------------------------------------------------- addresses

    /** {@code ip addr add A/P dev DEV [brd B]}. */
    public void addAddress(final NetDevice device, final int address, final int prefixLength, final int broadcast)
    {
        addresses.addAddress(device, address, prefixLength, broadcast);
    }

    /** @return true when the address is secondary (IFA_F_SECONDARY): another address held its subnet first. */
    public boolean isSecondary(final NetDevice device, final InterfaceAddress address)
    {
        return address.isSecondary();
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

    /**
     * Deletes the IPv6 address the kernel made by itself ({@code ip addr flush} without {@code -4} deletes it): it
     * comes back only when the device comes up again (a carrier regained finds the device configured already, as
     * addrconf's IF_READY has it). Its solicited-node group is left too.
     */
    public void deleteAutoInet6Address(final NetDevice device)
    {
        if (device.hasAutoInet6Address())
        {
            device.autoInet6Deleted = true;
            device.multicast.linkLocalDeleted(device);
        }
    }

    /** @return true when {@code address} is local to this namespace (a local route matches). */
    public boolean isLocalAddress(final int address)
    {
        return routes.isLocalAddress(address);
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
     * The output route lookup (ip_route_output_key) with no source: local destinations go through lo with themselves
     * as source; with a bound interface and no matching route the destination is assumed on-link, as the kernel does.
     *
     * @return false when there is no route ({@link RouteResult#error()}: ENETUNREACH, EHOSTUNREACH, ...).
     */
    public boolean routeOutput(final int destination, final int oif, final RouteResult out)
    {
        return routes.routeOutput(destination, 0, oif, out);
    }

    /**
     * The output route lookup for a flow from {@code source} (a bound socket; 0 for none), which the rules see.
     *
     * @return false when there is no route ({@link RouteResult#error()} says why).
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

    /** Tears the namespace down (ip netns delete): its devices go, veth peers elsewhere with them, taps too. */
    void destroy()
    {
        for (final NetDevice device : new ArrayList<>(devicesByIndex.values()))
        {
            destroy(device);
        }
        ipv4.reassembly.clear();
        alive = false;
    }

    @Override
    public String toString()
    {
        return name == null ? "host" : name;
    }
}
