package dev.nslab.cli;

import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.kernel.KernelBackend;

/**
 * Every test scenario and example on both backends: where the kernel backend can run (namespaces), the live kernel
 * is the oracle and the normalised transcripts must be equal ({@link Differential}). Skipped, with the reason
 * printed, elsewhere; the golden transcripts then stand in for the kernel ({@link GoldenTranscriptTest}).
 * {@link UnprivilegedDifferentialTest} does the same as a normal user.
 */
class KernelDifferentialTest
{
    @TestFactory
    Stream<DynamicTest> shouldPrintWhatTheKernelPrints()
    {
        final String unavailable = KernelAvailability.judgeUnavailable();
        if (unavailable != null)
        {
            System.out.println("Skipping the differential tests: " + unavailable);
        }
        return Goldens.all().stream().map(golden -> DynamicTest.dynamicTest(golden.name(), () ->
        {
            Assumptions.assumeTrue(unavailable == null, () -> "kernel backend unavailable: " + unavailable);
            Differential.assertSimulatorMatches(golden,
                new KernelBackend(EmulationGate.INSTANCE).run(Scenario.read(golden.scenario())));
        }));
    }
}
