package dev.nslab.cli.emulation;

import java.util.List;

/** Runs one of the programs nslab emulates by its name: {@code ip}, {@code bridge}, {@code ping} or {@code sysctl}. */
final class Programs
{
    private Programs()
    {
    }

    /** @return the program's exit code; its output is in the invocation's {@link Output}. */
    static int run(final List<String> commandWords, final Invocation commandInvocation)
    {
        List<String> words = commandWords;
        Invocation invocation = commandInvocation;
        while (true)
        {
            try
            {
                return switch (words.get(0))
                {
                    case "ip" -> IpCommand.run(words.subList(1, words.size()), invocation);
                    case "bridge" -> BridgeCommand.run(words.subList(1, words.size()), invocation);
                    case "ping" -> PingCommand.run(words.subList(1, words.size()), invocation);
                    case "sysctl" -> SysctlCommand.run(words.subList(1, words.size()), invocation);
                    default -> throw EmulationGate.unvetted(words.get(0));
                };
            }
            catch (final NestedCommand nested)
            {
                // ip netns exec's child: its exit code is ip's.
                words = nested.words();
                invocation = nested.invocation();
            }
            catch (final CommandExit exit)
            {
                return exit.exitCode();
            }
        }
    }
}
