package dev.nslab.cli.fuzz;

import java.util.List;

/**
 * Where two normalised transcripts first part: the line index, the command whose output holds it, and the line
 * on each side there (null past a side's end).
 */
record Divergence(int index, String command, String kernelLine, String simulatorLine)
{
    /** @return where the transcripts first differ, or null when they are equal. */
    static Divergence between(final List<String> kernel, final List<String> simulator)
    {
        final int common = Math.min(kernel.size(), simulator.size());
        int index = 0;
        while (index < common && kernel.get(index).equals(simulator.get(index)))
        {
            index++;
        }
        if (index == kernel.size() && index == simulator.size())
        {
            return null;
        }
        return new Divergence(index, commandBefore(kernel, index),
            index < kernel.size() ? kernel.get(index) : null, index < simulator.size() ? simulator.get(index) : null);
    }

    /** @return the last command line ({@code $ ...}, without the prefix) before {@code index}, or "" for none. */
    static String commandBefore(final List<String> lines, final int index)
    {
        for (int i = Math.min(index, lines.size()) - 1; i >= 0; i--)
        {
            if (lines.get(i).startsWith("$ "))
            {
                return lines.get(i).substring(2);
            }
        }
        return "";
    }

    /** @return the signature of this divergence: what "the same difference" means while shrinking and counting. */
    Signature signature()
    {
        return new Signature(Signature.commandKey(command), Signature.skeleton(kernelLine),
            Signature.skeleton(simulatorLine));
    }
}
