package dev.nslab.stack;

/**
 * Where a {@link FrameInjector}'s frames come from: read one at a time, each when the one before it has gone in,
 * so that a capture of any size is replayed without being held. Called on the simulation's thread.
 */
@FunctionalInterface
public interface FrameSource
{
    /**
     * @return the next frame, not earlier than the one before it, or null when there is none left.
     */
    TimedFrame next();

    /**
     * One frame and when it is due.
     *
     * @param timeNs virtual time, nanoseconds, at which it is received; not negative.
     * @param bytes  the Ethernet frame without FCS.
     */
    record TimedFrame(long timeNs, byte[] bytes)
    {
    }
}
