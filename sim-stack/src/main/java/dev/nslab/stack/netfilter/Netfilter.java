package dev.nslab.stack.netfilter;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import dev.nslab.core.frame.Frame;

/**
 * One namespace's netfilter for IPv4: its iptables tables ({@code filter}, {@code nat}, each made the first time
 * iptables touches it), its connection tracking and NAT, run at each hook in the kernel's priority order:
 * <ul>
 *   <li>PREROUTING: conntrack (-200), nat's PREROUTING / destination mapping (-100);</li>
 *   <li>INPUT: filter (0), nat's INPUT / source mapping (100), confirmation (last);</li>
 *   <li>FORWARD: filter;</li>
 *   <li>OUTPUT: conntrack (-200), nat's OUTPUT / destination mapping (-100), filter (0);</li>
 *   <li>POSTROUTING: nat's POSTROUTING / source mapping (100), confirmation (last).</li>
 * </ul>
 * Tracking is on only while a rule needs it (a conntrack or state match, a NAT target), as nf_ct_netns_get turns it
 * on; the table keeps its entries when it goes off. A nat chain sees only the first packet of a connection.
 */
public final class Netfilter implements PacketFilter
{
    private final DeviceNames devices;
    private final IcmpErrorSender rejecter;
    private final NatSource natSource;
    private final SplittableRandom random;
    private final AddressTypes addressTypes;
    private RuleTable filter;
    private RuleTable nat;
    private ConnectionTracker tracker;
    private Nat natEngine;

