package dev.nslab.cli.isolation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.cli.SvgGeometry;
import dev.nslab.cli.graph.SimulatorTopology;
import dev.nslab.cli.graph.SvgRenderer;
import dev.nslab.cli.matrix.SimulatedRun;
import dev.nslab.core.scenario.Scenario;

/**
 * The picture's geometry holds for topologies nobody drew by hand: the isolation test's random topologies
 * (parallel veths, veths within one namespace, a bridge in any namespace, cycles, devices left down) each drawn
 * and checked by {@link SvgGeometry}.
 */
class RandomTopologyGraphTest
{
    private static final int TOPOLOGIES = 500;

    @Test
    void shouldDrawRandomTopologiesWithoutOverlapsOrCrossings() throws Exception
    {
        for (long seed = 1; seed <= TOPOLOGIES; seed++)
        {
            final Scenario scenario = Scenario.parse("random-" + seed, RandomTopology.generate(seed).scenario());
            final String svg = SvgRenderer.render(SimulatorTopology.of(SimulatedRun.of(scenario, seed).simulation()));
            final List<String> violations = SvgGeometry.violations(svg);
            final long failing = seed;
            assertTrue(violations.isEmpty(), () -> "seed " + failing + ":\n" + String.join("\n", violations));
        }
    }
}
