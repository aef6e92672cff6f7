package dev.nslab.stack.ipv6;

import dev.nslab.stack.link.NetDevice;

/**
 * What an IPv6 route lookup found (ip6_route_output and ip6_route_get_saddr, as {@code ip -6 route get} shows it):
 * the route, the device a packet would leave by (lo for a local destination), and the source address the kernel
 * would choose, if one is usable.
 *
 * @param route      the route taken.
 * @param device     the output device.
 * @param hasSource  an address could be chosen (none while every candidate is tentative).
 * @param sourceHigh its first 64 bits.
 * @param sourceLow  its last 64 bits.
 */
public record Ipv6RouteLookup(Ipv6Route route, NetDevice device, boolean hasSource, long sourceHigh, long sourceLow)
{
}
