package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.netfilter.IcmpMatch;

/**
 * The ICMP type names of iptables 1.8.9 (libxtables' xt_icmp names, in its order): what {@code --icmp-type}
 * accepts (a case-insensitive prefix of one name, or TYPE[/CODE]) and what {@code -L} without {@code -n} prints.
 */
final class IcmpTypes
{
    /** One name: a type and the code range it stands for. */
    record Name(String name, int type, int codeMin, int codeMax)
    {
    }

    static final List<Name> NAMES = List.of(
        new Name("any", 0xFF, 0, 0xFF),
        new Name("echo-reply", 0, 0, 0xFF),
        new Name("pong", 0, 0, 0xFF),
        new Name("destination-unreachable", 3, 0, 0xFF),
        new Name("network-unreachable", 3, 0, 0),
        new Name("host-unreachable", 3, 1, 1),
        new Name("protocol-unreachable", 3, 2, 2),
        new Name("port-unreachable", 3, 3, 3),
        new Name("fragmentation-needed", 3, 4, 4),
        new Name("source-route-failed", 3, 5, 5),
        new Name("network-unknown", 3, 6, 6),
        new Name("host-unknown", 3, 7, 7),
        new Name("network-prohibited", 3, 9, 9),
        new Name("host-prohibited", 3, 10, 10),
        new Name("TOS-network-unreachable", 3, 11, 11),
        new Name("TOS-host-unreachable", 3, 12, 12),
        new Name("communication-prohibited", 3, 13, 13),
        new Name("host-precedence-violation", 3, 14, 14),
        new Name("precedence-cutoff", 3, 15, 15),
        new Name("source-quench", 4, 0, 0xFF),
        new Name("redirect", 5, 0, 0xFF),
        new Name("network-redirect", 5, 0, 0),
        new Name("host-redirect", 5, 1, 1),
        new Name("TOS-network-redirect", 5, 2, 2),
        new Name("TOS-host-redirect", 5, 3, 3),
        new Name("echo-request", 8, 0, 0xFF),
        new Name("ping", 8, 0, 0xFF),
        new Name("router-advertisement", 9, 0, 0xFF),
        new Name("router-solicitation", 10, 0, 0xFF),
        new Name("time-exceeded", 11, 0, 0xFF),
        new Name("ttl-exceeded", 11, 0, 0xFF),
        new Name("ttl-zero-during-transit", 11, 0, 0),
        new Name("ttl-zero-during-reassembly", 11, 1, 1),
        new Name("parameter-problem", 12, 0, 0xFF),
        new Name("ip-header-bad", 12, 0, 0),
        new Name("required-option-missing", 12, 1, 1),
        new Name("timestamp-request", 13, 0, 0xFF),
        new Name("timestamp-reply", 14, 0, 0xFF),
        new Name("address-mask-request", 17, 0, 0xFF),
        new Name("address-mask-reply", 18, 0, 0xFF));

    private IcmpTypes()
    {
    }

    /**
     * @return the match for {@code --icmp-type TEXT}.
     * @throws IllegalArgumentException with iptables' message when TEXT is ambiguous or unknown.
     */
    static IcmpMatch parse(final String text, final boolean inverted)
    {
        Name found = null;
        for (final Name name : NAMES)
        {
            if (name.name().regionMatches(true, 0, text, 0, text.length()) && text.length() <= name.name().length())
            {
                if (found != null)
                {
                    throw new IllegalArgumentException("Ambiguous ICMP type `" + text + "': `" + found.name()
                        + "' or `" + name.name() + "'?");
                }
                found = name;
            }
        }
        if (found != null)
        {
            return new IcmpMatch(found.type(), found.codeMin(), found.codeMax(), inverted);
        }
        final int slash = text.indexOf('/');
        final int type = byteValue(slash < 0 ? text : text.substring(0, slash));
        final int code = slash < 0 ? 0 : byteValue(text.substring(slash + 1));
        if (type < 0 || code < 0)
        {
            throw new IllegalArgumentException("Unknown ICMP type `" + text + "'");
        }
        return slash < 0 ? new IcmpMatch(type, 0, 0xFF, inverted) : new IcmpMatch(type, code, code, inverted);
    }

    /** @return the name {@code -L} prints for the type and code range, or null. */
    static String name(final IcmpMatch match)
    {
        for (final Name name : NAMES)
        {
            if (name.type() == match.type() && name.codeMin() == match.codeMin() && name.codeMax() == match.codeMax())
            {
                return name.name();
            }
        }
        return null;
    }

    private static int byteValue(final String text)
    {
        if (!text.matches("[0-9]{1,3}"))
        {
            return -1;
        }
        final int value = Integer.parseInt(text);
        return value <= 0xFF ? value : -1;
    }
}
