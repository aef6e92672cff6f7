package dev.nslab.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One command of a scenario.
 *
 * @param lineNumber the 1-based line on which the command starts.
 * @param text       the command as written: continuations joined (backslash-newline dropped), trailing comment
 *                   removed, trimmed. This is what a transcript prints after {@code $ }.
 * @param words      the shell words, quotes and escapes resolved.
 */
public record ScenarioLine(int lineNumber, String text, List<String> words)
{
    public ScenarioLine
    {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        if (words.isEmpty())
        {
            throw new IllegalArgumentException("a scenario line has at least one word");
        }
    }
}
