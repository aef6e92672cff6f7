package dev.nslab.stack.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.nslab.core.wire.EthernetView;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * A network namespace as its devices see it (the link part of struct net): the registry of devices by index and
 * name, the ids it gives other namespaces, its link layer, and the devices' lifecycle (add, up, down, move, rename,
 * MTU, MAC, bridge ports). What a device event means to a protocol family is the family's: it registers a
 * {@link DeviceNotifier}, told at the points where the kernel sends its netdevice events.
 *
 * <p>The configuration methods behave as the kernel's rtnetlink handlers do, errors included (as
 * {@link NetlinkException}s with the kernel's errno and extended-ack text). Simulation thread only.
 */
public class LinkNamespace
{

    protected final Machine machine;
    private final String name;
    private final TreeMap<Integer, NetDevice> devicesByIndex = new TreeMap<>();
    /** Sized for lo and a device or two, as most namespaces hold; it grows as any map does. */
    private final Map<String, NetDevice> devicesByName = new LinkedHashMap<>(4);
    /** net->ifindex: where the next automatic index search starts (xa_alloc_cyclic). */
    private int ifindexCursor = 1;
    /** peernet2id: the ids this namespace gave other namespaces. */
    private final Map<LinkNamespace, Integer> nsids = new LinkedHashMap<>(2);
    private boolean alive = true;
    final LinkLayer linkLayer = new LinkLayer();
    /**
     * br_netfilter (bridge-nf-call-iptables, on in every namespace): the IPv4 hooks the namespace's bridges pass
     * bridged frames through, or null while the namespace has no netfilter.
     */
    BridgedFilter bridgedIpv4Filter;
    private final BridgePorts bridgePorts = new BridgePorts(this);
    /** IPv4's and IPv6's, so far. */
    private final List<DeviceNotifier> notifiers = new ArrayList<>(4);
    private final LoopbackDevice loopback;

    /** A namespace with its loopback registered (and down); {@code name} is null for the initial namespace. */
    protected LinkNamespace(final Machine machine, final String name)
    {
        this.machine = machine;
        this.name = name;
        this.loopback = new LoopbackDevice(machine);
    }

    /** Sets what the namespace's bridges ask about the IPv4 frames they bridge (br_netfilter); null for nothing. */
    protected final void setBridgedIpv4Filter(final BridgedFilter filter)
    {
        this.bridgedIpv4Filter = filter;
    }

    /**
     * Registers the loopback, once the families' notifiers are in (loopback_net_init runs after the families'
     * pernet setup in the kernel too, so they hear of it).
     */
    protected final void registerLoopback()
    {
        register(loopback, 0);
    }

    /** register_netdevice_notifier: the family hears of every device event in this namespace from now on. */
    public final void addNotifier(final DeviceNotifier notifier)
    {
        notifiers.add(notifier);
    }

    /** @return the name under /run/netns, or null for the initial namespace. */
    public final String name()
    {
        return name;
    }

    public final boolean isHost()
    {
        return name == null;
    }

    /** @return the name used for captures: {@code host} for the initial namespace. */
    public final String captureName()
    {
        return name == null ? "host" : name;
    }

    public final boolean isAlive()
    {
        return alive;
    }

    public final Machine machine()
    {
        return machine;
    }

    public final LinkLayer linkLayer()
    {
        return linkLayer;
    }

    public final LoopbackDevice loopback()
    {
        return loopback;
    }

    /** @return the devices in ifindex order, as {@code ip link} lists them. */
    public final List<NetDevice> devices()
    {
        return Collections.unmodifiableList(new ArrayList<>(devicesByIndex.values()));
    }

    /** @return the device with this name, or null. */
    public final NetDevice device(final String deviceName)
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
    public final NetDevice getLink(final String deviceName)
    {
        final NetDevice device = devicesByName.get(deviceName);
        if (device != null)
        {
            machine.linkWatch().sync(device);
        }
        return device;
    }

    /**
     * RTM_GETLINK for one device by index ({@link #getLink(String)}), as iproute2's ll_index_to_name sends it for a
     * device it has not seen in this command yet.
     *
     * @return the device with this index, or null.
     */
    public final NetDevice getLink(final int ifindex)
    {
        final NetDevice device = devicesByIndex.get(ifindex);
        if (device != null)
        {
            machine.linkWatch().sync(device);
        }
        return device;
    }

    /** @return the device with this name; ENODEV otherwise. */
    public final NetDevice requireDevice(final String deviceName)
    {
        final NetDevice device = devicesByName.get(deviceName);
        if (device == null)
        {
            throw new NetlinkException(Errno.ENODEV);
        }
        return device;
    }

    public final NetDevice deviceByIndex(final int ifindex)
    {
        return devicesByIndex.get(ifindex);
    }

