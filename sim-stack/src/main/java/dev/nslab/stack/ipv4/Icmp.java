package dev.nslab.stack.ipv4;

import java.util.Arrays;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourTable;

/**
 * ICMP for one namespace (RFC 792; net/ipv4/icmp.c): what arrives goes to the raw sockets, then the kernel answers
 * echo requests and learns path MTUs; errors about offending packets go out with the kernel's refusals and rate
 * limits. Its messages leave through IPv4's one local-output path.
 */
final class Icmp
{
    /** IPTOS_PREC_INTERNETCONTROL: the precedence icmp_send gives errors. */
    private static final int TOS_INTERNET_CONTROL = 0xC0;
    /** RFC 1812 / icmp_send: an error quotes at most 576 bytes of IP datagram in all. */
    private static final int ICMP_ERROR_MAX = 576;

    private final Ipv4Namespace namespace;
    private final Ipv4 ipv4;
    private Ipv4View ipField;
    private Ipv4View innerIpField;
    private IcmpView icmpField;
    private RouteResult routeField;
    final IcmpRateLimiter rateLimiter;
    /**
     * The raw ICMP sockets, copied on every change: a delivery walks the array it started with, so a receiver may
     * open or close a socket inside its callback (new arrays only on open and close, none per packet).
     */
    private Listener[] listeners = new Listener[0];
    /** ICMP checksums summed on receipt (those not known right already): how tests see one was skipped. */
    long checksumsVerified;

    Icmp(final Ipv4Namespace namespace, final Ipv4 ipv4)
    {
        this.namespace = namespace;
        this.ipv4 = ipv4;
        this.rateLimiter = new IcmpRateLimiter(namespace.machine.timers());
    }

    /** Receives every ICMP message delivered to this namespace, as a raw ICMP socket does. */
    interface Listener
    {
        /**
         * @param packet       the IP packet (frame positioned at the IP header); do not keep, change or release it.
         * @param inputIfindex inet_iif: the device it counts as received on, for sockets bound to one.
         */
        void onIcmp(Frame packet, int inputIfindex, long now);

        /**
         * raw_v4_match for an ICMP error about our own packet from {@code ourSource}, arrived on the device with
         * index {@code inputIfindex}: the socket is open, bound to no other address and no other device.
         */
        boolean matchesError(int ourSource, int inputIfindex);

        /** @return the device the socket is bound to (SO_BINDTODEVICE), 0 for none. */
        int boundIfindex();
    }

    void addListener(final Listener listener)
    {
        final Listener[] more = Arrays.copyOf(listeners, listeners.length + 1);
        more[more.length - 1] = listener;
        listeners = more;
    }

    void removeListener(final Listener listener)
    {
        final Listener[] current = listeners;
        for (int i = 0; i < current.length; i++)
        {
            if (current[i] == listener)
            {
                final Listener[] fewer = new Listener[current.length - 1];
                System.arraycopy(current, 0, fewer, 0, i);
                System.arraycopy(current, i + 1, fewer, i, fewer.length - i);
                listeners = fewer;
                return;
            }
        }
    }

    /** icmp_rcv: checksum, raw sockets, then the kernel's own handling (echo). */
    Ipv4Verdict receive(final Frame frame, final int inputIfindex, final long now)
    {
        final byte[] buffer = frame.buffer();
        final Ipv4View ip = ip().wrap(buffer, frame.offset());
        final int icmpOffset = ip.payloadOffset();
        final int icmpLength = ip.totalLength() - ip.headerLength();
        namespace.stats().icmpInMsgs++;
        if (icmpLength < IcmpView.HEADER_LENGTH)
        {
            return Ipv4Verdict.ICMP_TRUNCATED;
        }
        if (!frame.checksumUnnecessary)
        {
            // skb_checksum_simple_validate: only bytes not known right (from outside, or a user's raw socket) are
            // summed; a message this or another simulated stack checksummed arrives marked and is taken as is.
            checksumsVerified++;
            if (!IcmpView.isValid(buffer, icmpOffset, icmpLength))
            {
                return Ipv4Verdict.ICMP_CHECKSUM;
            }
            // Verified: an echo reply made from it in place (RFC 1624) is right by construction.
            frame.checksumUnnecessary = true;
        }
        learnPathMtu(buffer, icmpOffset, icmpLength, now);
        // Read before the sockets see the packet: a receiver that sends re-points this stack's shared views.
        final int type = icmp().wrap(buffer, icmpOffset).type();
        final boolean echoRequest = type == IcmpView.TYPE_ECHO_REQUEST;
        final int destination = ip.destination();
        final Listener[] listeners = this.listeners;
        for (final Listener listener : listeners)
        {
            listener.onIcmp(frame, inputIfindex, now);
        }
        if (type == IcmpView.TYPE_REDIRECT)
        {
            final NetDevice input = namespace.deviceByIndex(inputIfindex);
            if (input != null)
            {
                takeRedirect(frame, inputIfindex, input, now);
            }
            return Ipv4Verdict.CONSUMED;
        }
        if (echoRequest && namespace.isLocalAddress(destination) && !namespace.sysctls.icmpEchoIgnoreAll)
        {
            return answerEcho(frame, now);
        }
        return Ipv4Verdict.CONSUMED;
    }

