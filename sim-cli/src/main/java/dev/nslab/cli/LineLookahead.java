package dev.nslab.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Lines of a sequence that have been looked at but not yet taken: the window a streaming diff works in. */
final class LineLookahead
{
    private final Iterator<String> source;
    private final List<String> held = new ArrayList<>();
    private int head;
    private long heldChars;

    LineLookahead(final Iterator<String> source)
    {
        this.source = source;
    }

    /** @return true when a line is at {@code index} from the front (reading it from the source if needed). */
    boolean has(final int index)
    {
        while (size() <= index && source.hasNext())
        {
            hold(source.next());
        }
        return size() > index;
    }

    /** @return the line at {@code index} from the front; {@link #has} must have said it is there. */
    String get(final int index)
    {
        return held.get(head + index);
    }

    /** Removes and returns the front line. */
    String take()
    {
        final String line = held.get(head);
        held.set(head++, null);
        heldChars -= line.length();
        if (head > 1024 && head > held.size() / 2)
        {
            held.subList(0, head).clear();
            head = 0;
        }
        return line;
    }

    /**
     * Reads ahead until {@code lines} lines or about {@code chars} characters are held.
     *
     * @return how many lines from the front make the window: at most {@code lines}, at least one if any is left.
     */
    int fill(final int lines, final long chars)
    {
        while (size() < lines && (size() == 0 || heldChars < chars) && source.hasNext())
        {
            hold(source.next());
        }
        return Math.min(size(), lines);
    }

    /** @return true when nothing follows the first {@code count} lines: the window holds the sequence's end. */
    boolean endsWithin(final int count)
    {
        return size() <= count && !source.hasNext();
    }

    private int size()
    {
        return held.size() - head;
    }

    private void hold(final String line)
    {
        held.add(line);
        heldChars += line.length();
    }
}
