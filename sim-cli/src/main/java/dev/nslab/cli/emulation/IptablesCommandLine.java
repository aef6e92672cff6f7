package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.nslab.stack.netfilter.AddressTypeMatch;
import dev.nslab.stack.netfilter.CommentMatch;
import dev.nslab.stack.netfilter.ConntrackInfo;
import dev.nslab.stack.netfilter.ConntrackMatch;
import dev.nslab.stack.netfilter.RuleTable;
import dev.nslab.stack.netfilter.IcmpMatch;
import dev.nslab.stack.netfilter.InterfaceMatch;
import dev.nslab.stack.netfilter.NatRange;
import dev.nslab.stack.netfilter.PortMatch;
import dev.nslab.stack.netfilter.RejectType;
import dev.nslab.stack.netfilter.RuleMatch;
import dev.nslab.stack.netfilter.RuleSpec;
import dev.nslab.stack.netfilter.Target;

/**
 * iptables 1.8.9's command line (xshared.c do_parse, in its order of checks) for the filter table: one command
 * ({@code -A -I -D -R -L -S -F -Z -N -X -E -P}), its chain and argument, the listing options and a rule spec. The
 * gate and the command both read a line with it: {@link #refusal} is what nslab does not emulate (the gate refuses
 * the line), {@link #error} what iptables itself would print (the command prints it).
 */
final class IptablesCommandLine
{
    static final String PREFIX = "iptables v1.8.9 (nf_tables): ";
    static final String TRY = "Try `iptables -h' or 'iptables --help' for more information.";

    /** xtables extensions Debian 12's iptables has but nslab does not emulate (its matches and targets). */
    private static final Set<String> OTHER_EXTENSIONS = Set.of("CLUSTERIP", "ECN", "NETMAP", "TTL", "ULOG", "ah",
        "realm", "ttl", "AUDIT", "CHECKSUM", "CLASSIFY", "CONNMARK", "CONNSECMARK", "CT", "DSCP", "HMARK",
        "IDLETIMER", "LED", "LOG", "MARK", "NAT", "NFLOG", "NFQUEUE", "NOTRACK", "RATEEST", "REDIRECT",
        "SECMARK", "SET", "SYNPROXY", "TCPMSS", "TCPOPTSTRIP", "TEE", "TOS", "TPROXY", "TRACE",
        "bpf", "cgroup", "cluster", "connbytes", "connlabel", "connlimit", "connmark", "cpu", "dccp",
        "devgroup", "dscp", "ecn", "esp", "hashlimit", "helper", "ipcomp", "iprange", "ipvs", "length", "limit", "mac",
        "mark", "multiport", "nfacct", "osf", "owner", "physdev", "pkttype", "policy", "quota", "rateest", "recent",
        "rpfilter", "sctp", "set", "socket", "standard", "statistic", "string", "tcpmss", "time", "tos",
        "u32", "icmp6", "mh", "frag", "hbh", "dst", "rt", "ipv6header", "eui64", "hl");
    /** /etc/protocols names other than icmp, tcp and udp: iptables would take them, nslab does not. */
    private static final Set<String> OTHER_PROTOCOLS = Set.of("ip", "hopopt", "igmp", "ggp", "ipencap", "st", "egp",
        "igp", "pup", "hmp", "xns-idp", "rdp", "iso-tp4", "dccp", "xtp", "ddp", "idpr-cmtp", "ipv6", "ipv6-route",
        "ipv6-frag", "idrp", "rsvp", "gre", "esp", "ah", "skip", "ipv6-icmp", "ipv6-nonxt", "ipv6-opts", "rspf",
        "vmtp", "eigrp", "ospf", "ax.25", "ipip", "etherip", "encap", "pim", "ipcomp", "vrrp", "l2tp", "isis", "sctp",
        "fc", "mobility-header", "udplite", "mpls-in-ip", "manet", "hip", "shim6", "wesp", "rohc", "ethernet",
        "mptcp", "icmpv6");

    private static final Pattern QUAD = Pattern.compile("[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");

    /** The command letter ({@code 'A'}...), 0 for none. */
    char command;
    String table = "filter";
    String chain;
    /** A rule number as written, for -D, -I, -R, -L, -S. */
    String ruleNumber;
    /** -E's new name, -P's policy. */
    String argument;
    boolean numeric;
    boolean verbose;
    boolean exact;
    boolean lineNumbers;
    /** The rule, for -A, -I, -D (by spec) and -R; null when the line has an error or a refusal. */
    RuleSpec rule;
    /** The chain a {@code -j} names (a jump, to be checked against the table). */
    String jumpChain;