    /**
     * icmp_unreach + icmp_err: "fragmentation needed" about an ICMP message of ours lowers the path MTU to its
     * destination (ipv4_update_pmtu), which later sends to it use.
     */
    private void learnPathMtu(final byte[] buffer, final int icmpOffset, final int icmpLength, final long now)
    {
        final IcmpView icmp = icmp().wrap(buffer, icmpOffset);
        if (icmp.type() != IcmpView.TYPE_DEST_UNREACHABLE || icmp.code() != IcmpView.CODE_FRAGMENTATION_NEEDED
            || icmpLength < IcmpView.HEADER_LENGTH + Ipv4View.MIN_HEADER_LENGTH)
        {
            return;
        }
        final int mtu = icmp.rest() & 0xFFFF;
        final Ipv4View inner = innerIp().wrap(buffer, icmp.dataOffset());
        if (mtu == 0 || inner.protocol() != Ipv4View.PROTOCOL_ICMP)
        {
            return;
        }
        final int destination = inner.destination();
        final RouteResult route = route();
        if (namespace.routeOutput(destination, 0, 0, route))
        {
            ipv4.pathMtu.update(destination, mtu, Math.min(route.device.mtu(), 0xFFFF), now);
        }
    }

    /** icmp_echo + icmp_reply, in place: the request becomes the reply. */
    private Ipv4Verdict answerEcho(final Frame frame, final long now)
    {
        final byte[] buffer = frame.buffer();
        final Ipv4View ip = ip().wrap(buffer, frame.offset());
        final int requester = ip.source();
        final int us = ip.destination();
        final RouteResult route = route();
        // icmp_reply: from the address the request was sent to, which the rules see.
        if (!namespace.routes.routeOutput(requester, us, 0, route))
        {
            return Ipv4Verdict.OUTPUT_NO_ROUTE;
        }
        icmp().wrap(buffer, ip.payloadOffset()).echoRequestToReply();
        final int headerLength = ip.headerLength();
        if (headerLength > Ipv4View.MIN_HEADER_LENGTH)
        {
            // Options are not echoed: move the ICMP message up against a plain header.
            final int icmpLength = ip.totalLength() - headerLength;
            System.arraycopy(buffer, frame.offset() + headerLength, buffer,
                frame.offset() + Ipv4View.MIN_HEADER_LENGTH, icmpLength);
            frame.truncate(Ipv4View.MIN_HEADER_LENGTH + icmpLength);
        }
        // ip_select_ttl: the kernel's ICMP socket sets no TTL, so the route's hoplimit metric (none here) or the
        // namespace's net.ipv4.ip_default_ttl.
        ip.write(ip.tos(), frame.length(), ipv4.nextIdentification(), 0, namespace.sysctls.defaultTtl,
            Ipv4View.PROTOCOL_ICMP, us, requester);
        namespace.stats().icmpOutMsgs++;
        return ipv4.localOut(frame, route, route.device.mtu(), now);
    }

    /** ipv4_link_failure: the neighbour of a queued packet could not be resolved (taken over). */
    void linkFailure(final Frame packet, final long now)
    {
        sendError(packet, IcmpView.TYPE_DEST_UNREACHABLE, IcmpView.CODE_HOST_UNREACHABLE, 0, now);
        ipv4.settle(packet, Ipv4Verdict.CONSUMED);
    }

