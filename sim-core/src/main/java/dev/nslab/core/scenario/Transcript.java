package dev.nslab.core.scenario;

import java.util.Objects;

/**
 * The text a scenario run prints: for each command {@code $ <text as written>}, then its output (stdout and stderr
 * as one stream), then {@code [exit N]} when N is not 0. Both backends make it here, so their transcripts can be
 * diffed.
 *
 * <p>It streams: every piece goes to the {@link TranscriptSink} at once, and the only state kept is whether the
 * last piece ended its line, so a run of any length costs the same memory.
 */
public final class Transcript
{
    private final TranscriptSink sink;
    private boolean lineOpen;

    public Transcript(final TranscriptSink sink)
    {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Prints the {@code $ } line of a command; call before its output. */
    public Transcript command(final ScenarioLine line)
    {
        lineOpen = false;
        sink.print("$ " + line.text() + "\n");
        return this;
    }

    /** Prints output as the command printed it; may be called any number of times per command. */
    public Transcript output(final String printed)
    {
        if (!printed.isEmpty())
        {
            lineOpen = printed.charAt(printed.length() - 1) != '\n';
            sink.print(printed);
        }
        return this;
    }

    /**
     * Ends a command. Output not ending in a newline gets one, so the next {@code $ } or {@code [exit N]} starts a
     * line of its own.
     */
    public Transcript exit(final int exitCode)
    {
        final String end = (lineOpen ? "\n" : "") + (exitCode != 0 ? "[exit " + exitCode + "]\n" : "");
        lineOpen = false;
        if (!end.isEmpty())
        {
            sink.print(end);
        }
        sink.commandEnded();
        return this;
    }

    /** Prints one whole command: its line, its output and its exit code. */
    public Transcript append(final ScenarioLine line, final String printed, final int exitCode)
    {
        return command(line).output(printed).exit(exitCode);
    }
}
