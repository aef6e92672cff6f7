package dev.nslab.core.scenario;

import java.util.List;

/**
 * Reads ping's command line the way iputils 20221126 does (GNU getopt: clustered flags such as {@code -qc3},
 * option values attached or in the next word, options after the destination, {@code --} ends options).
 */
final class PingArguments
{
    /** iputils ping's options that take a value; every other letter is a flag. */
    private static final String OPTIONS_WITH_VALUE = "TFNceiIlmMpQsStwW";

    private PingArguments()
    {
    }

    /** @return true when the ping words (starting with {@code ping}) set a count ({@code -c}) or deadline ({@code -w}). */
    static boolean hasCountOrDeadline(final List<String> pingWords)
    {
        for (int i = 1; i < pingWords.size(); i++)
        {
            final String word = pingWords.get(i);
            if (word.equals("--"))
            {
                return false;
            }
            if (!word.startsWith("-") || word.length() == 1)
            {
                continue; // an operand; GNU getopt keeps looking for options after it
            }
            for (int j = 1; j < word.length(); j++)
            {
                final char option = word.charAt(j);
                if (OPTIONS_WITH_VALUE.indexOf(option) >= 0)
                {
                    if (option == 'c' || option == 'w')
                    {
                        return true;
                    }
                    if (j == word.length() - 1)
                    {
                        i++; // the value is the next word
                    }
                    break;
                }
            }
        }
        return false;
    }
}
