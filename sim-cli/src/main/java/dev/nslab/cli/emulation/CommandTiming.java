package dev.nslab.cli.emulation;

import java.util.List;

/**
 * Where a command's wall time on the kernel falls around its effect, from {@link CommandDurations}. An {@code ip}
 * command's netlink request comes at the end of its life (bash's fork, exec, the dynamic linker, ip's start; the
 * exit after it is a few hundred microseconds), so its effect falls at the end of its duration and the next command
 * starts at once; {@code ip netns exec}'s own fork, setns and exec come before the command it runs. A ping's
 * overhead is split around its probes (ping -D stamps: 2 to 4 ms from the start to the first echo, 2 to 3.7 ms from
 * the reply to the exit). Moving or deleting a device waits out RCU grace periods (synchronize_net) after the device
 * has left its namespace.
 *
 * @param beforeEffectNs virtual time passed before the command acts.
 * @param afterEffectNs  virtual time passed after it, before the next command.
 */
record CommandTiming(long beforeEffectNs, long afterEffectNs)
{
    /**
     * @param words     the command line.
     * @param succeeded whether it exited 0: a move or delete that failed never reached the grace periods that make
     *                  the successful ones slow.
     */
    static CommandTiming onKernel(final List<String> words, final boolean succeeded, final CommandDurations durations)
    {
        long before = 0;
        long after = 0;
        List<String> command = words;
        while (!command.isEmpty() && command.get(0).equals("ip"))
        {
            final List<String> arguments = command.subList(1, command.size());
            final GlobalOptions.Parsed parsed = GlobalOptions.IP.parse(arguments);
            if (parsed.end() != GlobalOptions.End.OBJECT || parsed.objectIndex() >= arguments.size())
            {
                break;
            }
            final String object = IpCommand.objectOf(arguments.get(parsed.objectIndex()));
            final List<String> rest = arguments.subList(parsed.objectIndex() + 1, arguments.size());
            final String verb = rest.isEmpty() ? "" : rest.get(0);
            if (object.equals("netns") && Keywords.matches(verb, "exec") && rest.size() > 2)
            {
                before += durations.netnsExecNs();
                command = rest.subList(2, rest.size());
                continue;
            }
            if (succeeded && object.equals("link") && Keywords.matches(verb, "set") && rest.contains("netns"))
            {
                after += durations.deviceMoveNs();
            }
            else if (succeeded && object.equals("link") && Keywords.matches(verb, "delete"))
            {
                after += durations.deviceDeleteNs();
            }
            break;
        }
        if (!command.isEmpty() && command.get(0).equals("ping"))
        {
            final long startup = durations.pingNs() / 2;
            return new CommandTiming(before + startup, after + durations.pingNs() - startup);
        }
        return new CommandTiming(before + durations.commandNs(), after);
    }

    /** @return the whole wall time. */
    long totalNs()
    {
        return beforeEffectNs + afterEffectNs;
    }
}
