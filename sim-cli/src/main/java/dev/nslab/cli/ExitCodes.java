package dev.nslab.cli;

/** What {@code nslab} exits with. */
final class ExitCodes
{
    /** The scenario ran to its end (whatever its commands returned); {@code diff}: no difference. */
    static final int OK = 0;
    /** {@code diff}: the normalised transcripts differ. */
    static final int DIFFERENT = 1;
    /** The command line or the scenario cannot be run: bad option, missing or unreadable file, unsupported line. */
    static final int CANNOT_RUN = 2;
    /** The kernel backend cannot run here: not root, no namespaces, a tool missing. */
    static final int KERNEL_UNAVAILABLE = 3;
    /** The kernel backend's sandbox broke or a command outlived its time limit. */
    static final int KERNEL_FAILED = 4;
    /**
     * A capture cannot be written: its directory or file cannot be created (then nothing ran), or writing failed
     * during the run (then the run stopped; what was written is valid up to its last whole record).
     */
    static final int CAPTURE_FAILED = 5;
    /** A bug in nslab: an exception nslab did not expect, reported in one line (NSLAB_DEBUG=1 shows its trace). */
    static final int INTERNAL_ERROR = 70;

    private ExitCodes()
    {
    }
}