    /** What nslab does not emulate, or null. */
    String refusal;
    /** iptables' own complaint, each line as printed, or null. */
    List<String> error;
    int exitCode;

    // The rule as the loop gathers it.
    private String sourceText;
    private String destinationText;
    private boolean sourceInverted;
    private boolean destinationInverted;
    private InterfaceMatch inInterface;
    private InterfaceMatch outInterface;
    private int protocol;
    private String protocolName;
    private boolean protocolInverted;
    private final List<RuleMatch> matches = new ArrayList<>();
    private Target target = Target.NONE;
    private boolean targetIsReject;
    private boolean commentLoaded;
    private String comment;
    private boolean portsLoaded;
    private int[] sourcePorts;
    private int[] destinationPorts;
    private boolean sourcePortsInverted;
    private boolean destinationPortsInverted;
    private int portsIndex = -1;
    private boolean icmpLoaded;
    private boolean icmpTypeGiven;
    /** {@code -m conntrack} or {@code -m state} loaded: the match's name, else null; its index in the matches. */
    private String conntrackName;
    private int conntrackIndex = -1;
    private boolean conntrackStateGiven;
    /** {@code -m addrtype} loaded: its index in the matches, or -1; the types given so far. */
    private int addressTypeIndex = -1;
    private int sourceTypes;
    private boolean sourceTypesInverted;
    private int destinationTypes;
    private boolean destinationTypesInverted;
    /** {@code -j SNAT}, {@code -j DNAT} or {@code -j MASQUERADE}: the kind, else null; the range once given. */
    private Target.Kind natKind;
    private NatRange natRange;
    private final List<String> optionsSeen = new ArrayList<>();

    private IptablesCommandLine()
    {
    }

    /** Reads {@code iptables ARGS...}. */
    static IptablesCommandLine parse(final List<String> words)
    {
        final IptablesCommandLine line = new IptablesCommandLine();
        try
        {
            line.read(words);
            line.finish();
        }
        catch (final Stop stop)
        {
            // refusal or error is set
        }
        return line;
    }

