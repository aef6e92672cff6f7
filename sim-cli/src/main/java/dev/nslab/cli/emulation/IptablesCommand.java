package dev.nslab.cli.emulation;

import java.time.Instant;
import java.util.List;

import dev.nslab.stack.netfilter.Chain;
import dev.nslab.stack.netfilter.IcmpMatch;
import dev.nslab.stack.netfilter.Rule;
import dev.nslab.stack.netfilter.RuleTable;
import dev.nslab.stack.netfilter.Target;

/**
 * {@code iptables} (1.8.9, nf_tables) on the namespace's filter table, and {@code iptables-save}: the commands,
 * their listings and the errors iptables-nft prints for what nf_tables refuses, with its exit codes (1 for a
 * refused change, 2 for a usage error, 3 for an unknown table, 4 for what the kernel rejected in a batch).
 */
final class IptablesCommand
{
    private static final String NO_CHAIN = "iptables: No chain/target/match by that name.";
    /** Virtual time 0 is written as this instant, as captures write it. */
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private IptablesCommand()
    {
    }

    static int run(final List<String> arguments, final Invocation invocation)
    {
        invocation.openedSocket(); // xtables_main's nft_init, before the command line is parsed
        final IptablesCommandLine line = IptablesCommandLine.parse(arguments);
        if (line.refusal != null)
        {
            throw EmulationGate.unvetted("iptables " + String.join(" ", arguments));
        }
        final Output out = invocation.out();
        if (line.error != null)
        {
            for (final String text : line.error)
            {
                out.line(text);
            }
            return line.exitCode;
        }
        final RuleTable table = invocation.namespace().netfilter().table(line.table);
        if (line.jumpChain != null)
        {
            final Chain to = table.chain(line.jumpChain);
            if (to == null || to.isBuiltIn())
            {
                throw fail(out, IptablesCommandLine.PREFIX + "Chain '" + line.jumpChain + "' does not exist", 2, true);
            }
        }
        final Chain chain = line.chain == null ? null : table.chain(line.chain);
        switch (line.command)
        {
            case 'A' ->
            {
                final Chain into = existing(chain, out);
                checkLoop(table, into, line, out, "RULE_APPEND");
                checkPlacement(table, into, line, out, "RULE_APPEND");
                table.append(into, line.rule);
            }
            case 'I' ->
            {
                final Chain into = existing(chain, out);
                final int number = line.ruleNumber == null ? 1 : ruleNumber(line.ruleNumber, out);
                if (number > into.rules().size() + 1)
                {
                    throw fail(out, "iptables: Index of insertion too big.", 1, false);
                }
                checkLoop(table, into, line, out, "RULE_INSERT");
                checkPlacement(table, into, line, out, "RULE_INSERT");
                table.insert(into, number - 1, line.rule);
            }
            case 'R' ->
            {
                final Chain in = inKernel(chain, out);
                final int number = ruleNumber(line.ruleNumber, out);
                if (number > in.rules().size())
                {
                    throw fail(out, "iptables: Index of replacement too big.", 1, false);
                }
                checkLoop(table, in, line, out, "RULE_REPLACE");
                checkPlacement(table, in, line, out, "RULE_REPLACE");
                table.replace(in, number - 1, line.rule);
            }
            case 'D' ->
            {
                if (line.ruleNumber == null && (chain == null || !chain.inKernel()))
                {
                    // A rule-spec delete looks the rule up first: no chain is no such rule (measured).
                    throw fail(out, "iptables: Bad rule (does a matching rule exist in that chain?).", 1, false);
                }
                final Chain in = inKernel(chain, out);
                if (line.ruleNumber != null)
                {
                    final int number = ruleNumber(line.ruleNumber, out);
                    if (number > in.rules().size())
                    {
                        throw fail(out, "iptables: Index of deletion too big.", 1, false);
                    }
                    table.delete(in, number - 1);
                }
                else
                {
                    final int index = table.indexOf(in, line.rule);
                    if (index < 0)
                    {
                        throw fail(out, "iptables: Bad rule (does a matching rule exist in that chain?).", 1, false);
                    }
                    table.delete(in, index);
                }
            }
            case 'L' -> list(table, chain, line, out);
            case 'S' -> listRules(table, chain, line, out);
            case 'F' -> table.flush(line.chain == null ? null : existing(chain, out));
            case 'Z' -> table.zero(line.chain == null ? null : inKernel(chain, out));
            case 'N' ->
            {
                if (chain != null)
                {
                    throw fail(out, "iptables: Chain already exists.", 1, false);
                }
                table.newChain(line.chain);
            }
            case 'X' -> deleteChains(table, chain, line, out);
            case 'E' ->
            {
                final Chain renamed = existing(chain, out);
                if (renamed.isBuiltIn())
                {
                    throw EmulationGate.unvetted("iptables -E " + line.chain);
                }
                if (table.chain(line.argument) != null)
                {
                    throw fail(out, "iptables: File exists.", 1, false);
                }
                table.renameChain(renamed, line.argument);
            }
            case 'P' ->
            {
                if (chain == null || !chain.isBuiltIn())
                {
                    throw fail(out, "iptables: Bad built-in chain name.", 1, false);
                }
                if (!line.argument.equals("ACCEPT") && !line.argument.equals("DROP"))
                {
                    throw fail(out, "iptables: Bad policy name. Run `dmesg' for more information.", 1, false);
                }
                table.setPolicy(chain, line.argument.equals("ACCEPT"));
            }
            default -> throw EmulationGate.unvetted("iptables -" + line.command);
        }
        return 0;
    }

