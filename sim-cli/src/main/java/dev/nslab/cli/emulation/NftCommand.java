package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.netfilter.AddressTypeMatch;
import dev.nslab.stack.netfilter.Chain;
import dev.nslab.stack.netfilter.CommentMatch;
import dev.nslab.stack.netfilter.ConntrackInfo;
import dev.nslab.stack.netfilter.ConntrackMatch;
import dev.nslab.stack.netfilter.IcmpMatch;
import dev.nslab.stack.netfilter.InterfaceMatch;
import dev.nslab.stack.netfilter.Netfilter;
import dev.nslab.stack.netfilter.PortMatch;
import dev.nslab.stack.netfilter.Rule;
import dev.nslab.stack.netfilter.RuleMatch;
import dev.nslab.stack.netfilter.RuleSpec;
import dev.nslab.stack.netfilter.RuleTable;
import dev.nslab.stack.netfilter.Target;

/**
 * nftables 1.0.6's {@code nft list ruleset [ip]}, {@code nft list tables [ip]} and {@code nft list table [ip] NAME}
 * over the rules iptables-nft (1.8.9) put in the namespace, as nft prints them back: tables and chains in the
 * order the kernel made them, each rule as the expressions iptables-nft generated (iifname, oifname, meta l4proto,
 * ip saddr, ip daddr, its matches, a counter, the verdict) after nft's dependency elimination, and the warning
 * that a table is iptables-nft's (stderr, before a table that holds a rule). Measured on Linux 6.18 (NETFILTER.md and
 * 2026-12-03), quirks included: a comment prints as an empty expression, {@code --icmp-type any} as {@code ip
 * protocol icmp}, an addrtype with both sides as its source side only.
 */
final class NftCommand
{
    private NftCommand()
    {
    }

    private static final java.util.Set<String> FAMILIES = java.util.Set.of("ip", "ip6", "inet", "arp", "bridge",
        "netdev");

    /** @return whether the words are {@code list ruleset|tables [FAMILY]} or {@code list table [FAMILY] NAME}. */
    static boolean isListing(final List<String> arguments)
    {
        if (arguments.size() < 2 || !arguments.get(0).equals("list"))
        {
            return false;
        }
        final String what = arguments.get(1);
        if (what.equals("ruleset") || what.equals("tables"))
        {
            return arguments.size() == 2 || arguments.size() == 3 && FAMILIES.contains(arguments.get(2));
        }
        return what.equals("table") && (arguments.size() == 3 && isName(arguments.get(2))
            || arguments.size() == 4 && FAMILIES.contains(arguments.get(2)) && isName(arguments.get(3)));
    }

    /** nft's identifiers: a letter, then letters, digits, {@code _ . / -}. */
    private static boolean isName(final String word)
    {
        return word.matches("[A-Za-z][A-Za-z0-9_./-]{0,255}") && !FAMILIES.contains(word);
    }

    /** The gate lets {@link #isListing} lines through. */
    static int run(final List<String> arguments, final Invocation invocation)
    {
        invocation.openedSocket(); // its netlink socket
        final Output out = invocation.out();
        final Netfilter netfilter = invocation.namespace().netfilter();
        final String what = arguments.get(1);
        final List<RuleTable> tables = netfilter.tablesAsCreated();
        if (what.equals("ruleset"))
        {
            if (arguments.size() == 2 || arguments.get(2).equals("ip"))
            {
                tables.forEach(table -> printTable(table, out));
            }
            return 0;
        }
        if (what.equals("tables"))
        {
            if (arguments.size() == 2 || arguments.get(2).equals("ip"))
            {
                tables.forEach(table -> out.line("table ip " + table.kind().tableName()));
            }
            return 0;
        }
        // list table [FAMILY] NAME
        final boolean familyGiven = arguments.size() == 4;
        final String family = familyGiven ? arguments.get(2) : "ip";
        final String name = arguments.get(arguments.size() - 1);
        for (final RuleTable table : tables)
        {
            if (family.equals("ip") && table.kind().tableName().equals(name))
            {
                printTable(table, out);
                return 0;
            }
        }
        // the parser's error, with a caret line under the name it could not find
        final String command = String.join(" ", arguments);
        throw out.fail("Error: No such file or directory\n" + command + "\n"
            + " ".repeat(command.length() - name.length()) + "^".repeat(name.length()), 1);
    }

