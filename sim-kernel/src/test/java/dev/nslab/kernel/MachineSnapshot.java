package dev.nslab.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a sandbox must never change on the machine, taken from outside every sandbox: its network (namespaces, links,
 * addresses, routes, rules, taps, the mounts a sandbox makes, see {@link HostNetworkSnapshot}), a list of
 * non-network sysctls, the loaded modules, and the places of its file system an unprivileged uid could write
 * (in world-writable directories, what the sandbox uids own or what is named like an escape attempt, since the
 * machine's own programs come and go there) plus the directories a root shell would reach first, whole. Two snapshots must be equal around anything a scenario or a sandboxed shell does.
 *
 * <p>The sandbox's uid owns nothing on the machine, so it could write only where anyone may write; everything
 * else is protected by that uid's lack of privilege and by the sandbox root holding no other path of the machine
 * (which {@code SandboxConfinementTest} checks from inside).
 */
public record MachineSnapshot(String network, String sysctls, String modules, String files)
{
    /** Non-network settings a sandbox must not change; core_pattern and modprobe would run programs as root. */
    static final List<String> SYSCTLS = List.of("kernel/hostname", "kernel/domainname", "kernel/core_pattern",
        "kernel/modprobe", "kernel/sysrq", "kernel/printk", "kernel/panic", "kernel/randomize_va_space",
        "kernel/pid_max", "kernel/threads-max", "vm/swappiness", "vm/overcommit_memory", "vm/drop_caches",
        "fs/file-max", "fs/protected_symlinks", "fs/suid_dumpable", "user/max_user_namespaces", "net/core/somaxconn",
        "net/ipv4/ip_forward", "net/ipv4/conf/all/forwarding");

    /** Where anyone may write on a Debian machine, and where a root shell would write first. */
    private static final List<Path> WATCHED = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"),
        Path.of("/run/lock"), Path.of("/dev/mqueue"), Path.of("/"), Path.of("/etc"), Path.of("/root"), Path.of("/usr"),
        Path.of("/usr/local/bin"), Path.of("/run"), Path.of("/var/lib"), Path.of("/home"));

    public static MachineSnapshot take() throws IOException, InterruptedException
    {
        final StringBuilder sysctls = new StringBuilder();
        for (final String name : SYSCTLS)
        {
            sysctls.append(name).append(" = ").append(read(Path.of("/proc/sys", name))).append('\n');
        }
        final StringBuilder modules = new StringBuilder();
        if (Files.exists(Path.of("/proc/modules")))
        {
            for (final String line : Files.readAllLines(Path.of("/proc/modules")))
            {
                modules.append(line.split(" ", 2)[0]).append('\n');
            }
        }
        else
        {
            modules.append("a kernel without loadable modules\n");
        }
        final StringBuilder files = new StringBuilder();
        for (final Path directory : WATCHED)
        {
            files.append(listing(directory));
        }
        // Other sandboxes may run beside this test (their mounts are in their own namespaces): the machine's own
        // mount table, as this JVM and the machine's init see it, is what must not change.
        final String network = HostNetworkSnapshot.take().text().replaceAll("(?m)^sandbox mounts: .*$", "")
            + "mounts:\n" + mountTable(Path.of("/proc/self/mountinfo")) + mountTable(Path.of("/proc/1/mountinfo"));
        return new MachineSnapshot(network, sysctls.toString(), modules.toString(), files.toString());
    }

    /** @return one line per entry of {@code directory} (recursively for world-writable ones, which are small). */
    private static String listing(final Path directory) throws IOException
    {
        if (!Files.isDirectory(directory))
        {
            return directory + ": absent\n";
        }
        final boolean worldWritable = Files.getPosixFilePermissions(directory).contains(
            java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        final TreeMap<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = worldWritable ? Files.walk(directory, 6) : Files.list(directory))
        {
            for (final Path entry : (Iterable<Path>) walk::iterator)
            {
                if (isOurs(entry))
                {
                    continue;
                }
                try
                {
                    if (worldWritable && !isSandboxs(entry))
                    {
                        continue;
                    }
                    final BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    entries.put(entry.toString(), (attributes.isDirectory() ? "dir" : attributes.size() + " bytes")
                        + (attributes.isDirectory() ? "" : " modified " + attributes.lastModifiedTime()));
                }
                catch (final IOException e)
                {
                    entries.put(entry.toString(), "vanished");
                }
            }
        }
        catch (final java.io.UncheckedIOException e)
        {
            // Something vanished under the walk: a file of a process of the machine's own, listed as it is.
        }
        final StringBuilder text = new StringBuilder();
        entries.forEach((name, what) -> text.append(name).append(": ").append(what).append('\n'));
        return text.toString();
    }

    /**
     * Files this test run itself makes and removes while it runs (JUnit's, Maven's, the JVM's, nslab's staging):
     * not something a sandbox could change, and they would make every comparison fail.
     */
    private static boolean isOurs(final Path entry)
    {
        final String name = entry.toString();
        return name.startsWith("/tmp/junit") || name.startsWith("/tmp/nslab-capture-") || name.startsWith("/tmp/hsperfdata")
            || name.startsWith("/tmp/surefire") || name.startsWith("/tmp/bash_jobs") || name.startsWith("/tmp/jna")
            || name.contains("/.cache/") || name.startsWith("/tmp/nslab-test-");
    }

    /** @return the mount points and sources of a mount table (ids and counters left out). */
    private static String mountTable(final Path mountinfo) throws IOException
    {
        final StringBuilder text = new StringBuilder();
        for (final String line : Files.readAllLines(mountinfo))
        {
            final String[] fields = line.split(" ");
            text.append(fields[3]).append(' ').append(fields[4]).append(' ').append(fields[5]).append(' ')
                .append(line.substring(line.indexOf(" - ") + 3)).append('\n');
        }
        return text.toString();
    }

    /** @return whether a sandbox uid owns {@code entry} or its name is one the escape attempts use. */
    private static boolean isSandboxs(final Path entry) throws IOException
    {
        final int owner = (Integer) Files.getAttribute(entry, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return owner == SandboxIdentity.SANDBOX_UID || owner == SandboxIdentity.NOBODY_UID
            || entry.getFileName() != null && entry.getFileName().toString().contains("nslab-escape");
    }

    private static String read(final Path file)
    {
        try
        {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
        }
        catch (final IOException e)
        {
            return "unreadable (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** @return the first lines that differ, for an assertion message. */
    public String differenceFrom(final MachineSnapshot other)
    {
        final List<String> differences = new ArrayList<>();
        compare("network", network, other.network, differences);
        compare("sysctls", sysctls, other.sysctls, differences);
        compare("modules", modules, other.modules, differences);
        compare("files", files, other.files, differences);
        return String.join("\n", differences);
    }

    private static void compare(final String what, final String before, final String after,
        final List<String> differences)
    {
        final List<String> a = before.lines().toList();
        final List<String> b = after.lines().toList();
        for (final String line : a)
        {
            if (!b.contains(line))
            {
                differences.add(what + " before only: " + line);
            }
        }
        for (final String line : b)
        {
            if (!a.contains(line))
            {
                differences.add(what + " after only: " + line);
            }
        }
    }

    /** Waits a moment for sandboxes just closed to go, then takes the snapshot. */
    static MachineSnapshot settled() throws IOException, InterruptedException
    {
        TimeUnit.MILLISECONDS.sleep(50);
        return take();
    }
}
