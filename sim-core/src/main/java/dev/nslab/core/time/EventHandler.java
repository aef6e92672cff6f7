package dev.nslab.core.time;

/** The target of a pooled one-shot event: a device receiving a frame, a stack finishing a step. */
@FunctionalInterface
public interface EventHandler
{
    /**
     * @param now        virtual time in nanoseconds.
     * @param attachment the object handed to {@link EventLoop#post}, typically a frame (ownership passes here).
     * @param argument   a free integer argument.
     */
    void onEvent(long now, Object attachment, long argument);
}
