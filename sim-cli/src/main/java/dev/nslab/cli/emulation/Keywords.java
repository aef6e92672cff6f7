package dev.nslab.cli.emulation;

import java.util.List;

/** iproute2's keyword rules: {@code matches()} accepts any non-empty prefix of a keyword. */
final class Keywords
{
    private Keywords()
    {
    }

    /** @return true when {@code word} is a non-empty prefix of {@code keyword} ({@code matches(word, keyword) == 0}). */
    static boolean matches(final String word, final String keyword)
    {
        return word != null && !word.isEmpty() && keyword.startsWith(word);
    }

    /** @return true when {@code word} abbreviates one of the keywords. */
    static boolean matchesAny(final String word, final String... keywords)
    {
        for (final String keyword : keywords)
        {
            if (matches(word, keyword))
            {
                return true;
            }
        }
        return false;
    }

    /** iproute2's duparg2: a keyword given twice, or a stray word where its value already stands; exit 255. */
    static CommandExit duplicateArgument(final Output out, final String keyword, final String argument)
    {
        return out.fail("Error: either \"" + keyword + "\" is duplicate, or \"" + argument + "\" is a garbage.", 255);
    }

    /** The words of a command still to be read, with iproute2's NEXT_ARG rule. */
    static final class Cursor
    {
        private final List<String> words;
        private final Output out;
        private int index;

        Cursor(final List<String> words, final Output out)
        {
            this.words = words;
            this.out = out;
        }

        boolean hasNext()
        {
            return index < words.size();
        }

        String peek()
        {
            return words.get(index);
        }

        String next()
        {
            return words.get(index++);
        }

        /** NEXT_ARG(): the value after a keyword, or "Command line is not complete" and exit 255. */
        String value()
        {
            if (!hasNext())
            {
                throw out.fail("Command line is not complete. Try option \"help\"", 255);
            }
            return next();
        }

        List<String> rest()
        {
            return words.subList(index, words.size());
        }
    }
}
