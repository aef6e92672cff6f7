package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

/**
 * The global-options loop of iproute2 6.1's {@code ip} (ip.c) and {@code bridge} (bridge.c), as one parser that
 * both the gate and the programs read: its order of {@code matches()} tests decides what an abbreviation means
 * ({@code -b} is {@code -batch} for ip, a lone {@code -} is {@code -loops}, {@code --} ends the options and
 * {@code --b} is {@code -b}), and which options take the next word.
 */
final class GlobalOptions
{
    /** Every global option of ip and bridge; each program's table says which of them it has. */
    enum Option
    {
        LOOPS, FAMILY, INET, INET6, PACKET, MPLS, BRIDGE, HUMAN, IEC, STATISTICS, DETAILS, RESOLVE, ONELINE,
        TIMESTAMP, TSHORT, VERSION, FORCE, BATCH, BRIEF, JSON, PRETTY, RCVBUF, COLOR, HELP, NETNS, NUMERIC, ALL,
        ECHO, COMPRESS_VLANS
    }

    /** How an option reads its value. */
    enum Value
    {
        /** A flag. */
        NONE,
        /** {@code argc--; argv++; if (argc <= 1) usage();}: a missing value is a usage error. */
        REQUIRED,
        /** {@code NEXT_ARG()} in main(): a missing value is read as NULL. */
        NEXT_ARG
    }

    /**
     * One test of the loop.
     *
     * @param name   the option as the program spells it, with its single dash.
     * @param prefix true for {@code matches()} (any non-empty prefix), false for {@code strcmp()}.
     */
    record Test(Option option, String name, boolean prefix, Value value)
    {
        boolean accepts(final String word)
        {
            if (option == Option.COLOR)
            {
                return matchesColor(word);
            }
            return prefix ? Keywords.matches(word, name) : word.equals(name);
        }
    }

    /**
     * One option as given.
     *
     * @param word  the option as written (e.g. {@code --b}), for messages.
     * @param value the word it read, or null when it takes none or its value was missing.
     */
    record Given(Option option, String word, String value)
    {
    }

    /** How the loop ended. */
    enum End
    {
        /** At the object word ({@code objectIndex}), or with no word left (usage). */
        OBJECT,
        /** At an option the program does not know: it prints 'Option "X" is unknown' and exits. */
        UNKNOWN,
        /** At an option whose value is missing: usage. */
        MISSING_VALUE,
        /** At {@code -Version} or {@code -help}, which end the program at once (the last given option). */
        FINAL
    }

    /**
     * The loop's outcome.
     *
     * @param given       the options read, in order.
     * @param end         how the loop ended.
     * @param unknown     the unknown option as the program names it ({@code --x} read as {@code -x}), or null.
     * @param objectIndex where the object word is (the arguments' size when there is none).
     */
    record Parsed(List<Given> given, End end, String unknown, int objectIndex)
    {
    }

    /** ip.c's main(): the tests in their order. */
    static final GlobalOptions IP = new GlobalOptions(List.of(
        new Test(Option.LOOPS, "-loops", true, Value.REQUIRED),
        new Test(Option.FAMILY, "-family", true, Value.REQUIRED),
        new Test(Option.INET, "-4", false, Value.NONE),
        new Test(Option.INET6, "-6", false, Value.NONE),
        new Test(Option.PACKET, "-0", false, Value.NONE),
        new Test(Option.MPLS, "-M", false, Value.NONE),
        new Test(Option.BRIDGE, "-B", false, Value.NONE),
        new Test(Option.HUMAN, "-human", true, Value.NONE),
        new Test(Option.HUMAN, "-human-readable", true, Value.NONE),
        new Test(Option.IEC, "-iec", true, Value.NONE),
        new Test(Option.STATISTICS, "-stats", true, Value.NONE),
        new Test(Option.STATISTICS, "-statistics", true, Value.NONE),
        new Test(Option.DETAILS, "-details", true, Value.NONE),
        new Test(Option.RESOLVE, "-resolve", true, Value.NONE),
        new Test(Option.ONELINE, "-oneline", true, Value.NONE),
        new Test(Option.TIMESTAMP, "-timestamp", true, Value.NONE),
        new Test(Option.TSHORT, "-tshort", true, Value.NONE),
        new Test(Option.VERSION, "-Version", true, Value.NONE),
        new Test(Option.FORCE, "-force", true, Value.NONE),
        new Test(Option.BATCH, "-batch", true, Value.REQUIRED),
        new Test(Option.BRIEF, "-brief", true, Value.NONE),
        new Test(Option.JSON, "-json", true, Value.NONE),
        new Test(Option.PRETTY, "-pretty", true, Value.NONE),
        new Test(Option.RCVBUF, "-rcvbuf", true, Value.REQUIRED),
        new Test(Option.COLOR, "-color", true, Value.NONE),
        new Test(Option.HELP, "-help", true, Value.NONE),
        new Test(Option.NETNS, "-netns", true, Value.NEXT_ARG),
        new Test(Option.NUMERIC, "-Numeric", true, Value.NONE),
        new Test(Option.ALL, "-all", true, Value.NONE),
        new Test(Option.ECHO, "-echo", false, Value.NONE)));

