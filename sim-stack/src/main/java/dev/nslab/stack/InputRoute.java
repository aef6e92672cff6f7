package dev.nslab.stack;

import dev.nslab.stack.Ipv4DeviceConfig.Setting;

/**
 * The input route decision for a packet that arrived on a device other than lo (net/ipv4/route.c,
 * ip_route_input_slow, with fib_validate_source from fib_frontend.c): martian addresses, local delivery, broadcast,
 * forwarding as the input device's {@code forwarding} allows, and the source address checks: reverse-path filtering
 * ({@code rp_filter}, the larger of {@code all}'s and the device's value: 1 strict, any other non-zero value loose),
 * and a source that is one of our own addresses, refused unless {@code accept_local}. ARP asks the same question
 * for the target of a request, with the sender as source, and answers only when the answer is "local" (or, with
 * proxy ARP, "forward through another device").
 *
 * <p>Packets looped through lo keep the route their output chose (skb_valid_dst), so they never come here. One
 * instance per namespace, reused: {@link #route} keeps the route it found. Allocates nothing.
 */
final class InputRoute
{
    /** What ip_route_input_slow decided. */
    enum Verdict
    {
        /** RTN_LOCAL: deliver here. */
        LOCAL,
        /** RTN_BROADCAST (or the limited broadcast): deliver here. */
        BROADCAST,
        /** A unicast route through {@link #route}: forward. */
        FORWARD,
        /** No forwarding on the input device (EHOSTUNREACH): ip_error counts InAddrErrors and sends nothing. */
        HOST_UNREACHABLE,
        /** No route, forwarding on (ENETUNREACH): ip_error sends a network unreachable. */
        NET_UNREACHABLE,
        /** A martian source or a source refused by fib_validate_source (EINVAL): dropped. */
        MARTIAN_SOURCE,
        /** A martian destination (0.0.0.0, 127/8 from outside, a route that is not unicast): dropped. */
        MARTIAN_DESTINATION,
        /** The reverse-path filter refused the source (EXDEV): dropped, counted as IPReversePathFilter. */
        REVERSE_PATH,
        /** ARP only: the route to the target leaves through the input device, so no proxy answer (EINVAL). */
        SAME_DEVICE
    }

    /** fib_validate_source's answers. */
    private static final int VALID = 0;
    private static final int INVALID = -1;
    private static final int REVERSE_PATH_FAILED = -2;

    private final NetNamespace namespace;
    /** The route found by the last {@link #decide}: the forwarding route, or null. */
    Route route;

    InputRoute(final NetNamespace namespace)
    {
        this.namespace = namespace;
    }

    /**
     * ip_route_input_slow for {@code destination} from {@code source}, arrived on {@code device}.
     *
     * @param arp true for an ARP request's target (skb->protocol is not IP): broadcasts are refused, and a route back
     *            out through the input device is no answer.
     */
    Verdict decide(final int destination, final int source, final NetDevice device, final boolean arp)
    {
        route = null;
        if (isMulticast(source) || source == 0xFFFF_FFFF)
        {
            return martianSource();
        }
        if (destination == 0xFFFF_FFFF || (source == 0 && destination == 0))
        {
            return broadcastInput(source, device, arp);
        }
        if (source == 0)
        {
            return martianSource();
        }
        if (destination == 0 || isLoopback(destination))
        {
            return Verdict.MARTIAN_DESTINATION;
        }
        if (isLoopback(source))
        {
            return martianSource();
        }
        final Route found = namespace.fib.lookup(destination);
        if (found == null)
        {
            return Sysctls.forwards(device) ? Verdict.NET_UNREACHABLE : Verdict.HOST_UNREACHABLE;
        }
        if (found.type == Route.Type.BROADCAST)
        {
            return broadcastInput(source, device, arp);
        }
        if (found.type == Route.Type.LOCAL)
        {
            final int result = validateSource(source, device, 0);
            return result == VALID ? Verdict.LOCAL : refused(result);
        }
        if (!Sysctls.forwards(device))
        {
            return Verdict.HOST_UNREACHABLE;
        }
        if (found.type != Route.Type.UNICAST)
        {
            return Verdict.MARTIAN_DESTINATION;
        }
        // __mkroute_input.
        final int result = validateSource(source, device, found.device.ifindex);
        if (result != VALID)
        {
            return refused(result);
        }
        if (arp && found.device == device)
        {
            // Not IP: no route back out through the same device (proxy_arp_pvlan is off).
            return Verdict.SAME_DEVICE;
        }
        route = found;
        return Verdict.FORWARD;
    }

    /** brd_input. */
    private Verdict broadcastInput(final int source, final NetDevice device, final boolean arp)
    {
        if (arp)
        {
            return Verdict.MARTIAN_DESTINATION;
        }
        if (source != 0)
        {
            final int result = validateSource(source, device, 0);
            if (result != VALID)
            {
                return refused(result);
            }
        }
        return Verdict.BROADCAST;
    }

    private Verdict refused(final int result)
    {
        if (result == REVERSE_PATH_FAILED)
        {
            namespace.stats.ipReversePathFilter++;
            return Verdict.REVERSE_PATH;
        }
        return martianSource();
    }

    private Verdict martianSource()
    {
        namespace.stats.inMartianSources++;
        return Verdict.MARTIAN_SOURCE;
    }

    /**
     * fib_validate_source: without reverse-path filtering (and unless a forwarded packet leaves through its input
     * device, which send_redirects, on by default, would answer with a redirect) only a source that is one of our
     * own addresses is refused, unless accept_local; otherwise __fib_validate_source looks the source up.
     *
     * @param oif the forwarding route's output device, 0 for local delivery.
     */
    private int validateSource(final int source, final NetDevice device, final int oif)
    {
        final Sysctls sysctls = namespace.sysctls;
        final int rpFilter = sysctls.maxConf(device, Setting.RP_FILTER);
        final boolean acceptLocal = sysctls.orConf(device, Setting.ACCEPT_LOCAL);
        if (rpFilter == 0 && device.ifindex != oif)
        {
            if (acceptLocal)
            {
                return VALID;
            }
            return namespace.isConfiguredAddress(source) ? INVALID : VALID;
        }
        return fullCheck(source, device, rpFilter, acceptLocal);
    }

    /** __fib_validate_source: the route back to the source must be unicast and, in strict mode, use the device. */
    private int fullCheck(final int source, final NetDevice device, final int rpFilter, final boolean acceptLocal)
    {
        final Route back = namespace.fib.lookup(source);
        if (back == null)
        {
            return lastResort(rpFilter);
        }
        if (back.type != Route.Type.UNICAST)
        {
            if (back.type != Route.Type.LOCAL || !acceptLocal)
            {
                return INVALID;
            }
        }
        final boolean deviceMatches = back.device == device
            || (back.type == Route.Type.LOCAL && device.isLoopback());
        if (deviceMatches)
        {
            return VALID;
        }
        if (device.addresses.isEmpty())
        {
            return lastResort(rpFilter);
        }
        // Strict mode wants the best route back through this device; loose mode any route at all.
        return rpFilter == 1 ? REVERSE_PATH_FAILED : VALID;
    }

    private static int lastResort(final int rpFilter)
    {
        return rpFilter != 0 ? REVERSE_PATH_FAILED : VALID;
    }

    private static boolean isMulticast(final int address)
    {
        return (address >>> 28) == 0xE;
    }

    private static boolean isLoopback(final int address)
    {
        return (address >>> 24) == 127;
    }
}
