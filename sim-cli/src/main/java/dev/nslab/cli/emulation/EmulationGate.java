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
                        return CommandVerdict.accepted(vetPing(arguments));
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

    /** @return whether the ping runs until it is interrupted (neither {@code -c} nor {@code -w}). */
    private static boolean vetPing(final List<String> arguments)
    {
        final PingCommandLine commandLine = PingCommandLine.parse(arguments);
        if (commandLine.error() != null)
        {
            return commandLine.runsUntilInterrupted(); // ping prints getopt's complaint and its usage, exits 2
        }
        for (int i = 0; i < commandLine.options().size(); i++)
        {
            final char option = commandLine.options().get(i);
            switch (option)
            {
                case 'c', 'i', 'W', 'w', 't', 's', 'q', 'l', 'n', '4', 'I', 'h', '?', 'V', 'M', 'Q', 'O', 'D', 'v' ->
                {
                }
                case 'p' ->
                {
                    if (commandLine.values().get(i).isEmpty())
                    {
                        // fill() would leave the data as malloc() gave it.
                        throw Refusal.notEmulated("ping -p ''", "an empty pattern");
                    }
                }
                case '6', 'F', 'N' -> throw Refusal.notEmulated("ping -" + option, "nslab simulates IPv4 only");
                default -> throw Refusal.notEmulated("ping -" + option);
            }
        }
        vetPingBuffers(commandLine);
        final List<String> operands = commandLine.operands();
        if (operands.size() > 1)
        {
            throw Refusal.notEmulated("ping " + String.join(" ", operands), "gateways");
        }
        if (operands.size() == 1 && Inet.parseAton(operands.get(0)) == null)
        {
            throw Refusal.notEmulated("ping " + operands.get(0), operands.get(0).indexOf(':') >= 0
                ? "nslab simulates IPv4 only" : "host names: nslab pings addresses");
        }
        return commandLine.runsUntilInterrupted();
    }

    /**
     * ping's socket buffers: sock_setbufs asks for (data + 8 + 260 per 512 bytes) x preload of receive buffer and
     * warns when the kernel grants less, which depends on net.core.rmem_max (a machine's setting, 212992 unless
     * raised); the send buffer likewise on wmem_max. Lines whose buffers stay within the defaults run; larger ones
     * would print what the machine decides, so they are not emulated. Values that are not numbers pass: ping
     * rejects them itself.
     */
    private static void vetPingBuffers(final PingCommandLine commandLine)
    {
        long dataLength = 56;
        long preload = 1;
        for (int i = 0; i < commandLine.options().size(); i++)
        {
            final String value = commandLine.values().get(i);
            final char option = commandLine.options().get(i);
            if ((option == 's' || option == 'l') && value != null && value.strip().matches("\\+?[0-9]{1,18}"))
            {
                final long parsed = Long.parseLong(value.strip().replace("+", ""));
                if (option == 's')
                {
                    dataLength = parsed;
                }
                else
                {
                    preload = parsed;
                }
            }
        }
        final long hold = dataLength + 8 + (dataLength + 8 + 511) / 512 * 260;
        if (hold > 212_992 || hold * preload > 2 * 212_992)
        {
            final String what = "ping -s " + dataLength + (preload == 1 ? "" : " -l " + preload);
            throw Refusal.notEmulated(what, "socket buffers over the default net.core.rmem_max and wmem_max");
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
