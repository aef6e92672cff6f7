package dev.nslab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * Why the tests that run the live kernel cannot run here, or null when they can: {@code NSLAB_SKIP_KERNEL_TESTS}
 * set, or what the kernel backend's own checks say. Public for the tests of sim-cli's other packages.
 */
public final class KernelAvailability
{
    private KernelAvailability()
    {
    }

    /** @return why the kernel backend cannot run here, or null. */
    public static String backendUnavailable()
    {
        return unavailable(KernelBackend::checkAvailable);
    }

    /** @return why the kernel backend cannot capture here (no root, no tcpdump), or null. */
    public static String captureUnavailable()
    {
        return unavailable(KernelBackend::checkCaptureAvailable);
    }

    /**
     * @return why the live kernel cannot judge the simulator here, or null: no kernel backend, or a machine whose
     *         forwarding new namespaces inherit (the goldens were made where it is 0).
     */
    public static String judgeUnavailable()
    {
        final String backend = backendUnavailable();
        if (backend != null)
        {
            return backend;
        }
        try
        {
            final String forwarding = Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).trim();
            return forwarding.equals("0") ? null
                : "this machine has net.ipv4.ip_forward = " + forwarding + ", which new namespaces inherit";
        }
        catch (final IOException e)
        {
            return "cannot read /proc/sys/net/ipv4/ip_forward: " + e.getMessage();
        }
    }

    private static String unavailable(final Check check)
    {
        if (System.getenv("NSLAB_SKIP_KERNEL_TESTS") != null)
        {
            return "NSLAB_SKIP_KERNEL_TESTS is set";
        }
        try
        {
            check.run();
            return null;
        }
        catch (final KernelBackendException e)
        {
            return e.getMessage();
        }
    }

    /** One of {@link KernelBackend}'s availability checks. */
    private interface Check
    {
        void run() throws KernelBackendException;
    }
}
