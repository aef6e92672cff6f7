package dev.nslab.stack.ipv4;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.EventHandler;
import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.wire.ArpView;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.netlink.Scope;

/**
 * ARP for one namespace (RFC 826, net/ipv4/arp.c's arp_process and arp_solicit, arp_accept=0): a request is
 * answered when the input route of its target from its sender is local ({@link RouteConfig#routeInput} in its ARP
 * mode, so reverse-path filtering and accept_local apply to the sender) and {@code arp_ignore} and
 * {@code arp_filter} allow it, or, with {@code proxy_arp} and forwarding on the input device, when the target is
 * routed through another device (the answer to a broadcast request waits a random time below proxy_delay, 0.8 s, as
 * pneigh_enqueue has it). The sender of an answered request is learned as STALE; replies confirm entries that are
 * resolving. Requests go out with the source address {@code arp_announce} picks. Frames are 42 bytes: Linux does not
 * pad ARP on veth or tap.
 */
final class Arp implements EventHandler
{
    /** NEIGH_VAR PROXY_DELAY's default, (8 * HZ) / 10. */
    private static final long PROXY_DELAY_JIFFIES = 8L * KernelTimers.HZ / 10;

    private final Ipv4Namespace namespace;
    private final ArpView arp = new ArpView();
    /** The newest packet waiting for a neighbour, read for its source address. */
    private Ipv4View waitingIpField;
    private RouteResult filterRouteField;
    /** The input route of a request's target (ip_route_input_noref), kept apart from {@link #filterRoute}. */
    private RouteResult inputRouteField;

    Arp(final Ipv4Namespace namespace)
    {
        this.namespace = namespace;
    }

    /** A request held back for a proxy answer (pneigh_enqueue's copy of the skb). */
    private record HeldRequest(NetDevice device, long senderMac, int senderIp, int targetIp)
    {
    }

    /** arp_rcv + arp_process. The frame is positioned after the Ethernet header. */
    void receive(final NetDevice device, final Frame frame, final boolean unicastToUs, final long now)
    {
        final byte[] buffer = frame.buffer();
        final int offset = frame.offset();
        if (!ArpView.isValid(buffer, offset, frame.length()) || device.isLoopback())
        {
            namespace.stats().arpDropped++;
            frame.release();
            return;
        }
        final ArpView arp = this.arp.wrap(buffer, offset);
        final int operation = arp.operation();
        final long senderMac = arp.senderMac();
        final int senderIp = arp.senderIp();
        final int targetIp = arp.targetIp();
        frame.release();
        if (operation != ArpView.OPERATION_REQUEST && operation != ArpView.OPERATION_REPLY)
        {
            return;
        }
        if (Ipv4View.isMulticast(targetIp) || (targetIp >>> 24) == 127 || EthernetView.isMulticast(senderMac))
        {
            return;
        }
        process(device, operation, senderMac, senderIp, targetIp, unicastToUs, false, now);
    }

    /** arp_process from its checks on: {@code redo} for a request coming back from the proxy queue. */
    private void process(final NetDevice device, final int operation, final long senderMac, final int senderIp,
        final int targetIp, final boolean unicastToUs, final boolean redo, final long now)
    {
        if (senderIp == 0)
        {
            // Duplicate address detection probe: answer it, learn nothing.
            if (operation == ArpView.OPERATION_REQUEST && namespace.isLocalAddress(targetIp)
                && !ignores(device, senderIp, targetIp))
            {
                sendArp(device, ArpView.OPERATION_REPLY, senderMac, targetIp, senderMac, senderIp, now);
            }
            return;
        }
        if (operation == ArpView.OPERATION_REQUEST)
        {
            final RouteResult input = inputRoute();
            final boolean routed = namespace.routes.routeInput(targetIp, senderIp, device, true, input);
            if (routed && input.kind == RouteResult.Kind.LOCAL)
            {
                if (!ignores(device, senderIp, targetIp) && !filters(device, senderIp))
                {
                    Ipv4Device.of(device).neighbours.learnFromRequest(senderIp, senderMac, now);
                    sendArp(device, ArpView.OPERATION_REPLY, senderMac, targetIp, senderMac, senderIp, now);
                }
                return;
            }
            if (routed && input.kind == RouteResult.Kind.UNICAST && Ipv4Sysctls.forwards(device)
                && input.device != device && namespace.sysctls.orConf(device, Setting.PROXY_ARP))
            {
                // arp_fwd_proxy (medium_id 0): answer for the target with our own address.
                Ipv4Device.of(device).neighbours.learnFromRequest(senderIp, senderMac, now);
                if (redo || unicastToUs)
                {
                    sendArp(device, ArpView.OPERATION_REPLY, senderMac, targetIp, senderMac, senderIp, now);
                }
                else
                {
                    holdForProxy(device, senderMac, senderIp, targetIp, now);
                }
                return;
            }
        }
        Ipv4Device.of(device).neighbours.learnFromArp(senderIp, senderMac, operation == ArpView.OPERATION_REPLY && unicastToUs,
            now);
    }

