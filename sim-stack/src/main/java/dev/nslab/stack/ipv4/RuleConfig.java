package dev.nslab.stack.ipv4;

import java.util.List;
import java.util.Objects;

import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * The policy rules of one namespace ({@code ip rule add|del}, net/core/fib_rules.c and net/ipv4/fib_rules.c):
 * fib_nl_newrule with its default preference and its duplicate check, fib_nl_delrule's first matching rule. Any
 * change makes the rules custom (fib4_rule_configure and fib4_rule_delete set fib_has_custom_rules), which unmerges
 * local and main for good. {@link Ipv4Namespace} is the public face. Simulation thread only.
 */
final class RuleConfig
{
    private final Fib fib;

    RuleConfig(final Fib fib)
    {
        this.fib = fib;
    }

    /** fib_nl_newrule with NLM_F_EXCL, as {@code ip rule add} sends it. */
    FibRule addRule(final RuleRequest request)
    {
        final List<FibRule> rules = fib.mutableRules();
        final int priority = request.priorityGiven ? request.priority : defaultPriority(rules);
        final FibRule.Action action = request.action == null ? FibRule.Action.TO_TABLE : request.action;
        final Route.Protocol protocol = Route.Protocol.of(Math.max(0, request.protocol));
        if (exists(rules, request, priority, action, protocol))
        {
            throw new NetlinkException(Errno.EEXIST);
        }
        int table = request.table;
        fib.rulesChanged();
        if (table == 0 && action == FibRule.Action.TO_TABLE)
        {
            // fib4_rule_configure: a lookup rule without a table gets the first unused one (fib_empty_table).
            table = fib.createEmptyTable().id;
        }
        final FibRule rule = new FibRule(priority, request.invert, request.source, request.sourceLength,
            request.destination, request.destinationLength, request.inputDevice, request.outputDevice, table, action,
            protocol);
        // fib_nl_newrule: after the last rule whose preference is not greater.
        int at = 0;
        while (at < rules.size() && Integer.compareUnsigned(rules.get(at).priority, priority) <= 0)
        {
            at++;
        }
        rules.add(at, rule);
        return rule;
    }

    /** fib_default_rule_pref: one less than the second rule's preference, if that is not 0; else 0. */
    private static int defaultPriority(final List<FibRule> rules)
    {
        if (rules.size() >= 2 && rules.get(1).priority != 0)
        {
            return rules.get(1).priority - 1;
        }
        return 0;
    }

    /**
     * rule_exists: same action, table, preference, devices and protocol, and fib4_rule_compare, which compares a
     * prefix only when the new rule gives one (so {@code from all} equals any source) and ignores {@code not}.
     */
    private static boolean exists(final List<FibRule> rules, final RuleRequest request, final int priority,
        final FibRule.Action action, final Route.Protocol protocol)
    {
        for (final FibRule rule : rules)
        {
            if (rule.action == action && rule.table == request.table && rule.priority == priority
                && Objects.equals(rule.inputDevice, request.inputDevice)
                && Objects.equals(rule.outputDevice, request.outputDevice) && rule.protocol == protocol
                && comparePrefixes(rule, request))
            {
                return true;
            }
        }
        return false;
    }

    /** fib4_rule_compare: the prefixes the request gives, address and length exactly as stored. */
    private static boolean comparePrefixes(final FibRule rule, final RuleRequest request)
    {
        return (request.sourceLength == 0
                || rule.sourceLength == request.sourceLength && rule.source == request.source)
            && (request.destinationLength == 0
                || rule.destinationLength == request.destinationLength && rule.destination == request.destination);
    }

    /** fib_nl_delrule: the first rule matching what the request gives (rule_find); ENOENT when none. */
    void deleteRule(final RuleRequest request)
    {
        final List<FibRule> rules = fib.mutableRules();
        for (int i = 0; i < rules.size(); i++)
        {
            final FibRule rule = rules.get(i);
            if ((request.action == null || rule.action == request.action)
                && (request.table == 0 || rule.table == request.table)
                && (!request.priorityGiven || rule.priority == request.priority)
                && (request.inputDevice == null || request.inputDevice.equals(rule.inputDevice))
                && (request.outputDevice == null || request.outputDevice.equals(rule.outputDevice))
                && (request.protocol <= 0 || rule.protocol.value() == request.protocol)
                && comparePrefixes(rule, request))
            {
                rules.remove(i);
                fib.rulesChanged();
                return;
            }
        }
        throw new NetlinkException(Errno.ENOENT);
    }
}
