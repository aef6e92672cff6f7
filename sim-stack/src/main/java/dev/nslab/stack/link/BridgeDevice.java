package dev.nslab.stack.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.Ipv4View;

/**
 * A Linux bridge (net/bridge) with STP off: a learning switch whose ports are other devices of its namespace, and
 * a device of its own that can hold addresses (docker0 style).
 *
 * <p>A frame received on a port is the bridge's (the rx_handler): it learns the source, then delivers it up to
 * the bridge device (its own or a port's address, broadcast, multicast), forwards it to the port the FDB names,
 * or floods it to every other forwarding port (unknown unicast, broadcast, multicast). What the bridge device
 * itself sends (br_dev_xmit) is forwarded or flooded the same way. A port forwards as soon as the bridge and the port
 * are up and the port is operationally up, which waits for linkwatch (no listening/learning delay without STP);
 * otherwise it is disabled. The bridge has carrier while some port forwards, and before its first port came it
 * has carrier with an operstate of UNKNOWN, as no carrier event of its has reached linkwatch yet. Simulation thread only.
 */
public final class BridgeDevice extends NetDevice
{
    final List<NetDevice> ports = new ArrayList<>();
    final BridgeFdb fdb = new BridgeFdb();
    /** True once the port-state selection ran (first port added): carrier follows the ports from then on. */
    boolean carrierManaged;
    /** True when the address was set by the user (NET_ADDR_SET): it no longer follows the ports. */
    boolean macSetByUser;
    /** True when the MTU was set by the user: br_mtu_auto_adjust stops. */
    boolean mtuSetByUser;
    private final EthernetView ethernet = new EthernetView();
    private final BridgeEgress egress;

    BridgeDevice(final Machine machine, final String name, final long mac)
    {
        super(machine, name, mac, 1500);
        egress = new BridgeEgress(this, machine);
        carrierStartsOff(false);
        fdb.addLocal(mac, null);
    }

    @Override
    boolean isNetnsImmutable()
    {
        return true; // br_dev_setup sets NETIF_F_NETNS_LOCAL
    }

    @Override
    public DeviceKind kind()
    {
        return DeviceKind.BRIDGE;
    }

    @Override
    public boolean hasCarrier()
    {
        if (!carrierManaged)
        {
            return true;
        }
        for (int i = 0, n = ports.size(); i < n; i++)
        {
            if (isForwarding(ports.get(i)))
            {
                return true;
            }
        }
        return false;
    }

    @Override
    public int maxMtu()
    {
        return 65535;
    }

    /** @return the ports in the order they were added. */
    public List<NetDevice> ports()
    {
        return Collections.unmodifiableList(new ArrayList<>(ports));
    }

    /** @return the forwarding database. */
    public BridgeFdb fdb()
    {
        return fdb;
    }

    /**
     * @return true when {@code port} forwards: bridge up, port up and operationally up (netif_oper_up, as
     *         br_port_carrier_check and br_add_if test it: so a port's carrier counts once linkwatch handled it).
     *         STP is off, so there is no listening or learning delay.
     */
    public boolean isForwarding(final NetDevice port)
    {
        return adminUp && port.adminUp && port.isOperUp() && port.master == this;
    }

    /** br_dev_xmit: the bridge device's own traffic goes to the port the FDB names, or floods. */
    @Override
    void transmitToMedium(final Frame frame, final long now)
    {
        captureOutbound(frame, now);
        counters().countTx(frame.length());
        final long destination = ethernet.wrap(frame.buffer(), frame.offset(), frame.length()).destination();
        if (!EthernetView.isMulticast(destination))
        {
            final int index = fdb.find(destination, now);
            if (index >= 0 && !fdb.isLocalAt(index))
            {
                final NetDevice port = fdb.portAt(index);
                if (isForwarding(port))
                {
                    egress.push(port, frame, now);
                }
                else
                {
                    frame.release();
                }
                return;
            }
        }
        flood(frame, null, now);
    }

    /** br_handle_frame + br_handle_frame_finish: a frame received on {@code port} (counted and captured there). */
    void handleFrame(final NetDevice port, final Frame frame, final long now)
    {
        if (!isForwarding(port) || !EthernetView.isValid(frame.length()))
        {
            // A disabled port drops everything (br_handle_frame: BR_STATE_DISABLED).
            port.counters().rxDropped++;
            frame.release();
            return;
        }
        final EthernetView ethernet = this.ethernet.wrap(frame.buffer(), frame.offset(), frame.length());
        final long source = ethernet.source();
        final long destination = ethernet.destination();
        if (!EthernetView.isMulticast(source) && source != 0)
        {
            fdb.learn(source, port, now);
        }
        if (EthernetView.isMulticast(destination))
        {
            final Frame up = machine.pool().acquireCopy(frame.buffer(), frame.offset(), frame.length());
            flood(frame, port, now);
            if (destination != EthernetView.BROADCAST && adminUp)
            {
                // br_handle_frame_finish, BR_PKT_MULTICAST with no querier: passed up and counted as multicast.
                counters().rxMulticast++;
            }
            passUp(up, now);
            return;
        }
        final int index = fdb.find(destination, now);
        if (index >= 0 && fdb.isLocalAt(index))
        {
            passUp(frame, now);
            return;
        }
        final boolean filtered = namespace.bridgedIpv4Filter != null
            && ethernet.etherType() == EthernetView.ETHERTYPE_IPV4;
        if (index >= 0)
        {
            final NetDevice to = fdb.portAt(index);
            if (to == port || !isForwarding(to))
            {
                // No hairpin: a station is never sent its frame back on the port it came from.
                frame.release();
                return;
            }
            if (!filtered || bridgedHook(BridgedFilter.Stage.PRE_ROUTING, frame, now) && bridgedOut(frame, now))
            {
                egress.forward(to, frame, now);
            }
            return;
        }
        if (!filtered || bridgedHook(BridgedFilter.Stage.PRE_ROUTING, frame, now))
        {
            flood(frame, port, now);
        }
    }

