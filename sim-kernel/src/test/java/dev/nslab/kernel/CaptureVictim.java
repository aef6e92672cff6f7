package dev.nslab.kernel;

import java.nio.file.Path;
import java.time.Duration;

import dev.nslab.core.scenario.Scenario;

/**
 * A JVM that runs a scenario on the kernel backend with captures into a directory and streams its transcript to
 * stdout, for the tests that interrupt (SIGTERM) or kill (SIGKILL) it mid-run. Args: the directory, the scenario.
 */
public final class CaptureVictim
{
    private CaptureVictim()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        new KernelBackend(TestGate.OWN_LINES, Duration.ofSeconds(60), Duration.ofSeconds(90)).run(Scenario.parse("victim.sh", args[1]), chunk ->
        {
            System.out.print(chunk);
            System.out.flush();
        }, KernelCapture.toDirectory(Path.of(args[0])));
    }
}