    /** Ends the reading: the line has a refusal or an error. */
    private static final class Stop extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        Stop()
        {
            super(null, null, false, false);
        }
    }

    private Stop refuse(final String what, final String why)
    {
        refusal = "'" + what + "' is not emulated" + (why == null ? "" : " (" + why + ")");
        return new Stop();
    }

    /** A parameter problem: the message, iptables' Try line, exit 2. */
    private Stop problem(final String message)
    {
        error = List.of(PREFIX + message, TRY);
        exitCode = 2;
        return new Stop();
    }

    /** A parameter problem whose message ends in a newline: an empty line comes before the Try line. */
    private Stop problemWithEmptyLine(final String message)
    {
        error = List.of(PREFIX + message, "", TRY);
        exitCode = 2;
        return new Stop();
    }

    private void read(final List<String> words)
    {
        boolean invert = false;
        for (int i = 0; i < words.size(); i++)
        {
            final String word = words.get(i);
            if (word.equals("!"))
            {
                if (invert)
                {
                    throw problem("multiple consecutive ! not allowed");
                }
                invert = true;
                continue;
            }
            if (!word.startsWith("-") || word.equals("-"))
            {
                // xtables_error's "Bad argument" goes out without the program's prefix.
                error = List.of("Bad argument `" + word + "'", TRY);
                exitCode = 2;
                throw new Stop();
            }
            final String option = canonical(word);
            switch (option)
            {
                case "-A", "-I", "-D", "-R", "-N", "-E", "-P" ->
                {
                    setCommand(option.charAt(1));
                    chain = value(words, ++i, word);
                    if (option.equals("-I") || option.equals("-D"))
                    {
                        if (hasArgument(words, i + 1))
                        {
                            ruleNumber = words.get(++i);
                        }
                    }
                    else if (option.equals("-R"))
                    {
                        if (!hasArgument(words, i + 1))
                        {
                            throw problem("-R requires a rule number");
                        }
                        ruleNumber = words.get(++i);
                    }
                    else if (option.equals("-E"))
                    {
                        if (!hasArgument(words, i + 1))
                        {
                            throw problem("-E requires old-chain-name and new-chain-name");
                        }
                        argument = words.get(++i);
                    }
                    else if (option.equals("-P"))
                    {
                        if (!hasArgument(words, i + 1))
                        {
                            throw problem("-P requires a chain and a policy");
                        }
                        argument = words.get(++i);
                    }
                }
                case "-L", "-S", "-F", "-Z", "-X" ->
                {
                    setCommand(option.charAt(1));
                    if (hasArgument(words, i + 1))
                    {
                        chain = words.get(++i);
                        if ((option.equals("-L") || option.equals("-S")) && hasArgument(words, i + 1))
                        {
                            ruleNumber = words.get(++i);
                        }
                    }
                }
                case "-t" -> table = value(words, ++i, word);
                case "-n" -> numeric = true;
                case "-v" -> verbose = true;
                case "-x" -> exact = true;
                case "--line-numbers" -> lineNumbers = true;
                case "-s" ->
                {
                    once(option, sourceText != null);
                    sourceText = value(words, ++i, word);
                    sourceInverted = invert;
                }
                case "-d" ->
                {
                    once(option, destinationText != null);
                    destinationText = value(words, ++i, word);
                    destinationInverted = invert;
                }
                case "-i", "-o" ->
                {
                    once(option, optionsSeen.contains(option));
                    final String name = value(words, ++i, word);
                    if (name.length() > 15)
                    {
                        throw refuse("iptables " + option + " " + name, "a name longer than IFNAMSIZ");
                    }
                    if (name.isEmpty())
                    {
                        throw refuse("iptables " + option + " ''", null);
                    }
                    // iptables-nft adds nothing for a lone + (every name): the rule has no interface then.
                    final InterfaceMatch match = name.equals("+") && !invert ? null : new InterfaceMatch(name, invert);
                    if (option.equals("-i"))
                    {
                        inInterface = match;
                    }
                    else
                    {
                        outInterface = match;
                    }
                }
                case "-p" ->
                {
                    once(option, protocolName != null);
                    readProtocol(value(words, ++i, word));
                    protocolInverted = invert;
                    if (invert && protocol == 0)
                    {
                        throw problem("rule would never match protocol");
                    }
                }
                case "-j" ->
                {
                    once(option, target != Target.NONE || targetIsReject);
                    readTarget(value(words, ++i, word));
                }
                case "-m" -> loadMatch(value(words, ++i, word));
                case "--comment" ->
                {
                    if (!commentLoaded)
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    comment = value(words, ++i, word);
                    if (comment.length() > 255)
                    {
                        throw refuse("iptables --comment", "comments over 255 characters");
                    }
                    matches.set(indexOfComment(), new CommentMatch(comment));
                }
                case "--sport", "--dport" ->
                {
                    if (!portsLoaded)
                    {
                        implicitMatch(word, protocol == 6 || protocol == 17);
                    }
                    final String text = value(words, ++i, word);
                    final int[] range = ports(text);
                    if (option.equals("--sport"))
                    {
                        sourcePorts = range;
                        sourcePortsInverted = invert;
                    }
                    else
                    {
                        destinationPorts = range;
                        destinationPortsInverted = invert;
                    }
                    updatePorts();
                }
                case "--icmp-type" ->
                {
                    if (!icmpLoaded)
                    {
                        implicitMatch(word, protocol == 1);
                        icmpLoaded = true;
                        matches.add(null);
                    }
                    final String text = value(words, ++i, word);
                    try
                    {
                        final IcmpMatch match = IcmpTypes.parse(text, invert);
                        matches.set(indexOfIcmp(), match);
                        icmpTypeGiven = true;
                    }
                    catch (final IllegalArgumentException e)
                    {
                        throw problem(e.getMessage());
                    }
                }
                case "--ctstate", "--state" ->
                {
                    final boolean state = option.equals("--state");
                    if (conntrackName == null || conntrackName.equals("state") != state)
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    if (conntrackStateGiven)
                    {
                        throw problemWithEmptyLine(conntrackName + ": option \"" + word + "\" can only be used once.");
                    }
                    final int states = conntrackStates(value(words, ++i, word), state);
                    matches.set(conntrackIndex, new ConntrackMatch(states, invert, state));
                    conntrackStateGiven = true;
                }
                case "--ctproto", "--ctorigsrc", "--ctorigdst", "--ctreplsrc", "--ctrepldst", "--ctorigsrcport",
                    "--ctorigdstport", "--ctreplsrcport", "--ctrepldstport", "--ctstatus", "--ctexpire", "--ctdir" ->
                {
                    if (!"conntrack".equals(conntrackName))
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    throw refuse("iptables -m conntrack " + word, "nslab matches --ctstate");
                }
                case "--src-type", "--dst-type" ->
                {
                    if (addressTypeIndex < 0)
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    final boolean source = option.equals("--src-type");
                    if (source ? sourceTypes != 0 : destinationTypes != 0)
                    {
                        throw problemWithEmptyLine("addrtype: option \"" + word + "\" can only be used once.");
                    }
                    final int types = addressTypes(value(words, ++i, word));
                    if (source)
                    {
                        sourceTypes = types;
                        sourceTypesInverted = invert;
                    }
                    else
                    {
                        destinationTypes = types;
                        destinationTypesInverted = invert;
                    }
                    matches.set(addressTypeIndex, new AddressTypeMatch(sourceTypes, sourceTypesInverted,
                        destinationTypes, destinationTypesInverted));
                }
                case "--limit-iface-in", "--limit-iface-out" ->
                {
                    if (addressTypeIndex < 0)
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    throw refuse("iptables -m addrtype " + word, null);
                }
                case "--to-source", "--to-destination" ->
                {
                    final Target.Kind wanted = option.equals("--to-source") ? Target.Kind.SNAT : Target.Kind.DNAT;
                    if (natKind != wanted)
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    if (natRange != null)
                    {
                        throw problemWithEmptyLine(wanted + ": option \"" + word + "\" can only be used once.");
                    }
                    natRange = natRange(value(words, ++i, word), wanted);
                    target = wanted == Target.Kind.SNAT ? Target.snat(natRange) : Target.dnat(natRange);
                }
                case "--to-ports", "--random", "--random-fully", "--persistent" ->
                {
                    if (natKind == null || option.equals("--to-ports") && natKind != Target.Kind.MASQUERADE
                        || option.equals("--persistent") && natKind == Target.Kind.MASQUERADE)
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    throw refuse("iptables -j " + natKind + " " + word, "nslab maps to one address, its own ports");
                }
                case "--reject-with" ->
                {
                    if (!targetIsReject)
                    {
                        throw problem("unknown option \"" + word + "\"");
                    }
                    target = Target.reject(rejectType(value(words, ++i, word)));
                }
                default -> throw unknownOption(word);
            }
            if (invert && !Set.of("-s", "-d", "-i", "-o", "-p", "--sport", "--dport", "--icmp-type", "--ctstate",
                "--state", "--src-type", "--dst-type").contains(option))
            {
                throw refuse("iptables ! " + word, null);
            }
            invert = false;
        }
        if (invert)
        {
            throw problem("nothing appropriate following !");
        }
    }

    private Stop unknownOption(final String word)
    {
        if (word.startsWith("--"))
        {
            final String name = word.substring(2);
            if (Set.of("append", "check", "delete", "insert", "replace", "list", "list-rules", "flush", "zero",
                "new-chain", "delete-chain", "rename-chain", "policy", "table", "numeric", "verbose", "exact",
                "source", "src", "destination", "dst", "in-interface", "out-interface", "protocol", "jump", "match",
                "goto", "fragment", "set-counters", "wait", "wait-interval", "modprobe", "help", "version",
                "ipv4", "ipv6", "source-port", "destination-port", "syn", "tcp-flags", "tcp-option").contains(name))
            {
                return refuse("iptables " + word, "nslab reads iptables' short options");
            }
            return problem("unknown option \"" + word + "\"");
        }
        if (word.length() == 2 && "CgfcwWhV46M".indexOf(word.charAt(1)) >= 0)
        {
            return refuse("iptables " + word, null);
        }
        if (word.length() > 2 && "ADIRNEPtsdiopjm".indexOf(word.charAt(1)) >= 0)
        {
            return refuse("iptables " + word, "an option joined to its value");
        }
        if (word.length() > 2)
        {
            return refuse("iptables " + word, "options run together");
        }
        return problem("unknown option \"" + word + "\"");
    }

    /** Long options that are the same as a short one here. */
    private static String canonical(final String word)
    {
        return switch (word)
        {
            case "--source-port" -> "--sport";
            case "--destination-port" -> "--dport";
            default -> word;
        };
    }

    private void setCommand(final char letter)
    {
        if (command != 0)
        {
            throw refuse("iptables -" + command + " -" + letter, "one command at a time");
        }
        command = letter;
    }

    private static boolean hasArgument(final List<String> words, final int index)
    {
        return index < words.size() && !words.get(index).startsWith("-") && !words.get(index).startsWith("!");
    }

    private String value(final List<String> words, final int index, final String option)
    {
        if (index >= words.size())
        {
            throw problem("option \"" + option + "\" requires an argument");
        }
        return words.get(index);
    }

    private void once(final String option, final boolean seen)
    {
        if (seen)
        {
            throw problem("multiple " + option + " flags not allowed");
        }
        optionsSeen.add(option);
    }

    private void readProtocol(final String text)
    {
        final String lower = text.toLowerCase(Locale.ROOT);
        switch (lower)
        {
            case "all", "0" -> protocol = 0;
            case "icmp", "1" -> protocol = 1;
            case "tcp", "6" -> protocol = 6;
            case "udp", "17" -> protocol = 17;
            default ->
            {
                if (OTHER_PROTOCOLS.contains(lower) || lower.matches("[0-9]+"))
                {
                    throw refuse("iptables -p " + text, "nslab filters icmp, tcp and udp");
                }
                throw problem("unknown protocol \"" + text + "\" specified");
            }
        }
        protocolName = lower;
    }

    private void readTarget(final String name)
    {
        switch (name)
        {
            case "ACCEPT" -> target = Target.ACCEPT;
            case "DROP" -> target = Target.DROP;
            case "RETURN" -> target = Target.RETURN;
            case "REJECT" ->
            {
                targetIsReject = true;
                target = Target.reject(RejectType.PORT_UNREACHABLE);
            }
            case "MASQUERADE" ->
            {
                natKind = Target.Kind.MASQUERADE;
                target = Target.MASQUERADE;
            }
            case "SNAT", "DNAT" ->
            {
                natKind = Target.Kind.valueOf(name);
                // A placeholder until --to-source or --to-destination gives the range (checked after the loop).
                target = Target.ACCEPT;
            }
            default ->
            {
                if (OTHER_EXTENSIONS.contains(name))
                {
                    throw refuse("iptables -j " + name, "nslab has ACCEPT, DROP, RETURN, REJECT, SNAT, DNAT, "
                        + "MASQUERADE and user chains");
                }
                if (name.isEmpty() || name.startsWith("-"))
                {
                    throw refuse("iptables -j " + name, null);
                }
                jumpChain = name;
                target = Target.jump(name);
            }
        }
    }

    private RejectType rejectType(final String text)
    {
        final String[][] table = {
            {"icmp-net-unreachable", "net-unreach"}, {"icmp-host-unreachable", "host-unreach"},
            {"icmp-port-unreachable", "port-unreach"}, {"icmp-proto-unreachable", "proto-unreach"},
            {"icmp-net-prohibited", "net-prohib"}, {"icmp-host-prohibited", "host-prohib"},
            {"tcp-reset", "tcp-rst"}, {"icmp-admin-prohibited", "admin-prohib"}};
        for (final String[] entry : table)
        {
            if (entry[0].regionMatches(true, 0, text, 0, text.length()) && text.length() <= entry[0].length()
                || entry[1].regionMatches(true, 0, text, 0, text.length()) && text.length() <= entry[1].length())
            {
                for (final RejectType type : RejectType.values())
                {
                    if (type.iptablesName().equals(entry[0]))
                    {
                        return type;
                    }
                }
                throw refuse("iptables --reject-with " + text, "TCP resets: nslab has no TCP");
            }
        }
        throw problem("unknown reject type \"" + text + "\"");
    }

    private void loadMatch(final String name)
    {
        switch (name)
        {
            case "addrtype" ->
            {
                if (addressTypeIndex < 0)
                {
                    addressTypeIndex = matches.size();
                    matches.add(new AddressTypeMatch(0, false, 0, false));
                }
            }
            case "conntrack", "state" ->
            {
                if (conntrackName != null)
                {
                    throw refuse("iptables -m " + conntrackName + " -m " + name, "one conntrack or state match a rule");
                }
                conntrackName = name;
                conntrackIndex = matches.size();
                matches.add(new ConntrackMatch(0, false, name.equals("state")));
            }
            case "comment" ->
            {
                if (!commentLoaded)
                {
                    commentLoaded = true;
                    matches.add(new CommentMatch(""));
                }
            }
            case "icmp" ->
            {
                if (protocol != 1)
                {
                    throw refuse("iptables -m icmp", "without -p icmp before it");
                }
                if (!icmpLoaded)
                {
                    icmpLoaded = true;
                    matches.add(null);
                }
            }
            case "tcp", "udp" ->
            {
                if (protocol != (name.equals("tcp") ? 6 : 17))
                {
                    throw refuse("iptables -m " + name, "without -p " + name + " before it");
                }
                loadPorts();
            }
            default ->
            {
                if (OTHER_EXTENSIONS.contains(name))
                {
                    throw refuse("iptables -m " + name,
                        "nslab matches icmp, tcp, udp, comment, conntrack, state and addrtype");
                }
                throw problemWithEmptyLine("Couldn't load match `" + name + "':No such file or directory");
            }
        }
    }

    /** An option of icmp, tcp or udp without its {@code -m}: iptables loads the match named by {@code -p}. */
    private void implicitMatch(final String word, final boolean protocolFits)
    {
        if (!protocolFits)
        {
            throw problem("unknown option \"" + word + "\"");
        }
        if (protocol == 6 || protocol == 17)
        {
            loadPorts();
        }
    }

    private void loadPorts()
    {
        if (!portsLoaded)
        {
            portsLoaded = true;
            portsIndex = matches.size();
            matches.add(null);
            updatePorts();
        }
    }

    private void updatePorts()
    {
        final int[] source = sourcePorts == null ? new int[] {0, 0xFFFF} : sourcePorts;
        final int[] destination = destinationPorts == null ? new int[] {0, 0xFFFF} : destinationPorts;
        matches.set(portsIndex, new PortMatch(protocol, source[0], source[1], sourcePortsInverted, destination[0],
            destination[1], destinationPortsInverted));
    }

    private int indexOfComment()
    {
        for (int i = 0; i < matches.size(); i++)
        {
            if (matches.get(i) instanceof CommentMatch)
            {
                return i;
            }
        }
        throw new IllegalStateException("no comment match");
    }

    private int indexOfIcmp()
    {
        for (int i = 0; i < matches.size(); i++)
        {
            if (matches.get(i) == null || matches.get(i) instanceof IcmpMatch)
            {
                return i;
            }
        }
        throw new IllegalStateException("no icmp match");
    }

    /**
     * libxt_conntrack's state list: names separated by commas, in any case (strcasecmp); {@code -m state} knows
     * INVALID, NEW, ESTABLISHED, RELATED and UNTRACKED, {@code -m conntrack} SNAT and DNAT too.
     */
    private int conntrackStates(final String text, final boolean state)
    {
        int states = 0;
        for (final String part : text.split(",", -1))
        {
            final int bit = switch (part.toUpperCase(Locale.ROOT))
            {
                case "INVALID" -> ConntrackInfo.STATE_INVALID;
                case "NEW" -> ConntrackInfo.STATE_NEW;
                case "ESTABLISHED" -> ConntrackInfo.STATE_ESTABLISHED;
                case "RELATED" -> ConntrackInfo.STATE_RELATED;
                case "UNTRACKED" -> ConntrackInfo.STATE_UNTRACKED;
                case "SNAT" -> state ? 0 : ConntrackInfo.STATE_SNAT;
                case "DNAT" -> state ? 0 : ConntrackInfo.STATE_DNAT;
                default -> 0;
            };
            if (bit == 0)
            {
                throw problem((state ? "Bad state \"" : "Bad ctstate \"") + part + "\"");
            }
            states |= bit;
        }
        return states;
    }

    /** libxt_addrtype's type list: RTN_* names, any case, separated by commas; a bit each. */
    private int addressTypes(final String text)
    {
        int types = 0;
        for (final String part : text.split(",", -1))
        {
            int bit = 0;
            for (int type = 0; type < AddressTypeMatch.TYPE_NAMES.length; type++)
            {
                if (AddressTypeMatch.TYPE_NAMES[type].equalsIgnoreCase(part))
                {
                    bit = 1 << type;
                }
            }
            if (bit == 0)
            {
                throw problem("addrtype: bad type \"" + part + "\"");
            }
            types |= bit;
        }
        return types;
    }

    /** xt_nat's {@code A.B.C.D[:PORT]}: one address; a port only for a DNAT of a TCP or UDP rule. */
    private NatRange natRange(final String text, final Target.Kind kind)
    {
        final int colon = text.indexOf(':');
        final String host = colon < 0 ? text : text.substring(0, colon);
        if (host.indexOf('-') >= 0)
        {
            throw refuse("iptables -j " + kind + " " + text, "address ranges");
        }
        if (!QUAD.matcher(host).matches() || host.matches(".*(^|\\.)0[0-9].*") || !validQuad(host))
        {
            if (host.matches("[0-9.]*") && !host.isEmpty())
            {
                throw problem("Bad IP address \"" + host + "\"");
            }
            if (host.isEmpty() || host.chars().anyMatch(c -> c == '[' || c == '/'))
            {
                throw refuse("iptables -j " + kind + " " + text, null);
            }
            throw problem("Bad IP address \"" + host + "\"");
        }
        int port = -1;
        if (colon >= 0)
        {
            if (protocol != 6 && protocol != 17)
            {
                throw problem("Need TCP, UDP, SCTP or DCCP with port specification");
            }
            final String ports = text.substring(colon + 1);
            if (kind != Target.Kind.DNAT || !ports.matches("[0-9]{1,5}") || Integer.parseInt(ports) == 0
                || Integer.parseInt(ports) > 0xFFFF)
            {
                throw refuse("iptables -j " + kind + " " + text, "nslab maps ports for DNAT, one port");
            }
            port = Integer.parseInt(ports);
        }
        return new NatRange(quad(host), port);
    }

    /** xtables_parse_port for a range: {@code A}, {@code A:B}, {@code :B}, {@code A:}, numbers or service names. */
    private int[] ports(final String text)
    {
        final int colon = text.indexOf(':');
        if (colon < 0)
        {
            final int port = port(text);
            return new int[] {port, port};
        }
        final int low = colon == 0 ? 0 : port(text.substring(0, colon));
        final int high = colon == text.length() - 1 ? 0xFFFF : port(text.substring(colon + 1));
        if (low > high)
        {
            throw refuse("iptables --dport " + text, "a reversed range");
        }
        return new int[] {low, high};
    }

    private int port(final String text)
    {
        if (text.matches("[0-9]{1,5}"))
        {
            final int value = Integer.parseInt(text);
            if (value <= 0xFFFF)
            {
                return value;
            }
        }
        else
        {
            final int named = Services.port(text);
            if (named >= 0)
            {
                return named;
            }
        }
        throw problem("invalid port/service `" + text + "' specified");
    }

    // --------------------------------------------------------------------------------------- after the loop

    private void finish()
    {
        if (command == 0)
        {
            throw problem("no command specified");
        }
        if (!table.equals("filter") && !table.equals("nat"))
        {
            if (Set.of("mangle", "raw", "security").contains(table))
            {
                throw refuse("iptables -t " + table, "nslab has the filter and nat tables");
            }
            error = List.of(PREFIX + "table '" + table + "' does not exist",
                "Perhaps iptables or your kernel needs to be upgraded.");
            exitCode = 3;
            throw new Stop();
        }
        if (commentLoaded && comment == null)
        {
            throw refuse("iptables -m comment", "without --comment");
        }
        if (icmpLoaded && !icmpTypeGiven)
        {
            throw refuse("iptables -m icmp", "without --icmp-type");
        }
        if (addressTypeIndex >= 0 && sourceTypes == 0 && destinationTypes == 0)
        {
            throw problem("addrtype: you must specify --src-type or --dst-type");
        }
        if (conntrackName != null && !conntrackStateGiven)
        {
            if (conntrackName.equals("state"))
            {
                throw problemWithEmptyLine("state: option \"--state\" must be specified");
            }
            throw problem("conntrack: At least one option is required");
        }
        if ((natKind == Target.Kind.SNAT || natKind == Target.Kind.DNAT) && natRange == null)
        {
            throw problemWithEmptyLine(natKind + ": option \"" + (natKind == Target.Kind.SNAT ? "--to-source"
                : "--to-destination") + "\" must be specified");
        }
        if (table.equals("nat") && (target.kind() == Target.Kind.DROP
            || command == 'P' && argument != null && argument.equals("DROP")))
        {
            error = List.of(PREFIX, "The \"nat\" table is not intended for filtering, the use of DROP is therefore "
                + "inhibited.", "", "", TRY);
            exitCode = 2;
            throw new Stop();
        }
        final boolean ruleCommand = "AIDR".indexOf(command) >= 0 && !(command == 'D' && ruleNumber != null);
        int source = 0;
        int sourcePrefix = 0;
        int destination = 0;
        int destinationPrefix = 0;
        if (ruleCommand)
        {
            if (sourceText != null)
            {
                final long parsed = address(sourceText);
                source = (int) (parsed >>> 8);
                sourcePrefix = (int) (parsed & 0xFF);
            }
            if (destinationText != null)
            {
                final long parsed = address(destinationText);
                destination = (int) (parsed >>> 8);
                destinationPrefix = (int) (parsed & 0xFF);
            }
        }
        checkOptions();
        if (chain != null && chain.length() > RuleTable.MAX_CHAIN_NAME)
        {
            throw problem("chain name `" + chain + "' too long (must be under 29 chars)");
        }
        if (command == 'E' && argument.length() > RuleTable.MAX_CHAIN_NAME)
        {
            throw problem("chain name `" + argument + "' too long (must be under 29 chars)");
        }
        if (command == 'N' && (chain.startsWith("!") || chain.isEmpty()))
        {
            throw refuse("iptables -N " + chain, null);
        }
        if (ruleCommand)
        {
            if (chain.equals("PREROUTING") || chain.equals("INPUT"))
            {
                if (outInterface != null)
                {
                    throw problemWithEmptyLine("Can't use -o with " + chain);
                }
            }
            if (chain.equals("POSTROUTING") || chain.equals("OUTPUT"))
            {
                if (inInterface != null)
                {
                    throw problemWithEmptyLine("Can't use -i with " + chain);
                }
            }
            rule = new RuleSpec(source, sourcePrefix, sourceInverted, destination, destinationPrefix,
                destinationInverted, inInterface, outInterface, protocol, protocolInverted, matches, target);
        }
    }

    /** generic_opt_check: which options a command takes. */
    private void checkOptions()
    {
        final boolean ruleCommand = "AIDR".indexOf(command) >= 0 && !(command == 'D' && ruleNumber != null);
        if (!ruleCommand)
        {
            for (final String option : optionsSeen)
            {
                throw problem("Illegal option `" + option + "' with this command");
            }
            if (target != Target.NONE || !matches.isEmpty())
            {
                throw refuse("iptables -" + command + " with a rule's matches or target", null);
            }
        }
        final boolean list = command == 'L';
        if (verbose && !list && command != 'S')
        {
            throw refuse("iptables -v -" + command, "nslab lists with -v; it does not echo rules");
        }
        if (numeric && !list)
        {
            throw problem("Illegal option `-n' with this command");
        }
        if (exact && !list)
        {
            throw problem("Illegal option `-x' with this command");
        }
        if (lineNumbers && !list)
        {
            throw problem("Illegal option `--line-numbers' with this command");
        }
    }

    /** @return address << 8 | prefix length, as xtables_ipparse_any reads {@code A.B.C.D[/MASK]}. */
    private long address(final String text)
    {
        final int slash = text.indexOf('/');
        final String host = slash < 0 ? text : text.substring(0, slash);
        int prefix = 32;
        if (slash >= 0)
        {
            final String mask = text.substring(slash + 1);
            if (mask.matches("[0-9]{1,2}") && Integer.parseInt(mask) <= 32)
            {
                prefix = Integer.parseInt(mask);
            }
            else if (QUAD.matcher(mask).matches() && validQuad(mask))
            {
                final int bits = quad(mask);
                final int length = Integer.bitCount(bits);
                if (RuleSpec.mask(length) != bits)
                {
                    throw refuse("iptables -s " + text, "a mask that is not a prefix");
                }
                prefix = length;
            }
            else if (mask.matches("[0-9]+"))
            {
                throw problem("invalid mask `" + mask + "' specified");
            }
            else
            {
                throw refuse("iptables -s " + text, "a mask nslab does not read");
            }
        }
        if (!QUAD.matcher(host).matches() || host.matches(".*(^|\\.)0[0-9].*"))
        {
            throw refuse("iptables -s " + host, "nslab reads dotted-quad decimal addresses only");
        }
        if (!validQuad(host))
        {
            throw problem("host/network `" + host + "' not found");
        }
        return ((long) (quad(host) & RuleSpec.mask(prefix)) & 0xFFFF_FFFFL) << 8 | prefix;
    }

    private static int quad(final String text)
    {
        int value = 0;
        for (final String part : text.split("\\."))
        {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }

    private static boolean validQuad(final String host)
    {
        for (final String part : host.split("\\."))
        {
            if (Integer.parseInt(part) > 255)
            {
                return false;
            }
        }
        return true;
    }
}
