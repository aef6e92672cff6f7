package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.NetNamespace;

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
    private static final String[] OBJECTS = {
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
        boolean brief = false;
        int statistics = 0;
        int details = 0;
        boolean oneline = false;
        boolean all = false;
        int index = 0;
        while (index < arguments.size())
        {
            String option = arguments.get(index);
            if (option.equals("--"))
            {
                index++;
                break;
            }
            if (!option.startsWith("-"))
            {
                break;
            }
            if (option.startsWith("--"))
            {
                option = option.substring(1);
            }
            if (Keywords.matches(option, "-loops"))
            {
                index++;
            }
            else if (Keywords.matches(option, "-family"))
            {
                index++;
                final String family = index < arguments.size() ? arguments.get(index) : "";
                if (family.equals("inet"))
                {
                    inetOnly = true;
                }
                else
                {
                    throw notEmulated(out, "ip -family " + family);
                }
            }
            else if (option.equals("-4"))
            {
                inetOnly = true;
            }
            else if (option.equals("-6") || option.equals("-0") || option.equals("-M") || option.equals("-B"))
            {
                throw notEmulated(out, "ip " + option + " (nslab simulates IPv4 only)");
            }
            else if (Keywords.matches(option, "-human") || Keywords.matches(option, "-human-readable")
                || Keywords.matches(option, "-iec"))
            {
                throw notEmulated(out, "ip " + option);
            }
            else if (Keywords.matches(option, "-stats") || Keywords.matches(option, "-statistics"))
            {
                statistics++;
            }
            else if (Keywords.matches(option, "-details"))
            {
                details++;
            }
            else if (Keywords.matches(option, "-resolve") || Keywords.matches(option, "-Numeric"))
            {
                // Names are never resolved in a sandbox without DNS: nothing changes.
            }
            else if (Keywords.matches(option, "-oneline"))
            {
                oneline = true;
            }
            else if (Keywords.matches(option, "-Version"))
            {
                out.line("ip utility, iproute2-6.1.0, libbpf 1.1.2");
                return 0;
            }
            else if (Keywords.matches(option, "-brief"))
            {
                brief = true;
            }
            else if (Keywords.matches(option, "-timestamp") || Keywords.matches(option, "-tshort")
                || Keywords.matches(option, "-force") || Keywords.matches(option, "-batch")
                || Keywords.matches(option, "-json") || Keywords.matches(option, "-pretty")
                || Keywords.matches(option, "-rcvbuf") || Keywords.matches(option, "-color"))
            {
                throw notEmulated(out, "ip " + option);
            }
            else if (Keywords.matches(option, "-help"))
            {
                throw out.fail(USAGE, 255);
            }
            else if (Keywords.matches(option, "-netns"))
            {
                index++;
                final NetNamespace namespace =
                    invocation.openNamespace(index < arguments.size() ? arguments.get(index) : null);
                invocation = invocation.in(namespace);
            }
            else if (Keywords.matches(option, "-all"))
            {
                all = true;
            }
            else
            {
                throw out.fail("Option \"" + option + "\" is unknown, try \"ip -help\".", 255);
            }
            index++;
        }
        if (index >= arguments.size())
        {
            throw out.fail(USAGE, 255);
        }
        final IpOptions options = new IpOptions(inetOnly, brief, statistics, details, oneline, all);
        final String object = arguments.get(index);
        final List<String> rest = arguments.subList(index + 1, arguments.size());
        return switch (objectOf(object))
        {
            case "address" -> AddressCommand.run(rest, options, invocation);
            case "route" -> RouteCommand.run(rest, options, invocation);
            case "neighbor", "neighbour" -> NeighbourCommand.run(rest, options, invocation);
            case "link" -> LinkCommand.run(rest, options, invocation);
            case "tuntap", "tap" -> TuntapCommand.run(rest, invocation);
            case "netns" -> NetnsCommand.run(rest, options, invocation);
            case "help" -> throw out.fail(USAGE, 255);
            case "" -> throw out.fail("Object \"" + object + "\" is unknown, try \"ip help\".", 1);
            default -> throw notEmulated(out, "ip " + objectOf(object));
        };
    }

    private static String objectOf(final String word)
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

    /** Something real ip accepts that nslab does not model: one plain line, exit 2. */
    static CommandExit notEmulated(final Output out, final String what)
    {
        return out.fail("nslab: '" + what + "' is not emulated", 2);
    }
}
