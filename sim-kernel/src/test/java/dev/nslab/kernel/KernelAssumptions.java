package dev.nslab.kernel;

import org.junit.jupiter.api.Assumptions;

/** Skips a test, saying why, on machines where the kernel backend cannot run (not root, no namespaces). */
final class KernelAssumptions
{
    private KernelAssumptions()
    {
    }

    static void assumeKernelBackend()
    {
        String reason = null;
        try
        {
            KernelBackend.checkAvailable();
        }
        catch (final KernelBackendException e)
        {
            reason = e.getMessage();
            System.out.println("Skipping a kernel test: " + reason);
        }
        final String why = reason;
        Assumptions.assumeTrue(why == null, () -> why);
    }
}