    private static void printTable(final RuleTable table, final Output out)
    {
        final String name = table.kind().tableName();
        final List<Chain> chains = table.chainsAsCreated();
        // nft knows iptables-nft's tables by the xt compat data of their rules: a table whose rules iptables-nft
        // wrote natively (addresses, interfaces, protocols, ports, verdicts and jumps) gets no warning
        if (chains.stream().anyMatch(chain -> chain.rules().stream().anyMatch(NftCommand::usesXtExtension)))
        {
            out.line("# Warning: table ip " + name + " is managed by iptables-nft, do not touch!");
        }
        out.line("table ip " + name + " {");
        for (int i = 0; i < chains.size(); i++)
        {
            if (i > 0)
            {
                out.line("");
            }
            final Chain chain = chains.get(i);
            out.line("\tchain " + chain.name() + " {");
            if (chain.isBuiltIn())
            {
                out.line("\t\ttype " + (table.kind() == RuleTable.Kind.NAT ? "nat" : "filter") + " hook "
                    + chain.name().toLowerCase(java.util.Locale.ROOT) + " priority " + priority(table, chain)
                    + "; policy " + (chain.policyAccepts() ? "accept" : "drop") + ";");
            }
            for (final Rule rule : chain.rules())
            {
                out.line("\t\t" + rule(rule));
            }
            out.line("\t}");
        }
        out.line("}");
    }

    /**
     * Whether iptables-nft 1.8.9 wrote this rule with an xt extension (measured: -m conntrack, --icmp-type, -m state,
     * -m comment, -m multiport, REJECT, LOG, MASQUERADE, SNAT and DNAT do; -s, -d, -i, -o, -p, -p tcp --dport,
     * ACCEPT, DROP, RETURN and jumps do not). nft prints some of them natively all the same.
     */
    static boolean usesXtExtension(final Rule rule)
    {
        switch (rule.spec().target().kind())
        {
            case REJECT, SNAT, DNAT, MASQUERADE:
                return true;
            default:
                break;
        }
        return rule.spec().matches().stream().anyMatch(match -> !(match instanceof PortMatch));
    }

    /** nft names a standard priority only for the hooks it belongs to: dstnat for prerouting, srcnat for postrouting. */
    private static String priority(final RuleTable table, final Chain chain)
    {
        if (table.kind() != RuleTable.Kind.NAT)
        {
            return "filter";
        }
        return switch (chain.name())
        {
            case "PREROUTING" -> "dstnat";
            case "POSTROUTING" -> "srcnat";
            case "OUTPUT" -> "-100";
            default -> "100";
        };
    }

    /** One rule: its expressions joined by spaces (an empty one, a comment, leaves two), counter, verdict. */
    static String rule(final Rule rule)
    {
        final RuleSpec spec = rule.spec();
        final List<String> expressions = new java.util.ArrayList<>();
        iface(expressions, "iifname", spec.inInterface());
        iface(expressions, "oifname", spec.outInterface());
        final List<RuleMatch> matches = spec.matches();
        // nft drops a tcp or udp protocol match that a port match of the same protocol depends on, when nothing but
        // the addresses stands between them
        final boolean dependency = spec.protocol() != 0 && !spec.protocolInverted() && !matches.isEmpty()
            && matches.get(0) instanceof PortMatch ports && ports.protocol() == spec.protocol();
        if (spec.protocol() != 0 && !dependency)
        {
            expressions.add("meta l4proto " + (spec.protocolInverted() ? "!= " : "") + protocol(spec.protocol()));
        }
        if (spec.sourcePrefix() > 0 || spec.sourceInverted())
        {
            expressions.add("ip saddr " + (spec.sourceInverted() ? "!= " : "")
                + prefix(spec.source(), spec.sourcePrefix()));
        }
        if (spec.destinationPrefix() > 0 || spec.destinationInverted())
        {
            expressions.add("ip daddr " + (spec.destinationInverted() ? "!= " : "")
                + prefix(spec.destination(), spec.destinationPrefix()));
        }
        for (final RuleMatch match : matches)
        {
            expressions.add(match(match));
        }
        expressions.add("counter packets " + rule.packets() + " bytes " + rule.bytes());
        final String verdict = verdict(spec.target());
        if (!verdict.isEmpty())
        {
            expressions.add(verdict);
        }
        return String.join(" ", expressions);
    }

    private static void iface(final List<String> expressions, final String key, final InterfaceMatch match)
    {
        if (match == null)
        {
            return;
        }
        final String written = match.written();
        final String name = written.endsWith("+") ? written.substring(0, written.length() - 1) + "*" : written;
        expressions.add(key + " " + (match.inverted() ? "!= " : "") + "\"" + name + "\"");
    }

