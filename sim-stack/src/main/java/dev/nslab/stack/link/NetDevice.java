package dev.nslab.stack.link;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;
import dev.nslab.core.frame.Frame;
import dev.nslab.stack.neigh.NeighbourDevice;

/**
 * A network device of a namespace (struct net_device): name, index, MAC, MTU, admin state, carrier and its
 * counters, and a part for each protocol family ({@link DevicePart}: IPv4's in_device holds its addresses and
 * neighbour table).
 *
 * <p>The device is the link layer's end: {@link #transmit} takes an Ethernet frame from the stack and hands it to
 * the medium (a veth peer, the loopback, a tap's userspace ring); {@link #receive} takes a frame from the medium
 * and hands it to the namespace's stack. Both bump the counters and report to the capture hook at the point where
 * {@code tcpdump -i DEV} sees the frame. Simulation thread only.
 */
public abstract class NetDevice implements NeighbourDevice
{
    final Machine machine;
    LinkNamespace namespace;
    int ifindex;
    String name;
    long mac;
    int mtu;
    boolean adminUp;
    boolean alive = true;
    /** True once dev_activate gave the device its default qdisc (first up since it was registered here). */
    boolean qdiscAttached;
    /**
     * True while the transmit queue runs on that qdisc (dev_activate with carrier); false while it is on noop_qdisc
     * (never activated, deactivated when the carrier went or the device went down).
     */
    boolean txActive;
    /** dev->operstate as linkwatch last set it: IF_OPER_UNKNOWN until a carrier event was first handled. */
    OperState operState = OperState.UNKNOWN;
    /** Made when first counted or read: most devices of a large simulation never carry a frame. */
    private DeviceCounters counters;
    /** The families' parts of the device (dev->ip_ptr, dev->ip6_ptr), by {@link DevicePart} index. */
    private final Object[] parts = new Object[DevicePart.CAPACITY];
    /** The carrier as last noted, and how often it changed (IFLA_CARRIER_CHANGES: carrier_up + carrier_down). */
    private boolean carrierNoted;
    private long carrierChanges;
    /** The bridge this device is a port of (IFF_BRIDGE_PORT, its rx_handler), or null. */
    BridgeDevice master;
    final MulticastList multicast = new MulticastList();

    private CapturePoint capture;
    private LinkNamespace captureNamespace;
    private String captureName;

    NetDevice(final Machine machine, final String name, final long mac, final int mtu)
    {
        this.machine = machine;
        this.name = name;
        this.mac = mac;
        this.mtu = mtu;
    }

    /** @return the family's part of this device, or null before the family attached it. */
    @SuppressWarnings("unchecked")
    public final <T> T part(final DevicePart<T> key)
    {
        return (T) parts[key.index];
    }

    /**
     * @param index a {@link DevicePart#index()}, held by the family in a {@code static final} so that the compiler
     *              sees a constant on the packet path.
     * @return the part in that slot, or null.
     */
    public final Object part(final int index)
    {
        return parts[index];
    }

    /** Attaches the family's part of this device (once, when the device is first registered). */
    public final <T> void attachPart(final DevicePart<T> key, final T part)
    {
        if (parts[key.index] != null)
        {
            throw new IllegalStateException(this + " has that part already");
        }
        parts[key.index] = part;
    }

    public abstract DeviceKind kind();

    /**
     * @return the live device at the other end of this one's link into possibly another namespace (a veth's peer),
     *         or null: what rtnl_fill_link_netnsid names, and what a change of this device's state reaches too.
     */
    public NetDevice livePeer()
    {
        return null;
    }

    /** @return true for a device that may not change namespace (NETIF_F_NETNS_LOCAL: lo, bridges). */
    boolean isNetnsImmutable()
    {
        return false;
    }

    /**
     * Sets where the carrier count starts: a device whose driver turns the carrier off once it is registered
     * (veth_newlink, tun) has counted that change; one that never has it off before it is up (lo, a bridge) none.
     */
    final void carrierStartsOff(final boolean off)
    {
        carrierNoted = !off;
        carrierChanges = off ? 1 : 0;
    }

