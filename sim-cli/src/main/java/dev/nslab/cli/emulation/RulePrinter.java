package dev.nslab.cli.emulation;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.ipv4.FibRule;
import dev.nslab.stack.ipv4.Route;

/**
 * iprule.c's print_rule, in text ({@code PRIO:<tab>[not ]from SRC[ to DST][ iif D][ oif D][ lookup T][ ACTION]
 * [ proto P]}) or JSON ({@link Fields}).
 */
final class RulePrinter
{
    private RulePrinter()
    {
    }

    /** One rule as {@code ip rule} lists it, as text; a device name no device has is {@code [detached]}. */
    static String format(final FibRule rule, final NetNamespace namespace)
    {
        final TextFields text = new TextFields(false);
        print(text, rule, namespace);
        return text.take();
    }

    /** One rule's fields, without the text's newline. */
    static void print(final Fields fields, final FibRule rule, final NetNamespace namespace)
    {
        fields.number("priority", "%d:\t", Integer.toUnsignedLong(rule.priority()));
        if (rule.inverted())
        {
            fields.nullField("not", "not ");
        }
        if (rule.sourceLength() != 0)
        {
            fields.text("from ");
            prefix(fields, "src", rule.source(), "srclen", rule.sourceLength());
        }
        else
        {
            fields.string("src", "from %s", "all");
        }
        if (rule.destinationLength() != 0)
        {
            fields.text(" to ");
            prefix(fields, "dst", rule.destination(), "dstlen", rule.destinationLength());
        }
        device(fields, "iif", rule.inputDevice(), namespace);
        device(fields, "oif", rule.outputDevice(), namespace);
        if (rule.table() != 0)
        {
            fields.string("table", " lookup %s", RouteNames.tableName(rule.table()));
        }
        if (rule.action() != FibRule.Action.TO_TABLE)
        {
            fields.string("action", " %s", RouteNames.typeName(rule.action().value()));
        }
        final Route.Protocol protocol = rule.protocol();
        if (protocol != Route.Protocol.UNSPEC && protocol != Route.Protocol.KERNEL)
        {
            fields.string("protocol", " proto %s", protocol.label());
        }
    }

    /** {@code ADDR[/LEN]}: the length only when it is not the host length. */
    private static void prefix(final Fields fields, final String key, final int address, final String lengthKey,
        final int length)
    {
        fields.string(key, "%s", Inet.format(address));
        if (length != 32)
        {
            fields.number(lengthKey, "/%d", length);
        }
    }

    private static void device(final Fields fields, final String key, final String name,
        final NetNamespace namespace)
    {
        if (name != null)
        {
            fields.text(" " + key + " ");
            fields.string(key, "%s", name);
            if (namespace.device(name) == null)
            {
                fields.nullField(key + "_detached", " [detached]");
            }
        }
    }
}
