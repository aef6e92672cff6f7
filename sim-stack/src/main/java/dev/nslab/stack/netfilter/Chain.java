package dev.nslab.stack.netfilter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A chain of an iptables table: a built-in one (filter's INPUT, FORWARD, OUTPUT; nat's PREROUTING, INPUT, OUTPUT,
 * POSTROUTING; each with a policy) or a user chain. A built-in
 * chain exists in nf_tables only once something made it (iptables-nft creates base chains lazily), and its policy
 * counts packets only after {@code -P} or {@code -Z} gave it a counter, as measured on Linux 6.18.
 */
public final class Chain
{
    private String name;
    private final boolean builtIn;
    final ArrayList<Rule> rules = new ArrayList<>();
    boolean policyAccepts = true;
    /** Built-in chains only: whether nf_tables holds the chain now. */
    boolean inKernel;
    /** Built-in chains only: whether the policy has a counter (set by -P and -Z). */
    boolean policyCounts;
    long policyPackets;
    long policyBytes;
    /** How many rules jump here. */
    int references;
    /** When nf_tables made the chain, in the namespace's order of creations: nft lists chains so. */
    long created;

    Chain(final String name, final boolean builtIn)
    {
        this.name = Objects.requireNonNull(name, "name");
        this.builtIn = builtIn;
    }

    public String name()
    {
        return name;
    }

    void rename(final String newName)
    {
        this.name = newName;
    }

    public boolean isBuiltIn()
    {
        return builtIn;
    }

    /** @return the rules in order, read-only. */
    public List<Rule> rules()
    {
        return Collections.unmodifiableList(rules);
    }

    /** @return true for ACCEPT, false for DROP (built-in chains only). */
    public boolean policyAccepts()
    {
        return policyAccepts;
    }

    public long policyPackets()
    {
        return policyPackets;
    }

    public long policyBytes()
    {
        return policyBytes;
    }

    /** @return how many rules of the table jump to this chain. */
    public int references()
    {
        return references;
    }

    /** @return when nf_tables made the chain, relative to the namespace's other tables and chains. */
    public long created()
    {
        return created;
    }

    /** @return whether nf_tables holds this chain (always for a user chain). */
    public boolean inKernel()
    {
        return !builtIn || inKernel;
    }
}
