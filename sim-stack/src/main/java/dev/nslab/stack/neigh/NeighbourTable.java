package dev.nslab.stack.neigh;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.time.KernelTimers;

/**
 * The neighbour table of one device and protocol, following Linux's NUD state machine (net/core/neighbour.c):
 * __neigh_event_send on output, neigh_timer_handler for the timers, neigh_update when the protocol tells us
 * something. It knows no protocol: addresses are 128-bit keys, and soliciting, reporting a failure and sending go
 * through its {@link NeighbourProtocol} (ARP for IPv4).
 *
 * <p>Rules taken from the kernel: a packet to an unknown or FAILED neighbour starts a resolution (INCOMPLETE,
 * probes counted from ucast_solicit, a broadcast request at once and every retrans_time), waits in a bounded queue
 * that drops its oldest, and gets an ICMP host unreachable when the resolution fails after ucast+mcast probes;
 * using a STALE entry moves it to DELAY, which becomes REACHABLE if confirmed within delay_first_probe_time and
 * PROBE (unicast requests) otherwise; REACHABLE lasts a randomised reachable_time, then becomes STALE, or DELAY if
 * the entry was used in the last delay_first_probe_time. Timers fire when the kernel's timer wheel would fire them.
 */
public final class NeighbourTable
{
    final NeighbourDevice device;
    private final NeighbourProtocol protocol;
    private final NeighbourContext context;
    private NeighbourParameters parameters;
    /** The randomised reachable time in ns (neigh_rand_reach_time), with when it was drawn and from which base. */
    private long reachableTimeNs;
    private long lastRandomisedNs = Long.MIN_VALUE;
    private int drawnGeneration;
    private final NeighbourMap entries = new NeighbourMap();
    /** The last entry looked up: the hot path sends to the same next hop again and again. */
    private Neighbour recent;

    /** @param parameters the device's neighbour settings (net.ipv4.neigh.DEV.*), read live. */
    public NeighbourTable(final NeighbourDevice device, final NeighbourProtocol protocol,
        final NeighbourContext context, final NeighbourParameters parameters)
    {
        this.device = device;
        this.protocol = protocol;
        this.context = context;
        this.parameters = parameters;
    }

    /** @return the settings the table runs with. */
    public NeighbourParameters parameters()
    {
        return parameters;
    }

    /** A device that joins a namespace takes that namespace's defaults (neigh_parms_alloc): shared until written. */
    public void useParameters(final NeighbourParameters parameters)
    {
        this.parameters = parameters.shared ? parameters : parameters.copy();
        lastRandomisedNs = Long.MIN_VALUE;
    }

    /** @return the settings to write: the table's own copy from now on. */
    public NeighbourParameters writableParameters()
    {
        if (parameters.shared)
        {
            parameters = parameters.copy();
        }
        return parameters;
    }

    /** @return the entry for an IPv4 address, or null. */
    public Neighbour lookup(final int address)
    {
        return lookup(0, address & 0xFFFF_FFFFL);
    }

    /** @return the entry for an address key, or null. */
    public Neighbour lookup(final long keyHigh, final long keyLow)
    {
        final Neighbour recent = this.recent;
        if (recent != null && recent.keyLow == keyLow && recent.keyHigh == keyHigh && !recent.dead)
        {
            return recent;
        }
        final Neighbour found = entries.get(keyHigh, keyLow);
        if (found != null)
        {
            this.recent = found;
        }
        return found;
    }

    /** @return the entries as {@code ip neigh} lists them (allocates). */
    public List<Neighbour> entries()
    {
        final List<Neighbour> list = new ArrayList<>();
        for (final Neighbour neighbour : entries.inOrder())
        {
            if (neighbour.state != NeighbourState.NONE)
            {
                list.add(neighbour);
            }
        }
        return list;
    }

    /** @return every entry, NONE ones too (which only {@code ip neigh show nud none|all} lists; allocates). */
    public List<Neighbour> allEntries()
    {
        return new ArrayList<>(entries.inOrder());
    }

