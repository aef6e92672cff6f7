package dev.nslab.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts a main class in a child JVM as an unprivileged user (uid 65534, no groups), as a normal user would run
 * nslab: tests run as root in CI, and this is how they prove what works without root. The child gets a copy of this
 * JVM's classpath it may read (root's Maven repository is not readable by others).
 */
public final class UnprivilegedJvm
{
    private UnprivilegedJvm()
    {
    }

    /** @return whether this JVM may start others as another user (it is root). */
    public static boolean available()
    {
        return KernelPreflight.effectiveUid() == 0;
    }

    /**
     * @param scratch a directory of the test's own; the classpath copy goes there.
     * @return the started process, stdout and stderr merged.
     */
    public static Process start(final Path scratch, final String mainClass, final List<String> arguments) throws IOException
    {
        final Path classes = Files.createDirectories(scratch.resolve("classpath"));
        final List<String> entries = new ArrayList<>();
        int n = 0;
        for (final String entry : System.getProperty("java.class.path").split(File.pathSeparator))
        {
            final Path source = Path.of(entry);
            if (!Files.exists(source))
            {
                continue;
            }
            final Path copy = classes.resolve(Integer.toString(n++) + (Files.isDirectory(source) ? "" : ".jar"));
            copyTree(source, copy);
            entries.add(copy.toString());
        }
        for (Path directory = scratch; directory != null && directory.startsWith(System.getProperty("java.io.tmpdir"))
            && !directory.equals(Path.of(System.getProperty("java.io.tmpdir"))); directory = directory.getParent())
        {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        final String java = ProcessHandle.current().info().command().orElse("java");
        final List<String> command = new ArrayList<>(List.of("setpriv", "--reuid", "65534", "--regid", "65534",
            "--clear-groups", "--", java, "-cp", String.join(File.pathSeparator, entries), mainClass));
        command.addAll(arguments);
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(scratch.toFile());
        builder.environment().put("HOME", scratch.toString());
        return builder.start();
    }

    private static void copyTree(final Path source, final Path target) throws IOException
    {
        try (Stream<Path> walk = Files.walk(source))
        {
            for (final Path from : (Iterable<Path>) walk::iterator)
            {
                final Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from))
                {
                    Files.createDirectories(to);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                else
                {
                    Files.copy(from, to);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }
}
