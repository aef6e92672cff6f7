package dev.nslab.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.nslab.kernel.KernelBackendException.Reason;

/**
 * Decides, before any scenario command runs, whether this machine can host the sandbox: Linux with user, network,
 * mount, PID, UTS, IPC and cgroup namespaces, the tools, and a kernel that lets an unprivileged uid own them. The
 * last check really starts (and at once drops) an empty sandbox, because only that proves it works here
 * (containers and hardened kernels often forbid user namespaces); a success is remembered for the JVM's life.
 */
final class KernelPreflight
{
    /** Tools the sandbox and scenarios need, looked up on the pinned PATH. */
    static final List<String> TOOLS = List.of("setpriv", "unshare", "bash", "mount", "umount", "pivot_root", "ip",
        "ping", "sysctl", "timeout", "stat", "grep", "sleep", "head", "readlink", "mkdir", "rmdir", "ln");

    /** What the root-only first step needs in addition. */
    static final List<String> ROOT_TOOLS = List.of("mknod", "chown", "mkfifo");

    private static final List<String> NAMESPACES = List.of("user", "net", "mnt", "pid", "uts", "ipc", "cgroup");

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

    private static final Set<SandboxIdentity> PROVEN = ConcurrentHashMap.newKeySet();

    private KernelPreflight()
    {
    }

    static void check(final SandboxIdentity identity) throws KernelBackendException
    {
        if (!System.getProperty("os.name", "").equals("Linux"))
        {
            throw unavailable("the kernel backend needs Linux");
        }
        for (final String namespace : NAMESPACES)
        {
            if (!Files.exists(Path.of("/proc/self/ns", namespace)))
            {
                throw unavailable("this kernel has no " + namespace + " namespaces");
            }
        }
        final List<String> tools = new ArrayList<>(TOOLS);
        if (identity.preparedByRoot())
        {
            tools.addAll(ROOT_TOOLS);
        }
        for (final String tool : tools)
        {
            if (SandboxEnvironment.find(tool) == null)
            {
                throw unavailable("'" + tool + "' not found on " + SandboxEnvironment.PATH);
            }
        }
        if (!PROVEN.contains(identity))
        {
            probe(identity);
            PROVEN.add(identity);
        }
    }

    private static void probe(final SandboxIdentity identity) throws KernelBackendException
    {
        try
        {
            // Started: the kernel lets this uid own the namespaces and the driver could build its root.
            Sandbox.start(identity, PROBE_TIMEOUT, null, List.of()).close();
        }
        catch (final KernelBackendException e)
        {
            final String restriction = userNamespaceRestriction();
            throw unavailable(null != restriction ? restriction
                : "cannot start the sandbox (" + e.getMessage().replaceFirst("^kernel backend: ", "") + ")");
        }
    }

    /**
     * @return why this kernel refuses user namespaces to an unprivileged uid, from the knobs that do it (upstream,
     *         Debian's and Ubuntu's), or null when none of them does.
     */
    static String userNamespaceRestriction()
    {
        if ("0".equals(readSysctl("user/max_user_namespaces")))
        {
            return "this kernel allows no user namespaces (user.max_user_namespaces = 0); the sandbox needs them";
        }
        if ("0".equals(readSysctl("kernel/unprivileged_userns_clone")))
        {
            return "this kernel refuses user namespaces to unprivileged users (kernel.unprivileged_userns_clone = 0);"
                + " the sandbox runs as one, also when nslab is root";
        }
        if ("1".equals(readSysctl("kernel/apparmor_restrict_unprivileged_userns")))
        {
            return "AppArmor refuses user namespaces to unprivileged users"
                + " (kernel.apparmor_restrict_unprivileged_userns = 1); the sandbox runs as one, also when nslab is root";
        }
        return null;
    }

    private static String readSysctl(final String name)
    {
        try
        {
            return Files.readString(Path.of("/proc/sys", name)).trim();
        }
        catch (final IOException | RuntimeException e)
        {
            return null;
        }
    }

    /** Captures also need tcpdump inside the sandbox. */
    static void checkCapture(final SandboxIdentity identity) throws KernelBackendException
    {
        check(identity);
        if (!identity.canCapture())
        {
            throw unavailable("captures need nslab to run as root: tcpdump changes its group list when it starts,"
                + " which the kernel forbids in a user namespace that a normal user made");
        }
        if (SandboxEnvironment.find("tcpdump") == null)
        {
            throw unavailable("captures need 'tcpdump', not found on " + SandboxEnvironment.PATH + " (apt-get install tcpdump)");
        }
    }

    /** @return the effective uid from /proc/self/status, or -1 when it cannot be read. */
    static int effectiveUid()
    {
        try
        {
            for (final String line : Files.readAllLines(Path.of("/proc/self/status")))
            {
                if (line.startsWith("Uid:"))
                {
                    return Integer.parseInt(line.substring(4).trim().split("\\s+")[1]);
                }
            }
        }
        catch (final IOException | RuntimeException e)
        {
            return -1;
        }
        return -1;
    }

    static KernelBackendException unavailable(final String problem)
    {
        return new KernelBackendException(Reason.UNAVAILABLE, "kernel backend unavailable: " + problem);
    }
}
