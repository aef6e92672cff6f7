package dev.nslab.core.scenario;

/**
 * A scenario nslab cannot run: unreadable, not text, or a line that is not a plain {@code ip}, {@code ping} or
 * {@code sysctl} command. The message is one line, {@code FILE:LINE: ...} when a line is to blame and
 * {@code FILE: ...} otherwise, fit to print as is.
 */
public final class ScenarioException extends Exception
{
    /** The process exit code for a scenario that cannot be run. */
    public static final int EXIT_CODE = 2;

    private static final long serialVersionUID = 1L;

    public ScenarioException(final String message)
    {
        super(message, null, false, false);
    }

    static ScenarioException atLine(final String fileName, final int lineNumber, final String problem)
    {
        return new ScenarioException(fileName + ":" + lineNumber + ": " + problem);
    }

    static ScenarioException inFile(final String fileName, final String problem)
    {
        return new ScenarioException(fileName + ": " + problem);
    }

    public int exitCode()
    {
        return EXIT_CODE;
    }
}
