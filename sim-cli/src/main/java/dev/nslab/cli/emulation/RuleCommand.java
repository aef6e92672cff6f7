package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.ipv4.FibRule;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv4.RuleRequest;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * {@code ip rule}: do_iprule's verbs with iprule_modify's and iprule_list_flush_or_save's arguments and messages;
 * the kernel's answers come from the stack.
 */
final class RuleCommand
{
    /** IFNAMSIZ: a device name holds at most 15 characters. */
    private static final int NAME_SIZE = 16;

    private RuleCommand()
    {
    }

    static int run(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            return list(arguments, options, invocation, false);
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matchesAny(verb, "list", "lst", "show"))
        {
            return list(rest, options, invocation, false);
        }
        if (Keywords.matches(verb, "add"))
        {
            return modify(rest, options, invocation, true);
        }
        if (Keywords.matches(verb, "delete"))
        {
            return modify(rest, options, invocation, false);
        }
        if (Keywords.matches(verb, "flush"))
        {
            return list(rest, options, invocation, true);
        }
        throw invocation.out().fail("Command \"" + verb + "\" is unknown, try \"ip rule help\".", 255);
    }

    private static CommandExit invalid(final Output out, final String argument, final String message)
    {
        return out.fail("Error: argument \"" + argument + "\" is wrong: " + message, 255);
    }

    /** check_ifname: not empty, shorter than IFNAMSIZ, no slash nor white space. */
    private static boolean isValidName(final String name)
    {
        if (name.isEmpty() || name.length() >= NAME_SIZE)
        {
            return false;
        }
        for (int i = 0; i < name.length(); i++)
        {
            final char c = name.charAt(i);
            if (c == '/' || c == ' ' || (c >= '\t' && c <= '\r'))
            {
                return false;
            }
        }
        return true;
    }

    /** iprule_modify: {@code ip rule add|del SELECTOR ACTION}. */
    private static int modify(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean add)
    {
        final Output out = invocation.out();
        if (arguments.isEmpty())
        {
            throw out.fail("\"ip rule " + (add ? "add" : "del") + "\" requires arguments.", 1);
        }
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        final RuleRequest request = new RuleRequest();
        // iprule_modify never sets the family from an address: the messages say "any valid" unless -4.
        final boolean inet = options.inetOnly();
        boolean tableGiven = false;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("not"))
            {
                request.invert = true;
            }
            else if (word.equals("from"))
            {
                final Inet.Prefix prefix = Inet.parsePrefix(words.value(), inet, out);
                request.sourceLength = prefix.length();
                request.source = prefix.length() == 0 ? 0 : prefix.address();
            }
            else if (word.equals("to"))
            {
                final Inet.Prefix prefix = Inet.parsePrefix(words.value(), inet, out);
                request.destinationLength = prefix.length();
                request.destination = prefix.length() == 0 ? 0 : prefix.address();
            }
            else if (Keywords.matchesAny(word, "preference", "order", "priority"))
            {
                final String value = words.value();
                final Long priority = RouteNames.u32(value);
                if (priority == null)
                {
                    throw invalid(out, value, "preference value is invalid\n");
                }
                request.priorityGiven = true;
                request.priority = (int) (long) priority;
            }
            else if (Keywords.matches(word, "protocol"))
            {
                final String value = words.value();
                final Integer protocol = RouteNames.protocol(value);
                if (protocol == null)
                {
                    throw invalid(out, value, "\"protocol\" value is invalid\n");
                }
                request.protocol = protocol;
            }
            else if (Keywords.matches(word, "table") || word.equals("lookup"))
            {
                final String value = words.value();
                final Long table = RouteNames.table(value);
                if (table == null)
                {
                    throw invalid(out, value, "invalid table ID\n");
                }
                request.table = (int) (long) table;
                tableGiven = true;
            }
            else if (word.equals("dev") || word.equals("iif"))
            {
                final String value = words.value();
                if (!isValidName(value))
                {
                    throw invalid(out, value, "\"iif\"/\"dev\" not a valid ifname");
                }
                request.inputDevice = value;
            }
            else if (word.equals("oif"))
            {
                final String value = words.value();
                if (!isValidName(value))
                {
                    throw invalid(out, value, "\"oif\" not a valid ifname");
                }
                request.outputDevice = value;
            }
            else
            {
                final String action = word.equals("type") ? words.value() : word;
                final int type = RouteNames.type(action);
                if (type < 0)
                {
                    throw invalid(out, action, "Failed to parse rule type");
                }
                request.action = action(type);
                tableGiven = true;
            }
        }
        if (add && !tableGiven)
        {
            request.table = Route.Table.MAIN.id();
        }
        if (add && request.action == null)
        {
            request.action = FibRule.Action.TO_TABLE;
        }
        final NetNamespace namespace = invocation.namespace();
        try
        {
            if (add)
            {
                namespace.addRule(request);
            }
            else
            {
                namespace.deleteRule(request);
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /** The rule action with this FR_ACT_* (RTN_*) number; the gate lets no other through. */
    private static FibRule.Action action(final int type)
    {
        for (final FibRule.Action action : FibRule.Action.values())
        {
            if (action.value() == type)
            {
                return action;
            }
        }
        throw EmulationGate.unvetted("ip rule action " + type);
    }

    /** The selector of {@code ip rule show|flush}: filter_nlmsg's tests. */
    private static final class Filter
    {
        Long priority;
        boolean invert;
        Inet.Prefix source;
        Inet.Prefix destination;
        String inputDevice;
        String outputDevice;
        long table;
        int protocol = -1;

        boolean accepts(final FibRule rule)
        {
            if (priority != null && Integer.toUnsignedLong(rule.priority()) != priority)
            {
                return false;
            }
            if (invert && !rule.inverted())
            {
                return false;
            }
            if (source != null && !covers(source, rule.source(), rule.sourceLength()))
            {
                return false;
            }
            if (destination != null && !covers(destination, rule.destination(), rule.destinationLength()))
            {
                return false;
            }
            if (inputDevice != null && !inputDevice.equals(rule.inputDevice()))
            {
                return false;
            }
            if (outputDevice != null && !outputDevice.equals(rule.outputDevice()))
            {
                return false;
            }
            return table == 0 || Integer.toUnsignedLong(rule.table()) == table;
        }

        /** The filter's prefix holds the rule's: no shorter, and the filter's bits agree. */
        private static boolean covers(final Inet.Prefix filter, final int address, final int length)
        {
            if (filter.length() > length)
            {
                return false;
            }
            return filter.length() == 0
                || ((address ^ filter.address()) & (-1 << (32 - filter.length()))) == 0;
        }
    }

    /** iprule_list_flush_or_save: list, or flush every rule with a preference (not 0) the filter accepts. */
    private static int list(final List<String> arguments, final IpOptions options, final Invocation invocation,
        final boolean flush)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        final Filter filter = new Filter();
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matchesAny(word, "preference", "order", "priority"))
            {
                final String value = words.value();
                filter.priority = RouteNames.u32(value);
                if (filter.priority == null)
                {
                    throw invalid(out, value, "preference value is invalid\n");
                }
            }
            else if (word.equals("not"))
            {
                filter.invert = true;
            }
            else if (word.equals("dev") || word.equals("iif"))
            {
                final String value = words.value();
                if (!isValidName(value))
                {
                    throw invalid(out, value, "\"iif\"/\"dev\" not a valid ifname");
                }
                filter.inputDevice = value;
            }
            else if (word.equals("oif"))
            {
                final String value = words.value();
                if (!isValidName(value))
                {
                    throw invalid(out, value, "\"oif\" not a valid ifname");
                }
                filter.outputDevice = value;
            }
            else if (Keywords.matches(word, "lookup") || Keywords.matches(word, "table"))
            {
                final String value = words.value();
                final Long table = RouteNames.table(value);
                if (table == null)
                {
                    throw invalid(out, value, "table id value is invalid\n");
                }
                filter.table = table;
            }
            else if (Keywords.matches(word, "from") || Keywords.matches(word, "src"))
            {
                filter.source = Inet.parsePrefix(words.value(), true, out);
            }
            else if (Keywords.matches(word, "protocol"))
            {
                final String value = words.value();
                final Integer protocol = RouteNames.protocol(value);
                if (protocol == null && !value.equals("all"))
                {
                    throw invalid(out, value, "invalid \"protocol\"\n");
                }
                filter.protocol = protocol == null ? -1 : protocol;
            }
            else
            {
                final String text = Keywords.matches(word, "dst") || Keywords.matches(word, "to") ? words.value()
                    : word;
                filter.destination = Inet.parsePrefix(text, true, out);
            }
        }
        final NetNamespace namespace = invocation.namespace();
        final List<FibRule> rules = new ArrayList<>(namespace.fib().rules());
        final Listing listing = flush ? null : Listing.open(options, out);
        for (final FibRule rule : rules)
        {
            if (!filter.accepts(rule))
            {
                continue;
            }
            if (!flush)
            {
                RulePrinter.print(listing.begin(), rule, namespace);
                listing.fields().text("\n");
                listing.end();
                continue;
            }
            // flush_rule: the protocol filter applies here only, and a rule dumped without a preference (0) stays.
            if (filter.protocol >= 0 && rule.protocol().value() != filter.protocol || rule.priority() == 0)
            {
                continue;
            }
            try
            {
                namespace.deleteRule(deletion(rule));
            }
            catch (final NetlinkException e)
            {
                throw NetlinkErrors.fail(out, e);
            }
        }
        if (listing != null)
        {
            listing.close();
        }
        return 0;
    }

    /** The RTM_DELRULE iproute2 makes of a dumped rule: every attribute kept. */
    private static RuleRequest deletion(final FibRule rule)
    {
        final RuleRequest request = new RuleRequest();
        request.priorityGiven = true;
        request.priority = rule.priority();
        request.invert = rule.inverted();
        request.source = rule.source();
        request.sourceLength = rule.sourceLength();
        request.destination = rule.destination();
        request.destinationLength = rule.destinationLength();
        request.inputDevice = rule.inputDevice();
        request.outputDevice = rule.outputDevice();
        request.table = rule.table();
        request.action = rule.action();
        request.protocol = rule.protocol().value();
        return request;
    }
}