    public int size()
    {
        return entries.size();
    }

    private long jiffies(final long now)
    {
        return context.timers.jiffies(now);
    }

    /** @return the new entry, or null when the table is full (the packet that wanted it is dropped). */
    private Neighbour create(final long keyHigh, final long keyLow, final long now)
    {
        return create(keyHigh, keyLow, false, now);
    }

    /**
     * neigh_alloc: an entry exempt from garbage collection (an administrator's PERMANENT one) is neither counted
     * against gc_thresh nor refused when the table is full.
     */
    private Neighbour create(final long keyHigh, final long keyLow, final boolean exemptFromGc, final long now)
    {
        if (!exemptFromGc)
        {
            if (!context.collector.mayAllocate(now))
            {
                return null;
            }
            context.collector.added(now);
        }
        final long baseJiffies = KernelTimers.toJiffies(parameters.baseReachableTimeMs * 1_000_000L);
        final Neighbour neighbour = new Neighbour(this, keyHigh, keyLow, jiffies(now), baseJiffies);
        neighbour.exemptFromGc = exemptFromGc;
        entries.add(neighbour);
        recent = neighbour;
        return neighbour;
    }

    /** __ipv4_neigh_lookup, else neigh_create: the IPv4 neighbour's entry, or null when the table is full. */
    public Neighbour lookupOrCreate(final int address, final long now)
    {
        final Neighbour neighbour = lookup(address);
        return neighbour != null ? neighbour : create(0, address & 0xFFFF_FFFFL, now);
    }

    /**
     * neigh_event_send with no packet: the neighbour is used now, and resolved if it is not usable (a new or failed
     * entry starts soliciting, a stale one waits for its delay probe), with nothing queued.
     */
    public void solicit(final Neighbour neighbour, final long now)
    {
        neighbour.used = jiffies(now);
        eventSend(neighbour, null, now);
    }

    /** Sends an IPv4 packet to a next hop on this device: see {@link #output(Frame, long, long, long)}. */
    public void output(final Frame packet, final int nextHop, final long now)
    {
        output(packet, 0, nextHop & 0xFFFF_FFFFL, now);
    }

    /**
     * Sends a packet (frame positioned at the network header; taken over) to a next hop on this device: at once
     * when the neighbour's address is usable, or queued while it resolves.
     */
    public void output(final Frame packet, final long keyHigh, final long keyLow, final long now)
    {
        Neighbour neighbour = lookup(keyHigh, keyLow);
        if (neighbour == null)
        {
            neighbour = create(keyHigh, keyLow, now);
            if (neighbour == null)
            {
                protocol.dropped(packet, NeighbourDrop.TABLE_FULL);
                return;
            }
        }
        neighbour.used = jiffies(now);
        if (eventSend(neighbour, packet, now))
        {
            return;
        }
        protocol.transmit(packet, neighbour.mac, now);
    }

