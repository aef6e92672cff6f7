package dev.nslab.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A child JVM's work for {@link BoundedMemoryTest}: the unified diff of two generated texts of N lines each, that
 * differ in two places (line 4 changed, a line added before the last), printed on stdout. Neither text exists anywhere but in the diff's window.
 */
public final class StreamingDiffMain
{
    private StreamingDiffMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final int lines = Integer.parseInt(args[0]);
        final PrintWriter out = new PrintWriter(System.out);
        UnifiedDiff.write("old", generated(lines, false), "new", generated(lines, true), out);
        out.flush();
    }

    /** @return the last hunk of the diff for {@code lines}: a line added before the last line. */
    static String expected(final int lines)
    {
        return "@@ -" + (lines - 4) + ",4 +" + (lines - 4) + ",5 @@\n"
            + " line " + (lines - 5) + " of the generated text\n"
            + " line " + (lines - 4) + " of the generated text\n"
            + " line " + (lines - 3) + " of the generated text\n"
            + "+an added line\n"
            + " line " + (lines - 2) + " of the generated text\n";
    }

    private static Iterator<String> generated(final int lines, final boolean changed)
    {
        return new Iterator<>()
        {
            private int next;
            private boolean added;

            @Override
            public boolean hasNext()
            {
                return next < lines - 1;
            }

            @Override
            public String next()
            {
                if (!hasNext())
                {
                    throw new NoSuchElementException();
                }
                if (changed && next == 4)
                {
                    next++;
                    return "line 4 changed";
                }
                if (changed && next == lines - 2 && !added)
                {
                    added = true;
                    return "an added line";
                }
                return "line " + next++ + " of the generated text";
            }
        };
    }
}
