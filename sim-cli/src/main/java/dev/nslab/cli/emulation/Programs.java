package dev.nslab.cli.emulation;

import java.util.List;

/**
 * Runs one of the programs nslab emulates by its name: {@code ip}, {@code bridge}, {@code ping}, {@code sysctl},
 * {@code iptables}, {@code iptables-save}, {@code nft} (its listings) or {@code conntrack}.
 */
final class Programs
{
    private Programs()
    {
    }

    /**
     * Runs the program, and the programs it execs in its place ({@code ip netns exec}), one after the other.
     *
     * @return the exit code of the last program; what they printed went to the invocation's {@link Output}.
     */
    static int run(final List<String> words, final Invocation invocation)
    {
        List<String> program = words;
        Invocation surroundings = invocation;
        while (true)
        {
            try
            {
                return runOne(program, surroundings);
            }
            catch (final CommandExit exit)
            {
                return exit.exitCode();
            }
            catch (final ProgramExec exec)
            {
                program = exec.words();
                surroundings = exec.invocation();
            }
        }
    }

    private static int runOne(final List<String> words, final Invocation invocation)
    {
        return switch (words.get(0))
        {
            case "ip" -> IpCommand.run(words.subList(1, words.size()), invocation);
            case "bridge" -> BridgeCommand.run(words.subList(1, words.size()), invocation);
            case "ping" -> PingCommand.run(words.subList(1, words.size()), invocation);
            case "sysctl" -> SysctlCommand.run(words.subList(1, words.size()), invocation);
            case "iptables" -> IptablesCommand.run(words.subList(1, words.size()), invocation);
            case "iptables-save" -> IptablesCommand.runSave(words.subList(1, words.size()), invocation);
            case "conntrack" -> ConntrackCommand.run(words.subList(1, words.size()), invocation);
            case "nft" -> NftCommand.run(words.subList(1, words.size()), invocation);
            default -> throw EmulationGate.unvetted(words.get(0));
        };
    }
}