    /**
     * __neigh_event_send.
     *
     * @param packet what waits for the address, or null for none (a resolution started for its own sake)
     * @return true when the packet was queued (or dropped); false when the caller may send it now.
     */
    private boolean eventSend(final Neighbour neighbour, final Frame packet, final long now)
    {
        final NeighbourState state = neighbour.state;
        if (state.isConnected() || state == NeighbourState.DELAY || state == NeighbourState.PROBE)
        {
            return false;
        }
        boolean immediateProbe = false;
        if (state != NeighbourState.STALE && state != NeighbourState.INCOMPLETE)
        {
            if (parameters.mcastSolicit + parameters.appSolicit > 0)
            {
                neighbour.probes = parameters.ucastSolicit;
                neighbour.state = NeighbourState.INCOMPLETE;
                neighbour.updated = jiffies(now);
                armTimer(neighbour, now, Math.max(retransJiffies(), KernelTimers.HZ / 100));
                immediateProbe = true;
            }
            else
            {
                neighbour.state = NeighbourState.FAILED;
                neighbour.updated = jiffies(now);
                if (packet != null)
                {
                    protocol.dropped(packet, NeighbourDrop.RESOLUTION_DISABLED);
                }
                return true;
            }
        }
        else if (state == NeighbourState.STALE)
        {
            neighbour.state = NeighbourState.DELAY;
            neighbour.updated = jiffies(now);
            armTimer(neighbour, now, delayProbeJiffies());
        }

        if (neighbour.state == NeighbourState.INCOMPLETE)
        {
            if (packet != null)
            {
                while (neighbour.queueLength >= parameters.unresolvedQueueLength)
                {
                    protocol.dropped(neighbour.dequeue(), NeighbourDrop.QUEUE_FULL);
                }
                neighbour.enqueue(packet);
            }
            if (immediateProbe)
            {
                probe(neighbour, now);
            }
            return true;
        }
        return false;
    }

    /** neigh_timer_handler. */
    void onTimer(final Neighbour neighbour, final long now)
    {
        final long nowJiffies = jiffies(now);
        final NeighbourState state = neighbour.state;
        if (!state.inTimer())
        {
            return;
        }
        long next = nowJiffies + KernelTimers.HZ;
        if (state == NeighbourState.REACHABLE)
        {
            final long reachable = reachableJiffies(now);
            if (nowJiffies <= neighbour.confirmed + reachable)
            {
                next = neighbour.confirmed + reachable;
            }
            else if (nowJiffies <= neighbour.used + delayProbeJiffies())
            {
                neighbour.state = NeighbourState.DELAY;
                neighbour.updated = nowJiffies;
                next = nowJiffies + delayProbeJiffies();
            }
            else
            {
                neighbour.state = NeighbourState.STALE;
                neighbour.updated = nowJiffies;
            }
        }
        else if (state == NeighbourState.DELAY)
        {
            if (nowJiffies <= neighbour.confirmed + delayProbeJiffies())
            {
                neighbour.state = NeighbourState.REACHABLE;
                neighbour.updated = nowJiffies;
                next = neighbour.confirmed + reachableJiffies(now);
            }
            else
            {
                neighbour.state = NeighbourState.PROBE;
                neighbour.updated = nowJiffies;
                neighbour.probes = 0;
                next = nowJiffies + Math.max(retransJiffies(), KernelTimers.HZ / 100);
            }
        }
        else
        {
            next = nowJiffies + Math.max(retransJiffies(), KernelTimers.HZ / 100);
        }

        if ((neighbour.state == NeighbourState.INCOMPLETE || neighbour.state == NeighbourState.PROBE)
            && neighbour.probes >= parameters.maxProbes(neighbour.state == NeighbourState.PROBE))
        {
            neighbour.state = NeighbourState.FAILED;
            invalidate(neighbour, now);
            return;
        }
        if (neighbour.state.inTimer())
        {
            if (next < nowJiffies + KernelTimers.HZ / 100)
            {
                next = nowJiffies + KernelTimers.HZ / 100;
            }
            context.loop.schedule(neighbour.timer, context.timers.fireTime(now, next));
        }
        if (neighbour.state == NeighbourState.INCOMPLETE || neighbour.state == NeighbourState.PROBE)
        {
            probe(neighbour, now);
        }
    }

    /** neigh_invalidate: every queued packet gets its error report (ICMP host unreachable to its sender). */
    private void invalidate(final Neighbour neighbour, final long now)
    {
        Frame packet;
        while (neighbour.state == NeighbourState.FAILED && (packet = neighbour.dequeue()) != null)
        {
            protocol.resolutionFailed(packet, now);
        }
    }

