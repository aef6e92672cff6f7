package dev.nslab.pcap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How nslab makes the files it writes captures into: never through a symbolic link, and never over a file it did
 * not mean to replace. New files are created with {@code O_CREAT|O_EXCL|O_NOFOLLOW}, which fails on anything
 * already there, a dangling link included.
 */
final class OutputFiles
{
    private static final AtomicLong TEMPORARY_COUNTER = new AtomicLong();

    private OutputFiles()
    {
    }

    /**
     * @return a new, empty file open for writing.
     * @throws IOException when anything is already at {@code file}, or it cannot be created.
     */
    static FileChannel createNew(final Path file) throws IOException
    {
        return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Checks that {@code file} may be written as a {@code --pcapng} output: absent, a regular file (replaced), or
     * a device or FIFO (written in place, as {@code tcpdump -w} would); never a symbolic link or a directory.
     *
     * @throws CaptureException with one line for the user otherwise.
     */
    static void requireReplaceable(final Path file) throws CaptureException
    {
        final BasicFileAttributes attributes = attributesOf(file);
        if (null == attributes)
        {
            return;
        }
        if (attributes.isSymbolicLink())
        {
            throw CaptureException.cannotWrite(file, "it is a symbolic link, and nslab never writes through one");
        }
        if (attributes.isDirectory())
        {
            throw CaptureException.cannotWrite(file, "Is a directory");
        }
    }

    /**
     * Opens a {@code --pcapng} output for writing from its start: a regular file is replaced by a new one (so
     * nothing is written through a hard link either), a device or FIFO is written in place.
     *
     * @throws CaptureException when it is a link or a directory, or cannot be created.
     */
    static FileChannel replace(final Path file) throws CaptureException
    {
        requireReplaceable(file);
        try
        {
            if (isWrittenInPlace(file))
            {
                return FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            }
            Files.deleteIfExists(file);
            return createNew(file);
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(file, ex);
        }
    }

    /**
     * @return whether {@code file} exists and is neither a regular file nor a directory nor a link: a device or a
     *     FIFO, which is written into rather than replaced.
     */
    static boolean isWrittenInPlace(final Path file)
    {
        final BasicFileAttributes attributes = attributesOf(file);
        return null != attributes && attributes.isOther();
    }

    /**
     * @return a new, empty file beside {@code target}, hidden, for writing a replacement of it.
     * @throws IOException when it cannot be created.
     */
    static Path createTemporarySibling(final Path target) throws IOException
    {
        while (true)
        {
            final Path temporary = target.resolveSibling("." + target.getFileName() + ".nslab-"
                + ProcessHandle.current().pid() + "-" + TEMPORARY_COUNTER.incrementAndGet() + ".tmp");
            try
            {
                createNew(temporary).close();
                return temporary;
            }
            catch (final java.nio.file.FileAlreadyExistsException taken)
            {
                // Left by a killed run of a JVM with the same pid: take the next name.
            }
        }
    }

    /**
     * Renames {@code temporary} over {@code target} in one step: a reader sees the old file or the new one, and a
     * link at {@code target} is replaced, not followed.
     */
    static void moveOver(final Path temporary, final Path target) throws IOException
    {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * @return the attributes of {@code path} itself (a link is not followed), or null when nothing is there.
     */
    static BasicFileAttributes attributesOf(final Path path)
    {
        try
        {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        catch (final NoSuchFileException ex)
        {
            return null;
        }
        catch (final IOException ex)
        {
            // Unreadable (a parent without search permission): the open that follows reports why.
            return null;
        }
    }
}
