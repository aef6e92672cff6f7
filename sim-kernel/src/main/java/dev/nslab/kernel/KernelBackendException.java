package dev.nslab.kernel;

/**
 * The kernel backend could not run, or could not finish, a scenario. The message is one line without the
 * {@code nslab:} prefix, which the command line prints before every error (as for every other exception's message);
 * {@link #exitCode()} is what {@code nslab} exits with.
 */
public final class KernelBackendException extends Exception
{
    /** Why the run did not happen or did not finish. */
    public enum Reason
    {
        /** Not root, no namespace support, or a tool missing; nothing was run. */
        UNAVAILABLE(3),
        /** The sandbox broke or a command outlived its time limit; the sandbox is gone. */
        SANDBOX_FAILED(4);

        private final int exitCode;

        Reason(final int exitCode)
        {
            this.exitCode = exitCode;
        }

        public int exitCode()
        {
            return exitCode;
        }
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public KernelBackendException(final Reason reason, final String message)
    {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason()
    {
        return reason;
    }

    public int exitCode()
    {
        return reason.exitCode();
    }
}