    /** neigh_probe: one more solicitation, broadcast or unicast by the probe count. */
    private void probe(final Neighbour neighbour, final long now)
    {
        // neigh_probe: the protocol's solicit sees the count from before this probe.
        final int before = neighbour.probes++;
        final int afterUnicast = neighbour.probes - parameters.ucastSolicit;
        final boolean unicast = afterUnicast < 0 || neighbour.state == NeighbourState.PROBE;
        if (!unicast && before - parameters.ucastSolicit - parameters.appSolicit < 0)
        {
            // arp_solicit and ndisc_solicit: an app probe is neigh_app_ns, an RTM_GETNEIGH for a userspace daemon;
            // nothing goes on the wire.
            return;
        }
        protocol.solicit(neighbour, unicast && neighbour.state.isValid(), now);
    }

    /**
     * neigh_update.
     *
     * @param mac      the link-layer address the protocol told us.
     * @param newState REACHABLE (a reply for us) or STALE.
     * @param override whether a different address may replace a valid one.
     */
    void update(final Neighbour neighbour, final long mac, final NeighbourState newState, final boolean override,
        final long now)
    {
        update(neighbour, mac, newState, override, false, now);
    }

    /**
     * neigh_update, with NEIGH_UPDATE_F_WEAK_OVERRIDE when {@code weakOverride}: a different address that may not
     * override a connected entry keeps the old one but makes the entry STALE (IPv6 advertisements without O).
     *
     * @return false when the update was refused (neigh_update's -EPERM), which leaves the router flag alone.
     */
    private boolean update(final Neighbour neighbour, final long mac, NeighbourState newState, final boolean override,
        final boolean weakOverride, final long now)
    {
        final NeighbourState old = neighbour.state;
        if (old == NeighbourState.NOARP || old == NeighbourState.PERMANENT)
        {
            return false; // only an administrator changes these (NEIGH_UPDATE_F_ADMIN)
        }
        final long nowJiffies = jiffies(now);
        long newMac = mac;
        if (newState.isConnected())
        {
            neighbour.confirmed = nowJiffies;
        }
        boolean accepted = true;
        if (old.isValid())
        {
            if (newMac != neighbour.mac && !override)
            {
                if (!weakOverride || !old.isConnected())
                {
                    return false;
                }
                accepted = false;
                newMac = neighbour.mac;
                newState = NeighbourState.STALE;
            }
            else if (newMac == neighbour.mac && newState == NeighbourState.STALE)
            {
                newState = old;
            }
        }
        apply(neighbour, old, newMac, newState, nowJiffies, now);
        return accepted;
    }

    /**
     * The end of __neigh_update for a valid new state: the update stamp, the new state with its timer, the new
     * address, and, for an entry that had none, what waited for it, oldest first.
     */
    private void apply(final Neighbour neighbour, final NeighbourState old, final long newMac,
        final NeighbourState newState, final long nowJiffies, final long now)
    {
        if (newState != old || newMac != neighbour.mac)
        {
            neighbour.updated = nowJiffies;
        }
        if (newState != old)
        {
            context.loop.cancel(neighbour.timer);
            if (newState == NeighbourState.PROBE)
            {
                neighbour.probes = 0;
            }
            if (newState.inTimer())
            {
                armTimer(neighbour, now, newState == NeighbourState.REACHABLE ? reachableJiffies(now) : 0);
            }
            neighbour.state = newState;
        }
        if (newMac != neighbour.mac)
        {
            neighbour.mac = newMac;
            if (!newState.isConnected())
            {
                final long baseJiffies = KernelTimers.toJiffies(parameters.baseReachableTimeMs * 1_000_000L);
                neighbour.confirmed = nowJiffies - (baseJiffies << 1);
            }
        }
        if (newState != old && !old.isValid())
        {
            Frame packet;
            while (neighbour.state.isValid() && (packet = neighbour.dequeue()) != null)
            {
                protocol.transmit(packet, neighbour.mac, now);
            }
            purgeQueue(neighbour);
        }
    }