    /** bridge.c's main(): the tests in their order. */
    static final GlobalOptions BRIDGE = new GlobalOptions(List.of(
        new Test(Option.HELP, "-help", true, Value.NONE),
        new Test(Option.VERSION, "-Version", true, Value.NONE),
        new Test(Option.STATISTICS, "-stats", true, Value.NONE),
        new Test(Option.STATISTICS, "-statistics", true, Value.NONE),
        new Test(Option.DETAILS, "-details", true, Value.NONE),
        new Test(Option.ONELINE, "-oneline", true, Value.NONE),
        new Test(Option.TIMESTAMP, "-timestamp", true, Value.NONE),
        new Test(Option.FAMILY, "-family", true, Value.REQUIRED),
        new Test(Option.INET, "-4", false, Value.NONE),
        new Test(Option.INET6, "-6", false, Value.NONE),
        new Test(Option.NETNS, "-netns", true, Value.NEXT_ARG),
        new Test(Option.COLOR, "-color", true, Value.NONE),
        new Test(Option.COMPRESS_VLANS, "-compressvlans", true, Value.NONE),
        new Test(Option.FORCE, "-force", true, Value.NONE),
        new Test(Option.JSON, "-json", true, Value.NONE),
        new Test(Option.PRETTY, "-pretty", true, Value.NONE),
        new Test(Option.BATCH, "-batch", true, Value.REQUIRED)));

    final List<Test> tests;

    private GlobalOptions(final List<Test> tests)
    {
        this.tests = tests;
    }

    /** Reads the options at the start of {@code arguments} (the words after the program's name). */
    Parsed parse(final List<String> arguments)
    {
        final List<Given> given = new ArrayList<>();
        int index = 0;
        while (index < arguments.size())
        {
            final String word = arguments.get(index);
            if (word.equals("--"))
            {
                index++;
                break;
            }
            if (!word.startsWith("-"))
            {
                break;
            }
            final String option = word.startsWith("--") ? word.substring(1) : word;
            final Test test = find(option);
            if (test == null)
            {
                return new Parsed(given, End.UNKNOWN, option, index);
            }
            String value = null;
            if (test.value() != Value.NONE)
            {
                index++;
                if (index < arguments.size())
                {
                    value = arguments.get(index);
                }
                else if (test.value() == Value.REQUIRED)
                {
                    given.add(new Given(test.option(), word, null));
                    return new Parsed(given, End.MISSING_VALUE, null, index);
                }
            }
            given.add(new Given(test.option(), word, value));
            if (test.option() == Option.VERSION || test.option() == Option.HELP)
            {
                return new Parsed(given, End.FINAL, null, index);
            }
            index++;
        }
        return new Parsed(given, End.OBJECT, null, index);
    }

    private Test find(final String option)
    {
        for (final Test test : tests)
        {
            if (test.accepts(option))
            {
                return test;
            }
        }
        return null;
    }

    /** matches_color(): {@code -color} abbreviated, optionally {@code =always|auto|never}. */
    private static boolean matchesColor(final String option)
    {
        final int equals = option.indexOf('=');
        final String name = equals < 0 ? option : option.substring(0, equals);
        if (!Keywords.matches(name, "-color"))
        {
            return false;
        }
        final String value = equals < 0 ? "" : option.substring(equals + 1);
        return value.isEmpty() || value.equals("always") || value.equals("auto") || value.equals("never");
    }
}
