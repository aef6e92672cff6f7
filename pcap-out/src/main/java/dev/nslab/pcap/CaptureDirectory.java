package dev.nslab.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code --pcap DIR}: where per-interface pcaps go ({@code DEV.pcap}, {@code netns/NS/DEV.pcap}, see
 * {@link CaptureInterface}), and the rules that keep nslab from writing where it should not.
 *
 * <ul>
 * <li>nslab never follows a symbolic link under {@code DIR} and never overwrites a file it did not create:
 *     directories are made one component at a time and files with {@code O_EXCL|O_NOFOLLOW}.</li>
 * <li>What it makes is recorded in {@code DIR/.nslab-captures} before it is made (names NUL-terminated, since a
 *     namespace name may hold a newline; directories end with {@code /}), so a later run can tell its own files
 *     from anyone else's.</li>
 * <li>At the start of a run {@code DIR} may hold only that manifest and what it lists (removed first, links never
 *     followed). Anything else, a link planted there included, refuses the run before anything runs: re-running
 *     into the same directory stays easy, and a directory of someone else's files stays untouched.</li>
 * </ul>
 *
 * <p>{@code DIR} itself is the user's choice and may be a link to a directory. Thread-safe.
 */
public final class CaptureDirectory implements AutoCloseable
{
    /** The manifest of what nslab wrote into the directory. */
    public static final String MANIFEST = ".nslab-captures";

    private static final char SEPARATOR = '/';
    private static final int NAMES_SHOWN = 3;

    private final Path directory;
    private final FileChannel manifest;
    /** Relative names made by this run, directories with a trailing '/'. */
    private final Set<String> made = new HashSet<>();

    private CaptureDirectory(final Path directory, final FileChannel manifest)
    {
        this.directory = directory;
        this.manifest = manifest;
    }

    /**
     * Makes the directory ready for a run: created if missing, emptied of what an earlier run wrote, refused when
     * it holds anything else.
     *
     * @param directory the capture directory.
     * @return the directory, its manifest open.
     * @throws CaptureException with one line for the user when it cannot be made, holds files nslab did not
     *     write, or cannot be emptied.
     */
    public static CaptureDirectory prepare(final Path directory) throws CaptureException
    {
        return prepare(directory, null);
    }

    /**
     * As {@link #prepare(Path)}, when the run also writes a pcapng that may lie in the directory itself
     * ({@code --pcap caps --pcapng caps/run.pcapng}): that file is left for its own writer to replace, and listed
     * in the manifest so that a later run recognises it.
     *
     * @param directory  the capture directory.
     * @param pcapngFile the run's pcapng, or null.
     * @return the directory, its manifest open.
     * @throws CaptureException as {@link #prepare(Path)} does, and when the pcapng in the directory would have a
     *     name the directory's own files have.
     */
    public static CaptureDirectory prepare(final Path directory, final Path pcapngFile) throws CaptureException
    {
        if (directory.toString().isEmpty())
        {
            throw new CaptureException("cannot create capture directory '': the name is empty");
        }
        final String companion = companionName(directory, pcapngFile);
        try
        {
            Files.createDirectories(directory);
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotCreateDirectory(directory, ex);
        }
        final Path manifestFile = directory.resolve(MANIFEST);
        removeAll(ownContents(directory, companion).own(), manifestFile);
        final CaptureDirectory prepared;
        try
        {
            prepared = new CaptureDirectory(directory, FileChannel.open(manifestFile, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS));
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotCreateDirectory(directory, ex);
        }
        if (null != companion)
        {
            prepared.record(companion);
        }
        return prepared;
    }

    /**
     * Checks, changing nothing, that {@link #prepare(Path)} would accept the directory: lets a caller with two
     * directories refuse the run before it empties either.
     *
     * @param directory the capture directory; a missing one is accepted.
     * @throws CaptureException as {@link #prepare(Path)} does when the directory holds files nslab did not write.
     */
    public static void check(final Path directory) throws CaptureException
    {
        if (Files.isDirectory(directory))
        {
            ownContents(directory, null);
        }
    }

