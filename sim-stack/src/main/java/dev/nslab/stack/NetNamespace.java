package dev.nslab.stack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetlinkException.Errno;

/**
 * A network namespace: its own devices, addresses, routing tables, neighbour tables, sysctls and IPv4 stack.
 * Nothing crosses from one namespace to another except frames over a veth pair or through a tap's userspace side.
 *
 * <p>The configuration methods behave as the kernel's rtnetlink handlers do, errors included (as
 * {@link NetlinkException}s with the kernel's errno and extended-ack text). Simulation thread only.
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

    final Fib fib = new Fib();
    final Sysctls sysctls;
    final NamespaceStats stats = new NamespaceStats();
    final LinkLayer linkLayer;
    final Arp arp;
    final Ipv4 ipv4;
    final LoopbackDevice loopback;

    NetNamespace(final Simulation simulation, final String name, final Sysctls sysctls)
    {
        this.simulation = simulation;
        this.name = name;
        this.sysctls = sysctls;
        this.linkLayer = new LinkLayer(this);
        this.arp = new Arp(this);
        this.ipv4 = new Ipv4(this);
        this.loopback = new LoopbackDevice(simulation);
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
     * none. The kernel allocates one whenever it tells this namespace about a link into {@code other}: a link dump
     * ({@code ip link show}) or the notification of a new or moved device.
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
        device.neighbourParameters = sysctls.neighbourDefaults.copy();
        device.multicast.registered();
        devicesByIndex.put(index, device);
        devicesByName.put(device.name, device);
    }

    private void unregister(final NetDevice device)
    {
        // NETDEV_UNREGISTER: a port leaves its bridge (br_del_if), a bridge lets all its ports go.
        if (device.master != null)
        {
            releasePort(device);
        }
        if (device instanceof BridgeDevice bridge)
        {
            while (!bridge.ports.isEmpty())
            {
                releasePort(bridge.ports.get(bridge.ports.size() - 1));
            }
        }
        close(device);
        removeAllAddresses(device);
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
        // veth_newlink notifies the peer before the pair is linked, so only the device's own notification carries a
        // link-netnsid: the device's namespace gets an id for the peer's, not the other way round.
        allocateNsid(peerNs);
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
        if (device.master == master)
        {
            return;
        }
        if (!(master instanceof BridgeDevice bridge))
        {
            throw new NetlinkException(Errno.EOPNOTSUPP);
        }
        if (device.isLoopback())
        {
            throw new NetlinkException(Errno.EINVAL);
        }
        if (device instanceof BridgeDevice)
        {
            throw new NetlinkException(Errno.ELOOP, "Can not enslave a bridge to a bridge.");
        }
        if (device.master != null)
        {
            releasePort(device);
        }
        device.master = bridge;
        bridge.ports.add(device);
        bridge.fdb.addLocal(device.mac, device);
        bridge.recalculateAddress();
        bridge.adjustMtu();
        bridge.carrierManaged = true;
        linkChanged(device);
    }

    /** {@code ip link set DEV nomaster}: br_del_if; nothing when the device has no master. */
    public void setNoMaster(final NetDevice device)
    {
        if (device.master != null)
        {
            releasePort(device);
        }
    }

    private void releasePort(final NetDevice port)
    {
        final BridgeDevice bridge = port.master;
        bridge.fdb.flushPort(port, false);
        bridge.fdb.removeLocal(port.mac, port, bridge);
        bridge.fdb.flushPort(port, true);
        bridge.ports.remove(port);
        port.master = null;
        bridge.recalculateAddress();
        bridge.adjustMtu();
        bridgeCarrierMaybeChanged(bridge);
    }

    /**
     * A device's admin state or carrier changed: its veth peer's carrier may have too. Bridges whose ports these
     * are re-run their port-state selection (learned entries of a port that stops forwarding are flushed), and a
     * device that now has carrier gets its IPv6 link-local address (which shows in its multicast list).
     */
    void linkChanged(final NetDevice device)
    {
        linkChangedOne(device);
        if (device instanceof VethDevice veth && veth.peer != null && veth.peer.alive)
        {
            veth.peer.namespace.linkChangedOne(veth.peer);
        }
    }

    private void linkChangedOne(final NetDevice device)
    {
        device.multicast.carrierMaybeUp(device);
        if (device.master != null)
        {
            if (!device.master.isForwarding(device))
            {
                device.master.fdb.flushPort(device, false);
            }
            bridgeCarrierMaybeChanged(device.master);
        }
        if (device instanceof BridgeDevice bridge)
        {
            for (final NetDevice port : bridge.ports)
            {
                if (!bridge.isForwarding(port))
                {
                    bridge.fdb.flushPort(port, false);
                }
            }
            bridgeCarrierMaybeChanged(bridge);
        }
    }

    private void bridgeCarrierMaybeChanged(final BridgeDevice bridge)
    {
        final boolean carrier = bridge.hasCarrier();
        if (bridge.hadCarrier && !carrier)
        {
            carrierLost(bridge);
        }
        bridge.hadCarrier = carrier;
        bridge.multicast.carrierMaybeUp(bridge);
    }

    /** {@code ip tuntap add dev NAME mode tap}: a persistent tap with no program attached. */
    public TapDevice addTap(final String deviceName)
    {
        checkNameFree(deviceName);
        final TapDevice tap = new TapDevice(simulation, deviceName, simulation.randomMac());
        register(tap, 0);
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
        if (device instanceof VethDevice veth && veth.peer != null && veth.peer.alive)
        {
            final VethDevice peer = veth.peer;
            peer.namespace.unregister(peer);
            peer.alive = false;
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
        // dev_activate attaches the default qdisc; it stays attached through later downs.
        device.qdiscAttached = true;
        device.multicast.up(device);
        if (device.isLoopback() && device.addresses.isEmpty())
        {
            // inetdev_event NETDEV_UP on a loopback without addresses adds 127.0.0.1/8 scope host.
            addAddressInternal(device, new InterfaceAddress(0x7F000001, 8, 0, Scope.HOST, "lo"));
        }
        for (final InterfaceAddress address : device.addresses)
        {
            addAddressRoutes(device, address);
        }
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
        final boolean peerHadCarrier = device instanceof VethDevice veth && veth.peer != null && veth.hasCarrier();
        device.adminUp = false;
        fib.removeIf(route -> route.device == device && route.type != Route.Type.LOCAL);
        device.neighbours.clear();
        device.multicast.down();
        if (peerHadCarrier)
        {
            carrierLost(((VethDevice) device).peer);
        }
        linkChanged(device);
    }

    /** NETDEV_CHANGE with the carrier gone: neigh_carrier_down flushes the device's neighbours. */
    static void carrierLost(final NetDevice device)
    {
        device.neighbours.clear();
    }

    /** {@code ip link set DEV netns NS}: down, addresses and routes gone, MAC kept, index kept if free there. */
    public void moveDevice(final NetDevice device, final NetNamespace target)
    {
        if (device.isLoopback())
        {
            throw new NetlinkException(Errno.EINVAL, "The interface netns is immutable.");
        }
        if (target == this)
        {
            return;
        }
        if (device instanceof BridgeDevice)
        {
            // A bridge is NETIF_F_NETNS_LOCAL.
            throw new NetlinkException(Errno.EINVAL);
        }
        if (target.devicesByName.containsKey(device.name))
        {
            throw new NetlinkException(Errno.EEXIST, "An interface with the same name exists in the target netns.");
        }
        final int oldIndex = device.ifindex;
        // __dev_change_net_namespace gives the old namespace an id for the new one (IFLA_NEW_NETNSID), and the
        // RTM_NEWLINK sent in the new namespace gives it an id for the veth peer's namespace.
        allocateNsid(target);
        unregister(device);
        target.register(device, oldIndex);
        if (device instanceof VethDevice veth && veth.peer != null && veth.peer.alive)
        {
            target.allocateNsid(veth.peer.namespace);
        }
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
        for (int i = 0; i < device.addresses.size(); i++)
        {
            final InterfaceAddress a = device.addresses.get(i);
            if (a.label().equals(device.name))
            {
                device.addresses.set(i, new InterfaceAddress(a.address(), a.prefixLength(), a.broadcast(),
                    a.scope(), newName));
            }
        }
        device.name = newName;
        devicesByName.put(newName, device);
    }

    /** {@code ip link set DEV mtu N}: dev_validate_mtu. */
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
        device.mtu = mtu;
        if (device instanceof BridgeDevice bridge)
        {
            bridge.mtuSetByUser = true;
        }
        if (device.master != null)
        {
            device.master.adjustMtu();
        }
    }

    /** {@code ip link set DEV address MAC}: must be a unicast address. */
    public void setMac(final NetDevice device, final long mac)
    {
        if ((mac & 0x0100_0000_0000L) != 0 || mac == 0)
        {
            throw new NetlinkException(Errno.EADDRNOTAVAIL);
        }
        if (device.master != null)
        {
            // br_fdb_changeaddr: the port's local entry follows its new address.
            device.master.fdb.removeLocal(device.mac, device, device.master);
            device.mac = mac;
            device.master.fdb.addLocal(mac, device);
            device.master.recalculateAddress();
            return;
        }
        if (device instanceof BridgeDevice bridge)
        {
            bridge.fdb.removeLocal(bridge.mac, null, bridge);
            bridge.macSetByUser = true;
            bridge.mac = mac;
            bridge.fdb.addLocal(mac, null);
            return;
        }
        device.mac = mac;
    }

    // ----------------------------------------------------------------------------------------------- addresses

    /** {@code ip addr add A/P dev DEV [brd B]}. */
    public void addAddress(final NetDevice device, final int address, final int prefixLength, final int broadcast)
    {
        for (final InterfaceAddress existing : device.addresses)
        {
            if (existing.address() == address && existing.prefixLength() == prefixLength)
            {
                throw new NetlinkException(Errno.EEXIST, "ipv4: Address already assigned.");
            }
        }
        final Scope scope = (address >>> 24) == 127 ? Scope.HOST : Scope.UNIVERSE;
        addAddressInternal(device, new InterfaceAddress(address, prefixLength, broadcast, scope, device.name));
    }

    private void addAddressInternal(final NetDevice device, final InterfaceAddress address)
    {
        device.addresses.add(address);
        addAddressRoutes(device, address);
    }

    /** @return the primary address of {@code address}'s subnet on the device: itself unless it is secondary. */
    private InterfaceAddress primaryOf(final NetDevice device, final InterfaceAddress address)
    {
        for (final InterfaceAddress other : device.addresses)
        {
            if (other == address)
            {
                return address;
            }
            if (other.prefixLength() == address.prefixLength() && other.covers(address.address()))
            {
                return other;
            }
        }
        return address;
    }

    /** @return true when another address of the device covers the same subnet first (a secondary address). */
    public boolean isSecondary(final NetDevice device, final InterfaceAddress address)
    {
        for (final InterfaceAddress other : device.addresses)
        {
            if (other == address)
            {
                return false;
            }
            if (other.prefixLength() == address.prefixLength() && other.covers(address.address()))
            {
                return true;
            }
        }
        return false;
    }

    /** fib_add_ifaddr. */
    private void addAddressRoutes(final NetDevice device, final InterfaceAddress address)
    {
        final int local = address.address();
        // fib_add_ifaddr: the local route's prefsrc is the subnet's primary address (itself unless secondary).
        fib.insertKernelRoute(new Route(Route.Type.LOCAL, Route.Table.LOCAL, local, 32, 0, device,
            Route.Protocol.KERNEL, Scope.HOST, primaryOf(device, address).address(), 0));
        if (!device.adminUp)
        {
            return;
        }
        if (address.broadcast() != 0 && address.broadcast() != 0xFFFF_FFFF)
        {
            fib.insertKernelRoute(new Route(Route.Type.BROADCAST, Route.Table.LOCAL, address.broadcast(), 32, 0,
                device, Route.Protocol.KERNEL, Scope.LINK, local, 0));
        }
        final int prefix = address.network();
        if (prefix != 0 && !isSecondary(device, address) && (prefix != local || address.prefixLength() < 32))
        {
            if (device.isLoopback())
            {
                fib.insertKernelRoute(new Route(Route.Type.LOCAL, Route.Table.LOCAL, prefix,
                    address.prefixLength(), 0, device, Route.Protocol.KERNEL, Scope.HOST, local, 0));
            }
            else
            {
                fib.insertKernelRoute(new Route(Route.Type.UNICAST, Route.Table.MAIN, prefix,
                    address.prefixLength(), 0, device, Route.Protocol.KERNEL, Scope.LINK, local, 0));
            }
            if (address.prefixLength() < 31)
            {
                fib.insertKernelRoute(new Route(Route.Type.BROADCAST, Route.Table.LOCAL, prefix | ~address.mask(),
                    32, 0, device, Route.Protocol.KERNEL, Scope.LINK, local, 0));
            }
        }
    }

    /**
     * {@code ip addr del A[/P] dev DEV}: a prefix length of -1 matches any (iproute2's wildcard deletion).
     */
    public void deleteAddress(final NetDevice device, final int address, final int prefixLength)
    {
        for (final InterfaceAddress existing : device.addresses)
        {
            if (existing.address() == address && (prefixLength < 0 || existing.prefixLength() == prefixLength))
            {
                removeAddress(device, existing);
                return;
            }
        }
        throw new NetlinkException(Errno.EADDRNOTAVAIL, "ipv4: Address not found.");
    }

    /** {@code ip addr flush dev DEV}. */
    public int flushAddresses(final NetDevice device)
    {
        final int count = device.addresses.size();
        removeAllAddresses(device);
        return count;
    }

    private void removeAllAddresses(final NetDevice device)
    {
        while (!device.addresses.isEmpty())
        {
            removeAddress(device, device.addresses.get(device.addresses.size() - 1));
        }
    }

    /**
     * fib_del_ifaddr + fib_sync_down_addr: the address's own routes go; when it was the last address of the device,
     * every route through the device goes (fib_disable_ip with force).
     */
    private void removeAddress(final NetDevice device, final InterfaceAddress address)
    {
        device.addresses.remove(address);
        final int local = address.address();
        fib.removeIf(route -> route.device == device && route.protocol == Route.Protocol.KERNEL
            && (route.preferredSource == local || (route.type == Route.Type.LOCAL && route.destination == local)));
        fib.removeIf(route -> route.preferredSource == local && route.protocol != Route.Protocol.KERNEL);
        if (device.addresses.isEmpty())
        {
            fib.removeIf(route -> route.device == device);
        }
        else
        {
            // A secondary of the same subnet becomes primary and brings the subnet's routes back.
            for (final InterfaceAddress remaining : device.addresses)
            {
                addAddressRoutes(device, remaining);
            }
        }
    }

    /** @return true when {@code address} is local to this namespace (a local route matches). */
    public boolean isLocalAddress(final int address)
    {
        final Route route = fib.local.lookup(address);
        return route != null && route.type == Route.Type.LOCAL;
    }

    /** inet_select_addr: a primary address of the device (preferring the destination's subnet), else any. */
    public int selectSourceAddress(final NetDevice device, final int destination, final Scope scope)
    {
        int candidate = 0;
        if (device != null)
        {
            for (final InterfaceAddress address : device.addresses)
            {
                if (address.scope().value() > scope.value() || isSecondary(device, address))
                {
                    continue;
                }
                if (destination == 0 || address.covers(destination))
                {
                    return address.address();
                }
                if (candidate == 0)
                {
                    candidate = address.address();
                }
            }
        }
        if (candidate != 0)
        {
            return candidate;
        }
        for (final NetDevice other : devicesByIndex.values())
        {
            for (final InterfaceAddress address : other.addresses)
            {
                if (address.scope() != Scope.LINK && address.scope().value() <= scope.value()
                    && !isSecondary(other, address))
                {
                    return address.address();
                }
            }
        }
        return 0;
    }

    // -------------------------------------------------------------------------------------------------- routes

    /** {@code ip route add}: with the kernel's checks (fib_check_nh). */
    public Route addRoute(final RouteRequest request, final boolean replace)
    {
        final int metric = Math.max(0, request.metric);
        NetDevice device = request.device;
        Scope scope = request.scope;
        if (request.gateway != 0)
        {
            // fib_check_nh_v4_gw: the gateway must resolve to a connected (link scope) or local route; one of our
            // own addresses is accepted, on the device that owns it.
            final Route local = fib.local.lookup(request.gateway);
            final Route via = local != null && local.type == Route.Type.LOCAL
                && (device == null || local.device == device) ? local : connectedRouteFor(request.gateway, device);
            if (via == null)
            {
                throw new NetlinkException(Errno.EINVAL, "Nexthop has invalid gateway.");
            }
            device = via.device;
            if (!device.adminUp)
            {
                throw new NetlinkException(Errno.ENETDOWN, "Nexthop device is not up.");
            }
            if (scope == null)
            {
                scope = Scope.UNIVERSE;
            }
        }
        else
        {
            if (device == null)
            {
                // fib_check_nh_nongw: no oif to look up, ENODEV without an extack.
                throw new NetlinkException(Errno.ENODEV);
            }
            if (!device.adminUp)
            {
                throw new NetlinkException(Errno.ENETDOWN, "Device for nexthop is not up.");
            }
            if (scope == null)
            {
                scope = Scope.LINK;
            }
        }
        final Route existing = fib.table(request.table).find(request.destination, request.prefixLength, metric);
        if (existing != null)
        {
            if (!replace)
            {
                throw new NetlinkException(Errno.EEXIST);
            }
            fib.remove(existing);
        }
        final Route route = new Route(Route.Type.UNICAST, request.table, request.destination, request.prefixLength,
            request.gateway, device, request.protocol, scope, request.preferredSource, metric);
        fib.insert(route);
        return route;
    }

    /** The connected route a gateway must sit on (lookup with scope link or narrower), on {@code device} if given. */
    private Route connectedRouteFor(final int gateway, final NetDevice device)
    {
        Route best = null;
        for (final Route route : fib.main.dump())
        {
            if (route.type == Route.Type.UNICAST && route.scope.value() >= Scope.LINK.value()
                && route.gateway == 0 && Prefix.contains(route.destination, route.prefixLength, gateway)
                && (device == null || route.device == device)
                && (best == null || route.prefixLength > best.prefixLength))
            {
                best = route;
            }
        }
        return best;
    }

    /** {@code ip route del}: the first route matching what was given; ESRCH when none. */
    public void deleteRoute(final RouteRequest request)
    {
        final FibTable table = fib.table(request.table);
        for (Route route = table.chain(request.destination, request.prefixLength); route != null;
            route = route.nextSamePrefix)
        {
            if ((request.metric < 0 || route.metric == request.metric)
                && (request.gateway == 0 || route.gateway == request.gateway)
                && (request.device == null || route.device == request.device))
            {
                table.remove(route);
                return;
            }
        }
        throw new NetlinkException(Errno.ESRCH);
    }

    /**
     * The output route lookup (ip_route_output_key): local destinations go through lo with themselves as source;
     * with a bound interface and no matching route the destination is assumed on-link, as the kernel does.
     *
     * @return false when there is no route (ENETUNREACH).
     */
    public boolean routeOutput(final int destination, final int oif, final RouteResult out)
    {
        final NetDevice bound = oif == 0 ? null : devicesByIndex.get(oif);
        if (oif != 0 && (bound == null || !bound.adminUp))
        {
            // ip_route_output_key_hash_rcu: a bound device must be up.
            return false;
        }
        final Route localRoute = fib.local.lookup(destination);
        if (localRoute != null && localRoute.type == Route.Type.LOCAL)
        {
            out.kind = RouteResult.Kind.LOCAL;
            out.route = localRoute;
            out.device = loopback;
            out.nextHop = destination;
            // RTN_LOCAL: the route's prefsrc (127.0.0.1 for the rest of 127/8), else the destination itself.
            out.source = localRoute.preferredSource != 0 ? localRoute.preferredSource : destination;
            return true;
        }
        if (destination == 0xFFFF_FFFF)
        {
            if (bound == null)
            {
                return false;
            }
            return fill(out, RouteResult.Kind.BROADCAST, null, bound, destination);
        }
        if (localRoute != null && localRoute.type == Route.Type.BROADCAST && localRoute.destination == destination
            && localRoute.prefixLength == 32 && (bound == null || bound == localRoute.device))
        {
            return fill(out, RouteResult.Kind.BROADCAST, localRoute, localRoute.device, destination);
        }
        final Route route = bound == null ? fib.main.lookup(destination) : lookupVia(destination, bound);
        if (route == null)
        {
            if (bound != null)
            {
                return fill(out, RouteResult.Kind.UNICAST, null, bound, destination);
            }
            return false;
        }
        return fill(out, RouteResult.Kind.UNICAST, route, route.device, destination);
    }

    private boolean fill(final RouteResult out, final RouteResult.Kind kind, final Route route,
        final NetDevice device, final int destination)
    {
        out.kind = kind;
        out.route = route;
        out.device = device;
        out.nextHop = route == null ? destination : route.nextHop(destination);
        if (route != null && route.preferredSource != 0)
        {
            out.source = route.preferredSource;
        }
        else
        {
            // fib_info_update_nhc_saddr: the device's address for the gateway, or its first primary address.
            out.source = selectSourceAddress(device, route == null ? destination : route.gateway, Scope.LINK);
        }
        return true;
    }

    private Route lookupVia(final int destination, final NetDevice device)
    {
        Route best = null;
        for (final Route route : fib.main.dump())
        {
            if (route.device == device && Prefix.contains(route.destination, route.prefixLength, destination)
                && (best == null || route.prefixLength > best.prefixLength))
            {
                best = route;
            }
        }
        return best;
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

    /** @return the address as text (helper for messages). */
    static String text(final int address)
    {
        return Ipv4View.format(address);
    }
}
