package dev.nslab.stack.ipv4;

/**
 * What {@code ip rule add|del} asks of the kernel (struct fib_rule_hdr and its attributes, the ones the simulation
 * uses). Fields left at their defaults mean "not given": for an add the kernel then picks a preference, for a delete
 * they match anything.
 */
public final class RuleRequest
{
    /** Whether {@code pref} was given (FRA_PRIORITY). */
    public boolean priorityGiven;
    /** The preference, unsigned 32 bits. */
    public int priority;
    /** {@code not} (FIB_RULE_INVERT). */
    public boolean invert;
    /** {@code from}: the address as given (the kernel keeps it unmasked) and its length; length 0 is "all". */
    public int source;
    public int sourceLength;
    /** {@code to}, as {@code from}. */
    public int destination;
    public int destinationLength;
    /** {@code iif NAME}, or null. */
    public String inputDevice;
    /** {@code oif NAME}, or null. */
    public String outputDevice;
    /** The table id, unsigned; 0 when not given (an add of a table lookup with 0 gets a new empty table). */
    public int table;
    /** null when not given: a table lookup for an add, any action for a delete. */
    public FibRule.Action action;
    /** RTPROT_* 0 to 255, or -1 when not given (0 for an add; any for a delete, as 0 is). */
    public int protocol = -1;
}
