package dev.nslab.stack.link;

import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * Which devices of one namespace are ports of which bridge (net/bridge/br_if.c), and what a bridge does when a
 * port joins, leaves, changes state, address or MTU: its FDB's local entries, its own address and MTU taken from
 * its ports, and its carrier following them. {@link LinkNamespace} is the public face of all of it. Simulation
 * thread only.
 */
final class BridgePorts
{
    private final LinkNamespace namespace;

    BridgePorts(final LinkNamespace namespace)
    {
        this.namespace = namespace;
    }

    /**
     * do_set_master, br_add_if: the device becomes a port. Its local address goes into the FDB, the bridge takes the
     * smallest port address and MTU, and carrier follows the ports from now on.
     */
    void setMaster(final NetDevice device, final NetDevice master)
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
        namespace.linkChanged(device);
    }

    /** {@code nomaster}: br_del_if; nothing when the device has no master. */
    void setNoMaster(final NetDevice device)
    {
        if (device.master != null)
        {
            releasePort(device);
        }
    }

    /** NETDEV_UNREGISTER: a port leaves its bridge (br_del_if), a bridge lets all its ports go. */
    void deviceUnregistering(final NetDevice device)
    {
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
     * A port's or a bridge's admin state or carrier changed: the bridge re-runs its port-state selection, and the
     * learned entries of a port that stops forwarding are flushed.
     */
    void linkChanged(final NetDevice device)
    {
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
        bridge.noteCarrier();
    }

    /** br_fdb_changeaddr: the port's local entry follows its new address, and the bridge may take it. */
    void changePortAddress(final NetDevice port, final long mac)
    {
        port.master.fdb.removeLocal(port.mac, port, port.master);
        port.mac = mac;
        port.master.fdb.addLocal(mac, port);
        port.master.recalculateAddress();
    }

    /** An address set on the bridge itself replaces its local entry and stops it following its ports'. */
    void changeBridgeAddress(final BridgeDevice bridge, final long mac)
    {
        bridge.fdb.removeLocal(bridge.mac, null, bridge);
        bridge.macSetByUser = true;
        bridge.mac = mac;
        bridge.fdb.addLocal(mac, null);
    }

    /**
     * An MTU set on a bridge by hand stays (br_change_mtu: BROPT_MTU_SET_BY_USER); one set on a port makes the
     * bridge re-take its ports' smallest, unless its own was set by hand (br_mtu_auto_adjust).
     */
    void mtuChanged(final NetDevice device)
    {
        if (device instanceof BridgeDevice bridge)
        {
            bridge.mtuSetByUser = true;
        }
        if (device.master != null)
        {
            device.master.adjustMtu();
        }
    }
}
