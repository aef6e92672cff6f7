package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole-text diff of two short normalised transcripts (a reproduction's), every line shown: {@code ' '} common,
 * {@code '-'} the kernel's only, {@code '+'} the simulator's only. Longest common subsequence, quadratic, which is
 * fine for the few dozen lines a reproduction holds.
 */
final class LineDiff
{
    private LineDiff()
    {
    }

    static List<String> of(final List<String> kernel, final List<String> simulator)
    {
        final int n = kernel.size();
        final int m = simulator.size();
        final int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                common[i][j] = kernel.get(i).equals(simulator.get(j)) ? common[i + 1][j + 1] + 1
                    : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        final List<String> lines = new ArrayList<>();
        lines.add("--- kernel");
        lines.add("+++ simulator");
        int i = 0;
        int j = 0;
        while (i < n || j < m)
        {
            if (i < n && j < m && kernel.get(i).equals(simulator.get(j)))
            {
                lines.add(" " + kernel.get(i++));
                j++;
            }
            else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j]))
            {
                lines.add("+" + simulator.get(j++));
            }
            else
            {
                lines.add("-" + kernel.get(i++));
            }
        }
        return lines;
    }
}
