package dev.nslab.stack.ipv6;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.link.NetDevice;

/**
 * What happens to a packet that is not for this host (ip6_route_input, then ip6_pkt_discard or ip6_forward): no
 * route, an unreachable or a prohibit route answer with ICMPv6 destination unreachable even on a host; a blackhole
 * route drops silently; a route to elsewhere forwards it when {@code net.ipv6.conf.all.forwarding} is on (else it
 * is dropped silently), after the hop limit check (time exceeded) and the source check (a link-local source may
 * not leave its link: beyond scope) and the MTU check (packet too big), with the hop limit decremented, to the
 * next hop's neighbour. A packet a
 * router would send back out of the device it came in on is forwarded without the redirect the kernel would also
 * send (nslab does not send IPv6 redirects yet).
 */
final class Ipv6Forwarding
{
    /** ICMPV6_NOROUTE. */
    static final int CODE_NO_ROUTE = 0;
    private static final int CODE_ADMINISTRATIVELY_PROHIBITED = 1;
    private static final int CODE_BEYOND_SCOPE = 2;
    private static final int CODE_HOP_LIMIT = 0;

    private final Ipv6Namespace namespace;
    private final Ipv6View ip = new Ipv6View();

    Ipv6Forwarding(final Ipv6Namespace namespace)
    {
        this.namespace = namespace;
    }

    /**
     * @param toDeviceAddress whether the frame was sent to the device's own MAC (PACKET_HOST): only such a packet
     *                        is forwarded or answered.
     * @return true when the packet was taken over (forwarded); otherwise the caller releases it.
     */
    boolean receive(final NetDevice device, final Frame packet, final boolean toDeviceAddress, final long now)
    {
        final Ipv6View ip = this.ip.wrap(packet.buffer(), packet.offset());
        final long destinationHigh = ip.destinationHigh();
        final long destinationLow = ip.destinationLow();
        if (!toDeviceAddress || Ipv6Address.needsScope(destinationHigh))
        {
            return false;
        }
        final Ipv6Route route = namespace.routeOutput(destinationHigh, destinationLow, null);
        // A route out of lo discards as an unreachable one does (both are ip6_pkt_discard).
        final Ipv6Route.Type type = route == null ? null
            : route.discards() ? Ipv6Route.Type.UNREACHABLE : route.type;
        if (route == null || type == Ipv6Route.Type.UNREACHABLE || type == Ipv6Route.Type.PROHIBIT)
        {
            namespace.stats().inNoRoutes++;
        }
        if (route == null)
        {
            namespace.icmp().sendError(packet, Icmpv6.TYPE_DESTINATION_UNREACHABLE, CODE_NO_ROUTE, 0, device, now);
            return false;
        }
        switch (type)
        {
            case UNREACHABLE ->
            {
                namespace.icmp().sendError(packet, Icmpv6.TYPE_DESTINATION_UNREACHABLE, CODE_NO_ROUTE, 0, device,
                    now);
                return false;
            }
            case PROHIBIT ->
            {
                namespace.icmp().sendError(packet, Icmpv6.TYPE_DESTINATION_UNREACHABLE,
                    CODE_ADMINISTRATIVELY_PROHIBITED, 0, device, now);
                return false;
            }
            case UNICAST ->
            {
            }
            default ->
            {
                return false;
            }
        }
        return forward(device, packet, route, now);
    }

    /** ip6_forward along the route the input lookup found. */
    private boolean forward(final NetDevice device, final Frame packet, final Ipv6Route route, final long now)
    {
        if (namespace.sysctls().all().forwarding == 0)
        {
            namespace.stats().inAddrErrors++;
            return false;
        }
        final Ipv6View ip = this.ip.wrap(packet.buffer(), packet.offset());
        if (ip.hopLimit() <= 1)
        {
            namespace.stats().inHdrErrors++;
            namespace.icmp().sendError(packet, Icmpv6.TYPE_TIME_EXCEEDED, CODE_HOP_LIMIT, 0, device, now);
            return false;
        }
        final long sourceHigh = ip.sourceHigh();
        final long sourceLow = ip.sourceLow();
        if (route.device != device)
        {
            // This check is security critical (ip6_forward): nothing from ::, a group or loopback leaves.
            if (Ipv6Address.isUnspecified(sourceHigh, sourceLow) || Ipv6Address.isMulticast(sourceHigh)
                || sourceHigh == 0 && sourceLow == 1)
            {
                namespace.stats().inAddrErrors++;
                return false;
            }
            if ((sourceHigh & 0xFFC0_0000_0000_0000L) == Ipv6Address.LINK_LOCAL_HIGH)
            {
                namespace.stats().inAddrErrors++;
                namespace.icmp().sendError(packet, Icmpv6.TYPE_DESTINATION_UNREACHABLE, CODE_BEYOND_SCOPE, 0,
                    device, now);
                return false;
            }
        }
        final int mtu = Math.max(route.device.mtu(), Ipv6Device.MIN_MTU);
        if (packet.length() > mtu)
        {
            // A router never fragments: the sender learns the path MTU (never rate limited).
            namespace.stats().inTooBigErrors++;
            namespace.icmp().sendError(packet, Icmpv6.TYPE_PACKET_TOO_BIG, 0, mtu, device, now);
            return false;
        }
        ip.hopLimit(ip.hopLimit() - 1);
        namespace.stats().outForwDatagrams++;
        namespace.output().forward(packet, route, now);
        return true;
    }
}
