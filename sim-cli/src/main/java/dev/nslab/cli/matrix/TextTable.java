package dev.nslab.cli.matrix;

import java.util.List;

/** Left-aligned columns separated by two spaces, no trailing blanks. */
final class TextTable
{
    private TextTable()
    {
    }

    static String render(final List<List<String>> rows)
    {
        final int columns = rows.get(0).size();
        final int[] widths = new int[columns];
        for (final List<String> row : rows)
        {
            for (int i = 0; i < columns; i++)
            {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        final StringBuilder text = new StringBuilder();
        for (final List<String> row : rows)
        {
            final StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++)
            {
                line.append(String.format("%-" + widths[i] + "s", row.get(i)));
                if (i < columns - 1)
                {
                    line.append("  ");
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
