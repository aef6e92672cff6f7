package dev.nslab.cli;

import dev.nslab.core.scenario.ScenarioLine;

/**
 * A scenario command that failed inside nslab rather than in the emulated program: a bug. It names the line, so
 * that the user sees one {@code FILE:LINE:} message (exit 70) instead of a stack trace, and keeps the cause for
 * {@code NSLAB_DEBUG}.
 */
public final class ScenarioLineFailure extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    ScenarioLineFailure(final String scenarioName, final ScenarioLine line, final Throwable cause)
    {
        super(scenarioName + ":" + line.lineNumber() + ": internal error running '" + shorten(line.text()) + "': "
            + describe(cause), cause);
    }

    private static String describe(final Throwable cause)
    {
        final String message = cause.getMessage();
        final String name = cause.getClass().getSimpleName();
        return null == message ? name : name + ": " + message.replaceAll("\\s+", " ").trim();
    }

    /** A 1 MB line must not become a 1 MB message. */
    private static String shorten(final String text)
    {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
