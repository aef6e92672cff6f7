package dev.nslab.kernel;

import dev.nslab.core.scenario.Scenario;

/**
 * A JVM that runs a scenario on the kernel backend and streams its transcript to stdout, for the test that kills
 * this JVM with SIGKILL mid-run. Args: the scenario text.
 */
public final class SandboxVictim
{
    private SandboxVictim()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        new KernelBackend(TestGate.OWN_LINES).run(Scenario.parse("victim.sh", args[0]), chunk ->
        {
            System.out.print(chunk);
            System.out.flush();
        });
    }
}
