package dev.nslab.cli.emulation;

import dev.nslab.stack.FibRule;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Route;

/** iprule.c's print_rule: {@code PRIO:<tab>[not ]from SRC[ to DST][ iif D][ oif D][ lookup T][ ACTION][ proto P]}. */
final class RulePrinter
{
    private RulePrinter()
    {
    }

    /** One rule as {@code ip rule} lists it; a device name no device has is {@code [detached]}. */
    static String format(final FibRule rule, final NetNamespace namespace)
    {
        final StringBuilder line = new StringBuilder();
        line.append(Integer.toUnsignedString(rule.priority())).append(":\t");
        if (rule.inverted())
        {
            line.append("not ");
        }
        line.append("from ");
        if (rule.sourceLength() != 0)
        {
            line.append(prefix(rule.source(), rule.sourceLength()));
        }
        else
        {
            line.append("all");
        }
        if (rule.destinationLength() != 0)
        {
            line.append(" to ").append(prefix(rule.destination(), rule.destinationLength()));
        }
        device(line, " iif ", rule.inputDevice(), namespace);
        device(line, " oif ", rule.outputDevice(), namespace);
        if (rule.table() != 0)
        {
            line.append(" lookup ").append(RouteNames.tableName(rule.table()));
        }
        if (rule.action() != FibRule.Action.TO_TABLE)
        {
            line.append(' ').append(RouteNames.typeName(rule.action().value()));
        }
        final Route.Protocol protocol = rule.protocol();
        if (protocol != Route.Protocol.UNSPEC && protocol != Route.Protocol.KERNEL)
        {
            line.append(" proto ").append(protocol.label());
        }
        return line.toString();
    }

    private static String prefix(final int address, final int length)
    {
        return length == 32 ? Inet.format(address) : Inet.format(address) + "/" + length;
    }

    private static void device(final StringBuilder line, final String label, final String name,
        final NetNamespace namespace)
    {
        if (name != null)
        {
            line.append(label).append(name);
            if (namespace.device(name) == null)
            {
                line.append(" [detached]");
            }
        }
    }
}
