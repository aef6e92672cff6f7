package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

/**
 * iputils ping 20221126's command line as its GNU getopt reads it (permutation: options may follow operands; values
 * attached or in the next word; {@code --} ends the options), read once for the gate and for {@link PingCommand}.
 *
 * @param options  the option letters in order.
 * @param values   each option's value (null for a flag), parallel to {@code options}.
 * @param operands the words that are not options.
 * @param error    getopt's first complaint ({@code invalid option -- 'x'}, {@code option requires an argument --
 *                 'c'}), after which ping prints its usage and exits 2; null when the line parsed. The words after
 *                 it are read on as if the bad letter were a flag, so {@link #runsUntilInterrupted()} means the
 *                 same for every line.
 */
record PingCommandLine(List<Character> options, List<String> values, List<String> operands, String error)
{
    /** ping's getopt string; a letter followed by ':' takes a value. */
    static final String OPTION_STRING = "h?4bRT:6F:N:aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:";

    static PingCommandLine parse(final List<String> arguments)
    {
        final List<Character> options = new ArrayList<>();
        final List<String> values = new ArrayList<>();
        final List<String> operands = new ArrayList<>();
        String error = null;
        for (int i = 0; i < arguments.size(); i++)
        {
            final String word = arguments.get(i);
            if (word.equals("--"))
            {
                operands.addAll(arguments.subList(i + 1, arguments.size()));
                break;
            }
            if (!word.startsWith("-") || word.length() == 1)
            {
                operands.add(word);
                continue;
            }
            for (int j = 1; j < word.length(); j++)
            {
                final char option = word.charAt(j);
                final int at = option == ':' ? -1 : OPTION_STRING.indexOf(option);
                if (at < 0 && error == null)
                {
                    error = "invalid option -- '" + option + "'";
                }
                final boolean takesValue = at >= 0 && at + 1 < OPTION_STRING.length() && OPTION_STRING.charAt(at + 1) == ':';
                if (!takesValue)
                {
                    options.add(option);
                    values.add(null);
                    continue;
                }
                final String value;
                if (j + 1 < word.length())
                {
                    value = word.substring(j + 1);
                }
                else if (i + 1 < arguments.size())
                {
                    value = arguments.get(++i);
                }
                else
                {
                    if (error == null)
                    {
                        error = "option requires an argument -- '" + option + "'";
                    }
                    value = null;
                }
                options.add(option);
                values.add(value);
                break;
            }
        }
        return new PingCommandLine(options, values, operands, error);
    }

    /** @return true when neither {@code -c} nor {@code -w} is given: the ping runs until it is interrupted. */
    boolean runsUntilInterrupted()
    {
        return !options.contains('c') && !options.contains('w');
    }
}