    /** @return the devices in ifindex order, live rather than copied: for loops on the frame path. */
    public final Collection<NetDevice> devicesInIndexOrder()
    {
        return devicesByIndex.values();
    }

    /** @return the id this namespace knows {@code other} by ({@code link-netnsid}), or -1. */
    public final int nsidOf(final LinkNamespace other)
    {
        final Integer id = nsids.get(other);
        return id == null ? -1 : id;
    }

    /** @return the namespaces this one has ids for, by id ({@code ip netns list-id}). */
    public final Map<Integer, LinkNamespace> nsids()
    {
        final Map<Integer, LinkNamespace> byId = new TreeMap<>();
        nsids.forEach((ns, id) -> byId.put(id, ns));
        return byId;
    }

    /**
     * peernet2id_alloc: the id this namespace knows {@code other} by, allocating the lowest free one when it has
     * none. Only this namespace's side is allocated: {@code other} learns no id for this one. The kernel allocates
     * whenever it tells this namespace about a link into {@code other} ({@link #fillLinkNetnsid}) and when a
     * device leaves for {@code other} (IFLA_NEW_NETNSID).
     */
    public final int allocateNsid(final LinkNamespace other)
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
    public final int fillLinkNetnsid(final NetDevice device)
    {
        final NetDevice peer = device.livePeer();
        return peer != null && peer.namespace != this ? allocateNsid(peer.namespace) : -1;
    }

    /** The other namespace is gone (cleanup_net): its id here goes too. */
    public final void forgetNsid(final LinkNamespace other)
    {
        nsids.remove(other);
    }

    // ------------------------------------------------------------------------------------------------- devices

