package dev.nslab.stack.netfilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import dev.nslab.core.frame.Frame;

/**
 * One namespace's iptables table as iptables-nft keeps it in nf_tables: {@code filter} (INPUT, FORWARD, OUTPUT) or
 * {@code nat} (PREROUTING, INPUT, OUTPUT, POSTROUTING), its built-in chains with their policies, user chains, rules
 * with their counters; and the evaluation of a base chain, as nft_do_chain runs iptables-nft's rules: linearly, rule
 * by rule, a jump pushing the place to come back to, RETURN or the end of a user chain popping it, the end of a
 * built-in chain its policy.
 *
 * <p>Linear evaluation, not a compiled form: it is what the kernel does with iptables-nft's rules (no sets, no
 * maps), so the counters and the order of side effects (a REJECT's ICMP error) come out the same; each rule's own
 * test is a handful of int compares. Allocation-free: the jump stack is preallocated, names are compared in place.
 * Reentrant where it needs to be: {@link #evaluate} only decides; what the verdict does happens after it returns.
 */
public final class RuleTable
{
    /** NFT_JUMP_STACK_SIZE: nf_tables refuses deeper jumps when the rule goes in. */
    public static final int MAX_JUMP_DEPTH = 16;
    /** XT_EXTENSION_MAXNAMELEN - 1: iptables refuses longer chain names. */
    public static final int MAX_CHAIN_NAME = 28;

    /** The tables nslab has, with their built-in chains in the order iptables lists them. */
    public enum Kind
    {
        FILTER("filter", "INPUT", "FORWARD", "OUTPUT"),
        NAT("nat", "PREROUTING", "INPUT", "OUTPUT", "POSTROUTING");

        private final String tableName;
        private final List<String> builtIns;

        Kind(final String tableName, final String... builtIns)
        {
            this.tableName = tableName;
            this.builtIns = List.of(builtIns);
        }

        /** @return the name {@code -t} takes ({@code filter}, {@code nat}). */
        public String tableName()
        {
            return tableName;
        }

        /** @return the built-in chains' names, in listing order. */
        public List<String> builtIns()
        {
            return builtIns;
        }
    }

    private final Kind kind;
    private final Chain[] builtIns;
    /** User chains, in byte order of their names: the order iptables lists them. */
    private final TreeMap<String, Chain> userChains = new TreeMap<>();
    /** Whether the table exists in nf_tables: iptables-save prints nothing until something made it. */
    private boolean exists;
    /** The namespace's order of creations in nf_tables (tables and chains), and this table's place in it. */
    private final java.util.function.LongSupplier creations;
    private long created;
    /** Rules that need connection tracking (conntrack and state matches, NAT targets): nf_ct_netns_get's count. */
    private int trackingRules;
    private final Chain[] stackChains = new Chain[MAX_JUMP_DEPTH + 1];
    private final int[] stackRules = new int[MAX_JUMP_DEPTH + 1];
    private final MatchedPacket matched = new MatchedPacket();

    public RuleTable(final Kind kind)
    {
        this(kind, new long[1]);
    }

    private RuleTable(final Kind kind, final long[] ownCounter)
    {
        this(kind, () -> ++ownCounter[0]);
    }

    /**
     * @param creations the next number of the namespace's order of creations in nf_tables, shared by its tables
     *                  (nft lists tables and chains in the order they were made).
     */
    public RuleTable(final Kind kind, final java.util.function.LongSupplier creations)
    {
        this.creations = Objects.requireNonNull(creations, "creations");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.builtIns = new Chain[kind.builtIns.size()];
        for (int i = 0; i < builtIns.length; i++)
        {
            builtIns[i] = new Chain(kind.builtIns.get(i), true);
        }
    }

    public Kind kind()
    {
        return kind;
    }

    /** @return how many rules need connection tracking. */
    public int trackingRules()
    {
        return trackingRules;
    }

    // ----------------------------------------------------------------------------------------------- the state