    /**
     * Notes the carrier after a change that may have moved it: netif_carrier_on/off count real changes only, and
     * each one is an event for linkwatch.
     */
    final void noteCarrier()
    {
        final boolean carrier = hasCarrier();
        if (carrier != carrierNoted)
        {
            carrierNoted = carrier;
            carrierChanges++;
            machine.linkWatch().fire(this);
        }
    }

    /** @return IFLA_CARRIER_CHANGES, which {@code ip -s -s link} prints as {@code transns}. */
    public long carrierChanges()
    {
        return carrierChanges;
    }

    /** @return true when the link below is there (LOWER_UP): a veth whose peer is up, an attached tap. */
    public abstract boolean hasCarrier();

    /** @return the largest MTU the driver accepts ({@code maxmtu}). */
    public abstract int maxMtu();

    /** @return the smallest MTU the driver accepts ({@code minmtu}). */
    public int minMtu()
    {
        return 68;
    }

    /** Hands an Ethernet frame to the medium. The device owns the frame from here. */
    abstract void transmitToMedium(Frame frame, long now);

    public LinkNamespace namespace()
    {
        return namespace;
    }

    public int ifindex()
    {
        return ifindex;
    }

    public String name()
    {
        return name;
    }

    public long mac()
    {
        return mac;
    }

    public int mtu()
    {
        return mtu;
    }

    /** @return true when the device is administratively up (IFF_UP). */
    public boolean isUp()
    {
        return adminUp;
    }

    /**
     * @return IFF_RUNNING as dev_get_flags reports it: up, with an operational state of UP or UNKNOWN
     *         (netif_oper_up). It follows the carrier only once linkwatch handled the change; until then {@code ip
     *         link} shows {@code NO-CARRIER} next to {@code LOWER_UP}, or the other way round.
     */
    public boolean isRunning()
    {
        return adminUp && isOperUp();
    }

    /** @return netif_oper_up: the stored operational state is UP or UNKNOWN. */
    boolean isOperUp()
    {
        return operState == OperState.UP || operState == OperState.UNKNOWN;
    }

    /** @return addrconf_link_ready: the operational state is up and the transmit queue is on its real qdisc. */
    public boolean isLinkReady()
    {
        return isOperUp() && txActive;
    }

    /** @return qdisc_tx_changing: the default qdisc is attached but the queue is still (or again) on noop. */
    boolean qdiscTxChanging()
    {
        return qdiscAttached && !txActive;
    }

    /** RFC 2863 operational states, as IFLA_OPERSTATE reports them. */
    public enum OperState
    {
        UNKNOWN, DOWN, LOWERLAYERDOWN, UP
    }

    /**
     * @return IFLA_OPERSTATE: DOWN when admin down, else the state linkwatch last set (see {@link LinkWatch}), which
     *         lags a carrier change until the work ran for this device. A loopback never has a carrier event, so it
     *         stays UNKNOWN, as does a bridge before its first port.
     */
    public OperState operState()
    {
        return adminUp ? operState : OperState.DOWN;
    }

    /**
     * default_operstate: UP with carrier; without it DOWN, unless the device has a lower one (iflink not its own
     * index) that the index finds in the device's own namespace and that has no carrier either: LOWERLAYERDOWN.
     * For a veth the index is the peer's in the peer's namespace, so the device found may be an unrelated one.
     */
    OperState defaultOperState()
    {
        if (hasCarrier())
        {
            return OperState.UP;
        }
        final int iflink = iflink();
        if (iflink == ifindex)
        {
            return OperState.DOWN;
        }
        final NetDevice lower = namespace.deviceByIndex(iflink);
        return lower == null || lower.hasCarrier() ? OperState.DOWN : OperState.LOWERLAYERDOWN;
    }

    /** @return dev_get_iflink: the index of the device below (a veth's peer, in its own namespace), else its own. */
    public int iflink()
    {
        return ifindex;
    }

    /**
     * @return the qdisc kind (TCA_KIND) the kernel reports: {@code noop} until the device is first brought up in
     *         its namespace, then {@code noqueue} for queueless devices (loopback, veth) or {@code pfifo_fast}.
     */
    public String qdiscKind()
    {
        if (!qdiscAttached)
        {
            return "noop";
        }
        return kind() == DeviceKind.TAP ? "pfifo_fast" : "noqueue";
    }