    /**
     * br_nf_forward_ip and br_nf_post_routing: a bridged IPv4 frame's FORWARD and POSTROUTING hooks, as
     * {@code -i BRIDGE -o BRIDGE}.
     *
     * @return false when a hook dropped it (the frame is released).
     */
    private boolean bridgedOut(final Frame frame, final long now)
    {
        return bridgedHook(BridgedFilter.Stage.FORWARD, frame, now)
            && bridgedHook(BridgedFilter.Stage.POST_ROUTING, frame, now);
    }

    /**
     * One br_netfilter hook on a bridged IPv4 frame: the frame is shown to the owner's netfilter as its IP packet
     * (br_validate_ipv4 first: a bad header is dropped), the bridge its input device before routing, both devices
     * at FORWARD, its output device at POSTROUTING.
     *
     * @return false when the frame was dropped (and released).
     */
    private boolean bridgedHook(final BridgedFilter.Stage hook, final Frame frame, final long now)
    {
        final int offset = frame.offset();
        final int length = frame.length();
        final int ipOffset = offset + EthernetView.HEADER_LENGTH;
        final int ipRoom = length - EthernetView.HEADER_LENGTH;
        if (Ipv4View.check(frame.buffer(), ipOffset, ipRoom) != Ipv4View.Problem.NONE)
        {
            counters().rxDropped++;
            frame.release();
            return false;
        }
        frame.window(ipOffset, Bytes.u16(frame.buffer(), ipOffset + 2));
        final boolean accepted = namespace.bridgedIpv4Filter.accepts(hook, frame,
            hook == BridgedFilter.Stage.POST_ROUTING ? 0 : ifindex(),
            hook == BridgedFilter.Stage.PRE_ROUTING ? 0 : ifindex(), now);
        frame.window(offset, length);
        if (!accepted)
        {
            frame.release();
            return false;
        }
        return true;
    }

    /** br_flood: a copy to every forwarding port but the one the frame came in on; the last one takes the frame. */
    private void flood(final Frame frame, final NetDevice ingress, final long now)
    {
        // br_forward per port: a flooded unicast IPv4 frame passes FORWARD and POSTROUTING once for each copy.
        final boolean filtered = ingress != null && namespace.bridgedIpv4Filter != null
            && !EthernetView.isMulticast(ethernet.wrap(frame.buffer(), frame.offset(), frame.length()).destination())
            && ethernet.etherType() == EthernetView.ETHERTYPE_IPV4;
        NetDevice previous = null;
        for (int i = 0, n = ports.size(); i < n; i++)
        {
            final NetDevice port = ports.get(i);
            if (port == ingress || !isForwarding(port))
            {
                continue;
            }
            if (previous != null)
            {
                final Frame copy = machine.pool().acquireCopy(frame.buffer(), frame.offset(), frame.length());
                if (!filtered || bridgedOut(copy, now))
                {
                    sendOut(previous, copy, ingress, now);
                }
            }
            previous = port;
        }
        if (previous != null && (!filtered || bridgedOut(frame, now)))
        {
            sendOut(previous, frame, ingress, now);
        }
        else if (previous == null)
        {
            frame.release();
        }
    }

    /** A frame that came in on a port is forwarded (br_netfilter's last hook first); the bridge's own is pushed. */
    private void sendOut(final NetDevice port, final Frame frame, final NetDevice ingress, final long now)
    {
        if (ingress != null)
        {
            egress.forward(port, frame, now);
        }
        else
        {
            egress.push(port, frame, now);
        }
    }

    /**
     * br_pass_frame_up counts skb->len after the port's eth_type_trans: the bytes of what the bridge's own stack
     * receives leave the Ethernet header out (what it sends, br_dev_xmit, keeps it in).
     */
    @Override
    int countedLength(final int frameLength)
    {
        return frameLength - EthernetView.HEADER_LENGTH;
    }

    /** br_pass_frame_up: the frame enters the bridge device's own stack, counted and captured on the bridge. */
    private void passUp(final Frame frame, final long now)
    {
        if (!adminUp)
        {
            counters().rxDropped++;
            frame.release();
            return;
        }
        deliverToStack(frame, now);
    }

    /** br_stp_recalculate_bridge_id: unless set by hand, the bridge takes its smallest port address, or zero. */
    void recalculateAddress()
    {
        if (macSetByUser)
        {
            return;
        }
        long smallest = 0;
        boolean any = false;
        for (final NetDevice port : ports)
        {
            if (!any || Long.compareUnsigned(port.mac, smallest) < 0)
            {
                smallest = port.mac;
                any = true;
            }
        }
        if (smallest != mac)
        {
            fdb.removeLocal(mac, null, this);
            mac = smallest;
            fdb.addLocal(mac, null);
        }
    }

    /** br_mtu_auto_adjust: the smallest port MTU, or 1500 without ports. */
    void adjustMtu()
    {
        if (mtuSetByUser)
        {
            return;
        }
        int smallest = ports.isEmpty() ? 1500 : Integer.MAX_VALUE;
        for (final NetDevice port : ports)
        {
            smallest = Math.min(smallest, port.mtu);
        }
        mtu = smallest;
    }
}
