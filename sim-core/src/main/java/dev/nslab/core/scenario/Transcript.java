package dev.nslab.core.scenario;

/**
 * The text a scenario run prints: for each command {@code $ <text as written>}, then its output (stdout and stderr
 * as one stream), then {@code [exit N]} when N is not 0. Both backends build it here so their transcripts can be
 * diffed.
 */
public final class Transcript
{
    private final StringBuilder text = new StringBuilder();

    /** Appends the {@code $ } line of a command; call before its output. */
    public Transcript command(final ScenarioLine line)
    {
        text.append("$ ").append(line.text()).append('\n');
        return this;
    }

    /** Appends output as printed; may be called several times per command while it streams. */
    public Transcript output(final String printed)
    {
        text.append(printed);
        return this;
    }

    /**
     * Ends a command. Output not ending in a newline gets one, so the next {@code $ } or {@code [exit N]} starts a
     * line of its own.
     */
    public Transcript exit(final int exitCode)
    {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n')
        {
            text.append('\n');
        }
        if (exitCode != 0)
        {
            text.append("[exit ").append(exitCode).append("]\n");
        }
        return this;
    }

    /** Appends one whole command: its line, its output and its exit code. */
    public Transcript append(final ScenarioLine line, final String printed, final int exitCode)
    {
        return command(line).output(printed).exit(exitCode);
    }

    public String text()
    {
        return text.toString();
    }

    /** @return characters so far, without copying them. */
    public int length()
    {
        return text.length();
    }

    /** @return what was appended from {@code start} on (for streaming, without copying all that came before). */
    public String textFrom(final int start)
    {
        return text.substring(start);
    }

    @Override
    public String toString()
    {
        return text();
    }
}
