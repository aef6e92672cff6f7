package dev.nslab.stack.netfilter;

import java.util.Objects;

/**
 * {@code -i}/{@code -o NAME}: a device name as iptables stores it, exact, or a prefix when it ends in {@code +}
 * (xtables_parse_interface's mask; nft's {@code iifname "veth*"}); a lone {@code +} matches every name.
 *
 * @param written  the name as iptables prints it back ({@code veth+}).
 * @param inverted {@code !}: the rule matches every other name.
 */
public record InterfaceMatch(String written, boolean inverted)
{
    public InterfaceMatch
    {
        Objects.requireNonNull(written, "written");
    }

    /** @param name the device's name, empty when the hook has no such device (no input device in OUTPUT). */
    public boolean matches(final String name)
    {
        final int last = written.length() - 1;
        final boolean same = last >= 0 && written.charAt(last) == '+'
            ? name.regionMatches(0, written, 0, last)
            : written.equals(name);
        return same != inverted;
    }
}