    /** neigh_event_ns: a request for one of our addresses creates or refreshes a STALE entry for its sender. */
    public void learnFromRequest(final int address, final long mac, final long now)
    {
        learnFromRequest(0, address & 0xFFFF_FFFFL, mac, now);
    }

    /** neigh_event_ns, for any address key. */
    public void learnFromRequest(final long keyHigh, final long keyLow, final long mac, final long now)
    {
        Neighbour neighbour = lookup(keyHigh, keyLow);
        if (neighbour == null)
        {
            neighbour = create(keyHigh, keyLow, now);
            if (neighbour == null)
            {
                return;
            }
        }
        update(neighbour, mac, NeighbourState.STALE, true, now);
    }

    /** The rest of arp_process: an existing entry learns from a reply (REACHABLE) or other ARP (STALE). */
    public void learnFromArp(final int address, final long mac, final boolean replyToUs, final long now)
    {
        learnFromAdvertisement(0, address & 0xFFFF_FFFFL, mac, replyToUs, now);
    }

    /**
     * An existing entry learns from what the protocol heard: a reply to us confirms it (REACHABLE), anything else
     * makes it STALE; a different address replaces a valid one only after locktime.
     */
    public void learnFromAdvertisement(final long keyHigh, final long keyLow, final long mac, final boolean replyToUs,
        final long now)
    {
        final Neighbour neighbour = lookup(keyHigh, keyLow);
        if (neighbour == null)
        {
            return;
        }
        final long lockJiffies = KernelTimers.toJiffies(parameters.locktimeMs * 1_000_000L);
        final boolean override = jiffies(now) > neighbour.updated + lockJiffies;
        update(neighbour, mac, replyToUs ? NeighbourState.REACHABLE : NeighbourState.STALE, override, now);
    }

    /**
     * ndisc_recv_na's ndisc_update of an existing entry (none is made): a solicited advertisement confirms it
     * (REACHABLE), an unsolicited one makes it STALE; without the override flag a different address is not taken
     * (weak override); the R flag sets or clears the router mark unless the update was refused.
     *
     * @param hasMac whether the advertisement carried a target link-layer address option ({@code mac}).
     */
    public void learnFromNeighbourAdvertisement(final long keyHigh, final long keyLow, final boolean hasMac,
        final long mac, final boolean solicited, final boolean override, final boolean router, final long now)
    {
        final Neighbour neighbour = lookup(keyHigh, keyLow);
        if (neighbour == null || !hasMac && !neighbour.state.isValid())
        {
            return;
        }
        final NeighbourState newState = solicited ? NeighbourState.REACHABLE : NeighbourState.STALE;
        if (update(neighbour, hasMac ? mac : neighbour.mac, newState, override, true, now))
        {
            neighbour.router = router;
        }
    }

    /**
     * ndisc_recv_rs on a router: the soliciting host's entry is made or refreshed STALE, and is no router (the
     * update overrides the router flag).
     */
    public void learnFromRouterSolicitation(final long keyHigh, final long keyLow, final long mac, final long now)
    {
        learnFromRequest(keyHigh, keyLow, mac, now);
        final Neighbour neighbour = lookup(keyHigh, keyLow);
        if (neighbour != null)
        {
            neighbour.router = false;
        }
    }

    /**
     * __neigh_create for a next hop that needs no resolution (ip6_finish_output2 sending to a multicast group): the
     * NOARP entry its constructor makes, kept until the device goes down or the collector takes it.
     *
     * @return false when the table is full (the packet is not sent).
     */
    public boolean ensureNoArp(final long keyHigh, final long keyLow, final long now)
    {
        if (lookup(keyHigh, keyLow) != null)
        {
            return true;
        }
        final Neighbour neighbour = create(keyHigh, keyLow, now);
        if (neighbour == null)
        {
            return false;
        }
        neighbour.state = NeighbourState.NOARP;
        neighbour.mac = protocol.noArpAddress(keyHigh, keyLow);
        return true;
    }