    /** @return whether nf_tables holds the table (anything but a listing made it). */
    public boolean exists()
    {
        return exists;
    }

    /** @return the built-in or user chain of that name, or null. */
    public Chain chain(final String name)
    {
        for (final Chain builtIn : builtIns)
        {
            if (builtIn.name().equals(name))
            {
                return builtIn;
            }
        }
        return userChains.get(name);
    }

    /** @return the built-in chain a hook runs, or null when this table has none there. */
    public Chain builtIn(final HookPoint hook)
    {
        final String name = switch (hook)
        {
            case PRE_ROUTING -> "PREROUTING";
            case LOCAL_IN -> "INPUT";
            case FORWARD -> "FORWARD";
            case LOCAL_OUT -> "OUTPUT";
            case POST_ROUTING -> "POSTROUTING";
        };
        for (final Chain builtIn : builtIns)
        {
            if (builtIn.name().equals(name))
            {
                return builtIn;
            }
        }
        return null;
    }

    /** @return the built-in chains, then the user chains in byte order: the order iptables lists them. */
    public List<Chain> chains()
    {
        final List<Chain> all = new ArrayList<>(builtIns.length + userChains.size());
        all.addAll(List.of(builtIns));
        all.addAll(userChains.values());
        return all;
    }

    /** @return whether a jump from {@code from} to {@code to} would close a loop (nf_tables says ELOOP). */
    public boolean wouldLoop(final Chain from, final Chain to)
    {
        return reaches(to, from, 0);
    }

