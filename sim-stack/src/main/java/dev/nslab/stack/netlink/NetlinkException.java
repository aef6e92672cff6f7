package dev.nslab.stack.netlink;

/**
 * A configuration request refused the way the kernel refuses it: an errno and, where the kernel sends one, an
 * extended-ack message. iproute2 prints {@code Error: <extack>.} when there is a message and
 * {@code RTNETLINK answers: <strerror>} when there is none; the command line does that printing.
 */
public final class NetlinkException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final Errno errno;
    private final String extack;

    public NetlinkException(final Errno errno, final String extack)
    {
        super(extack != null ? extack : errno.message());
        this.errno = errno;
        this.extack = extack;
    }

    public NetlinkException(final Errno errno)
    {
        this(errno, null);
    }

    public Errno errno()
    {
        return errno;
    }

    /** @return the extended-ack text (e.g. {@code ipv4: Address already assigned.}), or null. */
    public String extack()
    {
        return extack;
    }

    /** The subset of errno values the stack's configuration paths return, with glibc's strerror text. */
    public enum Errno
    {
        EPERM("Operation not permitted"),
        ENOENT("No such file or directory"),
        ESRCH("No such process"),
        EEXIST("File exists"),
        ENXIO("No such device or address"),
        ENODEV("No such device"),
        EINVAL("Invalid argument"),
        ENETDOWN("Network is down"),
        ENETUNREACH("Network is unreachable"),
        EHOSTUNREACH("No route to host"),
        EACCES("Permission denied"),
        ENOBUFS("No buffer space available"),
        EADDRNOTAVAIL("Cannot assign requested address"),
        EOPNOTSUPP("Operation not supported"),
        ERANGE("Numerical result out of range"),
        EBUSY("Device or resource busy"),
        ELOOP("Too many levels of symbolic links"),
        /** fib_validate_source: the reverse-path filter refused the source. */
        EXDEV("Invalid cross-device link");

        private final String message;

        Errno(final String message)
        {
            this.message = message;
        }

        public String message()
        {
            return message;
        }
    }
}
