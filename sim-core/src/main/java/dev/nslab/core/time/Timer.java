package dev.nslab.core.time;

/**
 * A reusable, cancellable timer owned by a component (a neighbour entry, a ping): scheduling it again moves it,
 * cancelling costs O(1) (O(log n) beyond the wheel's span of about 16 s), and neither allocates. Its action is
 * handed the time it fires at, so a component can be driven with explicit times and never needs to read the clock
 * from inside a callback.
 */
public final class Timer extends Event
{
    /** What a timer does when it fires. */
    @FunctionalInterface
    public interface Action
    {
        /** @param now the virtual time the timer fires at, in nanoseconds. */
        void fire(long now);
    }

    private final Action action;

    public Timer(final Action action)
    {
        this.action = action;
    }

    @Override
    protected void fire(final long now)
    {
        action.fire(now);
    }
}
