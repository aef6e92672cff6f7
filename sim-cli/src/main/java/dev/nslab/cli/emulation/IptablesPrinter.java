package dev.nslab.cli.emulation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.nslab.stack.netfilter.AddressTypeMatch;
import dev.nslab.stack.netfilter.Chain;
import dev.nslab.stack.netfilter.CommentMatch;
import dev.nslab.stack.netfilter.ConntrackInfo;
import dev.nslab.stack.netfilter.ConntrackMatch;
import dev.nslab.stack.netfilter.IcmpMatch;
import dev.nslab.stack.netfilter.InterfaceMatch;
import dev.nslab.stack.netfilter.NatRange;
import dev.nslab.stack.netfilter.PortMatch;
import dev.nslab.stack.netfilter.Rule;
import dev.nslab.stack.netfilter.RuleMatch;
import dev.nslab.stack.netfilter.RuleSpec;
import dev.nslab.stack.netfilter.Target;

/**
 * iptables 1.8.9's text: {@code -L} (print_header, print_rule_details, print_ifaces, print_ipv4_addresses and the
 * extensions' print functions, with their column widths), {@code -S} and iptables-save (save_rule and the
 * extensions' save functions).
 */
final class IptablesPrinter
{
    /** ctime(3)'s form, as iptables-save writes its date lines. */
    private static final DateTimeFormatter CTIME =
        DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private IptablesPrinter()
    {
    }

    // ----------------------------------------------------------------------------------------------------- -L

    /** print_header: the chain line and the column titles. */
    static String header(final Chain chain, final IptablesCommandLine line)
    {
        final StringBuilder out = new StringBuilder("Chain ").append(chain.name());
        if (chain.isBuiltIn())
        {
            out.append(" (policy ").append(chain.policyAccepts() ? "ACCEPT" : "DROP");
            if (line.verbose)
            {
                out.append(' ').append(untabled(chain.policyPackets(), line.exact)).append("packets, ")
                    .append(untabled(chain.policyBytes(), line.exact)).append("bytes");
            }
            out.append(")\n");
        }
        else
        {
            out.append(" (").append(chain.references()).append(" references)\n");
        }
        if (line.lineNumbers)
        {
            out.append(String.format("%-4s ", "num"));
        }
        if (line.verbose)
        {
            out.append(line.exact ? String.format("%8s %10s ", "pkts", "bytes")
                : String.format("%5s %5s ", "pkts", "bytes"));
        }
        out.append(String.format("%-9s ", "target")).append(" prot ").append("opt");
        if (line.verbose)
        {
            out.append(String.format(" %-6s %-6s ", "in", "out"));
        }
        out.append(String.format(" %-19s  %-19s ", "source", "destination"));
        return out.append('\n').toString();
    }

    /** One rule's row of {@code -L}. */
    static String row(final Rule rule, final int number, final IptablesCommandLine line)
    {
        final RuleSpec spec = rule.spec();
        final boolean numeric = line.numeric;
        final StringBuilder out = new StringBuilder();
        if (line.lineNumbers)
        {
            out.append(String.format("%-4d ", number));
        }
        if (line.verbose)
        {
            out.append(tabled(rule.packets(), line.exact)).append(tabled(rule.bytes(), line.exact));
        }
        out.append(String.format("%-9s ", spec.target().name()));
        out.append(spec.protocolInverted() ? '!' : ' ');
        out.append(String.format("%-5s", numeric ? Integer.toString(spec.protocol()) : protocolName(spec.protocol())));
        out.append("-- ");
        if (line.verbose)
        {
            out.append(String.format(" %-6s ", iface(spec.inInterface(), numeric)));
            out.append(String.format("%-6s ", iface(spec.outInterface(), numeric)));
        }
        out.append(spec.sourceInverted() ? '!' : ' ');
        out.append(String.format("%-19s ", address(spec.source(), spec.sourcePrefix(), numeric)));
        out.append(spec.destinationInverted() ? '!' : ' ');
        out.append(String.format("%-19s ", address(spec.destination(), spec.destinationPrefix(), numeric)));
        for (final RuleMatch match : spec.matches())
        {
            printMatch(out, match, numeric);
        }
        if (spec.target().kind() == Target.Kind.REJECT)
        {
            out.append(" reject-with ").append(spec.target().reject().iptablesName());
        }
        if (spec.target().nat() != null)
        {
            out.append(" to:").append(natRange(spec.target().nat()));
        }
        return out.append('\n').toString();
    }

