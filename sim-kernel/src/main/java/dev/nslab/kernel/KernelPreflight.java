package dev.nslab.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.nslab.kernel.KernelBackendException.Reason;

/**
 * Decides, before any scenario command runs, whether this machine can host the sandbox: root, network/mount/PID
 * namespaces, and the tools. The last check really creates (and at once drops) an empty sandbox, because only that
 * proves namespaces are allowed here (containers often forbid them even to root).
 */
final class KernelPreflight
{
    /** Tools the sandbox and scenarios need, looked up on the pinned PATH. */
    static final List<String> TOOLS = List.of("setpriv", "unshare", "bash", "mount", "ip", "ping", "sysctl", "timeout");

    private KernelPreflight()
    {
    }

    static void check() throws KernelBackendException
    {
        if (!System.getProperty("os.name", "").equals("Linux"))
        {
            throw unavailable("the kernel backend needs Linux");
        }
        if (effectiveUid() != 0)
        {
            throw unavailable("the kernel backend needs root (it creates network namespaces); run as root or use the simulator");
        }
        for (final String namespace : List.of("net", "mnt", "pid"))
        {
            if (!Files.exists(Path.of("/proc/self/ns", namespace)))
            {
                throw unavailable("this kernel has no " + namespace + " namespaces");
            }
        }
        for (final String tool : TOOLS)
        {
            if (SandboxEnvironment.find(tool) == null)
            {
                throw unavailable("'" + tool + "' not found on " + SandboxEnvironment.PATH);
            }
        }
        probeNamespaces();
    }

    private static void probeNamespaces() throws KernelBackendException
    {
        final ProcessBuilder builder = new ProcessBuilder(SandboxEnvironment.sandboxCommand("true"));
        SandboxEnvironment.pin(builder);
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        try
        {
            final Process probe = builder.start();
            probe.getOutputStream().close();
            final boolean done = probe.waitFor(10, TimeUnit.SECONDS);
            final String output = new String(probe.getInputStream().readNBytes(4096)).trim();
            if (!done)
            {
                probe.destroyForcibly();
                throw unavailable("creating namespaces did not finish within 10 s");
            }
            if (probe.exitValue() != 0)
            {
                final String firstLine = output.isEmpty() ? "exit " + probe.exitValue() : output.lines().findFirst().orElse("");
                throw unavailable("cannot create network, mount and PID namespaces: " + firstLine);
            }
        }
        catch (final IOException e)
        {
            throw unavailable("cannot start unshare: " + e.getMessage());
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while probing namespaces");
        }
    }

    /** Captures also need tcpdump inside the sandbox. */
    static void checkCapture() throws KernelBackendException
    {
        check();
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

    private static KernelBackendException unavailable(final String problem)
    {
        return new KernelBackendException(Reason.UNAVAILABLE, "nslab: kernel backend unavailable: " + problem);
    }
}
