package dev.nslab.stack.link;

import dev.nslab.core.frame.Frame;

/**
 * What a bridge asks its namespace's firewall about an IPv4 frame it bridges from port to port (br_netfilter,
 * bridge-nf-call-iptables): the link layer names the hooks it passes and leaves the rules to whoever implements
 * this, so that {@code link} never depends on {@code netfilter}.
 */
public interface BridgedFilter
{
    /** The hooks a bridged frame passes, in their order (br_nf_pre_routing, br_nf_forward_ip, br_nf_post_routing). */
    enum Stage
    {
        PRE_ROUTING, FORWARD, POST_ROUTING
    }

    /**
     * @param packet       the frame, windowed onto its IPv4 packet (not taken over).
     * @param inIfindex    the input device at this stage (0 at POSTROUTING).
     * @param outIfindex   the output device at this stage (0 at PREROUTING).
     * @return true when the packet may go on.
     */
    boolean accepts(Stage stage, Frame packet, int inIfindex, int outIfindex, long now);
}