    /**
     * @param devices   the namespace's device names, which {@code -i} and {@code -o} compare with.
     * @param rejecter  how REJECT sends its ICMP error.
     * @param natSource where MASQUERADE finds its address.
     * @param random    the machine's randomness, for NAT identifiers chosen after a clash.
     * @param addressTypes the namespace's address types, which the addrtype match asks.
     */
    public Netfilter(final DeviceNames devices, final IcmpErrorSender rejecter, final NatSource natSource,
        final SplittableRandom random, final AddressTypes addressTypes)
    {
        this.addressTypes = Objects.requireNonNull(addressTypes, "addressTypes");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.rejecter = Objects.requireNonNull(rejecter, "rejecter");
        this.natSource = Objects.requireNonNull(natSource, "natSource");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The namespace's order of creations in nf_tables. */
    private long creations;

    private long nextCreation()
    {
        return ++creations;
    }

    /** @return the tables nf_tables holds, in the order they were made: the order nft lists them. */
    public List<RuleTable> tablesAsCreated()
    {
        final List<RuleTable> held = new java.util.ArrayList<>();
        for (final RuleTable table : new RuleTable[] {filter, nat})
        {
            if (table != null && table.exists())
            {
                held.add(table);
            }
        }
        held.sort(java.util.Comparator.comparingLong(RuleTable::created));
        return held;
    }

    /** @return the filter table (made now if iptables never touched it). */
    public RuleTable filter()
    {
        if (filter == null)
        {
            filter = new RuleTable(RuleTable.Kind.FILTER, this::nextCreation);
        }
        return filter;
    }

    /** @return the nat table (made now if iptables never touched it). */
    public RuleTable nat()
    {
        if (nat == null)
        {
            nat = new RuleTable(RuleTable.Kind.NAT, this::nextCreation);
        }
        return nat;
    }

    /** @return the table {@code -t NAME} names, or null for one nslab does not have. */
    public RuleTable table(final String name)
    {
        return switch (name)
        {
            case "filter" -> filter();
            case "nat" -> nat();
            default -> null;
        };
    }

    /** @return the connection-tracking table ({@code conntrack -L}), empty until tracking first ran. */
    public ConnectionTable connections()
    {
        return tracker().table();
    }

    private ConnectionTracker tracker()
    {
        if (tracker == null)
        {
            final ConnectionTable table = new ConnectionTable();
            tracker = new ConnectionTracker(table);
            natEngine = new Nat(table, random);
        }
        return tracker;
    }

    /** @return whether some rule needs connection tracking now. */
    public boolean tracking()
    {
        return filter != null && filter.trackingRules() > 0 || nat != null && nat.trackingRules() > 0;
    }

    // ----------------------------------------------------------------------------------------------- the hooks

    @Override
    public HookVerdict filter(final HookPoint hook, final Frame packet, final int inIfindex, final int outIfindex,
        final long now)
    {
        switch (hook)
        {
            case PRE_ROUTING:
                if (!track(packet, true, now))
                {
                    return HookVerdict.DROP;
                }
                return mapAddresses(hook, false, packet, inIfindex, outIfindex, now);
            case LOCAL_IN:
            {
                final HookVerdict verdict = runFilter(hook, packet, inIfindex, outIfindex, now);
                if (verdict != HookVerdict.ACCEPT)
                {
                    return verdict;
                }
                final HookVerdict mapped = mapAddresses(hook, true, packet, inIfindex, outIfindex, now);
                return mapped != HookVerdict.ACCEPT ? mapped : confirm(packet, now);
            }
            case FORWARD:
                return runFilter(hook, packet, inIfindex, outIfindex, now);
            case LOCAL_OUT:
            {
                if (!track(packet, false, now))
                {
                    return HookVerdict.DROP;
                }
                final HookVerdict mapped = mapAddresses(hook, false, packet, inIfindex, outIfindex, now);
                return mapped != HookVerdict.ACCEPT ? mapped : runFilter(hook, packet, inIfindex, outIfindex, now);
            }
            case POST_ROUTING:
            {
                final HookVerdict mapped = mapAddresses(hook, true, packet, inIfindex, outIfindex, now);
                return mapped != HookVerdict.ACCEPT ? mapped : confirm(packet, now);
            }
            default:
                return HookVerdict.ACCEPT;
        }
    }

    /**
     * nf_conntrack_in, when tracking is on. A packet arriving with an entry came through lo (every other device's
     * receive lets it go) and keeps it, as "previously seen (loopback or untracked)? Ignore." does; anything else
     * is looked up afresh.
     */
    private boolean track(final Frame packet, final boolean preRouting, final long now)
    {
        if (preRouting && packet.conntrack() instanceof Connection && tracking())
        {
            return true;
        }
        packet.detachConntrack();
        return !tracking() || tracker().track(packet, preRouting, now);
    }

    private HookVerdict confirm(final Frame packet, final long now)
    {
        if (packet.conntrack() == null || tracker == null)
        {
            return HookVerdict.ACCEPT;
        }
        return tracker.confirm(packet, now) ? HookVerdict.ACCEPT : HookVerdict.DROP;
    }

    private HookVerdict runFilter(final HookPoint hook, final Frame packet, final int inIfindex,
        final int outIfindex, final long now)
    {
        final RuleTable table = filter;
        if (table == null)
        {
            return HookVerdict.ACCEPT;
        }
        final Chain base = table.builtIn(hook);
        if (base == null || !base.inKernel())
        {
            return HookVerdict.ACCEPT;
        }
        final Target verdict = table.evaluate(base, packet, devices.nameOf(inIfindex), devices.nameOf(outIfindex),
            states(packet), addressTypes);
        switch (verdict.kind())
        {
            case ACCEPT:
                return HookVerdict.ACCEPT;
            case REJECT:
                rejecter.sendDestinationUnreachable(packet, verdict.reject().icmpCode(), now);
                return HookVerdict.DROP;
            default:
                return HookVerdict.DROP;
        }
    }

    /**
     * nf_nat_inet_fn: an untracked packet passes; an ICMP error RELATED to a connection is translated; a new
     * connection's first packet sets up this manipulation from the nat chain (a null binding when no rule maps it);
     * then every packet is rewritten as its connection's bindings say.
     */
    private HookVerdict mapAddresses(final HookPoint hook, final boolean sourceManip, final Frame packet,
        final int inIfindex, final int outIfindex, final long now)
    {
        final RuleTable table = nat;
        if (table == null || !(packet.conntrack() instanceof Connection connection))
        {
            return HookVerdict.ACCEPT;
        }
        final int info = packet.conntrackInfo();
        final boolean related = info == ConntrackInfo.RELATED || info == ConntrackInfo.RELATED_REPLY;
        if (related && (packet.buffer()[packet.offset() + 9] & 0xFF) == 1)
        {
            Nat.translateIcmpError(connection, info, sourceManip, packet);
            return HookVerdict.ACCEPT;
        }
        if ((info == ConntrackInfo.NEW || related) && !Nat.initialized(connection, sourceManip))
        {
            final Chain base = table.builtIn(hook);
            if (base != null && base.inKernel())
            {
                final Target verdict = table.evaluate(base, packet, devices.nameOf(inIfindex),
                    devices.nameOf(outIfindex), states(packet), addressTypes);
                if (verdict.kind() == Target.Kind.DROP)
                {
                    return HookVerdict.DROP;
                }
                if (!bind(connection, verdict, sourceManip, packet, outIfindex, now))
                {
                    return HookVerdict.DROP;
                }
            }
            Nat.markInitialized(connection, sourceManip);
        }
        Nat.apply(connection, info, sourceManip, packet);
        return HookVerdict.ACCEPT;
    }

    /** The NAT target's setup (xt_nat, xt_MASQUERADE); false when MASQUERADE finds no address (NF_DROP). */
    private boolean bind(final Connection connection, final Target verdict, final boolean sourceManip,
        final Frame packet, final int outIfindex, final long now)
    {
        switch (verdict.kind())
        {
            case SNAT:
                if (sourceManip)
                {
                    natEngine.setup(connection, true, verdict.nat().address(), -1, now);
                }
                return true;
            case DNAT:
                if (!sourceManip)
                {
                    natEngine.setup(connection, false, verdict.nat().address(), verdict.nat().port(), now);
                }
                return true;
            case MASQUERADE:
            {
                if (!sourceManip)
                {
                    return true;
                }
                final int destination = ConnectionTracker.readInt(packet.buffer(), packet.offset() + 16);
                final int address = natSource.masqueradeAddress(outIfindex, destination);
                if (address == 0)
                {
                    return false;
                }
                natEngine.setup(connection, true, address, -1, now);
                return true;
            }
            default:
                return true;
        }
    }

    private static int states(final Frame packet)
    {
        return packet.conntrack() instanceof Connection connection
            ? ConntrackInfo.stateBits(connection, packet.conntrackInfo()) : ConntrackInfo.STATE_INVALID;
    }
}
