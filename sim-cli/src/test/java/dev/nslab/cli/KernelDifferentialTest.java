package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.TranscriptNormaliser;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * Every test scenario and example on both backends: where the kernel backend can run (root, namespaces), the live
 * kernel is the oracle and the normalised transcripts must be equal. Skipped, with the reason printed, elsewhere;
 * the golden transcripts then stand in for the kernel ({@link GoldenTranscriptTest}). A scenario is aborted, not
 * failed, when the live kernel departs from its own golden while the simulator matches that golden: the kernel's
 * output is then a race on this machine (timers a few tens of milliseconds apart) and cannot judge.
 */
class KernelDifferentialTest
{
    @TestFactory
    Stream<DynamicTest> shouldPrintWhatTheKernelPrints()
    {
        final String unavailable = kernelUnavailableReason();
        if (unavailable != null)
        {
            System.out.println("Skipping the differential tests: " + unavailable);
        }
        return Goldens.all().stream().map(golden -> DynamicTest.dynamicTest(golden.name(), () ->
        {
            Assumptions.assumeTrue(unavailable == null, () -> "kernel backend unavailable: " + unavailable);
            final Scenario scenario = Scenario.read(golden.scenario());
            final String kernel = TranscriptNormaliser.normalise(new KernelBackend(EmulationGate.INSTANCE).run(scenario));
            final String simulated = TranscriptNormaliser.normalise(
                new SimulatorBackend(1, ScenarioCommands.DEFAULT_INTERRUPT_AFTER).run(scenario));
            if (!kernel.equals(simulated))
            {
                // A scenario whose kernel output races on this machine cannot judge the simulator when the kernel
                // does not reproduce its own recorded golden.
                final String recorded = TranscriptNormaliser.normalise(Goldens.read(golden.transcript()));
                Assumptions.assumeFalse(!kernel.equals(recorded) && simulated.equals(recorded),
                    () -> golden.name() + ": the live kernel departs from its recorded golden here, and the simulator "
                        + "matches the golden; the scenario races on this kernel:\n"
                        + UnifiedDiff.diff("golden", recorded, "kernel", kernel));
                fail("the simulator departs from the live kernel in " + golden.name() + ":\n"
                    + UnifiedDiff.diff("kernel", kernel, "simulator", simulated));
            }
        }));
    }

    private static String kernelUnavailableReason()
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
