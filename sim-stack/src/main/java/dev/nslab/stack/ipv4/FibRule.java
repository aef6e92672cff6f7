package dev.nslab.stack.ipv4;

import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * One IPv4 policy routing rule ({@code ip rule}; struct fib_rule and fib4_rule): a selector (source and destination
 * prefixes, input and output device names, inverted by {@code not}) and an action (look a table up, or fail). Its
 * devices are held by name, as the kernel holds {@code iifname}: a rule naming a device that does not exist is
 * detached and matches nothing until a device of that name appears.
 */
public final class FibRule
{
    /** FR_ACT_*: what a matching rule does. */
    public enum Action
    {
        /** FR_ACT_TO_TBL: look the rule's table up; no route there (or a throw route) goes on to the next rule. */
        TO_TABLE(1, null),
        /** FR_ACT_BLACKHOLE: fib4_rule_action returns -EINVAL. */
        BLACKHOLE(6, Errno.EINVAL),
        /** FR_ACT_UNREACHABLE: -ENETUNREACH (a route of that type gives -EHOSTUNREACH). */
        UNREACHABLE(7, Errno.ENETUNREACH),
        /** FR_ACT_PROHIBIT: -EACCES. */
        PROHIBIT(8, Errno.EACCES);

        private final int value;
        private final Errno error;

        Action(final int value, final Errno error)
        {
            this.value = value;
            this.error = error;
        }

        /** @return the FR_ACT_* number, which is also the RTN_* number {@code ip rule} names it by. */
        public int value()
        {
            return value;
        }

        /** @return what a lookup stopped by this action fails with, or null for {@link #TO_TABLE}. */
        public Errno error()
        {
            return error;
        }
    }

    final int priority;
    final boolean invert;
    final int source;
    final int sourceLength;
    final int destination;
    final int destinationLength;
    /** {@code iif NAME}, or null. */
    final String inputDevice;
    /** {@code oif NAME}, or null. */
    final String outputDevice;
    /** The table id (unsigned); 0 for an action that looks no table up and names none. */
    final int table;
    final Action action;
    final Route.Protocol protocol;
    /** The table once it exists (tables are never destroyed), so lookups need not find it by id each time. */
    FibTable tableFound;

    FibRule(final int priority, final boolean invert, final int source, final int sourceLength,
        final int destination, final int destinationLength, final String inputDevice, final String outputDevice,
        final int table, final Action action, final Route.Protocol protocol)
    {
        this.priority = priority;
        this.invert = invert;
        this.source = source;
        this.sourceLength = sourceLength;
        this.destination = destination;
        this.destinationLength = destinationLength;
        this.inputDevice = inputDevice;
        this.outputDevice = outputDevice;
        this.table = table;
        this.action = action;
        this.protocol = protocol;
    }

    /**
     * fib_rule_match + fib4_rule_match: devices by name, then the prefixes (the stored addresses are not masked,
     * the comparison is), the whole inverted by {@code not}.
     *
     * @param input  the flow's input device: lo for locally generated traffic (LOOPBACK_IFINDEX).
     * @param output the device the socket is bound to, or null.
     */
    boolean matches(final int destinationAddress, final int sourceAddress, final NetDevice input,
        final NetDevice output)
    {
        final boolean matched = (inputDevice == null || input != null && inputDevice.equals(input.name()))
            && (outputDevice == null || output != null && outputDevice.equals(output.name()))
            && ((sourceAddress ^ source) & Prefix.mask(sourceLength)) == 0
            && ((destinationAddress ^ destination) & Prefix.mask(destinationLength)) == 0;
        return matched != invert;
    }

    /** @return the preference (unsigned 32 bits in an int). */
    public int priority()
    {
        return priority;
    }

    public boolean inverted()
    {
        return invert;
    }

    /** @return the {@code from} address as given (not masked). */
    public int source()
    {
        return source;
    }

    /** @return the {@code from} prefix length, 0 for {@code from all}. */
    public int sourceLength()
    {
        return sourceLength;
    }

    public int destination()
    {
        return destination;
    }

    public int destinationLength()
    {
        return destinationLength;
    }

    /** @return the {@code iif} name, or null. */
    public String inputDevice()
    {
        return inputDevice;
    }

    /** @return the {@code oif} name, or null. */
    public String outputDevice()
    {
        return outputDevice;
    }

    /** @return the table (unsigned 32 bits in an int), 0 when none. */
    public int table()
    {
        return table;
    }

    public Action action()
    {
        return action;
    }

    public Route.Protocol protocol()
    {
        return protocol;
    }
}
