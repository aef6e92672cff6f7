package dev.nslab.core.time;

/**
 * An entry of the {@link EventLoop}'s queue: a handler to call at a virtual time.
 *
 * <p>Events are ordered by (time, sequence), the sequence being taken when the event is scheduled, so events due
 * at the same nanosecond run in the order they were scheduled and every run of a simulation is the same.
 * Subclasses that outlive one firing (timers) are owned by their user and may be rescheduled; one-shot events
 * scheduled with {@link EventLoop#post} come from the loop's pool and go back to it after they fire.
 */
public abstract class Event
{
    long time;
    long sequence;
    /** Position in the loop's heap, or -1 while not scheduled. */
    int heapIndex = -1;

    /** @return true while this event waits in the queue. */
    public final boolean isScheduled()
    {
        return heapIndex >= 0;
    }

    /** @return the virtual time this event is due at (meaningful while scheduled). */
    public final long time()
    {
        return time;
    }

    /** Runs the event on the loop's thread at its virtual time. */
    protected abstract void fire(long now);
}
