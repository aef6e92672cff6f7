package dev.nslab.stack.ipv6;

import dev.nslab.stack.link.NetDevice;

/**
 * What {@code ip -6 route add|replace|del} asks of ip6_route_add / ip6_route_del (struct fib6_config).
 *
 * @param type         the route's type (unicast unless written).
 * @param high         the destination prefix's first 64 bits (masked by the stack).
 * @param low          its last 64 bits.
 * @param prefixLength 0 to 128.
 * @param device       {@code dev}, or null.
 * @param hasGateway   a {@code via} was given.
 * @param gatewayHigh  its first 64 bits.
 * @param gatewayLow   its last 64 bits.
 * @param metric       {@code metric}, or -1 for none given (1024 when adding).
 * @param protocol     {@code proto}, or -1 for none given (boot when adding).
 */
public record Ipv6RouteRequest(Ipv6Route.Type type, long high, long low, int prefixLength, NetDevice device,
    boolean hasGateway, long gatewayHigh, long gatewayLow, long metric, int protocol)
{
}
