package dev.nslab.core.time;

/**
 * An entry of the {@link EventLoop}'s queue: a handler to call at a virtual time.
 *
 * <p>Events are ordered by (time, sequence), the sequence being taken when the event is scheduled, so events due
 * at the same nanosecond run in the order they were scheduled and every run of a simulation is the same.
 * Subclasses that outlive one firing (timers) are owned by their user and may be rescheduled; one-shot events
 * scheduled with {@link EventLoop#post} come from the loop's pool and go back to it after they fire.
 *
 * <p>The links and the place are the queue's: an event is an intrusive list node, so queueing it allocates nothing.
 */
public abstract class Event
{
    /** {@link #place} of an event that waits nowhere. */
    static final int NOT_SCHEDULED = -1;
    /** {@link #place} of an event in the queue's sorted list of due-soon events. */
    static final int IN_NEAR_LIST = -2;
    /** {@link #place} of an event in a slot of the queue's wheel. */
    static final int IN_WHEEL = -3;

    long time;
    long sequence;
    /** Where the event waits: one of the constants above, or its index (0 or more) in the queue's overflow heap. */
    int place = NOT_SCHEDULED;
    Event previous;
    Event next;

    /** @return true while this event waits in the queue. */
    public final boolean isScheduled()
    {
        return place != NOT_SCHEDULED;
    }

    /** @return the virtual time this event is due at (meaningful while scheduled). */
    public final long time()
    {
        return time;
    }

    /** Runs the event on the loop's thread at its virtual time. */
    protected abstract void fire(long now);

    /** @return true if {@code a} runs before {@code b}: earlier time, or the same time and scheduled earlier. */
    static boolean precedes(final Event a, final Event b)
    {
        return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
    }
}