    /**
     * @return the capture directory.
     */
    public Path directory()
    {
        return directory;
    }

    /**
     * Creates the pcap of one interface: its directories one component at a time, then the file, each listed in the
     * manifest before it is made. Nothing already there is followed or reused.
     *
     * @return the new, empty file.
     * @throws CaptureException when something is in the way (made by someone else during the run) or the
     *     directory cannot be written.
     */
    synchronized CaptureFile createPcap(final CaptureInterface captured) throws CaptureException
    {
        final List<String> components = captured.pcapPath();
        final StringBuilder name = new StringBuilder();
        Path path = directory;
        for (int i = 0; i < components.size() - 1; i++)
        {
            name.append(components.get(i)).append(SEPARATOR);
            path = path.resolve(components.get(i));
            if (made.add(name.toString()))
            {
                record(name.toString());
                try
                {
                    // mkdir fails on anything already there, a link included, and never follows one.
                    Files.createDirectory(path);
                }
                catch (final IOException ex)
                {
                    throw CaptureException.cannotWrite(path, ex);
                }
            }
        }
        final String file = components.get(components.size() - 1);
        name.append(file);
        path = path.resolve(file);
        if (!made.add(name.toString()))
        {
            throw CaptureException.cannotWrite(path, "File exists");
        }
        record(name.toString());
        return CaptureFile.createNew(path);
    }

    /**
     * Closes the manifest; what was made stays listed.
     */
    @Override
    public synchronized void close()
    {
        try
        {
            manifest.close();
        }
        catch (final IOException ignored)
        {
            // Every name was written when it was recorded.
        }
    }

    /** Appends one name before the file or directory is made, so that even kill -9 leaves it listed. */
    private void record(final String name) throws CaptureException
    {
        final ByteBuffer bytes = ByteBuffer.wrap((name + '\0').getBytes(StandardCharsets.UTF_8));
        try
        {
            while (bytes.hasRemaining())
            {
                manifest.write(bytes);
            }
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(directory.resolve(MANIFEST), ex);
        }
    }

    /** @return what an earlier run made there. @throws CaptureException when anything else is there. */
    private static Contents ownContents(final Path directory, final String companion) throws CaptureException
    {
        final Contents contents = list(directory, readManifest(directory.resolve(MANIFEST)), companion);
        if (!contents.foreign().isEmpty())
        {
            throw new CaptureException("cannot capture into " + CaptureException.printable(directory)
                + ": it holds files nslab did not write (" + shown(contents.foreign())
                + "); use a new or empty directory");
        }
        return contents;
    }

    /** @return the name the pcapng has in the directory, or null when it lies elsewhere. */
    private static String companionName(final Path directory, final Path pcapngFile) throws CaptureException
    {
        if (null == pcapngFile || null == pcapngFile.getFileName())
        {
            return null;
        }
        final Path parent = pcapngFile.toAbsolutePath().normalize().getParent();
        if (null == parent || !parent.equals(directory.toAbsolutePath().normalize()))
        {
            return null;
        }
        final String name = pcapngFile.getFileName().toString();
        if (name.equals(MANIFEST) || name.equals(CaptureInterface.NETNS_DIRECTORY)
            || name.endsWith(CaptureInterface.PCAP_SUFFIX))
        {
            throw CaptureException.cannotWrite(pcapngFile, "the capture directory "
                + CaptureException.printable(directory) + " names its own files so; give the pcapng another name");
        }
        return name;
    }