    private static boolean reaches(final Chain start, final Chain goal, final int depth)
    {
        if (start == goal)
        {
            return true;
        }
        if (depth > MAX_JUMP_DEPTH)
        {
            return true;
        }
        for (final Rule rule : start.rules)
        {
            if (rule.jumpTo != null && reaches(rule.jumpTo, goal, depth + 1))
            {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ changes

    /** Makes the table and, for a built-in chain, its base chain exist, as any change does. */
    private void touch(final Chain chain)
    {
        if (!exists)
        {
            exists = true;
            created = creations.getAsLong();
        }
        if (chain != null && chain.isBuiltIn() && !chain.inKernel)
        {
            chain.inKernel = true;
            chain.created = creations.getAsLong();
        }
    }

    /** @return whether this table can stop a packet: a DROP or REJECT rule in any chain, or a built-in's DROP policy. */
    public boolean canStopPackets()
    {
        for (final Chain chain : chains())
        {
            if (chain.isBuiltIn() && !chain.policyAccepts())
            {
                return true;
            }
            for (final Rule rule : chain.rules())
            {
                final Target.Kind kind = rule.spec().target().kind();
                if (kind == Target.Kind.DROP || kind == Target.Kind.REJECT)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return when nf_tables made the table, relative to the namespace's other tables (0 while it does not exist). */
    public long created()
    {
        return exists ? created : 0;
    }

    /** @return the chains nf_tables holds, in the order it made them: the order nft lists them. */
    public List<Chain> chainsAsCreated()
    {
        final List<Chain> held = new java.util.ArrayList<>();
        for (final Chain chain : chains())
        {
            if (chain.inKernel())
            {
                held.add(chain);
            }
        }
        held.sort(java.util.Comparator.comparingLong(Chain::created));
        return held;
    }

    /** {@code -A}: the rule goes at the end. The jump target, if any, must exist. */
    public Rule append(final Chain chain, final RuleSpec spec)
    {
        return insert(chain, chain.rules.size(), spec);
    }

    /** {@code -I CHAIN N}: the rule goes before the {@code index}-th (0-based), or at the end when it equals the size. */
    public Rule insert(final Chain chain, final int index, final RuleSpec spec)
    {
        final Rule rule = link(spec);
        touch(chain);
        chain.rules.add(index, rule);
        return rule;
    }

    /** {@code -R CHAIN N}: a new rule, with counters at 0, in the {@code index}-th place. */
    public Rule replace(final Chain chain, final int index, final RuleSpec spec)
    {
        final Rule rule = link(spec);
        touch(chain);
        unlink(chain.rules.set(index, rule));
        return rule;
    }

    /** {@code -D CHAIN N}. */
    public void delete(final Chain chain, final int index)
    {
        touch(chain);
        unlink(chain.rules.remove(index));
    }

    /** @return the index of the first rule equal to {@code spec}, or -1 ({@code -D CHAIN rule-spec}, {@code -C}). */
    public int indexOf(final Chain chain, final RuleSpec spec)
    {
        for (int i = 0; i < chain.rules.size(); i++)
        {
            if (chain.rules.get(i).spec().equals(spec))
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code -F [CHAIN]}: the chain's rules, or every chain's, go. Flushing a named built-in chain makes it, as
     * iptables-nft does (measured); flushing them all makes nothing.
     */
    public void flush(final Chain chain)
    {
        if (chain != null)
        {
            touch(chain);
        }
        for (final Chain each : chain == null ? chains() : List.of(chain))
        {
            for (final Rule rule : each.rules)
            {
                unlink(rule);
            }
            each.rules.clear();
        }
    }

    /** {@code -Z [CHAIN]}: counters to 0; a built-in chain in nf_tables gets a counter for its policy. */
    public void zero(final Chain chain)
    {
        for (final Chain each : chain == null ? chains() : List.of(chain))
        {
            for (final Rule rule : each.rules)
            {
                rule.packets = 0;
                rule.bytes = 0;
            }
            if (each.inKernel())
            {
                each.policyCounts = true;
                each.policyPackets = 0;
                each.policyBytes = 0;
            }
        }
    }

    /** {@code -P CHAIN ACCEPT|DROP}. */
    public void setPolicy(final Chain chain, final boolean accept)
    {
        if (!chain.isBuiltIn())
        {
            throw new IllegalArgumentException("only built-in chains have policies: " + chain.name());
        }
        touch(chain);
        chain.policyAccepts = accept;
        chain.policyCounts = true;
    }

    /** {@code -N NAME}: the name must be free. */
    public Chain newChain(final String name)
    {
        if (chain(name) != null)
        {
            throw new IllegalArgumentException("chain exists: " + name);
        }
        final Chain chain = new Chain(name, false);
        touch(null);
        chain.created = creations.getAsLong();
        userChains.put(name, chain);
        return chain;
    }

    /** @return whether {@code -X} may delete the chain: no rules, nothing jumps to it. */
    public static boolean isDeletable(final Chain chain)
    {
        return chain.rules.isEmpty() && chain.references == 0 && (!chain.isBuiltIn() || chain.policyAccepts);
    }

    /**
     * {@code -X CHAIN}: a user chain goes, a built-in one leaves nf_tables (its policy stays ACCEPT, uncounted).
     * The chain must be {@linkplain #isDeletable deletable}.
     */
    public void deleteChain(final Chain chain)
    {
        if (!isDeletable(chain))
        {
            throw new IllegalStateException("chain busy: " + chain.name());
        }
        if (chain.isBuiltIn())
        {
            chain.inKernel = false;
            chain.policyCounts = false;
            chain.policyPackets = 0;
            chain.policyBytes = 0;
        }
        else
        {
            userChains.remove(chain.name());
        }
    }

    /** {@code -E OLD NEW}: the new name must be free; rules that jump to the chain follow it. */
    public void renameChain(final Chain chain, final String newName)
    {
        if (chain.isBuiltIn() || chain(newName) != null)
        {
            throw new IllegalArgumentException("cannot rename " + chain.name() + " to " + newName);
        }
        userChains.remove(chain.name());
        chain.rename(newName);
        userChains.put(newName, chain);
        for (final Chain each : chains())
        {
            for (final Rule rule : each.rules)
            {
                if (rule.jumpTo == chain)
                {
                    rule.jumpRenamed(newName);
                }
            }
        }
    }

    private Rule link(final RuleSpec spec)
    {
        final Rule rule = new Rule(spec);
        if (rule.needsTracking)
        {
            trackingRules++;
        }
        if (spec.target().kind() == Target.Kind.JUMP)
        {
            final Chain to = userChains.get(spec.target().chain());
            if (to == null)
            {
                throw new IllegalArgumentException("no chain " + spec.target().chain());
            }
            rule.jumpTo = to;
            to.references++;
        }
        return rule;
    }

    private void unlink(final Rule rule)
    {
        if (rule.needsTracking)
        {
            trackingRules--;
        }
        if (rule.jumpTo != null)
        {
            rule.jumpTo.references--;
        }
    }

    // ------------------------------------------------------------------------------------------ evaluation

    /**
     * Runs the base chain {@code base} over the packet, counting what matched.
     *
     * @param inName          the input device's name, empty without one.
     * @param outName         the output device's name, empty without one.
     * @param conntrackStates the packet's state bits for the conntrack and state matches.
     * @param addressTypes    the namespace's address types, for the addrtype match.
     * @return the verdict: ACCEPT or DROP (the policy's or a rule's), or the rule's REJECT or NAT target.
     */
    public Target evaluate(final Chain base, final Frame packet, final String inName, final String outName,
        final int conntrackStates, final AddressTypes addressTypes)
    {
        final byte[] buffer = packet.buffer();
        final int offset = packet.offset();
        final int headerLength = (buffer[offset] & 0x0F) * 4;
        final int length = packet.length();
        final int protocol = buffer[offset + 9] & 0xFF;
        final int fragmentOffset = ((buffer[offset + 6] & 0x1F) << 8) | (buffer[offset + 7] & 0xFF);
        final int source = readInt(buffer, offset + 12);
        final int destination = readInt(buffer, offset + 16);
        final int transportOffset = offset + headerLength;
        final int transportLength = Math.max(0, length - headerLength);
        final MatchedPacket matched = this.matched;
        matched.buffer = buffer;
        matched.transportOffset = transportOffset;
        matched.transportLength = transportLength;
        matched.fragmentOffset = fragmentOffset;
        matched.conntrackStates = conntrackStates;
        matched.source = source;
        matched.destination = destination;
        matched.addressTypes = addressTypes;

        Chain chain = base;
        int next = 0;
        int depth = 0;
        while (true)
        {
            final ArrayList<Rule> rules = chain.rules;
            Target verdict = null;
            Chain jumpTo = null;
            while (next < rules.size())
            {
                final Rule rule = rules.get(next++);
                if (!rule.matches(source, destination, protocol, inName, outName, matched))
                {
                    continue;
                }
                rule.packets++;
                rule.bytes += length;
                final Target target = rule.spec().target();
                if (target.kind() == Target.Kind.NONE)
                {
                    continue;
                }
                if (target.kind() == Target.Kind.JUMP)
                {
                    jumpTo = rule.jumpTo;
                }
                else
                {
                    verdict = target;
                }
                break;
            }
            if (jumpTo != null)
            {
                if (depth == MAX_JUMP_DEPTH)
                {
                    return Target.DROP; // nft_do_chain's WARN: refused when the rule went in, never reached
                }
                stackChains[depth] = chain;
                stackRules[depth] = next;
                depth++;
                chain = jumpTo;
                next = 0;
                continue;
            }
            if (verdict != null && verdict.kind() != Target.Kind.RETURN)
            {
                return verdict;
            }
            // RETURN, or the end of the chain.
            if (depth > 0)
            {
                depth--;
                chain = stackChains[depth];
                next = stackRules[depth];
                continue;
            }
            if (base.policyCounts)
            {
                base.policyPackets++;
                base.policyBytes += length;
            }
            return base.policyAccepts ? Target.ACCEPT : Target.DROP;
        }
    }

    private static int readInt(final byte[] buffer, final int offset)
    {
        return (buffer[offset] & 0xFF) << 24 | (buffer[offset + 1] & 0xFF) << 16 | (buffer[offset + 2] & 0xFF) << 8
            | buffer[offset + 3] & 0xFF;
    }
}
