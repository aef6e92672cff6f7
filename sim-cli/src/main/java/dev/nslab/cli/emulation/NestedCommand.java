package dev.nslab.cli.emulation;

import java.util.List;

/**
 * {@code ip netns exec NS CMD...} handing its command back to {@link Programs#run}, which runs it in a loop rather
 * than deeper on the stack, so thousands of nested {@code ip netns exec} cannot overflow it. Carries no stack
 * trace: it is control flow.
 */
final class NestedCommand extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final transient List<String> words;
    private final transient Invocation invocation;

    NestedCommand(final List<String> words, final Invocation invocation)
    {
        super(null, null, false, false);
        this.words = words;
        this.invocation = invocation;
    }

    List<String> words()
    {
        return words;
    }

    Invocation invocation()
    {
        return invocation;
    }
}
