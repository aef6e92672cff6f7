package dev.nslab.cli.emulation;

import java.util.List;

/**
 * The words of a command line still to be read by the gate's argument loops (IpGate, RouteGate), as iproute2's
 * NEXT_ARG walks argv: a missing value reads as null, and iproute2 then stops with 'Command line is not complete'.
 */
final class GateWords
{
    private final List<String> words;
    private int index;
    private boolean incomplete;

    GateWords(final List<String> words)
    {
        this.words = words;
    }

    boolean hasNext()
    {
        return index < words.size();
    }

    String peek()
    {
        return words.get(index);
    }

    String next()
    {
        if (index < words.size())
        {
            return words.get(index++);
        }
        incomplete = true;
        return null;
    }

    /** @return true when a value was missing: iproute2 stopped with 'Command line is not complete'. */
    boolean incomplete()
    {
        return incomplete;
    }

    /** @return the word {@link #next()} returned last, or null. */
    String last()
    {
        return index > 0 && index <= words.size() ? words.get(index - 1) : null;
    }

    /** @return the words not read yet. */
    List<String> rest()
    {
        return words.subList(index, words.size());
    }
}