    /**
     * icmp_send: an error about {@code offending} (positioned at its IP header; not released here) to its source,
     * with the kernel's refusals (no error about an error, a non-first fragment, a broadcast or multicast) and its
     * per-host rate limit (not for errors that go out through loopback).
     */
    void sendError(final Frame offending, final int type, final int code, final int info, final long now)
    {
        final byte[] buffer = offending.buffer();
        final Ipv4View original = innerIp().wrap(buffer, offending.offset());
        final int originalSource = original.source();
        final int originalDestination = original.destination();
        if ((original.flagsFragment() & Ipv4View.FRAGMENT_OFFSET_MASK) != 0)
        {
            return;
        }
        if (originalSource == 0 || Ipv4View.isMulticast(originalSource) || originalSource == 0xFFFF_FFFF
            || Ipv4View.isMulticast(originalDestination) || ipv4.isBroadcastFor(originalDestination))
        {
            return;
        }
        if (original.protocol() == Ipv4View.PROTOCOL_ICMP)
        {
            final int innerOffset = original.payloadOffset();
            if (innerOffset < offending.end())
            {
                final int innerType = buffer[innerOffset] & 0xFF;
                if (IcmpView.isError(innerType) || innerType > 18)
                {
                    return;
                }
            }
        }
        final boolean wasForUs = namespace.isLocalAddress(originalDestination);
        final RouteResult route = route();
        // icmp_send: from the offending packet's destination when it was ours, else chosen by the route.
        if (!namespace.routes.routeOutput(originalSource, wasForUs ? originalDestination : 0, 0, route))
        {
            return;
        }
        if (isRateLimitedType(type) && !route.device.isLoopback()
            && !rateLimiter.icmpAllows(originalSource, now))
        {
            namespace.stats().icmpOutRateLimited++;
            return;
        }
        final int source = wasForUs ? originalDestination : route.source;
        final int room = Math.min(ICMP_ERROR_MAX, route.device.mtu()) - Ipv4View.MIN_HEADER_LENGTH
            - IcmpView.HEADER_LENGTH;
        final int quoted = Math.min(room, Math.min(original.totalLength(), offending.length()));
        final Frame error = namespace.machine.pool().acquire().reset(IcmpView.HEADER_LENGTH + quoted);
        final byte[] out = error.buffer();
        System.arraycopy(buffer, offending.offset(), out, error.offset() + IcmpView.HEADER_LENGTH, quoted);
        icmp().wrap(out, error.offset()).type(type).code(code).rest(info)
            .updateChecksum(IcmpView.HEADER_LENGTH + quoted);
        error.checksumUnnecessary = true;
        final int tos = (original.tos() & 0x1E) | TOS_INTERNET_CONTROL;
        final int totalLength = error.length() + Ipv4View.MIN_HEADER_LENGTH;
        final int ipOffset = error.push(Ipv4View.MIN_HEADER_LENGTH);
        // ip_select_ttl, as for echo replies: net.ipv4.ip_default_ttl.
        ip().wrap(out, ipOffset).write(tos, totalLength, ipv4.nextIdentification(), 0, namespace.sysctls.defaultTtl,
            Ipv4View.PROTOCOL_ICMP, source, originalSource);
        namespace.stats().icmpOutMsgs++;
        ipv4.settle(error, ipv4.localOut(error, route, route.device.mtu(), now));
    }

    /**
     * ip_rt_send_redirect: a packet about to be forwarded out of the device it came in on, to a source on that link,
     * earns its source an ICMP host redirect naming {@code nextHop}, within the per-source back-off.
     */
    void sendRedirect(final Frame packet, final int nextHop, final long now)
    {
        final int source = innerIp().wrap(packet.buffer(), packet.offset()).source();
        if (rateLimiter.redirectAllows(source, now))
        {
            sendError(packet, IcmpView.TYPE_REDIRECT, IcmpView.CODE_REDIRECT_HOST, nextHop, now);
        }
    }

    /**
     * icmp_redirect: a redirect about a packet of ours reaches the flow's route through raw_icmp_error (a raw ICMP
     * socket on the device it came in on, as ping's is) or icmp_err (an echo reply the kernel sent), and
     * __ip_do_redirect takes it: the route must go through the redirect's sender, the new gateway must be acceptable
     * to the receiving device (accept_redirects, shared_media or on-link and, with secure_redirects, a route's
     * gateway), and its neighbour valid; one not valid yet is only resolved (neigh_event_send), so the next redirect
     * finds it.
     */
    private void takeRedirect(final Frame frame, final int inputIfindex, final NetDevice input, final long now)
    {
        final byte[] buffer = frame.buffer();
        final Ipv4View ip = ip().wrap(buffer, frame.offset());
        final int icmpOffset = ip.payloadOffset();
        final int icmpLength = ip.totalLength() - ip.headerLength();
        final IcmpView icmp = icmp().wrap(buffer, icmpOffset);
        if (icmpLength < IcmpView.HEADER_LENGTH + Ipv4View.MIN_HEADER_LENGTH || (icmp.code() & 7) > 3)
        {
            return;
        }
        final Ipv4View inner = innerIp().wrap(buffer, icmp.dataOffset());
        if (icmpLength < IcmpView.HEADER_LENGTH + inner.headerLength() + 8
            || inner.protocol() != Ipv4View.PROTOCOL_ICMP)
        {
            return;
        }
        final int innerType = buffer[icmp.dataOffset() + inner.headerLength()] & 0xFF;
        final int oif;
        if (innerType == IcmpView.TYPE_ECHO_REPLY)
        {
            oif = 0; // icmp_err: ipv4_redirect, no socket
        }
        else
        {
            oif = rawSocketBinding(inner.source(), inputIfindex);
            if (oif < 0)
            {
                return; // no raw socket takes it, and ping_err finds no datagram socket
            }
        }
        doRedirect(ip.source(), icmp.rest(), inner.source(), inner.destination(), oif, input, now);
    }

