package dev.nslab.cli.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.matrix.SimulatedRun;
import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * The kernel's topology equals the simulator's for every example and graph fixture (as root, with namespaces;
 * skipped with the reason printed elsewhere). Topologies hold no MAC address, interface index or time, so they
 * compare whole. And the gate admits the inspection lines exactly.
 */
class KernelTopologyTest
{
    private static final Path MODULE = Path.of("").toAbsolutePath();

    private static List<Path> scenarios()
    {
        final List<Path> scenarios = new ArrayList<>();
        for (final Path directory : List.of(MODULE.getParent().resolve("examples"), MODULE.resolve("src/test/resources/graph")))
        {
            try (Stream<Path> files = Files.list(directory))
            {
                files.filter(file -> file.toString().endsWith(".sh")).sorted().forEach(scenarios::add);
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
        }
        return scenarios;
    }

    private static String unavailable()
    {
        if (System.getenv("NSLAB_SKIP_KERNEL_TESTS") != null)
        {
            return "NSLAB_SKIP_KERNEL_TESTS is set";
        }
        try
        {
            KernelBackend.checkAvailable();
            // New namespaces inherit net.ipv4.ip_forward from the machine's; the simulator's start at 0.
            final String forward = Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).trim();
            return forward.equals("0") ? null : "net.ipv4.ip_forward is " + forward + " on this machine";
        }
        catch (final KernelBackendException e)
        {
            return e.getMessage();
        }
        catch (final IOException e)
        {
            return "cannot read net.ipv4.ip_forward: " + e.getMessage();
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldDrawWhatTheKernelBuilt()
    {
        final String unavailable = unavailable();
        if (unavailable != null)
        {
            System.out.println("Skipping the kernel topology tests: " + unavailable);
        }
        return scenarios().stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/"
            + file.getFileName(), () ->
            {
                Assumptions.assumeTrue(unavailable == null, () -> "kernel backend unavailable: " + unavailable);
                final Scenario scenario = Scenario.read(file);
                final Topology kernel = KernelTopology.of(scenario, Files.readString(file),
                    new KernelBackend(KernelTopology.gate(EmulationGate.INSTANCE)));
                assertEquals(SimulatorTopology.of(SimulatedRun.of(scenario, 1).simulation()), kernel);
                assertEquals(SvgRenderer.render(SimulatorTopology.of(SimulatedRun.of(scenario, 1).simulation())),
                    SvgRenderer.render(kernel), "the same topology draws the same picture");
            }));
    }

    @Test
    void shouldAdmitExactlyTheInspectionLines()
    {
        final CommandGate refuseAll = words -> dev.nslab.core.scenario.CommandVerdict.refused("refused");
        final CommandGate gate = KernelTopology.gate(refuseAll);
        for (final String command : KernelTopology.INSPECTION)
        {
            assertTrue(gate.vet(List.of(command.split(" "))).isAccepted(), command);
        }
        for (final String near : List.of("ip -o -d link show dev eth0", "ip -all netns exec sh", "ip -o -d link",
            "ip -all netns exec ip -o -d link show extra", "sysctl net.ipv4.ip_forward=1", "ip netns list x"))
        {
            assertFalse(gate.vet(List.of(near.split(" "))).isAccepted(), near);
        }
        assertEquals(11, KernelTopology.INSPECTION.size());
    }

    @Test
    void shouldLeaveOtherLinesToTheScenarioGate()
    {
        final CommandGate gate = KernelTopology.gate(EmulationGate.INSTANCE);
        assertTrue(gate.vet(List.of("ip", "link", "show")).isAccepted());
        assertFalse(gate.vet(List.of("ip", "-o", "-d", "link", "show", "dev", "x")).isAccepted());
        assertFalse(gate.vet(List.of("ip", "-all", "netns", "exec", "sh")).isAccepted());
    }
}