    /** iptables-save [-t filter|nat]: the table named, or those that exist (filter before nat), with date lines. */
    static int runSave(final List<String> arguments, final Invocation invocation)
    {
        invocation.openedSocket(); // nft_init
        final Output out = invocation.out();
        final String only = arguments.size() == 2 ? arguments.get(1) : null;
        final String date = IptablesPrinter.ctime(EPOCH.plusNanos(invocation.simulation().now()));
        final StringBuilder text = new StringBuilder();
        for (final String name : List.of("filter", "nat"))
        {
            final RuleTable table = invocation.namespace().netfilter().table(name);
            // A table named with -t is printed even before it exists (and is not made by that); without -t only
            // the tables nf_tables holds (measured).
            if (only != null ? !only.equals(name) : !table.exists())
            {
                continue;
            }
            text.append("# Generated by iptables-save v1.8.9 (nf_tables) on ").append(date).append('\n');
            text.append('*').append(name).append('\n');
            for (final Chain chain : table.chains())
            {
                text.append(':').append(chain.name()).append(' ');
                text.append(chain.isBuiltIn() ? chain.policyAccepts() ? "ACCEPT" : "DROP" : "-");
                text.append(" [").append(chain.policyPackets()).append(':').append(chain.policyBytes()).append("]\n");
            }
            for (final Chain chain : table.chains())
            {
                for (final Rule rule : chain.rules())
                {
                    text.append(IptablesPrinter.saveRule(chain.name(), rule, false));
                }
            }
            text.append("COMMIT\n");
            text.append("# Completed on ").append(date).append('\n');
        }
        out.print(text.toString());
        return 0;
    }

    private static void list(final RuleTable table, final Chain chain, final IptablesCommandLine line,
        final Output out)
    {
        if (line.chain != null && chain == null)
        {
            throw fail(out, IptablesCommandLine.PREFIX + "chain `" + line.chain + "' in table `" + line.table
                + "' is incompatible, use 'nft' tool.", 1, false);
        }
        if (line.ruleNumber != null)
        {
            final int number = ruleNumber(line.ruleNumber, out);
            if (number <= chain.rules().size())
            {
                out.print(IptablesPrinter.row(chain.rules().get(number - 1), number, line));
            }
            return;
        }
        final StringBuilder text = new StringBuilder();
        boolean first = true;
        for (final Chain each : chain == null ? table.chains() : List.of(chain))
        {
            if (!first)
            {
                text.append('\n');
            }
            first = false;
            text.append(IptablesPrinter.header(each, line));
            int number = 1;
            for (final Rule rule : each.rules())
            {
                text.append(IptablesPrinter.row(rule, number++, line));
            }
        }
        out.print(text.toString());
    }

    private static void listRules(final RuleTable table, final Chain chain, final IptablesCommandLine line,
        final Output out)
    {
        if (line.chain != null && chain == null)
        {
            throw fail(out, IptablesCommandLine.PREFIX + "chain `" + line.chain + "' in table `" + line.table
                + "' is incompatible, use 'nft' tool.", 1, false);
        }
        final StringBuilder text = new StringBuilder();
        if (line.ruleNumber != null)
        {
            final int number = ruleNumber(line.ruleNumber, out);
            if (number <= chain.rules().size())
            {
                text.append(IptablesPrinter.saveRule(chain.name(), chain.rules().get(number - 1), line.verbose));
            }
            out.print(text.toString());
            return;
        }
        final List<Chain> chains = chain == null ? table.chains() : List.of(chain);
        for (final Chain each : chains)
        {
            if (each.isBuiltIn())
            {
                text.append("-P ").append(each.name()).append(each.policyAccepts() ? " ACCEPT" : " DROP");
                if (line.verbose)
                {
                    text.append(" -c ").append(each.policyPackets()).append(' ').append(each.policyBytes());
                }
                text.append('\n');
            }
        }
        for (final Chain each : chains)
        {
            if (!each.isBuiltIn())
            {
                text.append("-N ").append(each.name()).append('\n');
            }
        }
        for (final Chain each : chains)
        {
            for (final Rule rule : each.rules())
            {
                text.append(IptablesPrinter.saveRule(each.name(), rule, line.verbose));
            }
        }
        out.print(text.toString());
    }