    /** @return the bound device of the first raw ICMP socket raw_v4_match finds for the redirect, 0 if unbound. */
    private int rawSocketBinding(final int innerSource, final int inputIfindex)
    {
        for (final Listener listener : listeners)
        {
            if (listener.matchesError(innerSource, inputIfindex))
            {
                return listener.boundIfindex();
            }
        }
        return -1;
    }

    /** __ip_do_redirect for the flow from {@code source} to {@code destination}, bound to {@code oif}. */
    private void doRedirect(final int oldGateway, final int newGateway, final int source, final int destination,
        final int oif, final NetDevice input, final long now)
    {
        final RouteResult route = route();
        if (!namespace.routes.routeOutput(destination, source, oif, route) || route.route == null)
        {
            return;
        }
        // rt_gw4: the gateway the route goes through now (a redirect's, once one was taken) must have sent this.
        final int gateway = route.isRedirected() ? route.redirectedGateway
            : route.route.usesGateway() ? route.route.gateway : 0;
        if (gateway == 0 || gateway != oldGateway)
        {
            return;
        }
        final Ipv4Sysctls sysctls = namespace.sysctls;
        final boolean accept = Ipv4Sysctls.forwards(input) ? sysctls.andConf(input, Setting.ACCEPT_REDIRECTS)
            : sysctls.orConf(input, Setting.ACCEPT_REDIRECTS);
        if (newGateway == oldGateway || !accept || Ipv4View.isMulticast(newGateway) || newGateway == 0xFFFF_FFFF
            || (newGateway >>> 24) == 0)
        {
            return;
        }
        if (!sysctls.orConf(input, Setting.SHARED_MEDIA))
        {
            if (!AddressConfig.onLink(input, newGateway, oldGateway)
                || sysctls.orConf(input, Setting.SECURE_REDIRECTS) && !namespace.fib.isGatewayThrough(newGateway, input))
            {
                return;
            }
        }
        else if (namespace.routes.addressType(newGateway) != Route.Type.UNICAST)
        {
            return;
        }
        final Route taken = route.route;
        final NeighbourTable neighbours = Ipv4Device.of(route.device).neighbours;
        final Neighbour neighbour = neighbours.lookupOrCreate(newGateway, now);
        if (neighbour == null)
        {
            return;
        }
        if (!neighbour.state().isValid())
        {
            neighbours.solicit(neighbour, now);
        }
        else
        {
            if (taken.redirects == null)
            {
                taken.redirects = new RedirectExceptions();
            }
            taken.redirects.update(destination, newGateway, now);
            namespace.fib.invalidateRoutes(); // the route now answers by its exceptions

        }
    }

    /** icmp_ratemask 6168: destination unreachable, source quench, time exceeded, parameter problem. */
    private static boolean isRateLimitedType(final int type)
    {
        return ((6168 >>> type) & 1) != 0;
    }

    /** @return the scratch Ipv4View, made when first used: most namespaces never need it. */
    private Ipv4View ip()
    {
        if (ipField == null)
        {
            ipField = new Ipv4View();
        }
        return ipField;
    }

    /** @return the scratch Ipv4View, made when first used: most namespaces never need it. */
    private Ipv4View innerIp()
    {
        if (innerIpField == null)
        {
            innerIpField = new Ipv4View();
        }
        return innerIpField;
    }

    /** @return the scratch IcmpView, made when first used: most namespaces never need it. */
    private IcmpView icmp()
    {
        if (icmpField == null)
        {
            icmpField = new IcmpView();
        }
        return icmpField;
    }

    /** @return the scratch RouteResult, made when first used: most namespaces never need it. */
    private RouteResult route()
    {
        if (routeField == null)
        {
            routeField = new RouteResult();
        }
        return routeField;
    }
}
