package dev.nslab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A unified diff of two line sequences, with {@code ---}/{@code +++} headers and {@code @@} hunks of three context
 * lines, as {@code diff -u} prints them. It streams: the lines are aligned by {@link WindowedAlignment} and each
 * hunk is printed when it ends, so texts of any length are diffed in bounded memory. Texts whose differing parts fit
 * in one window (2,000 lines a side) get exactly the diff of a longest common subsequence of the whole texts.
 */
public final class UnifiedDiff
{
    private static final int CONTEXT = 3;

    private UnifiedDiff()
    {
    }

    /** @return the diff, or an empty string when the texts are equal. */
    public static String diff(final String oldName, final String oldText, final String newName, final String newText)
    {
        final StringBuilder out = new StringBuilder();
        try
        {
            write(oldName, lines(oldText).iterator(), newName, lines(newText).iterator(), out);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Streams the diff of two line sequences to {@code out}; nothing when they are equal.
     *
     * @return true when they differ.
     */
    static boolean write(final String oldName, final Iterator<String> oldLines, final String newName,
        final Iterator<String> newLines, final Appendable out) throws IOException
    {
        return write(oldName, oldLines, newName, newLines, out, new WindowedAlignment());
    }

    /** As {@link #write(String, Iterator, String, Iterator, Appendable)}, with a given window (tests). */
    static boolean write(final String oldName, final Iterator<String> oldLines, final String newName,
        final Iterator<String> newLines, final Appendable out, final WindowedAlignment alignment) throws IOException
    {
        final Hunks hunks = new Hunks(oldName, newName, out);
        try
        {
            alignment.align(oldLines, newLines, hunks);
            hunks.finish();
        }
        catch (final UncheckedIOException e)
        {
            throw e.getCause();
        }
        finally
        {
            hunks.body.discard();
        }
        return hunks.printedAny;
    }

    static List<String> lines(final String text)
    {
        final List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty())
        {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * Groups the alignment into hunks as it comes: changes whose contexts touch (at most 2 x 3 common lines apart)
     * share a hunk; a hunk ends at the seventh common line after its last change, keeping three of them.
     */
    private static final class Hunks implements EditSink
    {
        private final String oldName;
        private final String newName;
        private final Appendable out;
        private final HunkBody body = new HunkBody();
        /** The last common lines before the next change: its leading context. */
        private final ArrayDeque<String> before = new ArrayDeque<>(CONTEXT + 1);
        /** Common lines since the open hunk's last change. */
        private final List<String> after = new ArrayList<>(2 * CONTEXT + 1);
        private long oldLine;
        private long newLine;
        private boolean open;
        private long oldStart;
        private long newStart;
        private long oldCount;
        private long newCount;
        private boolean printedAny;

        Hunks(final String oldName, final String newName, final Appendable out)
        {
            this.oldName = oldName;
            this.newName = newName;
            this.out = out;
        }

        @Override
        public void common(final String line)
        {
            oldLine++;
            newLine++;
            if (!open)
            {
                if (before.size() == CONTEXT)
                {
                    before.removeFirst();
                }
                before.addLast(line);
                return;
            }
            after.add(line);
            if (after.size() > 2 * CONTEXT)
            {
                closeHunk();
                for (int i = after.size() - CONTEXT; i < after.size(); i++)
                {
                    before.addLast(after.get(i));
                }
                after.clear();
            }
        }

        @Override
        public void removed(final String line)
        {
            change();
            body.line('-', line);
            oldCount++;
            oldLine++;
        }

        @Override
        public void added(final String line)
        {
            change();
            body.line('+', line);
            newCount++;
            newLine++;
        }

        void finish()
        {
            if (open)
            {
                closeHunk();
            }
        }

        private void change()
        {
            if (!open)
            {
                open = true;
                oldStart = oldLine - before.size();
                newStart = newLine - before.size();
                oldCount = 0;
                newCount = 0;
                for (final String line : before)
                {
                    context(line);
                }
                before.clear();
                return;
            }
            for (final String line : after)
            {
                context(line);
            }
            after.clear();
        }

        private void context(final String line)
        {
            body.line(' ', line);
            oldCount++;
            newCount++;
        }

        private void closeHunk()
        {
            for (int i = 0; i < Math.min(CONTEXT, after.size()); i++)
            {
                context(after.get(i));
            }
            open = false;
            try
            {
                if (!printedAny)
                {
                    out.append("--- ").append(oldName).append('\n');
                    out.append("+++ ").append(newName).append('\n');
                    printedAny = true;
                }
                out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                    .append(" @@\n");
                body.writeTo(out);
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }

        private static String range(final long start, final long count)
        {
            final long first = count == 0 ? start : start + 1;
            return count == 1 ? String.valueOf(first) : first + "," + count;
        }
    }
}
