package dev.nslab.stack;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.core.frame.Frame;

/**
 * The ARP neighbour table of one device, following Linux's NUD state machine (net/core/neighbour.c):
 * __neigh_event_send on output, neigh_timer_handler for the timers, neigh_update when ARP tells us something.
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
    final NetDevice device;
    private final NeighbourMap entries = new NeighbourMap();
    /** The last entry looked up: the hot path sends to the same next hop again and again. */
    private Neighbour recent;

    NeighbourTable(final NetDevice device)
    {
        this.device = device;
    }

    /** @return the entry for an address, or null. */
    public Neighbour lookup(final int address)
    {
        final Neighbour recent = this.recent;
        if (recent != null && recent.address == address && !recent.dead)
        {
            return recent;
        }
        final Neighbour found = entries.get(address);
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

    public int size()
    {
        return entries.size();
    }

    private Simulation simulation()
    {
        return device.simulation;
    }

    private long jiffies(final long now)
    {
        return simulation().timers.jiffies(now);
    }

    /** @return the new entry, or null when the table is full (the packet that wanted it is dropped). */
    private Neighbour create(final int address, final long now)
    {
        if (!simulation().neighbourGc.mayAllocate(now))
        {
            return null;
        }
        simulation().neighbourGc.added(now);
        final long baseJiffies = KernelTimers.toJiffies(device.neighbourParameters.baseReachableTimeMs * 1_000_000L);
        final Neighbour neighbour = new Neighbour(this, address, jiffies(now), baseJiffies);
        entries.add(neighbour);
        recent = neighbour;
        return neighbour;
    }

    /**
     * Sends an IPv4 packet (frame positioned at the IP header) to a next hop on this device: at once when the
     * neighbour's address is usable, or queued while it resolves.
     */
    void output(final Frame packet, final int nextHop, final long now)
    {
        Neighbour neighbour = lookup(nextHop);
        if (neighbour == null)
        {
            neighbour = create(nextHop, now);
            if (neighbour == null)
            {
                device.namespace.stats.neighbourTableOverflows++;
                packet.release();
                return;
            }
        }
        neighbour.used = jiffies(now);
        if (eventSend(neighbour, packet, now))
        {
            return;
        }
        device.namespace.linkLayer.sendIpv4(device, packet, neighbour.mac, now);
    }

    /**
     * __neigh_event_send.
     *
     * @return true when the packet was queued (or dropped); false when the caller may send it now.
     */
    private boolean eventSend(final Neighbour neighbour, final Frame packet, final long now)
    {
        final NeighbourState state = neighbour.state;
        if (state.isConnected() || state == NeighbourState.DELAY || state == NeighbourState.PROBE)
        {
            return false;
        }
        final NeighbourParameters parameters = device.neighbourParameters;
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
                packet.release();
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
            while (neighbour.queueLength >= parameters.unresolvedQueueLength)
            {
                final Frame oldest = neighbour.dequeue();
                device.namespace.stats.neighbourQueueDiscards++;
                oldest.release();
            }
            neighbour.enqueue(packet);
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
        final NeighbourParameters parameters = device.neighbourParameters;
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
            simulation().loop.schedule(neighbour.timer, simulation().timers.fireTime(now, next));
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
            device.namespace.ipv4.linkFailure(packet, now);
        }
    }

    /** neigh_probe: one more solicitation, broadcast or unicast by the probe count (arp_solicit). */
    private void probe(final Neighbour neighbour, final long now)
    {
        neighbour.probes++;
        final int afterUnicast = neighbour.probes - device.neighbourParameters.ucastSolicit;
        final boolean unicast = afterUnicast < 0 || neighbour.state == NeighbourState.PROBE;
        device.namespace.arp.solicit(neighbour, unicast && neighbour.state.isValid(), now);
    }

    /**
     * neigh_update.
     *
     * @param mac      the link-layer address ARP told us.
     * @param newState REACHABLE (a reply for us) or STALE.
     * @param override whether a different address may replace a valid one.
     */
    void update(final Neighbour neighbour, final long mac, NeighbourState newState, final boolean override,
        final long now)
    {
        final long nowJiffies = jiffies(now);
        final NeighbourState old = neighbour.state;
        long newMac = mac;
        if (newState.isConnected())
        {
            neighbour.confirmed = nowJiffies;
        }
        if (old.isValid())
        {
            if (newMac != neighbour.mac && !override)
            {
                return;
            }
            if (newMac == neighbour.mac && newState == NeighbourState.STALE)
            {
                newState = old;
            }
        }
        if (newState != old || newMac != neighbour.mac)
        {
            neighbour.updated = nowJiffies;
        }
        if (newState != old)
        {
            simulation().loop.cancel(neighbour.timer);
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
                final long baseJiffies =
                    KernelTimers.toJiffies(device.neighbourParameters.baseReachableTimeMs * 1_000_000L);
                neighbour.confirmed = nowJiffies - (baseJiffies << 1);
            }
        }
        if (newState == old)
        {
            return;
        }
        if (!old.isValid())
        {
            // The address is known now: send what waited for it, oldest first.
            Frame packet;
            while (neighbour.state.isValid() && (packet = neighbour.dequeue()) != null)
            {
                device.namespace.linkLayer.sendIpv4(device, packet, neighbour.mac, now);
            }
            neighbour.purgeQueue();
        }
    }

    /** neigh_event_ns: an ARP request for one of our addresses creates or refreshes a STALE entry for its sender. */
    void learnFromRequest(final int address, final long mac, final long now)
    {
        Neighbour neighbour = lookup(address);
        if (neighbour == null)
        {
            neighbour = create(address, now);
            if (neighbour == null)
            {
                return;
            }
        }
        update(neighbour, mac, NeighbourState.STALE, true, now);
    }

    /** The rest of arp_process: an existing entry learns from a reply (REACHABLE) or other ARP (STALE). */
    void learnFromArp(final int address, final long mac, final boolean replyToUs, final long now)
    {
        final Neighbour neighbour = lookup(address);
        if (neighbour == null)
        {
            return;
        }
        final long lockJiffies = KernelTimers.toJiffies(device.neighbourParameters.locktimeMs * 1_000_000L);
        final boolean override = jiffies(now) > neighbour.updated + lockJiffies;
        update(neighbour, mac, replyToUs ? NeighbourState.REACHABLE : NeighbourState.STALE, override, now);
    }

    /** {@code ip neigh flush dev DEV}: removes the entries that are not PERMANENT or NOARP. */
    public int flush()
    {
        return removeIf(neighbour -> neighbour.state != NeighbourState.PERMANENT
            && neighbour.state != NeighbourState.NOARP);
    }

    /** Removes the entries the filter picks (flush, garbage collection); returns how many. */
    int removeIf(final java.util.function.Predicate<Neighbour> remove)
    {
        final int removed = entries.removeIf(remove, this::kill);
        recent = null;
        simulation().neighbourGc.removed(removed);
        return removed;
    }

    /** neigh_ifdown: the device went down or left the namespace; every entry goes, queued packets are dropped. */
    void clear()
    {
        removeIf(neighbour -> true);
    }

    private void kill(final Neighbour neighbour)
    {
        simulation().loop.cancel(neighbour.timer);
        neighbour.purgeQueue();
        neighbour.dead = true;
    }

    private void armTimer(final Neighbour neighbour, final long now, final long delayJiffies)
    {
        final long expires = jiffies(now) + delayJiffies;
        simulation().loop.schedule(neighbour.timer, simulation().timers.fireTime(now, expires));
    }

    private long retransJiffies()
    {
        return KernelTimers.toJiffies(device.neighbourParameters.retransTimeMs * 1_000_000L);
    }

    private long delayProbeJiffies()
    {
        return device.neighbourParameters.delayFirstProbeTimeS * KernelTimers.HZ;
    }

    private long reachableJiffies(final long now)
    {
        return device.neighbourParameters.reachableTimeNs(now, simulation().random) / KernelTimers.NS_PER_JIFFY;
    }
}
