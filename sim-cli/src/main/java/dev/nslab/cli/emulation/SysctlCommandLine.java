package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

/**
 * procps-ng 4.0.2 sysctl's command line as its {@code getopt_long} reads it (short options
 * {@code bneNwfp::qoxaAXr:Vdh}, long options and their unambiguous abbreviations, permutation: options may follow
 * the keys; {@code --} ends the options), read once for the gate and for {@link SysctlCommand}.
 *
 * @param options  the options in order, each as its short letter or, for long-only ones, its long name
 *                 ({@code system}, {@code deprecated}, {@code dry-run}).
 * @param written  each option as written ({@code -p}, {@code --load=x}, {@code --sys}), parallel to {@code options}.
 * @param operands the keys and {@code key=value} settings.
 * @param error    the option getopt complains about as written (unknown, ambiguous, or missing its value), or
 *                 null when the line parsed.
 */
record SysctlCommandLine(List<String> options, List<String> written, List<String> operands, String error)
{
    static final String SHORT_OPTIONS = "bneNwfp::qoxaAXr:Vdh";

    /** getopt_long's table: name, the option it stands for, and whether it takes a value (2: optional). */
    static final String[][] LONG_OPTIONS = {
        {"all", "a", "0"}, {"deprecated", "deprecated", "0"}, {"dry-run", "dry-run", "0"}, {"binary", "b", "0"},
        {"ignore", "e", "0"}, {"names", "N", "0"}, {"values", "n", "0"}, {"load", "p", "2"}, {"quiet", "q", "0"},
        {"write", "w", "0"}, {"system", "system", "0"}, {"pattern", "r", "1"}, {"help", "h", "0"},
        {"version", "V", "0"}};

    static SysctlCommandLine parse(final List<String> arguments)
    {
        final List<String> options = new ArrayList<>();
        final List<String> written = new ArrayList<>();
        final List<String> operands = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++)
        {
            final String word = arguments.get(i);
            if (word.equals("--"))
            {
                operands.addAll(arguments.subList(i + 1, arguments.size()));
                break;
            }
            if (word.startsWith("--"))
            {
                final String[] option = longOption(word.substring(2));
                if (option == null)
                {
                    return new SysctlCommandLine(options, written, operands, word);
                }
                options.add(option[1]);
                written.add(word);
                if (option[2].equals("1") && word.indexOf('=') < 0)
                {
                    i++;
                }
                continue;
            }
            if (!word.startsWith("-") || word.length() == 1)
            {
                operands.add(word);
                continue;
            }
            for (int j = 1; j < word.length(); j++)
            {
                final char letter = word.charAt(j);
                final int at = letter == ':' ? -1 : SHORT_OPTIONS.indexOf(letter);
                if (at < 0)
                {
                    return new SysctlCommandLine(options, written, operands, "-" + letter);
                }
                options.add(String.valueOf(letter));
                written.add("-" + letter);
                final boolean takesValue = at + 1 < SHORT_OPTIONS.length() && SHORT_OPTIONS.charAt(at + 1) == ':';
                final boolean optional = takesValue && at + 2 < SHORT_OPTIONS.length()
                    && SHORT_OPTIONS.charAt(at + 2) == ':';
                if (takesValue)
                {
                    // An attached value ends the word; a required value may be the next word.
                    if (j + 1 == word.length() && !optional)
                    {
                        if (i + 1 == arguments.size())
                        {
                            return new SysctlCommandLine(options, written, operands, "-" + letter);
                        }
                        i++;
                    }
                    break;
                }
            }
        }
        return new SysctlCommandLine(options, written, operands, null);
    }

    /** @return the table row for {@code --name[=value]}: an exact name, or the one long option it abbreviates. */
    private static String[] longOption(final String text)
    {
        final int equals = text.indexOf('=');
        final String name = equals < 0 ? text : text.substring(0, equals);
        String[] found = null;
        for (final String[] option : LONG_OPTIONS)
        {
            if (option[0].equals(name))
            {
                return equals >= 0 && option[2].equals("0") ? null : option;
            }
            if (!name.isEmpty() && option[0].startsWith(name))
            {
                if (found != null)
                {
                    return null; // ambiguous
                }
                found = option;
            }
        }
        return found == null || (equals >= 0 && found[2].equals("0")) ? null : found;
    }

    boolean has(final String option)
    {
        return options.contains(option);
    }
}
