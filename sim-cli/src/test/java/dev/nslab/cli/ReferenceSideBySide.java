package dev.nslab.cli;

import java.util.List;

/**
 * {@link SideBySide} as it was before it streamed, the oracle for texts that fit its window: two texts in two
 * columns, aligned on their common lines as {@code diff -y} does: {@code |} marks lines that differ, {@code <} and
 * {@code >} lines found on one side only.
 */
final class ReferenceSideBySide
{
    private static final int MAX_COLUMN = 100;

    private ReferenceSideBySide()
    {
    }

    static String format(final String leftTitle, final String left, final String rightTitle, final String right)
    {
        final List<String> a = ReferenceUnifiedDiff.lines(left);
        final List<String> b = ReferenceUnifiedDiff.lines(right);
        int width = leftTitle.length();
        for (final String line : a)
        {
            width = Math.max(width, Math.min(MAX_COLUMN, line.length()));
        }
        final StringBuilder out = new StringBuilder();
        row(out, width, leftTitle, ' ', rightTitle);
        row(out, width, "=".repeat(leftTitle.length()), ' ', "=".repeat(rightTitle.length()));
        final List<char[]> edits = ReferenceUnifiedDiff.edits(a, b);
        int i = 0;
        int j = 0;
        int k = 0;
        while (k < edits.size())
        {
            final char kind = edits.get(k)[0];
            if (kind == ' ')
            {
                row(out, width, a.get(i++), ' ', b.get(j++));
                k++;
                continue;
            }
            // Pair a run of removals with the additions that follow it: those lines changed.
            int removals = 0;
            while (k + removals < edits.size() && edits.get(k + removals)[0] == '-')
            {
                removals++;
            }
            int additions = 0;
            while (k + removals + additions < edits.size() && edits.get(k + removals + additions)[0] == '+')
            {
                additions++;
            }
            for (int n = 0; n < Math.max(removals, additions); n++)
            {
                if (n < removals && n < additions)
                {
                    row(out, width, a.get(i++), '|', b.get(j++));
                }
                else if (n < removals)
                {
                    row(out, width, a.get(i++), '<', "");
                }
                else
                {
                    row(out, width, "", '>', b.get(j++));
                }
            }
            k += removals + additions;
        }
        return out.toString();
    }

    private static void row(final StringBuilder out, final int width, final String left, final char mark,
        final String right)
    {
        final String cell = left.length() > width ? left.substring(0, width) : left;
        out.append(cell).append(" ".repeat(width - cell.length())).append(' ').append(mark).append(' ');
        out.append(right).append('\n');
    }
}
