package dev.nslab.pcap;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A capture could not be written. The message is one line meant for the user, e.g.
 * {@code cannot write capture /x/y.pcap: No space left on device}; no stack trace is needed to understand it.
 */
public final class CaptureException extends Exception
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message the one-line message shown to the user.
     */
    public CaptureException(final String message)
    {
        super(message, null, false, false);
    }

    /**
     * @param path  the capture file that could not be written.
     * @param cause why.
     * @return {@code cannot write capture PATH: REASON}.
     */
    public static CaptureException cannotWrite(final Path path, final IOException cause)
    {
        return cannotWrite(path, reason(cause));
    }

    /**
     * @param path   the capture file that could not be written.
     * @param reason why, in a few words.
     * @return {@code cannot write capture PATH: REASON}.
     */
    public static CaptureException cannotWrite(final Path path, final String reason)
    {
        return new CaptureException("cannot write capture " + printable(path) + ": " + reason);
    }

    /**
     * @param directory the capture directory that could not be created or written into.
     * @param cause     why.
     * @return {@code cannot create capture directory PATH: REASON}.
     */
    public static CaptureException cannotCreateDirectory(final Path directory, final IOException cause)
    {
        return new CaptureException("cannot create capture directory " + printable(directory) + ": " + reason(cause));
    }

    /**
     * Names can hold any character but '/' and NUL (a namespace named with a newline): a message must stay one line.
     *
     * @param name a file or interface name.
     * @return the name with each control character written as {@code \xNN}.
     */
    public static String printable(final Object name)
    {
        final String text = String.valueOf(name);
        final StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F)
            {
                printable.append(String.format("\\x%02x", (int)c));
            }
            else
            {
                printable.append(c);
            }
        }
        return printable.toString();
    }

    /**
     * Turns an I/O exception into the strerror-like text a Linux tool would print. The NIO file exceptions carry
     * only the path as message, so their type names the reason.
     */
    static String reason(final IOException cause)
    {
        if (cause instanceof AccessDeniedException)
        {
            return "Permission denied";
        }
        if (cause instanceof NoSuchFileException)
        {
            return "No such file or directory";
        }
        if (cause instanceof FileAlreadyExistsException)
        {
            return "File exists";
        }
        if (cause instanceof NotDirectoryException)
        {
            return "Not a directory";
        }
        if (cause instanceof FileSystemException)
        {
            final String reason = ((FileSystemException)cause).getReason();
            if (null != reason)
            {
                return reason;
            }
        }
        final String message = cause.getMessage();
        return null == message ? cause.getClass().getSimpleName() : message;
    }
}