    private static Set<String> readManifest(final Path manifestFile) throws CaptureException
    {
        final Set<String> names = new HashSet<>();
        final BasicFileAttributes attributes = OutputFiles.attributesOf(manifestFile);
        if (null == attributes || !attributes.isRegularFile())
        {
            // Absent, or not one nslab wrote (a link, a directory): list() reports the latter as foreign.
            return names;
        }
        try (FileChannel channel = FileChannel.open(manifestFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))
        {
            final ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(channel.size()));
            while (bytes.hasRemaining() && channel.read(bytes) >= 0)
            {
                // Read it all.
            }
            for (final String name : new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).split("\0"))
            {
                if (!name.isEmpty())
                {
                    names.add(name);
                }
            }
            return names;
        }
        catch (final IOException | ArithmeticException ex)
        {
            throw new CaptureException("cannot read " + CaptureException.printable(manifestFile) + ": "
                + (ex instanceof IOException io ? CaptureException.reason(io) : "too large"));
        }
    }

    /** What the directory holds: entries the manifest lists (to remove) and any other (refuse). */
    private record Contents(List<Path> own, Set<String> foreign)
    {
    }

    /** Walks the directory without following links; a listed name must still be what nslab made there. */
    private static Contents list(final Path directory, final Set<String> listed, final String companion)
        throws CaptureException
    {
        final List<Path> own = new ArrayList<>();
        final Set<String> foreign = new TreeSet<>();
        // "DIR/." resolves DIR itself (the user's choice, maybe a link); nothing under it is followed.
        final Path start = directory.resolve(".");
        try
        {
            Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>()
                {
                    @Override
                    public FileVisitResult preVisitDirectory(final Path dir, final BasicFileAttributes attributes)
                    {
                        if (dir.equals(start))
                        {
                            return FileVisitResult.CONTINUE;
                        }
                        final String name = relativeName(start, dir);
                        if (name.equals(companion))
                        {
                            // Its writer refuses a directory with one line of its own.
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (listed.contains(name + SEPARATOR))
                        {
                            own.add(dir);
                            return FileVisitResult.CONTINUE;
                        }
                        foreign.add(name + SEPARATOR);
                        return FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(final Path file, final BasicFileAttributes attributes)
                    {
                        final String name = relativeName(start, file);
                        if (name.equals(companion))
                        {
                            // Replaced by the pcapng's writer, which also refuses a link there.
                            return FileVisitResult.CONTINUE;
                        }
                        if (attributes.isRegularFile() && name.equals(MANIFEST))
                        {
                            // Replaced last, once what it lists is gone.
                            return FileVisitResult.CONTINUE;
                        }
                        if (attributes.isRegularFile() && listed.contains(name))
                        {
                            own.add(file);
                        }
                        else
                        {
                            foreign.add(name);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(final Path file, final IOException ex) throws IOException
                    {
                        throw ex;
                    }
                });
        }
        catch (final IOException ex)
        {
            throw new CaptureException("cannot read capture directory " + CaptureException.printable(directory)
                + ": " + CaptureException.reason(ex));
        }
        return new Contents(own, foreign);
    }

    /** Removes what an earlier run made, deepest first, links never followed; the old manifest last. */
    private static void removeAll(final List<Path> own, final Path manifestFile) throws CaptureException
    {
        final List<Path> deepestFirst = new ArrayList<>(own);
        deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        deepestFirst.add(manifestFile);
        for (final Path path : deepestFirst)
        {
            try
            {
                Files.deleteIfExists(path);
            }
            catch (final IOException ex)
            {
                throw new CaptureException("cannot remove the earlier capture " + CaptureException.printable(path)
                    + ": " + CaptureException.reason(ex));
            }
        }
    }

    private static String relativeName(final Path directory, final Path path)
    {
        final Path relative = directory.relativize(path);
        final StringBuilder name = new StringBuilder();
        for (final Path component : relative)
        {
            if (!name.isEmpty())
            {
                name.append(SEPARATOR);
            }
            name.append(component);
        }
        return name.toString();
    }

    private static String shown(final Set<String> names)
    {
        final List<String> first = new ArrayList<>();
        for (final String name : names)
        {
            if (first.size() == NAMES_SHOWN)
            {
                break;
            }
            first.add(CaptureException.printable(name));
        }
        final int more = names.size() - first.size();
        return String.join(", ", first) + (more > 0 ? " and " + more + " more" : "");
    }
}
