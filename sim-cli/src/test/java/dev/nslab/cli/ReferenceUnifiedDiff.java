package dev.nslab.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff as nslab computed it before it streamed (one LCS table over both whole texts), kept as the oracle
 * the streaming {@link UnifiedDiff} must agree with on texts that fit its window: a unified diff of two texts, line by line, from a longest common subsequence, with {@code ---}/{@code +++} headers
 * and {@code @@} hunks of three context lines, as {@code diff -u} prints them.
 */
final class ReferenceUnifiedDiff
{
    private static final int CONTEXT = 3;

    private ReferenceUnifiedDiff()
    {
    }

    /** @return the diff, or an empty string when the texts are equal. */
    public static String diff(final String oldName, final String oldText, final String newName, final String newText)
    {
        final List<String> a = lines(oldText);
        final List<String> b = lines(newText);
        final List<char[]> edits = edits(a, b);
        if (edits.stream().allMatch(edit -> edit[0] == ' '))
        {
            return "";
        }
        final StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n');
        out.append("+++ ").append(newName).append('\n');
        // Walk the edit script, grouping changes whose contexts touch into one hunk.
        final int[] oldLine = new int[edits.size() + 1];
        final int[] newLine = new int[edits.size() + 1];
        for (int i = 0, x = 0, y = 0; i < edits.size(); i++)
        {
            oldLine[i] = x;
            newLine[i] = y;
            final char kind = edits.get(i)[0];
            if (kind != '+')
            {
                x++;
            }
            if (kind != '-')
            {
                y++;
            }
            oldLine[i + 1] = x;
            newLine[i + 1] = y;
        }
        int i = 0;
        while (i < edits.size())
        {
            if (edits.get(i)[0] == ' ')
            {
                i++;
                continue;
            }
            final int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < edits.size())
            {
                if (edits.get(end)[0] != ' ')
                {
                    lastChange = end;
                }
                else if (end - lastChange > 2 * CONTEXT)
                {
                    break;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            int oldCount = 0;
            int newCount = 0;
            final StringBuilder hunk = new StringBuilder();
            for (int k = start; k < end; k++)
            {
                final char kind = edits.get(k)[0];
                final String text = kind == '+' ? b.get(newLine[k]) : a.get(oldLine[k]);
                hunk.append(kind).append(text).append('\n');
                if (kind != '+')
                {
                    oldCount++;
                }
                if (kind != '-')
                {
                    newCount++;
                }
            }
            out.append("@@ -").append(range(oldLine[start], oldCount)).append(" +")
                .append(range(newLine[start], newCount)).append(" @@\n").append(hunk);
            i = end;
        }
        return out.toString();
    }

    private static String range(final int start, final int count)
    {
        final int first = count == 0 ? start : start + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    /** The edit script: ' ' keep, '-' only in a, '+' only in b, from an LCS table. */
    static List<char[]> edits(final List<String> a, final List<String> b)
    {
        final int n = a.size();
        final int m = b.size();
        final int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        final List<char[]> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m)
        {
            if (i < n && j < m && a.get(i).equals(b.get(j)))
            {
                edits.add(new char[] {' '});
                i++;
                j++;
            }
            else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]))
            {
                edits.add(new char[] {'-'}); // removals first, as diff -u shows them
                i++;
            }
            else
            {
                edits.add(new char[] {'+'});
                j++;
            }
        }
        return edits;
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
}
