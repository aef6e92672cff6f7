package dev.nslab.core.frame;

/**
 * Who a frame's memory is charged to while it waits inside the stack, as a socket's sk_wmem_alloc is charged for
 * the skbs it sent: a frame queued for ARP keeps its sender's send buffer full, which is how a sender ends up
 * blocked. The charge ends when the frame leaves through a device or is freed ({@link Frame#orphan()}).
 */
@FunctionalInterface
public interface FrameOwner
{
    /** The frame no longer counts against the owner: give back {@code charge} bytes. Simulation thread. */
    void uncharge(int charge);
}
