package dev.nslab.kernel;

import org.junit.jupiter.api.Assumptions;

/** Skips a test, saying why, on machines where the kernel backend cannot run (not root, no namespaces, no tcpdump). */
final class KernelAssumptions
{
    private KernelAssumptions()
    {
    }

    static void assumeKernelBackend()
    {
        assume(KernelBackend::checkAvailable, "Skipping a kernel test: ");
    }

    /** As {@link #assumeKernelBackend}, and tcpdump must be there too. */
    static void assumeKernelCapture()
    {
        assume(KernelBackend::checkCaptureAvailable, "Skipping a kernel capture test: ");
    }

    private static void assume(final Check check, final String skipping)
    {
        String reason = null;
        try
        {
            check.run();
        }
        catch (final KernelBackendException e)
        {
            reason = e.getMessage();
            System.out.println(skipping + reason);
        }
        final String why = reason;
        Assumptions.assumeTrue(why == null, () -> why);
    }

    /** One of KernelBackend's availability checks. */
    private interface Check
    {
        void run() throws KernelBackendException;
    }
}
