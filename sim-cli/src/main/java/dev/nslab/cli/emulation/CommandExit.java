package dev.nslab.cli.emulation;

/**
 * Ends an emulated program at once with an exit code, as {@code exit()} deep inside iproute2 or ping does, after
 * the program printed its message. Carries no stack trace: it is control flow, not a failure of nslab.
 */
final class CommandExit extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandExit(final int exitCode)
    {
        super(null, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode()
    {
        return exitCode;
    }
}