    /** @return txqueuelen. */
    public int txQueueLength()
    {
        return 1000;
    }

    public boolean isLoopback()
    {
        return kind() == DeviceKind.LOOPBACK;
    }

    /** @return the device's counters, made (all zero) the first time they are counted or read. */
    public final DeviceCounters counters()
    {
        DeviceCounters made = counters;
        if (made == null)
        {
            made = new DeviceCounters();
            counters = made;
        }
        return made;
    }

    /** @return the bridge this device is a port of, or null. */
    public BridgeDevice master()
    {
        return master;
    }

    /** @return the multicast list {@code bridge fdb show} prints as {@code self permanent} entries. */
    public MulticastList multicast()
    {
        return multicast;
    }

    /** @return false once the device has been deleted. */
    public boolean isAlive()
    {
        return alive;
    }

    /**
     * Sends a frame out: capture, counters, then the medium. A device that is down drops it (the stack does not
     * route through down devices, so this only happens to frames queued before the device went down).
     */
    public final void transmit(final Frame frame, final long now)
    {
        // The sender's socket stops paying for the frame once a device has it (veth, lo and tun orphan it).
        frame.orphan();
        if (!adminUp || !alive)
        {
            counters().txDropped++;
            frame.release();
            return;
        }
        transmitToMedium(frame, now);
    }

    /** Reports a frame leaving the device to the capture hook. */
    final void captureOutbound(final Frame frame, final long now)
    {
        final CapturePoint point = capturePoint();
        if (point != null)
        {
            point.capture(now, true, frame.buffer(), frame.offset(), frame.length());
        }
    }

    /**
     * Takes a frame from the medium into the stack: capture, counters, then the namespace's link layer.
     */
    public final void receive(final Frame frame, final long now)
    {
        if (!adminUp || !alive)
        {
            counters().rxDropped++;
            frame.release();
            return;
        }
        captureAndCountInbound(frame, now);
        if (!isLoopback())
        {
            // skb_scrub_packet: a frame from elsewhere keeps no connection-tracking entry of the namespace it left;
            // one looped through lo keeps its own (loopback_xmit does not scrub).
            frame.detachConntrack();
        }
        final BridgeDevice bridge = master;
        if (bridge != null)
        {
            // The port's rx_handler: the bridge takes the frame; the port's own stack never sees it.
            bridge.handleFrame(this, frame, now);
            return;
        }
        frame.ingressIfindex = ifindex;
        namespace.linkLayer.receive(this, frame, now);
    }

    /** A frame a bridge passes up to its own device: captured and counted there, then the namespace's stack. */
    final void deliverToStack(final Frame frame, final long now)
    {
        captureAndCountInbound(frame, now);
        frame.ingressIfindex = ifindex;
        namespace.linkLayer.receive(this, frame, now);
    }

    /** Where {@code tcpdump -i DEV} and {@code ip -s link} see a frame come in: the capture hook, then RX counters. */
    private void captureAndCountInbound(final Frame frame, final long now)
    {
        final CapturePoint point = capturePoint();
        if (point != null)
        {
            point.capture(now, false, frame.buffer(), frame.offset(), frame.length());
        }
        counters().countRx(countedLength(frame.length()));
    }

    /** @return the bytes {@code ip -s link} counts for a frame of this length: all of it, but on a loopback. */
    int countedLength(final int frameLength)
    {
        return frameLength;
    }

    private CapturePoint capturePoint()
    {
        if (machine.captureSink() == null)
        {
            return null;
        }
        // One capture point per (namespace, name): a device moved or renamed starts a new file or interface block.
        if (capture == null || captureNamespace != namespace || !name.equals(captureName))
        {
            captureNamespace = namespace;
            captureName = name;
            capture = machine.captureSink().open(namespace.isHost() ? CaptureSink.INITIAL_NAMESPACE : namespace.name(),
                name, mac);
        }
        return capture;
    }

    /** Called when the device leaves its namespace or is deleted: timers, queues, in-flight state. */
    void detach()
    {
    }

    @Override
    public String toString()
    {
        return name + "(" + ifindex + ")";
    }
}
