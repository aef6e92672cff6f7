package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.nslab.core.scenario.Scenario;

/** A run started later at the kernel's clock: the reruns that tell phase-dependent outcomes from stable ones. */
class KernelBackendStartDelayTest
{
    private static final KernelBackend BACKEND = new KernelBackend(TestGate.OWN_LINES);

    @Test
    void shouldRefuseNegativeAndOverlongDelays()
    {
        assertThrows(IllegalArgumentException.class, () -> BACKEND.startingAfter(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> BACKEND.startingAfter(Duration.ofSeconds(3)));
        assertThrows(NullPointerException.class, () -> BACKEND.startingAfter(null));
    }

    @Test
    void shouldIdleBeforeTheFirstCommandAndPrintTheSame() throws Exception
    {
        KernelAssumptions.assumeKernelBackend();
        final Scenario scenario = Scenario.parse("t.sh", "ip netns add a\nip netns list\n");
        final Duration delay = Duration.ofMillis(1500);
        final String atOnce = BACKEND.run(scenario);
        final long started = System.nanoTime();
        final String later = BACKEND.startingAfter(delay).run(scenario);
        final long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(atOnce, later);
        assertTrue(elapsedMillis >= delay.toMillis(), "a run started after " + delay + " took " + elapsedMillis + " ms");
    }
}
