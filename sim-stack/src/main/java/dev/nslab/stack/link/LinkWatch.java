package dev.nslab.stack.link;

import java.util.LinkedHashSet;

import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.time.Timer;

/**
 * The machine's link watch (net/core/link_watch.c): a carrier change sets or clears LOWER_UP at once, but the
 * operational state (and with it IFF_RUNNING, {@code NO-CARRIER}, the link-local address, routes' {@code linkdown}
 * and a bridge port's forwarding) follows only when this work runs for the device. One instance per machine, as
 * the kernel has one event list and one rate limit for all namespaces.
 *
 * <p>The kernel's rules, kept here: an event is urgent when the device is running and its iflink differs from its
 * ifindex, or it has carrier while its qdisc is not yet switched on (linkwatch_urgent_event). Urgent work runs at
 * once; other work at most once a second (linkwatch_nextevent = jiffies + HZ after each full run): an event within
 * that second waits for its end, and a run that falls inside it handles only the devices that are urgent then,
 * putting the others back. {@link #sync} handles one device out of turn, as rtnl_getlink does. Commands take no
 * virtual time, so work due now also runs before the next scenario command or program ({@link #runDue}). Simulation
 * thread only.
 */
public final class LinkWatch
{
    private final Machine machine;
    /** lweventlist, in order; being in it is __LINK_STATE_LINKWATCH_PENDING. */
    private final LinkedHashSet<NetDevice> events = new LinkedHashSet<>();
    /** The devices a run took off the list and has not handled yet: still pending, so not listed again. */
    private final LinkedHashSet<NetDevice> taken = new LinkedHashSet<>();
    private final Timer work = new Timer(this::runWork);
    /** linkwatch_nextevent, in jiffies; before any run no second is being waited out. */
    private long nextEventJiffies = Long.MIN_VALUE / 2;
    /** When the last full run was, in virtual time: its second ends {@link #SECOND_NS} later. */
    private long lastFullRunNs;
    private static final long SECOND_NS = KernelTimers.HZ * KernelTimers.NS_PER_JIFFY;
    /** LW_URGENT: urgent work is queued. */
    private boolean urgentQueued;

    LinkWatch(final Machine machine)
    {
        this.machine = machine;
    }

    /** linkwatch_fire_event: the device's carrier changed (netif_carrier_on/off). */
    void fire(final NetDevice device)
    {
        final boolean urgent = isUrgent(device);
        if ((taken.contains(device) || !events.add(device)) && !urgent)
        {
            return;
        }
        schedule(urgent);
    }

    /** linkwatch_sync_dev: the device's pending event is handled now, outside the rate limit. */
    void sync(final NetDevice device)
    {
        if (events.remove(device) || taken.remove(device))
        {
            handle(device);
        }
    }

    /** A device is gone (netdev_run_todo syncs it; nothing of it can be seen any more). */
    void forget(final NetDevice device)
    {
        events.remove(device);
        taken.remove(device);
    }

    /**
     * Work due by now runs before a scenario command or a program starts, as the kernel's kworker runs while the
     * next one is being started (commands take no virtual time here).
     */
    public void runDue()
    {
        // A run may queue another at once (a bridge port's state change turns the bridge's carrier on): run it too.
        while (work.isScheduled() && work.time() <= machine.loop().now())
        {
            machine.loop().cancel(work);
            runWork(machine.loop().now());
        }
    }

    /** @return true when the device has an event waiting (for tests). */
    boolean isPending(final NetDevice device)
    {
        return events.contains(device);
    }

    /** linkwatch_urgent_event. */
    private static boolean isUrgent(final NetDevice device)
    {
        if (!device.adminUp)
        {
            return false;
        }
        if (device.iflink() != device.ifindex)
        {
            return true;
        }
        return device.hasCarrier() && device.qdiscTxChanging();
    }

    /** linkwatch_schedule_work: urgent work is queued now; other work when the current second is over. */
    private void schedule(final boolean urgent)
    {
        if (urgentQueued)
        {
            return;
        }
        final long now = machine.loop().now();
        final long jiffies = machine.timers().jiffies(now);
        long delay = nextEventJiffies - jiffies;
        if (urgent)
        {
            urgentQueued = true;
            delay = 0;
        }
        // The unsigned delay of a linkwatch_nextevent in the past is huge, and more than HZ means "now".
        if (delay < 0 || delay > KernelTimers.HZ)
        {
            delay = 0;
        }
        if (urgentQueued)
        {
            machine.loop().schedule(work, now);
        }
        else if (!work.isScheduled())
        {
            // schedule_delayed_work keeps a timer already queued. A delayed one goes through the timer wheel, whose
            // bucket (32 ms wide for most of the second) puts the run anywhere in it, by the phase of the kernel's
            // tick: measured, a veth end read 1012 ms after the second began was UP in 7 of 12 runs. The middle of
            // the bucket gives whichever outcome the kernel prints more often, where the machine's own phase
            // would give one of them for every scenario alike.
            machine.loop().schedule(work, delay == 0 ? now
                : Math.max(now, lastFullRunNs + SECOND_NS + KernelTimers.meanBucketWaitNs(delay)));
        }
    }

    /** linkwatch_event, __linkwatch_run_queue. */
    private void runWork(final long now)
    {
        final long jiffies = machine.timers().jiffies(now);
        final boolean urgentOnly = nextEventJiffies > jiffies;
        if (!urgentOnly)
        {
            nextEventJiffies = jiffies + KernelTimers.HZ;
            lastFullRunNs = now;
        }
        urgentQueued = false;
        taken.addAll(events);
        events.clear();
        while (!taken.isEmpty())
        {
            final NetDevice device = taken.iterator().next();
            taken.remove(device);
            if (urgentOnly && !isUrgent(device))
            {
                events.add(device);
                continue;
            }
            handle(device);
        }
        if (!events.isEmpty())
        {
            schedule(false);
        }
    }

    /** linkwatch_do_dev: the RFC 2863 state, the qdisc switched on or off, then NETDEV_CHANGE. */
    private void handle(final NetDevice device)
    {
        if (!device.alive || device.namespace == null)
        {
            return;
        }
        device.operState = device.defaultOperState();
        if (device.adminUp)
        {
            device.txActive = device.hasCarrier();
            device.namespace.linkStateChanged(device);
        }
    }
}
