package dev.nslab.core.scenario;

/**
 * Where a transcript goes while it is made: a run hands over its text piece by piece, as the commands print it, and
 * keeps none of it. Whoever needs the whole text (a test, a diff) collects it here itself.
 */
@FunctionalInterface
public interface TranscriptSink
{
    /** A sink that drops everything, for runs whose text nobody reads (matrix discovery, graphs). */
    TranscriptSink DISCARD = text -> { };

    /** Text as it is printed: a {@code $ } line, some output (usually whole lines), an {@code [exit N]} line. */
    void print(String text);

    /**
     * A command ended and its exit line, if any, is printed: a good moment to make the text visible (flush), since
     * a command's output may be long and come in many pieces.
     */
    default void commandEnded()
    {
    }
}