    private static void deleteChains(final RuleTable table, final Chain chain, final IptablesCommandLine line,
        final Output out)
    {
        if (line.chain != null)
        {
            final Chain doomed = inKernel(chain, out);
            if (!RuleTable.isDeletable(doomed))
            {
                throw busy(out, doomed);
            }
            table.deleteChain(doomed);
            return;
        }
        for (final Chain each : table.chains())
        {
            if (!each.isBuiltIn() && !RuleTable.isDeletable(each))
            {
                throw busy(out, each);
            }
        }
        for (final Chain each : table.chains())
        {
            if (each.inKernel() && RuleTable.isDeletable(each))
            {
                table.deleteChain(each);
            }
        }
    }

    private static CommandExit busy(final Output out, final Chain chain)
    {
        return fail(out, IptablesCommandLine.PREFIX + " CHAIN_DEL failed (Device or resource busy): chain "
            + chain.name(), 4, false);
    }

    /**
     * What nf_tables refuses of a target in the wrong place (EINVAL): NAT targets outside the nat table or in a
     * built-in chain of the wrong hook (SNAT in POSTROUTING and INPUT, DNAT in PREROUTING and OUTPUT, MASQUERADE in
     * POSTROUTING), REJECT in the nat table, an icmp match under {@code ! -p icmp}, {@code ! -s}/{@code ! -d} of a
     * /0.
     */
    private static void checkPlacement(final RuleTable table, final Chain into, final IptablesCommandLine line,
        final Output out, final String operation)
    {
        final Target.Kind kind = line.rule.target().kind();
        final boolean nat = table.kind() == RuleTable.Kind.NAT;
        final String chain = into.name();
        final boolean refused;
        if (kind.isNat())
        {
            refused = !nat || into.isBuiltIn() && switch (kind)
            {
                case SNAT -> !chain.equals("POSTROUTING") && !chain.equals("INPUT");
                case DNAT -> !chain.equals("PREROUTING") && !chain.equals("OUTPUT");
                default -> !chain.equals("POSTROUTING");
            };
        }
        else
        {
            refused = nat && kind == Target.Kind.REJECT;
        }
        // xt_icmp's check: its protocol must be icmp, not inverted (tcp and udp become native nft expressions).
        final boolean invertedIcmp = line.rule.protocolInverted()
            && line.rule.matches().stream().anyMatch(IcmpMatch.class::isInstance);
        // ! -s A/0 or ! -d A/0: nf_tables refuses a comparison under a zero-length mask.
        final boolean invertedNothing = line.rule.sourceInverted() && line.rule.sourcePrefix() == 0
            || line.rule.destinationInverted() && line.rule.destinationPrefix() == 0;
        if (refused || invertedIcmp || invertedNothing)
        {
            throw fail(out, IptablesCommandLine.PREFIX + " " + operation + " failed (Invalid argument): rule in chain "
                + chain, 4, false);
        }
    }

    private static void checkLoop(final RuleTable table, final Chain into, final IptablesCommandLine line,
        final Output out, final String operation)
    {
        if (line.jumpChain != null && table.wouldLoop(into, table.chain(line.jumpChain)))
        {
            throw fail(out, IptablesCommandLine.PREFIX + " " + operation + " failed (Too many links): "
                + "rule in chain " + into.name(), 4, false);
        }
    }

    /** A chain the command names must exist (a built-in one always does). */
    private static Chain existing(final Chain chain, final Output out)
    {
        if (chain == null)
        {
            throw fail(out, NO_CHAIN, 1, false);
        }
        return chain;
    }

    /** A chain the command reads rules of must be in nf_tables (a built-in one only once something made it). */
    private static Chain inKernel(final Chain chain, final Output out)
    {
        if (chain == null || !chain.inKernel())
        {
            throw fail(out, NO_CHAIN, 1, false);
        }
        return chain;
    }

    /** parse_rulenumber: a number from 1 up. */
    private static int ruleNumber(final String text, final Output out)
    {
        if (text.matches("[0-9]{1,9}") && Integer.parseInt(text) >= 1)
        {
            return Integer.parseInt(text);
        }
        throw fail(out, IptablesCommandLine.PREFIX + "Invalid rule number `" + text + "'", 2, true);
    }

    private static CommandExit fail(final Output out, final String message, final int exitCode, final boolean tryLine)
    {
        out.line(message);
        if (tryLine)
        {
            out.line(IptablesCommandLine.TRY);
        }
        return new CommandExit(exitCode);
    }
}