    /** What neigh_add answers an administrator ({@code ip neigh add|change|replace}). */
    public enum AdminResult
    {
        /** Done (0). */
        DONE,
        /** An entry exists and NLM_F_EXCL was asked (-EEXIST). */
        EXISTS,
        /** No entry, and NLM_F_CREATE was not asked (-ENOENT). */
        NO_ENTRY,
        /** A valid state without a link-layer address for an entry that knows none (-EINVAL, its extack). */
        NO_LINK_ADDRESS,
        /** The table is full (-ENOBUFS). */
        TABLE_FULL
    }

    /**
     * neigh_add: sets the entry for a key as an administrator does (NEIGH_UPDATE_F_ADMIN and OVERRIDE: any state, a
     * NOARP or PERMANENT entry too; the router flag as given).
     *
     * @param storedKeyLow the key a new entry is filed under: arp_constructor files every address of lo under
     *                     0.0.0.0, and ___neigh_create then takes the entry already there.
     * @param hasMac       whether {@code lladdr} was given.
     * @param create       NLM_F_CREATE.
     * @param exclusive    NLM_F_EXCL.
     */
    public AdminResult administer(final long keyHigh, final long keyLow, final long storedKeyLow,
        final boolean hasMac, final long mac, final NeighbourState state, final boolean router, final boolean create,
        final boolean exclusive, final long now)
    {
        Neighbour neighbour = lookup(keyHigh, keyLow);
        if (neighbour == null)
        {
            if (!create)
            {
                return AdminResult.NO_ENTRY;
            }
            neighbour = lookup(keyHigh, storedKeyLow);
            if (neighbour == null)
            {
                neighbour = create(keyHigh, storedKeyLow, state == NeighbourState.PERMANENT, now);
                if (neighbour == null)
                {
                    return AdminResult.TABLE_FULL;
                }
                final long constructed = protocol.noArpAddress(keyHigh, storedKeyLow);
                if (constructed >= 0)
                {
                    neighbour.state = NeighbourState.NOARP;
                    neighbour.mac = constructed;
                }
            }
        }
        else if (exclusive)
        {
            return AdminResult.EXISTS;
        }
        return administer(neighbour, hasMac, mac, state, router, now);
    }

    /**
     * neigh_delete: the entry is made FAILED (packets waiting for it get their error reports) and removed.
     *
     * @return false when there is no entry for the key (-ENOENT).
     */
    public boolean administerDelete(final long keyHigh, final long keyLow, final long now)
    {
        final Neighbour neighbour = lookup(keyHigh, keyLow);
        if (neighbour == null)
        {
            return false;
        }
        administer(neighbour, false, 0, NeighbourState.FAILED, neighbour.router, now);
        removeIf(entry -> entry == neighbour);
        return true;
    }

    /** __neigh_update with NEIGH_UPDATE_F_ADMIN, OVERRIDE and OVERRIDE_ISROUTER. */
    private AdminResult administer(final Neighbour neighbour, final boolean hasMac, final long mac,
        final NeighbourState newState, final boolean router, final long now)
    {
        final NeighbourState old = neighbour.state;
        if (!newState.isValid())
        {
            // No address is kept or taken, no timer runs, the router flag stays.
            context.loop.cancel(neighbour.timer);
            neighbour.state = newState;
            if ((old == NeighbourState.INCOMPLETE || old == NeighbourState.PROBE) && newState == NeighbourState.FAILED)
            {
                invalidate(neighbour, now);
            }
            updateGcList(neighbour, old, now);
            return AdminResult.DONE;
        }
        if (!hasMac && !old.isValid())
        {
            return AdminResult.NO_LINK_ADDRESS;
        }
        final long newMac = hasMac ? mac : neighbour.mac;
        final long nowJiffies = jiffies(now);
        if (newState.isConnected())
        {
            neighbour.confirmed = nowJiffies;
        }
        apply(neighbour, old, newMac, newState, nowJiffies, now);
        neighbour.router = router;
        updateGcList(neighbour, old, now);
        return AdminResult.DONE;
    }

