package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

import dev.nslab.cli.emulation.ExecutedCommands;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.TranscriptNormaliser;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/** The judgement of one scenario, kernel against simulator, shared by the differential tests as root and as a user. */
final class Differential
{
    private Differential()
    {
    }

    /**
     * Fails when the simulator's normalised transcript departs from the live kernel's. Aborts instead when the live
     * kernel departs from its own recorded golden while the simulator matches that golden: the kernel's output is
     * then a race on this machine (timers a few tens of milliseconds apart) and cannot judge.
     */
    static void assertSimulatorMatches(final Goldens.Golden golden, final String kernelTranscript) throws Exception
    {
        final Scenario scenario = Scenario.read(golden.scenario());
        final String kernel = TranscriptNormaliser.normalise(kernelTranscript, ExecutedCommands::isIpNeighbour);
        final String simulated = TranscriptNormaliser.normalise(
            new SimulatorBackend(1, ScenarioCommands.DEFAULT_INTERRUPT_AFTER).run(scenario),
            ExecutedCommands::isIpNeighbour);
        if (!kernel.equals(simulated))
        {
            final String recorded =
                TranscriptNormaliser.normalise(Goldens.read(golden.transcript()), ExecutedCommands::isIpNeighbour);
            Assumptions.assumeFalse(!kernel.equals(recorded) && simulated.equals(recorded),
                () -> golden.name() + ": the live kernel departs from its recorded golden here, and the simulator "
                    + "matches the golden; the scenario races on this kernel:\n"
                    + UnifiedDiff.diff("golden", recorded, "kernel", kernel));
            fail("the simulator departs from the live kernel in " + golden.name() + ":\n"
                + UnifiedDiff.diff("kernel", kernel, "simulator", simulated));
        }
    }

    /** @return why the live kernel cannot judge here, or null when it can. */
    static String kernelUnavailableReason()
    {
        if (System.getenv("NSLAB_SKIP_KERNEL_TESTS") != null)
        {
            return "NSLAB_SKIP_KERNEL_TESTS is set";
        }
        try
        {
            KernelBackend.checkAvailable();
        }
        catch (final KernelBackendException e)
        {
            return e.getMessage();
        }
        // New namespaces inherit net.ipv4.ip_forward from the machine's own; the goldens were made where it is 0.
        try
        {
            final String forwarding = java.nio.file.Files.readString(java.nio.file.Path.of(
                "/proc/sys/net/ipv4/ip_forward")).trim();
            return forwarding.equals("0") ? null
                : "this machine has net.ipv4.ip_forward = " + forwarding + ", which new namespaces inherit";
        }
        catch (final java.io.IOException e)
        {
            return "cannot read /proc/sys/net/ipv4/ip_forward: " + e.getMessage();
        }
    }
}
