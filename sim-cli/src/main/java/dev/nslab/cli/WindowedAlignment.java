package dev.nslab.cli;

import java.util.Arrays;
import java.util.Iterator;

/**
 * Aligns two line sequences of any length in bounded memory, as a streaming diff needs.
 *
 * <p>Lines that match at the front go out at once. At the first difference both sides are read ahead into a window
 * (at most {@link #WINDOW_LINES} lines or about {@link #WINDOW_CHARS} characters each), and a longest common
 * subsequence over the two windows (the same table and the same walk as {@code diff -u}'s textbook form: matches
 * first, then removals before additions) aligns them. When both windows reach the ends of their sequences the whole
 * alignment is taken, which is exactly the LCS alignment of the whole texts, since a shared front is matched first
 * either way. Otherwise only the part least affected by what lies beyond the windows is taken: up to the last
 * common line in the first half of both windows; failing that the changes before the first common line; failing
 * that (no common line at all) the whole window. Then the loop starts again from what is left.
 *
 * <p>Memory: two windows and one table of {@code (WINDOW_LINES + 1)^2} shorts (8 MB); time: one table per window.
 */
final class WindowedAlignment
{
    /** Lines per side in a window. */
    static final int WINDOW_LINES = 2000;
    /** Characters per side in a window, so that long lines do not make a large window. */
    static final long WINDOW_CHARS = 8L << 20;

    private static final byte COMMON = ' ';
    private static final byte REMOVED = '-';
    private static final byte ADDED = '+';

    private final int windowLines;
    private final long windowChars;

    WindowedAlignment()
    {
        this(WINDOW_LINES, WINDOW_CHARS);
    }

    /** For tests: a small window shows what happens when the texts do not fit in one. */
    WindowedAlignment(final int windowLines, final long windowChars)
    {
        if (windowLines < 2 || windowLines > Short.MAX_VALUE - 1)
        {
            throw new IllegalArgumentException("window of " + windowLines + " lines");
        }
        this.windowLines = windowLines;
        this.windowChars = windowChars;
    }

    /** Aligns {@code oldLines} with {@code newLines}, handing every line to {@code sink} in order. */
    void align(final Iterator<String> oldLines, final Iterator<String> newLines, final EditSink sink)
    {
        final LineLookahead a = new LineLookahead(oldLines);
        final LineLookahead b = new LineLookahead(newLines);
        while (true)
        {
            while (a.has(0) && b.has(0) && a.get(0).equals(b.get(0)))
            {
                sink.common(a.take());
                b.take();
            }
            if (!a.has(0) && !b.has(0))
            {
                return;
            }
            final int na = a.fill(windowLines, windowChars);
            final int nb = b.fill(windowLines, windowChars);
            final boolean aEnds = a.endsWithin(na);
            final boolean bEnds = b.endsWithin(nb);
            final byte[] edits = edits(a, na, b, nb);
            final int taken = aEnds && bEnds ? edits.length : settledPrefix(edits, na, nb, aEnds, bEnds);
            for (int k = 0; k < taken; k++)
            {
                switch (edits[k])
                {
                    case COMMON ->
                    {
                        sink.common(a.take());
                        b.take();
                    }
                    case REMOVED -> sink.removed(a.take());
                    default -> sink.added(b.take());
                }
            }
        }
    }

    /** The LCS edit script of the windows: ' ' keep, '-' only in a, '+' only in b. */
    private static byte[] edits(final LineLookahead a, final int n, final LineLookahead b, final int m)
    {
        final int[] hashA = new int[n];
        final int[] hashB = new int[m];
        for (int i = 0; i < n; i++)
        {
            hashA[i] = a.get(i).hashCode();
        }
        for (int j = 0; j < m; j++)
        {
            hashB[j] = b.get(j).hashCode();
        }
        final int width = m + 1;
        final short[] lcs = new short[(n + 1) * width];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                lcs[i * width + j] = same(a, hashA, i, b, hashB, j) ? (short) (lcs[(i + 1) * width + j + 1] + 1)
                    : (short) Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
            }
        }
        final byte[] edits = new byte[n + m];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m)
        {
            if (i < n && j < m && same(a, hashA, i, b, hashB, j))
            {
                edits[count++] = COMMON;
                i++;
                j++;
            }
            else if (i < n && (j == m || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]))
            {
                edits[count++] = REMOVED; // removals first, as diff -u shows them
                i++;
            }
            else
            {
                edits[count++] = ADDED;
                j++;
            }
        }
        return Arrays.copyOf(edits, count);
    }

    private static boolean same(final LineLookahead a, final int[] hashA, final int i, final LineLookahead b,
        final int[] hashB, final int j)
    {
        return hashA[i] == hashB[j] && a.get(i).equals(b.get(j));
    }

    /** How much of a window's script to take when more lines follow it; at least one edit. */
    private static int settledPrefix(final byte[] edits, final int na, final int nb, final boolean aEnds,
        final boolean bEnds)
    {
        int i = 0;
        int j = 0;
        int firstCommon = -1;
        int lastSettledCommon = -1;
        for (int k = 0; k < edits.length; k++)
        {
            if (edits[k] == COMMON)
            {
                if (firstCommon < 0)
                {
                    firstCommon = k;
                }
                if ((aEnds || i < na / 2) && (bEnds || j < nb / 2))
                {
                    lastSettledCommon = k;
                }
                i++;
                j++;
            }
            else if (edits[k] == REMOVED)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        if (lastSettledCommon >= 0)
        {
            return lastSettledCommon + 1;
        }
        return firstCommon > 0 ? firstCommon : edits.length;
    }
}
