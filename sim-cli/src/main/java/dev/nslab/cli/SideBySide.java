package dev.nslab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * Two texts in two columns, aligned on their common lines as {@code diff -y} does: {@code |} marks lines that
 * differ, {@code <} and {@code >} lines found on one side only. It streams like {@link UnifiedDiff} (the same
 * alignment); a run of removed lines waits for the additions it pairs with, up to {@link #MAX_PENDING} of them.
 */
final class SideBySide
{
    private static final int MAX_COLUMN = 100;
    /** Removed lines held to be paired with the additions that follow them; beyond, they print alone. */
    static final int MAX_PENDING = 4096;

    private SideBySide()
    {
    }

    static String format(final String leftTitle, final String left, final String rightTitle, final String right)
    {
        final StringBuilder out = new StringBuilder();
        try
        {
            write(leftTitle, () -> UnifiedDiff.lines(left).iterator(), rightTitle,
                UnifiedDiff.lines(right).iterator(), out);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Streams both texts to {@code out}.
     *
     * @param left the left text's lines, read twice: once for the column's width, once to print.
     */
    static void write(final String leftTitle, final Supplier<Iterator<String>> left, final String rightTitle,
        final Iterator<String> right, final Appendable out) throws IOException
    {
        int width = leftTitle.length();
        for (final Iterator<String> lines = left.get(); lines.hasNext();)
        {
            width = Math.max(width, Math.min(MAX_COLUMN, lines.next().length()));
        }
        final Rows rows = new Rows(width, out);
        try
        {
            rows.row(leftTitle, ' ', rightTitle);
            rows.row("=".repeat(leftTitle.length()), ' ', "=".repeat(rightTitle.length()));
            new WindowedAlignment().align(left.get(), right, rows);
            rows.flushRemovals();
        }
        catch (final UncheckedIOException e)
        {
            throw e.getCause();
        }
    }

    /** Pairs a run of removals with the additions that follow it: those lines changed. */
    private static final class Rows implements EditSink
    {
        private final int width;
        private final Appendable out;
        private final ArrayDeque<String> removals = new ArrayDeque<>();
        private boolean pairing;

        Rows(final int width, final Appendable out)
        {
            this.width = width;
            this.out = out;
        }

        @Override
        public void common(final String line)
        {
            flushRemovals();
            row(line, ' ', line);
        }

        @Override
        public void removed(final String line)
        {
            if (pairing)
            {
                flushRemovals();
            }
            if (removals.size() == MAX_PENDING)
            {
                row(removals.removeFirst(), '<', "");
            }
            removals.addLast(line);
        }

        @Override
        public void added(final String line)
        {
            pairing = true;
            if (removals.isEmpty())
            {
                row("", '>', line);
            }
            else
            {
                row(removals.removeFirst(), '|', line);
            }
        }

        void flushRemovals()
        {
            while (!removals.isEmpty())
            {
                row(removals.removeFirst(), '<', "");
            }
            pairing = false;
        }

        void row(final String left, final char mark, final String right)
        {
            final String cell = left.length() > width ? left.substring(0, width) : left;
            try
            {
                out.append(cell).append(" ".repeat(width - cell.length())).append(' ').append(mark).append(' ');
                out.append(right).append('\n');
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }
    }
}
