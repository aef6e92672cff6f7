package dev.nslab.cli.emulation;

/**
 * What an emulated command prints: stdout and stderr as one stream, in the order the real program writes them (the
 * programs nslab emulates flush stdout before they write to stderr, so the order is the order of the calls).
 */
final class Output
{
    private final StringBuilder text = new StringBuilder();

    Output print(final String printed)
    {
        text.append(printed);
        return this;
    }

    Output line(final String line)
    {
        text.append(line).append('\n');
        return this;
    }

    /** Prints {@code message} as a line and ends the program with {@code exitCode}. */
    CommandExit fail(final String message, final int exitCode)
    {
        line(message);
        return new CommandExit(exitCode);
    }

    String text()
    {
        return text.toString();
    }
}
