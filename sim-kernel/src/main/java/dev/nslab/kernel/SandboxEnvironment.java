package dev.nslab.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pinned environment and the command line that create the sandbox.
 *
 * <p>Confinement: the sandbox's processes are root only inside a user namespace of their own, which maps that root
 * to one unprivileged uid of the machine ({@link SandboxIdentity}); its network, mount, PID, UTS, IPC and cgroup
 * namespaces belong to that user namespace, so its capabilities reach nothing else. Its root is a tmpfs with
 * read-only views of {@code /usr} and {@code /etc} and nothing else of the machine's file system (see
 * {@code sandbox-driver.sh}), {@code no_new_privs} is set, and the machine's processes are invisible from its PID
 * namespace.
 *
 * <p>Lifetime: tied to processes, never to cleanup code. {@code setpriv --pdeathsig KILL} kills the chain when the
 * JVM thread that started it dies (the JVM is killed, or exits); the uid change clears that setting, so the
 * {@code setpriv} that drops to the sandbox uid sets it again (and root's first step, when there is one, stays the
 * sandbox's parent). {@code unshare --kill-child} then kills the sandbox's PID 1, and when PID 1 of a PID namespace dies the kernel kills every process in it; with no process
 * left, its namespaces, mounts, veths and taps go away.
 */
final class SandboxEnvironment
{
    /** The only PATH scenario commands see. */
    static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /** The word the root-only first step replaces with the path of the tun node it made (or nothing). */
    private static final String TUN_PLACEHOLDER = "@TUN@";

    private SandboxEnvironment()
    {
    }

    /**
     * What the sandbox's first process runs when root writes its maps (see {@code sandbox-prepare.sh}): it waits
     * for root's signal on fd 3, then execs the driver, now as root of its user namespace with every capability in
     * it, and sets {@code no_new_privs} for everything after. Gaining those capabilities clears the parent-death
     * signal {@code unshare --kill-child} set, so it is set again.
     */
    private static final String AWAIT_MAPS = "read -r -u 3 go || exit 1; exec 3<&-; "
        + "exec setpriv --no-new-privs --pdeathsig KILL -- bash --noprofile --norc -c \"$1\" nslab-sandbox \"${@:2}\"";

    /**
     * @param identity     who the sandbox runs as.
     * @param driverScript the driver, run by bash as the sandbox's PID 1.
     * @param marker       the per-run marker the driver prints before each status.
     * @param captureStage host directory the driver's tcpdumps write into, or null for no capture.
     * @param captureOnly  capture names ({@code DEV}, {@code NS/DEV}) to capture; empty for every interface.
     * @return the argv that starts the sandbox.
     */
    static List<String> sandboxCommand(final SandboxIdentity identity, final String driverScript, final String marker,
        final Path captureStage, final List<String> captureOnly)
    {
        final String stage = null == captureStage ? "" : captureStage.toString();
        final String uid = Integer.toString(identity.uid());
        final List<String> driverArguments = new ArrayList<>(List.of(marker, stage,
            identity.preparedByRoot() ? TUN_PLACEHOLDER : identity.ownTunNode()));
        driverArguments.addAll(captureOnly);
        final List<String> namespaces = List.of("unshare", "--user", "--net", "--mount", "--propagation", "private",
            "--pid", "--uts", "--ipc", "--cgroup", "--fork", "--kill-child", "--");
        final String setpriv = String.valueOf(find("setpriv"));
        final List<String> argv = new ArrayList<>();
        if (identity.preparedByRoot())
        {
            argv.addAll(List.of(setpriv, "--pdeathsig", "KILL", "--",
                "unshare", "--mount", "--propagation", "private", "--",
                "bash", "--noprofile", "--norc", "-c", SandboxScripts.PREPARE.text(), "nslab-prepare",
                marker.substring(0, marker.lastIndexOf('-')), uid, identity.offersTun() ? "tun" : "none", stage,
                setpriv, "--reuid", uid, "--regid", uid, "--clear-groups", "--pdeathsig", "KILL", "--"));
            argv.addAll(namespaces);
            argv.addAll(List.of("bash", "--noprofile", "--norc", "-c", AWAIT_MAPS, "nslab-sandbox-start", driverScript));
        }
        else
        {
            argv.addAll(List.of(setpriv, "--pdeathsig", "KILL", "--no-new-privs"));
            if (identity.uid() != KernelPreflight.effectiveUid())
            {
                argv.addAll(List.of("--reuid", uid, "--regid", uid, "--clear-groups"));
            }
            argv.add("--");
            argv.addAll(namespaces.subList(0, 2));
            argv.add("--map-root-user");
            argv.addAll(namespaces.subList(2, namespaces.size()));
            argv.addAll(List.of("bash", "--noprofile", "--norc", "-c", driverScript, "nslab-sandbox"));
        }
        argv.addAll(driverArguments);
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