    private static void printMatch(final StringBuilder out, final RuleMatch match, final boolean numeric)
    {
        if (match instanceof IcmpMatch icmp)
        {
            out.append(" icmp");
            final String name = numeric ? null : IcmpTypes.name(icmp);
            if (name != null)
            {
                out.append(' ').append(icmp.inverted() ? "!" : "").append(name);
                return;
            }
            if (icmp.inverted())
            {
                out.append(" !");
            }
            out.append("type ").append(icmp.type());
            if (icmp.codeMin() == icmp.codeMax())
            {
                out.append(" code ").append(icmp.codeMin());
            }
            else if (icmp.codeMin() != 0 || icmp.codeMax() != 0xFF)
            {
                out.append(" codes ").append(icmp.codeMin()).append('-').append(icmp.codeMax());
            }
        }
        else if (match instanceof PortMatch ports)
        {
            final String protocol = ports.protocol() == 6 ? "tcp" : "udp";
            out.append(' ').append(protocol);
            printPorts(out, "spt", ports.sourceMin(), ports.sourceMax(), ports.sourceInverted(), protocol, numeric);
            printPorts(out, "dpt", ports.destinationMin(), ports.destinationMax(), ports.destinationInverted(),
                protocol, numeric);
        }
        else if (match instanceof CommentMatch comment)
        {
            out.append(" /* ").append(comment.comment()).append(" */");
        }
        else if (match instanceof ConntrackMatch conntrack)
        {
            out.append(conntrack.inverted() ? " ! " : " ").append(conntrack.stateMatch() ? "state " : "ctstate ")
                .append(states(conntrack.states()));
        }
        else if (match instanceof AddressTypeMatch types)
        {
            out.append(" ADDRTYPE match");
            if (types.sourceTypes() != 0)
            {
                out.append(" src-type ").append(types.sourceInverted() ? "!" : "")
                    .append(typeNames(types.sourceTypes()));
            }
            if (types.destinationTypes() != 0)
            {
                out.append(" dst-type ").append(types.destinationInverted() ? "!" : "")
                    .append(typeNames(types.destinationTypes()));
            }
        }
    }

    /** libxt_addrtype's print_types: the RTN_* names of the bits, in their order, comma-separated. */
    private static String typeNames(final int types)
    {
        final StringBuilder out = new StringBuilder();
        for (int type = 0; type < AddressTypeMatch.TYPE_NAMES.length; type++)
        {
            if ((types & 1 << type) != 0)
            {
                out.append(out.length() == 0 ? "" : ",").append(AddressTypeMatch.TYPE_NAMES[type]);
            }
        }
        return out.toString();
    }

    /** conntrack_dump_states: the names in the bits' order, comma-separated. */
    private static String states(final int states)
    {
        final StringBuilder out = new StringBuilder();
        final int[] bits = {ConntrackInfo.STATE_INVALID, ConntrackInfo.STATE_NEW, ConntrackInfo.STATE_RELATED,
            ConntrackInfo.STATE_ESTABLISHED, ConntrackInfo.STATE_UNTRACKED, ConntrackInfo.STATE_SNAT,
            ConntrackInfo.STATE_DNAT};
        final String[] names = {"INVALID", "NEW", "RELATED", "ESTABLISHED", "UNTRACKED", "SNAT", "DNAT"};
        for (int i = 0; i < bits.length; i++)
        {
            if ((states & bits[i]) != 0)
            {
                out.append(out.length() == 0 ? "" : ",").append(names[i]);
            }
        }
        return out.toString();
    }

