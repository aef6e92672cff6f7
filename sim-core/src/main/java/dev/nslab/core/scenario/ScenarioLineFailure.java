package dev.nslab.core.scenario;

/**
 * A scenario command that failed inside nslab rather than in the program it runs: a bug, or the JVM running out of
 * heap or stack. It names the line, so that the user sees one {@code FILE:LINE:} message (exit 70) instead of a
 * stack trace, and keeps the cause for {@code NSLAB_DEBUG}. Both backends throw it.
 */
public final class ScenarioLineFailure extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private ScenarioLineFailure(final String message, final Throwable cause)
    {
        super(message, cause);
    }

    /**
     * Wraps what ended a command. After an {@link OutOfMemoryError} the {@link HeapReserve} is given back first, so
     * that the message can be made and the run's files closed.
     *
     * @param scenarioName the scenario's name in messages (its path as given).
     * @param line         the command that was running.
     * @param cause        what it threw: a runtime exception or an error.
     */
    public static ScenarioLineFailure of(final String scenarioName, final ScenarioLine line, final Throwable cause)
    {
        if (cause instanceof OutOfMemoryError)
        {
            HeapReserve.release();
        }
        return new ScenarioLineFailure(scenarioName + ":" + line.lineNumber() + ": internal error running '"
            + shorten(line.text()) + "': " + describe(cause), cause);
    }

    /**
     * Wraps what ended a run outside any command (the simulation running on after the last one).
     *
     * @param scenarioName the scenario's name in messages.
     * @param cause        what was thrown.
     */
    public static ScenarioLineFailure afterLastLine(final String scenarioName, final Throwable cause)
    {
        if (cause instanceof OutOfMemoryError)
        {
            HeapReserve.release();
        }
        return new ScenarioLineFailure(scenarioName + ": internal error after the last command: " + describe(cause),
            cause);
    }

    /** @return {@code SimpleName: message} on one line, the message cut to a readable length. */
    public static String describe(final Throwable cause)
    {
        final String message = cause.getMessage();
        final String name = cause.getClass().getSimpleName();
        return null == message ? name : name + ": " + shorten(message.replaceAll("\\s+", " ").trim());
    }

    /** A 1 MB line must not become a 1 MB message. */
    private static String shorten(final String text)
    {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
