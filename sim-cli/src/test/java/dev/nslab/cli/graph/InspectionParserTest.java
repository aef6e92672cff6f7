package dev.nslab.cli.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.cli.matrix.KernelMatrix;
import dev.nslab.cli.matrix.SimulatedRun;
import dev.nslab.core.scenario.Scenario;

/**
 * The kernel's inspection text, recorded with the kernel backend as root (Debian 12, iproute2 6.1.0) after
 * {@code graph/inspection.sh}, read back into the same topology the simulator gives: peers found across
 * namespaces whose interface indexes collide ({@code veth1@if2}, {@code veth2@if2}, {@code spaced@if2}), through
 * {@code link-netnsid} towards the unnamed initial namespace, by name within one namespace ({@code vb@va}), and
 * to a namespace whose name holds a blank.
 */
class InspectionParserTest
{
    private static final Path FIXTURES = Path.of("src/test/resources/graph");

    private static Topology recorded() throws Exception
    {
        final String transcript = Files.readString(FIXTURES.resolve("inspection.kernel.txt"));
        return InspectionParser.parse(KernelMatrix.lastOutputs(transcript, KernelTopology.INSPECTION.size()).stream()
            .map(KernelMatrix.CommandOutput::lines).toList());
    }

    @Test
    void shouldReadTheKernelsTopologyAsTheSimulatorHasIt() throws Exception
    {
        final Scenario scenario = Scenario.read(FIXTURES.resolve("inspection.sh"));
        assertEquals(SimulatorTopology.of(SimulatedRun.of(scenario, 1).simulation()), recorded());
    }

    @Test
    void shouldFindEveryLinkAndState() throws Exception
    {
        final Topology topology = recorded();
        assertEquals(List.of("host", "c1", "c2", "has space"),
            topology.namespaces().stream().map(Topology.Namespace::name).toList());
        assertEquals(List.of(
            new Topology.Link("c1/eth0", "host/veth1", false),
            new Topology.Link("c1/va", "c1/vb", false),
            new Topology.Link("c2/eth0", "host/veth2", false),
            new Topology.Link("has space/inside", "host/spaced", false),
            new Topology.Link("host/veth1", "host/br0", true),
            new Topology.Link("host/veth2", "host/br0", true)).stream().sorted(InspectionParserTest::compare).toList(),
            topology.links().stream().sorted(InspectionParserTest::compare).toList());
        assertEquals(new Topology.Device("host/br0", "br0", "bridge", Topology.State.UP, List.of("172.17.0.1/16")),
            topology.device("host/br0").orElseThrow());
        assertEquals(Topology.State.NO_CARRIER, topology.device("host/veth2").orElseThrow().state());
        assertEquals(Topology.State.DOWN, topology.device("c2/eth0").orElseThrow().state());
        assertEquals("tap", topology.device("host/tap0").orElseThrow().kind());
        assertTrue(topology.device("c1/lo").isPresent(), "an up loopback has 127.0.0.1: shown");
        assertFalse(topology.device("c2/lo").isPresent(), "a loopback never brought up is left out");
        final Topology.Namespace c1 = topology.namespaces().get(1);
        assertEquals(List.of("default via 172.17.0.1 dev eth0", "10.8.0.0/16 via 172.17.0.1 dev eth0 metric 20",
            "172.17.0.0/16 dev eth0"), c1.routes().stream().map(Topology.Route::text).toList());
        assertFalse(c1.forwarding());
        assertTrue(topology.namespaces().get(2).forwarding());
    }

    @Test
    void shouldReadLinkdownAndRouteTypes()
    {
        final List<List<String>> outputs = new java.util.ArrayList<>();
        KernelTopology.INSPECTION.forEach(command -> outputs.add(List.of()));
        outputs.set(3, List.of("10.0.0.0/24 dev tap0 proto kernel scope link src 10.0.0.1 linkdown ",
            "blackhole 10.9.0.0/16 ", "unicast 10.8.0.0/16 via 10.0.0.9 dev tap0 "));
        assertEquals(List.of(new Topology.Route("10.0.0.0/24", "", "tap0", 0, true),
            new Topology.Route("blackhole 10.9.0.0/16", "", "", 0, false),
            new Topology.Route("10.8.0.0/16", "10.0.0.9", "tap0", 0, false)),
            InspectionParser.parse(outputs).namespaces().get(0).routes());
    }

    @Test
    void shouldRefuseOutputOfTheWrongCommands()
    {
        assertThrows(IllegalArgumentException.class, () -> InspectionParser.parse(List.of(List.of())));
    }

    private static int compare(final Topology.Link a, final Topology.Link b)
    {
        return (a.fromId() + " " + a.toId()).compareTo(b.fromId() + " " + b.toId());
    }
}
