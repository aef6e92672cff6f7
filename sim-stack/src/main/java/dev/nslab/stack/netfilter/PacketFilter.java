package dev.nslab.stack.netfilter;

import dev.nslab.core.frame.Frame;

/**
 * A namespace's packet filter, asked at each {@link HookPoint}. Until rules exist (the netfilter issue), every
 * namespace has {@link #ACCEPT_ALL}, so the path costs one call per hook.
 */
@FunctionalInterface
public interface PacketFilter
{
    /** Lets everything through, as a namespace without rules does. */
    PacketFilter ACCEPT_ALL = (hook, packet, inIfindex, outIfindex, now) -> HookVerdict.ACCEPT;

    /**
     * @param packet     the IP packet, positioned at its header; a filter that steals it owns it from then on.
     * @param inIfindex  the device it came in on, 0 for a packet made here.
     * @param outIfindex the device it leaves through, 0 before routing.
     */
    HookVerdict filter(HookPoint hook, Frame packet, int inIfindex, int outIfindex, long now);
}