    /** pneigh_enqueue: the request comes back after a random delay below proxy_delay. */
    private void holdForProxy(final NetDevice device, final long senderMac, final int senderIp, final int targetIp,
        final long now)
    {
        final Machine machine = namespace.machine;
        final long delay = machine.random().nextLong(PROXY_DELAY_JIFFIES);
        final long expires = machine.timers().jiffies(now) + delay;
        machine.loop().post(machine.timers().fireTime(now, expires), this,
            new HeldRequest(device, senderMac, senderIp, targetIp), 0);
    }

    /** neigh_proxy_process: arp_redo of a held request, if its device is still here and up. */
    @Override
    public void onEvent(final long now, final Object attachment, final long argument)
    {
        final HeldRequest held = (HeldRequest) attachment;
        final NetDevice device = held.device();
        if (!namespace.isAlive() || !device.isAlive() || device.namespace() != namespace.link || !device.isUp())
        {
            return;
        }
        process(device, ArpView.OPERATION_REQUEST, held.senderMac(), held.senderIp(), held.targetIp(), false, true,
            now);
    }

    /**
     * arp_ignore, the larger of {@code all}'s and the device's value: 0 answers for any local address; 1 only for an
     * address of the input device; 2 also wants the sender in one of its subnets; 3 not for host-scope addresses;
     * 8 never; others as 0.
     */
    private boolean ignores(final NetDevice device, final int senderIp, final int targetIp)
    {
        return switch (namespace.sysctls.maxConf(device, Setting.ARP_IGNORE))
        {
            case 1 -> namespace.confirmAddress(device, 0, targetIp, Scope.HOST) == 0;
            case 2 -> namespace.confirmAddress(device, senderIp, targetIp, Scope.HOST) == 0;
            case 3 -> namespace.confirmAddress(null, 0, targetIp, Scope.LINK) == 0;
            case 8 -> true;
            default -> false;
        };
    }

    /** arp_filter, {@code all} or the device: answer only when our route to the sender leaves through the device. */
    private boolean filters(final NetDevice device, final int senderIp)
    {
        if (!namespace.sysctls.orConf(device, Setting.ARP_FILTER))
        {
            return false;
        }
        return !namespace.routeOutput(senderIp, 0, 0, filterRoute()) || filterRoute().device() != device;
    }

    /**
     * arp_solicit: the source address, by arp_announce (the larger of {@code all}'s and the device's): 0, the waiting
     * packet's source when it is ours; 1, only when it is also in a subnet of the device that holds the target; 2,
     * never; otherwise (or when none) inet_select_addr's primary address for the target.
     */
    void solicit(final NetDevice device, final Neighbour neighbour, final boolean unicast, final long now)
    {
        final int target = neighbour.address();
        int source = 0;
        final Frame waiting = neighbour.newestQueued();
        final int announce = namespace.sysctls.maxConf(device, Setting.ARP_ANNOUNCE);
        if (waiting != null && announce != 2)
        {
            final int packetSource = waitingIp().wrap(waiting.buffer(), waiting.offset()).source();
            if (namespace.isLocalAddress(packetSource)
                && (announce != 1 || AddressConfig.onLink(device, target, packetSource)))
            {
                source = packetSource;
            }
        }
        if (source == 0)
        {
            source = namespace.selectSourceAddress(device, target, Scope.LINK);
        }
        final long destinationMac = unicast ? neighbour.mac() : EthernetView.BROADCAST;
        sendArp(device, ArpView.OPERATION_REQUEST, destinationMac, source, 0L, target, now);
    }

    private void sendArp(final NetDevice device, final int operation, final long destinationMac,
        final int senderIp, final long targetMac, final int targetIp, final long now)
    {
        final Frame frame = namespace.machine.pool().acquire().reset(ArpView.LENGTH);
        arp.wrap(frame.buffer(), frame.offset()).write(operation, device.mac(), senderIp, targetMac, targetIp);
        namespace.linkLayer.send(device, frame, destinationMac, EthernetView.ETHERTYPE_ARP, now);
    }

    /** @return the scratch Ipv4View, made when first used: most namespaces never need it. */
    private Ipv4View waitingIp()
    {
        if (waitingIpField == null)
        {
            waitingIpField = new Ipv4View();
        }
        return waitingIpField;
    }

    /** @return the scratch RouteResult, made when first used: most namespaces never need it. */
    private RouteResult filterRoute()
    {
        if (filterRouteField == null)
        {
            filterRouteField = new RouteResult();
        }
        return filterRouteField;
    }

    /** @return the scratch RouteResult, made when first used: most namespaces never need it. */
    private RouteResult inputRoute()
    {
        if (inputRouteField == null)
        {
            inputRouteField = new RouteResult();
        }
        return inputRouteField;
    }
}