    /** xt_nat's range as it prints and saves it: the address, then {@code :PORT} when one was given. */
    private static String natRange(final NatRange range)
    {
        return Inet.format(range.address()) + (range.hasPort() ? ":" + range.port() : "");
    }

    private static void printPorts(final StringBuilder out, final String name, final int min, final int max,
        final boolean inverted, final String protocol, final boolean numeric)
    {
        if (min == 0 && max == 0xFFFF && !inverted)
        {
            return;
        }
        out.append(' ').append(name);
        final String not = inverted ? "!" : "";
        if (min == max)
        {
            out.append(':').append(not).append(port(min, protocol, numeric));
        }
        else
        {
            out.append("s:").append(not).append(port(min, protocol, numeric)).append(':')
                .append(port(max, protocol, numeric));
        }
    }

    private static String port(final int port, final String protocol, final boolean numeric)
    {
        final String name = numeric ? null : Services.name(port, protocol);
        return name != null ? name : Integer.toString(port);
    }

    private static String protocolName(final int protocol)
    {
        return switch (protocol)
        {
            case 0 -> "all";
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            default -> Integer.toString(protocol);
        };
    }

    private static String iface(final InterfaceMatch match, final boolean numeric)
    {
        if (match == null)
        {
            return numeric ? "*" : "any";
        }
        return (match.inverted() ? "!" : "") + match.written();
    }

    /** print_ipv4_addresses' text: {@code anywhere} for /0 without -n, else the address and a mask but for /32. */
    private static String address(final int address, final int prefix, final boolean numeric)
    {
        if (prefix == 0 && !numeric)
        {
            return "anywhere";
        }
        final String host = !numeric && address == 0x7F00_0001 ? "localhost" : Inet.format(address);
        return prefix == 32 ? host : host + "/" + prefix;
    }

    /** xtables_print_num in a row: 5 wide with K, M, G, T (or 8 wide under -x), then a space. */
    private static String tabled(final long number, final boolean exact)
    {
        if (exact)
        {
            return String.format("%8d ", number);
        }
        if (number <= 99_999)
        {
            return String.format("%5d ", number);
        }
        long scaled = (number + 500) / 1000;
        for (final char unit : new char[] {'K', 'M', 'G'})
        {
            if (scaled <= 9999)
            {
                return String.format("%4d%c ", scaled, unit);
            }
            scaled = (scaled + 500) / 1000;
        }
        return String.format("%4dT ", scaled);
    }

    /** xtables_print_num with FMT_NOTABLE, as the chain header prints the policy's counters. */
    private static String untabled(final long number, final boolean exact)
    {
        return tabled(number, exact).strip() + " ";
    }

    // ------------------------------------------------------------------------------------------ -S and save

    /** {@code -A CHAIN ...} as save_rule writes it; {@code -c P B} before the target with {@code counters}. */
    static String saveRule(final String chainName, final Rule rule, final boolean counters)
    {
        final RuleSpec spec = rule.spec();
        final StringBuilder out = new StringBuilder("-A ").append(chainName);
        saveAddress(out, 's', spec.source(), spec.sourcePrefix(), spec.sourceInverted());
        saveAddress(out, 'd', spec.destination(), spec.destinationPrefix(), spec.destinationInverted());
        saveInterface(out, 'i', spec.inInterface());
        saveInterface(out, 'o', spec.outInterface());
        if (spec.protocol() != 0)
        {
            out.append(spec.protocolInverted() ? " ! -p " : " -p ").append(protocolName(spec.protocol()));
        }
        for (final RuleMatch match : spec.matches())
        {
            saveMatch(out, match);
        }
        if (counters)
        {
            out.append(" -c ").append(rule.packets()).append(' ').append(rule.bytes());
        }
        final Target target = spec.target();
        if (target.kind() != Target.Kind.NONE)
        {
            out.append(" -j ").append(target.name());
            if (target.kind() == Target.Kind.REJECT)
            {
                out.append(" --reject-with ").append(target.reject().iptablesName());
            }
            else if (target.kind() == Target.Kind.SNAT || target.kind() == Target.Kind.DNAT)
            {
                out.append(target.kind() == Target.Kind.SNAT ? " --to-source " : " --to-destination ")
                    .append(natRange(target.nat()));
            }
        }
        return out.append('\n').toString();
    }

