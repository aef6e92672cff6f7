package dev.nslab.core.frame;

/**
 * Something a frame holds a counted reference to, as an skb holds its conntrack entry (skb->_nfct): told when the
 * frame lets go, on release or when another takes its place.
 */
@FunctionalInterface
public interface FrameReference
{
    /** The frame holding this reference let it go (nf_ct_put). */
    void dropReference();
}