    /** Registers a device: a free index (the requested one if free), then NETDEV_REGISTER to the families. */
    private void register(final NetDevice device, final int preferredIndex)
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
        device.multicast.registered();
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.registered(device);
        }
        devicesByIndex.put(index, device);
        devicesByName.put(device.name, device);
    }

    private void unregister(final NetDevice device)
    {
        bridgePorts.deviceUnregistering(device);
        close(device);
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.unregistering(device);
        }
        device.detach();
        devicesByIndex.remove(device.ifindex);
        devicesByName.remove(device.name);
    }

    /** dev_alloc_name: {@code prefix} followed by the lowest number not in use (nor equal to {@code taken}). */
    private String freeName(final String prefix, final String taken)
    {
        int number = 0;
        while (devicesByName.containsKey(prefix + number) || (prefix + number).equals(taken))
        {
            number++;
        }
        return prefix + number;
    }

    private void checkNameFree(final String deviceName)
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
    public final VethDevice addVethPair(final String requestedName, final String requestedPeerName,
        final LinkNamespace peerNamespace)
    {
        final LinkNamespace peerNs = peerNamespace == null ? this : peerNamespace;
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
        final VethDevice device = new VethDevice(machine, deviceName, machine.randomMac());
        final VethDevice peer = new VethDevice(machine, peerName, machine.randomMac());
        device.peer = peer;
        peer.peer = device;
        peerNs.register(peer, 0);
        register(device, 0);
        // veth_newlink turns the carrier off after registering each end: two events for linkwatch.
        machine.linkWatch().fire(peer);
        machine.linkWatch().fire(device);
        // veth_newlink notifies the peer (rtnl_configure_link) before it ties the pair, so only the device's own
        // RTM_NEWLINK carries a link-netnsid: the device's namespace gets an id for the peer's, not the other way.
        fillLinkNetnsid(device);
        return device;
    }

    /** {@code ip link add NAME type bridge}: a bridge with a random address, no ports, STP off. */
    public final BridgeDevice addBridge(final String deviceName)
    {
        final String bridgeName = deviceName != null ? deviceName : freeName("bridge", null);
        checkNameFree(bridgeName);
        final BridgeDevice bridge = new BridgeDevice(machine, bridgeName, machine.randomMac());
        register(bridge, 0);
        return bridge;
    }

    /** {@code ip tuntap add dev NAME mode tap}: a persistent tap with no program attached. */
    public final TapDevice addTap(final String deviceName)
    {
        checkNameFree(deviceName);
        final TapDevice tap = new TapDevice(machine, deviceName, machine.randomMac());
        register(tap, 0);
        // tun_detach turns the carrier off when `ip tuntap add` lets the new persistent tap go.
        machine.linkWatch().fire(tap);
        return tap;
    }

    /**
     * {@code ip link set DEV master BR} (do_set_master, br_add_if): the device becomes a port. Its local address goes
     * into the FDB, the bridge takes the smallest port address and MTU, and carrier follows the ports from now on.
     */
    public final void setMaster(final NetDevice device, final NetDevice master)
    {
        bridgePorts.setMaster(device, master);
    }

    /** {@code ip link set DEV nomaster}: br_del_if; nothing when the device has no master. */
    public final void setNoMaster(final NetDevice device)
    {
        bridgePorts.setNoMaster(device);
    }

    /**
     * A device's admin state or carrier changed: its veth peer's carrier may have too. Bridges whose ports these
     * are re-run their port-state selection (learned entries of a port that stops forwarding are flushed).
     */
    final void linkChanged(final NetDevice device)
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
        bridgePorts.linkChanged(device);
    }

    /**
     * NETDEV_CHANGE from linkwatch, for an up device whose operational state was just set: addrconf may make the
     * link-local address, the families react (the FIB marks or unmarks its nexthops linkdown, ARP forgets the
     * neighbours of a device without carrier), and a bridge re-checks the port (br_port_carrier_check).
     */
    final void linkStateChanged(final NetDevice device)
    {
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.operStateChanged(device);
        }
        bridgePorts.linkChanged(device);
    }

    /** {@code ip link del DEV}: a veth goes with its peer; the loopback cannot go. */
    public final void deleteDevice(final NetDevice device)
    {
        if (device.isLoopback())
        {
            throw new NetlinkException(Errno.EOPNOTSUPP);
        }
        destroy(device);
    }

    /** Removes a device from wherever it is, with its veth peer. */
    private void destroy(final NetDevice device)
    {
        if (!device.alive)
        {
            return;
        }
        device.namespace.unregister(device);
        device.alive = false;
        machine.linkWatch().forget(device);
        final NetDevice peer = device.livePeer();
        if (peer != null)
        {
            peer.namespace.unregister(peer);
            peer.alive = false;
            machine.linkWatch().forget(peer);
        }
    }

    /** Tears the namespace's devices down (ip netns delete): veth peers elsewhere go with them, taps too. */
    protected void destroy()
    {
        for (final NetDevice device : new ArrayList<>(devicesByIndex.values()))
        {
            destroy(device);
        }
        alive = false;
    }

    /** {@code ip link set DEV up}: dev_open, NETDEV_UP. */
    public final void setUp(final NetDevice device)
    {
        if (device.adminUp)
        {
            return;
        }
        device.adminUp = true;
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
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.up(device);
        }
        linkChanged(device);
    }

    /** {@code ip link set DEV down}: dev_close, NETDEV_DOWN: routes through it go, neighbours are flushed. */
    public final void setDown(final NetDevice device)
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
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.down(device);
        }
        device.multicast.down(device);
        linkChanged(device);
    }

    /**
     * {@code ip link set DEV netns NS}: down, addresses and routes gone, MAC kept, index kept if free there. The
     * loopback and bridges are netns_immutable (loopback_net_init, br_dev_setup): refused, unless they are asked to
     * go where they are, which does nothing.
     */
    public final void moveDevice(final NetDevice device, final LinkNamespace target)
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
    public final void rename(final NetDevice device, final String newName)
    {
        if (newName.equals(device.name))
        {
            return;
        }
        checkNameFree(newName);
        devicesByName.remove(device.name);
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.renaming(device, newName);
        }
        device.name = newName;
        devicesByName.put(newName, device);
    }

    /**
     * {@code ip link set DEV mtu N}: dev_validate_mtu, then NETDEV_CHANGEMTU to the families (IPv4 stops on the
     * device below 68 and starts afresh at 68 or more). Below 1280 IPv6 stops likewise (addrconf_notify:
     * addrconf_ifdown); a device other than the loopback gets its inet6_dev, and with it its link-local, back as soon
     * as the MTU allows.
     */
    public final void setMtu(final NetDevice device, final int mtu)
    {
        if (mtu < device.minMtu())
        {
            throw new NetlinkException(Errno.EINVAL, "mtu less than device minimum.");
        }
        if (mtu > device.maxMtu())
        {
            throw new NetlinkException(Errno.EINVAL, "mtu greater than device maximum.");
        }
        final int oldMtu = device.mtu;
        device.mtu = mtu;
        bridgePorts.mtuChanged(device);
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.mtuChanged(device, oldMtu);
        }
    }

    /** {@code ip link set DEV address MAC}: must be a unicast address. */
    public final void setMac(final NetDevice device, final long mac)
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
                addressChanged(bridge); // br_device_event: the bridge's own NETDEV_CHANGEADDR
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
        // NETDEV_CHANGEADDR is sent even when the address is the one the device had.
        addressChanged(device);
    }

    private void addressChanged(final NetDevice device)
    {
        for (final DeviceNotifier notifier : notifiers)
        {
            notifier.addressChanged(device);
        }
    }

    @Override
    public String toString()
    {
        return name == null ? "host" : name;
    }
}
