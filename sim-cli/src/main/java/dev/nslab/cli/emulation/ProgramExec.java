package dev.nslab.cli.emulation;

import java.util.List;

/**
 * Replaces the running program with another, as {@code ip netns exec NS CMD...} does with execvp() once it has
 * entered the namespace: the emulated program ends and {@link Programs} starts the next one in its place. Carried
 * as control flow so that nested {@code ip netns exec} lines, however deep, run in a loop rather than a recursion.
 *
 * @see CommandExit the other way a program ends at once
 */
final class ProgramExec extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final transient List<String> words;
    private final transient Invocation invocation;

    /**
     * @param words      the new program's argv.
     * @param invocation its surroundings (the namespace it was exec'd in).
     */
    ProgramExec(final List<String> words, final Invocation invocation)
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
