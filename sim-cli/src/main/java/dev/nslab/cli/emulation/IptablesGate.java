package dev.nslab.cli.emulation;

import java.util.List;

/**
 * What of the netfilter tools nslab emulates: {@code iptables} on the filter and nat tables (the commands, matches
 * and targets {@link IptablesCommandLine} reads), {@code iptables-save [-t filter|nat]} and {@code conntrack -L|-C|-F}
 * ({@link ConntrackCommand}). The other tables, matches and targets, and the tools that read files or talk to other
 * families (iptables-restore, ip6tables, nft, ebtables) are refused with the reason.
 */
final class IptablesGate
{
    private IptablesGate()
    {
    }

    /** @throws Refusal when the line is not emulated. */
    static void vet(final String program, final List<String> arguments)
    {
        switch (program)
        {
            case "iptables" ->
            {
                final IptablesCommandLine line = IptablesCommandLine.parse(arguments);
                if (line.refusal != null)
                {
                    throw Refusal.notEmulatedReason(line.refusal);
                }
            }
            case "iptables-save" -> vetSave(arguments);
            case "iptables-restore", "iptables-nft-restore", "iptables-legacy-restore", "ip6tables-restore",
                "iptables-restore-translate", "iptables-apply" ->
                // A scenario cannot make a file, and the sandbox sees only the machine's read-only /usr and /etc:
                // a FILE would be the machine's own configuration (not the scenario's to read) or nothing.
                throw Refusal.dangerous(program, "reads rules from a file or stdin, which a scenario cannot provide");
            case "ip6tables", "ip6tables-save" -> throw Refusal.notEmulated(program, "nslab filters IPv4 only");
            case "nft" ->
            {
                if (!NftCommand.isListing(arguments))
                {
                    throw Refusal.notEmulated(("nft " + String.join(" ", arguments)).strip(),
                        "nslab lists iptables' rules as nft shows them (nft list ruleset|tables [FAMILY], nft list table"
                            + " [FAMILY] NAME), not nft's own syntax");
                }
            }
            case "conntrack" ->
            {
                final String refusal = ConntrackCommand.refusal(arguments);
                if (refusal != null)
                {
                    throw Refusal.notEmulatedReason(refusal);
                }
            }
            default -> throw Refusal.notEmulated(program,
                "nslab runs iptables, iptables-save, nft and conntrack by those names");
        }
    }

    private static void vetSave(final List<String> arguments)
    {
        for (int i = 0; i < arguments.size(); i++)
        {
            final String word = arguments.get(i);
            if ((word.equals("-t") || word.equals("--table")) && i + 1 < arguments.size() && arguments.size() == 2
                && (arguments.get(i + 1).equals("filter") || arguments.get(i + 1).equals("nat")))
            {
                i++;
                continue;
            }
            if (word.equals("-M") || word.equals("--modprobe"))
            {
                throw Refusal.dangerous("iptables-save " + word, "runs a program");
            }
            throw Refusal.notEmulated("iptables-save " + word,
                "nslab saves the filter and nat tables as iptables-save prints them");
        }
    }
}
