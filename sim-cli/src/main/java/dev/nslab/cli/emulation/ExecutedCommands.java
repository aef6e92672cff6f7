package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.core.scenario.ScenarioCommands;

/**
 * What a scenario line finally runs, through {@code ip netns exec NS ...} (and {@code ip -n NS netns exec ...},
 * {@code ip -all netns exec ...}, as {@link ScenarioCommands#executedCommand} unwraps them), read with the
 * programs' own syntax: ping's options as {@link PingCommandLine} reads them, ip's objects by iproute2's
 * abbreviations. For any line, vetted or not: the normaliser asks it about the command lines of transcripts.
 */
public final class ExecutedCommands
{
    private ExecutedCommands()
    {
    }

    /**
     * @return true for a ping (also through {@code ip netns exec}) with neither {@code -c} nor {@code -w}; for the
     *         lines the gate accepts this is its verdict's {@code runsUntilInterrupted}.
     */
    public static boolean runsUntilInterrupted(final List<String> words)
    {
        final List<String> command = ScenarioCommands.executedCommand(words);
        return command.get(0).equals("ping")
            && PingCommandLine.parse(command.subList(1, command.size())).runsUntilInterrupted();
    }

    /** @return true for {@code ip [OPTIONS] neighbour|neigh|n ...}, also through {@code ip netns exec}. */
    public static boolean isIpNeighbour(final List<String> words)
    {
        final List<String> command = ScenarioCommands.executedCommand(words);
        if (!command.get(0).equals("ip"))
        {
            return false;
        }
        final int objectIndex = ScenarioCommands.ipObjectIndex(command, 0);
        if (objectIndex >= command.size())
        {
            return false;
        }
        final String object = command.get(objectIndex);
        return Keywords.matchesAny(object, "neighbor", "neighbour");
    }

    /**
     * @return whether the command prints lines in the kernel's hash order, which varies between runs (the
     *         normaliser sorts them): {@code ip neigh}, and {@code conntrack -L}, whose entries come in the order of
     *         a hash seeded at random per namespace.
     */
    public static boolean listsInHashOrder(final List<String> words)
    {
        if (isIpNeighbour(words))
        {
            return true;
        }
        final List<String> command = ScenarioCommands.executedCommand(words);
        return command.get(0).equals("conntrack") && (command.contains("-L") || command.contains("--dump"));
    }
}