    private static String match(final RuleMatch match)
    {
        if (match instanceof PortMatch ports)
        {
            final String name = ports.protocol() == 6 ? "tcp" : "udp";
            final StringBuilder text = new StringBuilder();
            if (ports.hasSource())
            {
                text.append(name).append(" sport ").append(ports.sourceInverted() ? "!= " : "")
                    .append(range(ports.sourceMin(), ports.sourceMax()));
            }
            if (ports.hasDestination())
            {
                text.append(text.length() > 0 ? " " : "").append(name).append(" dport ")
                    .append(ports.destinationInverted() ? "!= " : "")
                    .append(range(ports.destinationMin(), ports.destinationMax()));
            }
            return text.toString();
        }
        if (match instanceof IcmpMatch icmp)
        {
            if (icmp.type() == IcmpMatch.ANY)
            {
                return "ip protocol icmp";
            }
            final String name = icmp.codeMin() == 0 && icmp.codeMax() == 0xFF ? icmpTypeName(icmp.type()) : null;
            return name == null ? "xt match icmp" : "icmp type " + (icmp.inverted() ? "!= " : "") + name;
        }
        if (match instanceof ConntrackMatch conntrack)
        {
            return "ct state " + (conntrack.inverted() ? "! " : "") + states(conntrack.states());
        }
        if (match instanceof AddressTypeMatch types)
        {
            return types.sourceTypes() != 0 ? "fib saddr type " + addressTypes(types.sourceTypes(),
                types.sourceInverted()) : "fib daddr type " + addressTypes(types.destinationTypes(),
                    types.destinationInverted());
        }
        if (match instanceof CommentMatch)
        {
            return "";
        }
        throw new IllegalStateException("a match nft cannot print: " + match);
    }

    /** nft's ct state bitmask: its symbols' order, comma-separated. */
    private static String states(final int states)
    {
        final int[] bits = {ConntrackInfo.STATE_INVALID, ConntrackInfo.STATE_NEW, ConntrackInfo.STATE_RELATED,
            ConntrackInfo.STATE_ESTABLISHED, ConntrackInfo.STATE_UNTRACKED};
        final String[] names = {"invalid", "new", "related", "established", "untracked"};
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < bits.length; i++)
        {
            if ((states & bits[i]) != 0)
            {
                text.append(text.length() > 0 ? "," : "").append(names[i]);
            }
        }
        return text.toString();
    }

    /** fib's address types: one name, or a set of them. */
    private static String addressTypes(final int mask, final boolean inverted)
    {
        final List<String> names = new java.util.ArrayList<>();
        for (int type = 0; type < AddressTypeMatch.TYPE_NAMES.length; type++)
        {
            if ((mask & 1 << type) != 0)
            {
                names.add(AddressTypeMatch.TYPE_NAMES[type].toLowerCase(java.util.Locale.ROOT));
            }
        }
        final String value = names.size() == 1 ? names.get(0) : "{ " + String.join(", ", names) + " }";
        return (inverted ? "!= " : "") + value;
    }

    private static String verdict(final Target target)
    {
        return switch (target.kind())
        {
            case NONE -> "";
            case ACCEPT -> "accept";
            case DROP -> "drop";
            case RETURN -> "return";
            case JUMP -> "jump " + target.chain();
            case REJECT -> switch (target.reject())
            {
                case PORT_UNREACHABLE -> "reject";
                case PROTOCOL_UNREACHABLE -> "reject with icmp type prot-unreachable";
                default -> "reject with icmp type " + target.reject().iptablesName().substring("icmp-".length());
            };
            case SNAT -> "snat to " + natTo(target);
            case DNAT -> "dnat to " + natTo(target);
            case MASQUERADE -> "masquerade";
        };
    }

    private static String natTo(final Target target)
    {
        final String address = Inet.format(target.nat().address());
        return target.nat().port() > 0 ? address + ":" + target.nat().port() : address;
    }

    private static String prefix(final int address, final int length)
    {
        return length == 32 ? Inet.format(address) : Inet.format(address) + "/" + length;
    }

    private static String range(final int min, final int max)
    {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }

    /** The protocol names nft takes from /etc/protocols for the numbers iptables rules carry. */
    private static String protocol(final int number)
    {
        return switch (number)
        {
            case 1 -> "icmp";
            case 2 -> "igmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 47 -> "gre";
            case 50 -> "esp";
            case 51 -> "ah";
            case 132 -> "sctp";
            default -> Integer.toString(number);
        };
    }

    /** nft's icmp type symbols. */
    private static String icmpTypeName(final int type)
    {
        return switch (type)
        {
            case 0 -> "echo-reply";
            case 3 -> "destination-unreachable";
            case 4 -> "source-quench";
            case 5 -> "redirect";
            case 8 -> "echo-request";
            case 9 -> "router-advertisement";
            case 10 -> "router-solicitation";
            case 11 -> "time-exceeded";
            case 12 -> "parameter-problem";
            case 13 -> "timestamp-request";
            case 14 -> "timestamp-reply";
            case 15 -> "info-request";
            case 16 -> "info-reply";
            case 17 -> "address-mask-request";
            case 18 -> "address-mask-reply";
            default -> Integer.toString(type);
        };
    }
}
