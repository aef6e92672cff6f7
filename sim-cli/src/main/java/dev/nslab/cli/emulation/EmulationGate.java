package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.CommandVerdict;

/**
 * What nslab emulates, as the one definition both backends obey: a line passes only when every program, option,
 * object, verb and keyword in it is one the simulator's interpreter models, through any depth of
 * {@code ip [-n NS] netns exec NS CMD...}. Anything that would read a file, run a program, reach a path or change
 * a setting outside {@code net.ipv4} and the modelled {@code net.ipv6.conf} keys is refused, so the kernel backend
 * never runs it as root.
 *
 * <p>The gate reads each program's command line with the same parsers the programs use ({@link GlobalOptions},
 * {@link PingCommandLine}, {@link SysctlCommandLine}); for ip's and bridge's objects it follows iproute2 6.1's
 * argument loops, in their order of tests, so a word means to the gate what it means to iproute2. Mistakes that
 * iproute2 itself reports (an unknown object, a missing value) pass: the simulator prints the same error.
 */
public final class EmulationGate implements CommandGate
{
    /** A gate is stateless; this one serves everyone. */
    public static final EmulationGate INSTANCE = new EmulationGate();

    private EmulationGate()
    {
    }

    @Override
    public CommandVerdict vet(final List<String> words)
    {
        if (words.isEmpty())
        {
            return CommandVerdict.refused("an empty command");
        }
        try
        {
            // A loop, not recursion: each ip netns exec hands the gate the command it runs.
            List<String> command = words;
            while (true)
            {
                final String program = command.get(0);
                final List<String> arguments = command.subList(1, command.size());
                switch (program)
                {
                    case "ip" ->
                    {
                        final IpGate.Accepted accepted = IpGate.vet(arguments);
                        if (accepted.nested() == null)
                        {
                            return accepted.makesTap() ? CommandVerdict.acceptedMakingTap() : CommandVerdict.accepted(false);
                        }
                        command = accepted.nested();
                    }
                    case "bridge" ->
                    {
                        BridgeGate.vet(arguments);
                        return CommandVerdict.accepted(false);
                    }
                    case "ping" ->
                    {
                        return CommandVerdict.accepted(PingGate.vet(arguments));
                    }
                    case "sysctl" ->
                    {
                        vetSysctl(arguments);
                        return CommandVerdict.accepted(false);
                    }
                    case "iptables", "iptables-save", "iptables-nft", "iptables-nft-save", "iptables-restore",
                        "iptables-nft-restore", "iptables-legacy", "iptables-legacy-save", "iptables-legacy-restore",
                        "ip6tables", "ip6tables-save", "ip6tables-restore", "nft", "xtables-nft-multi",
                        "xtables-legacy-multi", "ebtables", "arptables", "iptables-apply", "iptables-translate",
                        "iptables-restore-translate", "xtables-monitor", "conntrack" ->
                    {
                        IptablesGate.vet(program, arguments);
                        return CommandVerdict.accepted(false);
                    }
                    default -> throw Refusal.notAProgram(program);
                }
            }
        }
        catch (final Refusal refusal)
        {
            return CommandVerdict.refused(refusal.getMessage());
        }
    }

    /** procps sysctl: {@code [-w] [-n] [-q] [-e] KEY[=VALUE]...} for {@code net.ipv4} and modelled {@code net.ipv6.conf} keys. */
    private static void vetSysctl(final List<String> arguments)
    {
        final SysctlCommandLine commandLine = SysctlCommandLine.parse(arguments);
        if (commandLine.error() != null)
        {
            throw Refusal.notEmulated("sysctl " + commandLine.error());
        }
        for (int i = 0; i < commandLine.options().size(); i++)
        {
            final String written = "sysctl " + commandLine.written().get(i);
            switch (commandLine.options().get(i))
            {
                case "w", "n", "q", "e" ->
                {
                }
                case "p", "f" -> throw Refusal.dangerous(written, "reads settings from a file");
                case "system" -> throw Refusal.dangerous(written, "reads settings from the system's files");
                case "a", "A", "X" -> throw Refusal.notEmulated(written, "nslab reads the keys it is given");
                default -> throw Refusal.notEmulated(written);
            }
        }
        if (commandLine.operands().isEmpty())
        {
            throw Refusal.notEmulated("sysctl", "without a key");
        }
        final boolean write = commandLine.has("w");
        for (final String operand : commandLine.operands())
        {
            final int equals = operand.indexOf('=');
            final String key = equals >= 0 ? operand.substring(0, equals).strip() : write ? operand.strip() : operand;
            if (!SysctlCommand.isEmulatedKey(key))
            {
                throw Refusal.notEmulated("sysctl " + key);
            }
        }
    }

    /**
     * For the programs' branches that only unvetted input reaches: the interpreter runs nothing the gate refused,
     * so reaching one is a bug in nslab.
     */
    static IllegalStateException unvetted(final String what)
    {
        return new IllegalStateException("'" + what + "' reached the interpreter without passing the gate");
    }
}