    private static void saveAddress(final StringBuilder out, final char letter, final int address, final int prefix,
        final boolean inverted)
    {
        if (prefix == 0 && !inverted)
        {
            return;
        }
        out.append(inverted ? " ! -" : " -").append(letter).append(' ').append(Inet.format(address)).append('/')
            .append(prefix);
    }

    private static void saveInterface(final StringBuilder out, final char letter, final InterfaceMatch match)
    {
        if (match != null)
        {
            out.append(match.inverted() ? " ! -" : " -").append(letter).append(' ').append(match.written());
        }
    }

    private static void saveMatch(final StringBuilder out, final RuleMatch match)
    {
        if (match instanceof IcmpMatch icmp)
        {
            out.append(" -m icmp");
            if (icmp.inverted())
            {
                out.append(" !");
            }
            if (icmp.type() == IcmpMatch.ANY)
            {
                out.append(" --icmp-type any");
            }
            else
            {
                out.append(" --icmp-type ").append(icmp.type());
                if (icmp.codeMin() != 0 || icmp.codeMax() != 0xFF)
                {
                    out.append('/').append(icmp.codeMin());
                }
            }
        }
        else if (match instanceof PortMatch ports)
        {
            out.append(ports.protocol() == 6 ? " -m tcp" : " -m udp");
            savePorts(out, "--sport", ports.sourceMin(), ports.sourceMax(), ports.sourceInverted());
            savePorts(out, "--dport", ports.destinationMin(), ports.destinationMax(), ports.destinationInverted());
        }
        else if (match instanceof CommentMatch comment)
        {
            out.append(" -m comment --comment");
            saveString(out, comment.comment());
        }
        else if (match instanceof AddressTypeMatch types)
        {
            out.append(" -m addrtype");
            if (types.sourceTypes() != 0)
            {
                out.append(types.sourceInverted() ? " ! --src-type " : " --src-type ")
                    .append(typeNames(types.sourceTypes()));
            }
            if (types.destinationTypes() != 0)
            {
                out.append(types.destinationInverted() ? " ! --dst-type " : " --dst-type ")
                    .append(typeNames(types.destinationTypes()));
            }
        }
        else if (match instanceof ConntrackMatch conntrack)
        {
            out.append(conntrack.stateMatch() ? " -m state" : " -m conntrack").append(conntrack.inverted() ? " !" : "")
                .append(conntrack.stateMatch() ? " --state " : " --ctstate ").append(states(conntrack.states()));
        }
    }

    private static void savePorts(final StringBuilder out, final String option, final int min, final int max,
        final boolean inverted)
    {
        if (min == 0 && max == 0xFFFF)
        {
            return;
        }
        out.append(inverted ? " ! " : " ").append(option).append(' ').append(min);
        if (min != max)
        {
            out.append(':').append(max);
        }
    }

    /** xtables_save_string: bare when only [_-0-9A-Za-z], else in double quotes with {@code " \ '} escaped. */
    private static void saveString(final StringBuilder out, final String value)
    {
        if (!value.isEmpty() && value.matches("[_\\-0-9A-Za-z]+"))
        {
            out.append(' ').append(value);
            return;
        }
        out.append(" \"");
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == '\'')
            {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** ctime(3) of the instant, without its newline. */
    static String ctime(final Instant when)
    {
        return CTIME.format(when);
    }
}