    /** neigh_update_gc_list: an entry that became PERMANENT leaves the gc count, one that stopped being joins it. */
    private void updateGcList(final Neighbour neighbour, final NeighbourState old, final long now)
    {
        final boolean exempt = neighbour.state == NeighbourState.PERMANENT;
        if ((old == NeighbourState.PERMANENT) == exempt || neighbour.exemptFromGc == exempt)
        {
            return;
        }
        neighbour.exemptFromGc = exempt;
        if (exempt)
        {
            context.collector.removed(1);
        }
        else
        {
            context.collector.added(now);
        }
    }

    /** {@code ip neigh flush dev DEV}: removes the entries that are not PERMANENT or NOARP. */
    public int flush()
    {
        return flush(state -> state != NeighbourState.PERMANENT && state != NeighbourState.NOARP);
    }

    /** {@code ip neigh flush ... nud STATE}: removes the entries in the states picked. */
    public int flush(final java.util.function.Predicate<NeighbourState> states)
    {
        return removeIf(neighbour -> states.test(neighbour.state));
    }

    /** Removes the entries the filter picks (flush, garbage collection); returns how many. */
    int removeIf(final java.util.function.Predicate<Neighbour> remove)
    {
        final int[] counted = {0};
        final int removed = entries.removeIf(remove, neighbour ->
        {
            if (!neighbour.exemptFromGc)
            {
                counted[0]++;
            }
            kill(neighbour);
        });
        recent = null;
        context.collector.removed(counted[0]);
        return removed;
    }

    /** neigh_carrier_down: every entry but the PERMANENT ones goes, queued packets are dropped. */
    public void clearKeepingPermanent()
    {
        removeIf(neighbour -> neighbour.state != NeighbourState.PERMANENT);
    }

    /** neigh_ifdown: the device went down or left the namespace; every entry goes, queued packets are dropped. */
    public void clear()
    {
        removeIf(neighbour -> true);
    }

    private void kill(final Neighbour neighbour)
    {
        context.loop.cancel(neighbour.timer);
        purgeQueue(neighbour);
        neighbour.dead = true;
    }

    private void purgeQueue(final Neighbour neighbour)
    {
        Frame frame;
        while ((frame = neighbour.dequeue()) != null)
        {
            protocol.dropped(frame, NeighbourDrop.ENTRY_REMOVED);
        }
    }

    private void armTimer(final Neighbour neighbour, final long now, final long delayJiffies)
    {
        final long expires = jiffies(now) + delayJiffies;
        context.loop.schedule(neighbour.timer, context.timers.fireTime(now, expires));
    }

    private long retransJiffies()
    {
        return KernelTimers.toJiffies(parameters.retransTimeMs * 1_000_000L);
    }

    private long delayProbeJiffies()
    {
        return parameters.delayFirstProbeTimeS * KernelTimers.HZ;
    }

    /**
     * @return neigh_parms' reachable_time: uniform in [base/2, 3*base/2), drawn again when 300 s have passed since
     *         the last draw (neigh_periodic_work) or base_reachable_time was written since.
     */
    private long reachableJiffies(final long now)
    {
        if (lastRandomisedNs == Long.MIN_VALUE || now - lastRandomisedNs >= 300_000_000_000L
            || drawnGeneration != parameters.baseReachableGeneration)
        {
            final long baseJiffies = KernelTimers.toJiffies(parameters.baseReachableTimeMs * 1_000_000L);
            final long jiffies = baseJiffies == 0 ? 0 : context.random.nextLong(baseJiffies) + (baseJiffies >> 1);
            reachableTimeNs = jiffies * KernelTimers.NS_PER_JIFFY;
            lastRandomisedNs = now;
            drawnGeneration = parameters.baseReachableGeneration;
        }
        return reachableTimeNs / KernelTimers.NS_PER_JIFFY;
    }
}
