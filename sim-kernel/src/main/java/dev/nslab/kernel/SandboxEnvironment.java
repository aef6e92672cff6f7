package dev.nslab.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pinned environment and the command line that create the sandbox. Its lifetime is tied to processes, never
 * to cleanup code: {@code setpriv --pdeathsig KILL} kills {@code unshare} when the JVM thread that started it dies
 * (the JVM is killed, or exits), and {@code unshare --kill-child} then kills the sandbox's PID 1. When PID 1 of a
 * PID namespace dies the kernel kills every process in it; with no process left, the mount namespace (and the
 * {@code /run/netns} bind mounts in it) and every network namespace go away.
 */
final class SandboxEnvironment
{
    /** The only PATH scenario commands see. */
    static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private SandboxEnvironment()
    {
    }

    /** @return the argv that runs {@code command...} as PID 1 of fresh network, mount and PID namespaces. */
    static List<String> sandboxCommand(final String... command)
    {
        final List<String> argv = new ArrayList<>(List.of(
            String.valueOf(find("setpriv")), "--pdeathsig", "KILL", "--",
            "unshare", "--net", "--mount", "--propagation", "private", "--pid", "--fork", "--kill-child", "--mount-proc",
            "--"));
        argv.addAll(List.of(command));
        return argv;
    }

    /** Clears the inherited environment: same text on every machine, no locale, no stray variables. */
    static void pin(final ProcessBuilder builder)
    {
        final Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("LC_ALL", "C");
        environment.put("PATH", PATH);
        environment.put("HOME", "/root");
    }

    /** @return the tool's path on {@link #PATH}, or null. */
    static Path find(final String tool)
    {
        for (final String directory : PATH.split(":"))
        {
            final Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
