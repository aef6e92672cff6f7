package dev.nslab.core.time;

/**
 * Work that arrives from outside the loop's thread (a tap's userspace ring), polled once per loop iteration.
 */
@FunctionalInterface
public interface Poller
{
    /**
     * Takes in what is waiting, on the loop's thread.
     *
     * @param now virtual time in nanoseconds.
     * @return how many items were processed; 0 when there was nothing.
     */
    int poll(long now);
}
