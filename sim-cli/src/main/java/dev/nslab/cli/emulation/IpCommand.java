package dev.nslab.cli.emulation;

import java.util.List;

/**
 * {@code ip}: the global options (ip.c's main loop, with its prefix matching and its order), then the object
 * (ip.c's cmds[] table, first prefix match wins).
 */
final class IpCommand
{
    private static final String USAGE = String.join("\n",
        "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }",
        "       ip [ -force ] -batch filename",
        "where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |",
        "                   link | macsec | maddress | monitor | mptcp | mroute | mrule |",
        "                   neighbor | neighbour | netconf | netns | nexthop | ntable |",
        "                   ntbl | route | rule | sr | tap | tcpmetrics |",
        "                   token | tunnel | tuntap | vrf | xfrm }",
        "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |",
        "                    -h[uman-readable] | -iec | -j[son] | -p[retty] |",
        "                    -f[amily] { inet | inet6 | mpls | bridge | link } |",
        "                    -4 | -6 | -M | -B | -0 |",
        "                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |",
        "                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |",
        "                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |",
        "                    -c[olor]}");

    /** ip.c's cmds[] in order; the first one the word abbreviates is the object. */
    static final String[] OBJECTS = {
        "address", "addrlabel", "maddress", "route", "rule", "neighbor", "neighbour", "ntable", "ntbl", "link",
        "l2tp", "fou", "ila", "macsec", "tunnel", "tunl", "tuntap", "tap", "token", "tcpmetrics", "tcp_metrics",
        "monitor", "xfrm", "mroute", "mrule", "netns", "netconf", "vrf", "sr", "nexthop", "mptcp", "ioam", "help",
        "stats", "amt"};

    private IpCommand()
    {
    }

    static int run(final List<String> arguments, final Invocation start)
    {
        final Output out = start.out();
        Invocation invocation = start;
        boolean inetOnly = false;
        boolean inet6Only = false;
        boolean brief = false;
        int statistics = 0;
        int details = 0;
        boolean oneline = false;
        boolean all = false;
        boolean json = false;
        boolean pretty = false;
        final GlobalOptions.Parsed parsed = GlobalOptions.IP.parse(arguments);
        for (final GlobalOptions.Given given : parsed.given())
        {
            switch (given.option())
            {
                case NETNS -> invocation = invocation.in(invocation.openNamespace(given.value()));
                case INET ->
                {
                    inetOnly = true;
                    inet6Only = false;
                }
                case INET6 ->
                {
                    inet6Only = true;
                    inetOnly = false;
                }
                case FAMILY ->
                {
                    // the gate lets -family through for inet and inet6 only
                    inet6Only = "inet6".equals(given.value());
                    inetOnly = !inet6Only;
                }
                case STATISTICS -> statistics++;
                case DETAILS -> details++;
                case ONELINE -> oneline = true;
                case BRIEF -> brief = true;
                case ALL -> all = true;
                case JSON -> json = true;
                case PRETTY -> pretty = true;
                case VERSION ->
                {
                    out.line("ip utility, iproute2-6.1.0, libbpf 1.1.2");
                    return 0;
                }
                case HELP -> throw out.fail(USAGE, 255);
                case LOOPS ->
                {
                    // ip address flush repeats until nothing is left; the simulation needs one round.
                }
                default -> throw EmulationGate.unvetted("ip " + given.word());
            }
        }
        if (parsed.end() == GlobalOptions.End.UNKNOWN)
        {
            throw out.fail("Option \"" + parsed.unknown() + "\" is unknown, try \"ip -help\".", 255);
        }
        invocation.openedSocket(); // rtnl_open, after the options (-n NS included) and before the object
        final int index = parsed.objectIndex();
        if (parsed.end() == GlobalOptions.End.MISSING_VALUE || index >= arguments.size())
        {
            throw out.fail(USAGE, 255);
        }
        final IpOptions options = new IpOptions(inetOnly, inet6Only, brief, statistics, details, oneline, all, json, pretty);
        final String object = arguments.get(index);
        final List<String> rest = arguments.subList(index + 1, arguments.size());
        return switch (objectOf(object))
        {
            case "address" -> AddressCommand.run(rest, options, invocation);
            case "route" -> RouteCommand.run(rest, options, invocation);
            case "rule" -> RuleCommand.run(rest, options, invocation);
            case "neighbor", "neighbour" -> NeighbourCommand.run(rest, options, invocation);
            case "link" -> LinkCommand.run(rest, options, invocation);
            case "tuntap", "tap" -> TuntapCommand.run(rest, invocation);
            case "netns" -> NetnsCommand.run(rest, options, invocation);
            case "help" -> throw out.fail(USAGE, 255);
            case "" -> throw out.fail("Object \"" + object + "\" is unknown, try \"ip help\".", 1);
            default -> throw EmulationGate.unvetted("ip " + objectOf(object));
        };
    }

    /** @return the object {@code word} abbreviates, or "" for none. */
    static String objectOf(final String word)
    {
        for (final String object : OBJECTS)
        {
            if (Keywords.matches(word, object))
            {
                return object;
            }
        }
        return "";
    }
}
