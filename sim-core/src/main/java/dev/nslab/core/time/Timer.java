package dev.nslab.core.time;

/**
 * A reusable, cancellable timer owned by a component (a neighbour entry, a ping): scheduling it again moves it,
 * cancelling costs O(log n), and neither allocates.
 */
public final class Timer extends Event
{
    private final Runnable action;

    public Timer(final Runnable action)
    {
        this.action = action;
    }

    @Override
    protected void fire(final long now)
    {
        action.run();
    }
}
