package dev.nslab.cli.graph;

import java.util.List;
import java.util.stream.Stream;

import dev.nslab.cli.matrix.KernelMatrix;
import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.CommandVerdict;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * The topology the real kernel builds for a scenario: one run in the kernel backend's sandbox, the scenario then
 * nslab's own inspection commands, whose iproute2 and procps text {@link InspectionParser} reads into the same
 * {@link Topology} the simulator gives.
 *
 * <p>The commands are a fixed list: the named namespaces are inspected with {@code ip -all netns exec} rather than
 * with {@code ip -n NAME}, so that no word the kernel printed (a namespace name) ever becomes part of a command,
 * and the gate can admit exactly these lines.
 */
public final class KernelTopology
{
    /** What the initial namespace is asked, in this order. */
    static final List<String> HOST_COMMANDS = List.of("ip -o -d link show", "ip -o -4 addr show", "ip route show",
        "sysctl net.ipv4.ip_forward", "iptables-save");

    /**
     * Everything appended to the scenario: the namespace names (newest first), the initial namespace's view, then
     * the same five commands in every named namespace. Not scenario lines ({@code -o}, {@code -d} and
     * {@code -all netns exec} are not emulated); see {@link #gate}.
     */
    static final List<String> INSPECTION = Stream.concat(Stream.concat(Stream.of("ip netns list"),
        HOST_COMMANDS.stream()), HOST_COMMANDS.stream().map(command -> "ip -all netns exec " + command)).toList();

    private KernelTopology()
    {
    }

    /**
     * @return the gate for a kernel backend that draws topologies: the inspection commands pass as they are, every
     *         other line is vetted by {@code scenarioGate}.
     */
    public static CommandGate gate(final CommandGate scenarioGate)
    {
        final List<List<String>> inspection = INSPECTION.stream().map(command -> List.of(command.split(" "))).toList();
        return words -> inspection.contains(words) ? CommandVerdict.accepted(false) : scenarioGate.vet(words);
    }

    /**
     * Runs the scenario, then the inspection, on the kernel.
     *
     * @param backend a backend built with {@link #gate}.
     */
    public static Topology of(final Scenario scenario, final String scenarioText, final KernelBackend backend)
        throws KernelBackendException
    {
        final String transcript = backend.run(KernelMatrix.extend(scenario.name(), scenarioText, INSPECTION));
        return InspectionParser.parse(KernelMatrix.lastOutputs(transcript, INSPECTION.size()).stream()
            .map(KernelMatrix.CommandOutput::lines).toList());
    }
}
