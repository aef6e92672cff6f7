package dev.nslab.stack.ipv6;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.core.time.KernelTimers;
import dev.nslab.core.time.Timer;

/**
 * A device's MLDv2 host side (net/ipv6/mcast.c): the groups it joined, newest first as idev->mc_list keeps them,
 * and the unsolicited reports a join, a leave, an up or the end of DAD sends, each repeated mc_qrv (2) times at
 * random within the unsolicited report interval. nslab has no querier, so nothing answers queries. Every report
 * holds CHANGE_TO_EXCLUDE records for joins and CHANGE_TO_INCLUDE records for leaves, with no sources, as the
 * kernel sends for groups joined by addresses.
 */
final class Mld
{
    /** sysctl_mld_qrv: the robustness variable, how many times a change is reported. */
    static final int ROBUSTNESS = 2;
    static final int RECORD_CHANGE_TO_INCLUDE = 3;
    static final int RECORD_CHANGE_TO_EXCLUDE = 4;

    private final Ipv6Device device;
    /** idev->mc_list: newest first; a device joins two to four (all-nodes, solicited-node, interface-local). */
    final List<MulticastGroup> groups = new ArrayList<>(4);
    /** idev->mc_tomb: left groups whose CHANGE_TO_INCLUDE records are still owed, newest first; made at a leave. */
    private List<MulticastGroup> tomb;
    /** mc_ifc_count: change reports still to send for the last change. */
    private int interfaceChangeCount;
    /** mc_dad_count: state reports still to send since DAD ended. */
    private int dadCount;
    /** mc_ifc_work and mc_dad_work, made when first armed: most devices of a large simulation never report. */
    private Timer interfaceChangeWork;
    private Timer dadWork;

    Mld(final Ipv6Device device)
    {
        this.device = device;
    }

    /** ipv6_dev_mc_inc: a user joins the group; a new group is reported if the device is up. */
    void join(final long high, final long low, final long now)
    {
        for (final MulticastGroup group : groups)
        {
            if (group.is(high, low))
            {
                group.users++;
                return;
            }
        }
        final MulticastGroup group = new MulticastGroup(high, low);
        groups.add(0, group);
        removeFromTomb(high, low);
        load(group);
        groupAdded(group, now);
    }

    /**
     * br_multicast_join_snoopers' ipv6_dev_mc_inc of ff02::6a, from br_dev_open: before IFF_UP, so nothing is
     * reported until the bridge's link is ready and every group is reported (ipv6_mc_up).
     */
    void joinSnoopers()
    {
        for (final MulticastGroup group : groups)
        {
            if (group.is(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_SNOOPERS_LOW))
            {
                group.users++;
                return;
            }
        }
        final MulticastGroup group = new MulticastGroup(Ipv6Address.LINK_MULTICAST_HIGH, Ipv6Address.ALL_SNOOPERS_LOW);
        group.heldByLink = true;
        groups.add(0, group);
        removeFromTomb(group.high, group.low);
    }

    /** ipv6_dev_mc_dec: a user leaves; the last one's leave is reported while the device is up. */
    void leave(final long high, final long low, final long now)
    {
        for (int i = 0; i < groups.size(); i++)
        {
            final MulticastGroup group = groups.get(i);
            if (group.is(high, low))
            {
                if (--group.users == 0)
                {
                    groups.remove(i);
                    unload(group);
                    groupDropped(group, now);
                }
                return;
            }
        }
    }

    /** @return true when the device listens to the group (ipv6_chk_mcast_addr). */
    boolean isJoined(final long high, final long low)
    {
        for (final MulticastGroup group : groups)
        {
            if (group.is(high, low))
            {
                return true;
            }
        }
        return false;
    }

    /** ipv6_mc_up: every group is installed and reported again (a device that came up, or regained its link). */
    void up(final long now)
    {
        for (final MulticastGroup group : groups)
        {
            removeFromTomb(group.high, group.low);
            load(group);
            groupAdded(group, now);
        }
    }

    /** NETDEV_UP before the link is ready: the groups' addresses are back in the device's list, unreported. */
    void install()
    {
        for (final MulticastGroup group : groups)
        {
            load(group);
        }
    }

    /**
     * ipv6_mc_down: the groups stay joined but leave the device's list, and nothing more is reported until the
     * next up.
     */
    void down()
    {
        for (final MulticastGroup group : groups)
        {
            unload(group);
        }
        interfaceChangeCount = 0;
        dadCount = 0;
        if (tomb != null)
        {
            tomb.clear();
        }
        if (interfaceChangeWork != null)
        {
            device.namespace.cancel(interfaceChangeWork);
        }
        if (dadWork != null)
        {
            device.namespace.cancel(dadWork);
        }
    }

    /** ipv6_mc_destroy_dev: the device's IPv6 goes; so do its groups. */
    void destroy()
    {
        down();
        groups.clear();
    }

    /**
     * ipv6_mc_dad_complete: the link-local address is valid, so the reports sent from :: during DAD are repeated
     * from it, at once and once more at random within the interval.
     */
    void dadComplete(final long now)
    {
        dadCount = ROBUSTNESS;
        sendStateReport(now);
        dadCount--;
        if (dadCount > 0)
        {
            startWork(dadWork(), device.namespace.unsolicitedReportInterval(device), now);
        }
    }

    /** igmp6_group_added for MLDv2: an excluding join owes mc_qrv change reports. */
    private void groupAdded(final MulticastGroup group, final long now)
    {
        if (Ipv6Address.multicastScope(group.high) < 2 || !device.device.isUp() || group.noReport)
        {
            return;
        }
        group.changeReportsLeft = ROBUSTNESS;
        interfaceChangeEvent(now);
    }

    /** igmp6_group_dropped and igmp6_leave_group: the leave is remembered in the tomb and reported. */
    private void groupDropped(final MulticastGroup group, final long now)
    {
        if (Ipv6Address.multicastScope(group.high) < 2 || group.noReport || device.dead)
        {
            return;
        }
        group.changeReportsLeft = ROBUSTNESS;
        if (tomb == null)
        {
            tomb = new ArrayList<>(4);
        }
        tomb.add(0, group);
        interfaceChangeEvent(now);
    }

    /** mld_ifc_event: mc_qrv change reports, the first one at once (mld_ifc_start_work(idev, 1)). */
    private void interfaceChangeEvent(final long now)
    {
        interfaceChangeCount = ROBUSTNESS;
        startWork(interfaceChangeWork(), 1, now);
    }

    private Timer interfaceChangeWork()
    {
        if (interfaceChangeWork == null)
        {
            interfaceChangeWork = new Timer(this::interfaceChangeWorkRuns);
        }
        return interfaceChangeWork;
    }

    private Timer dadWork()
    {
        if (dadWork == null)
        {
            dadWork = new Timer(this::dadWorkRuns);
        }
        return dadWork;
    }

    /**
     * mld_ifc_start_work and mld_dad_start_work: at random below {@code delay} jiffies, plus 2. The timer wheel runs
     * the work at the end of its 1-jiffy bucket, anywhere from 2 to 3 jiffies after it was armed by the phase of the
     * kernel's tick, which differs from run to run there; here it runs in the middle, 2.5 jiffies (10 ms for the
     * first report), so that an {@code ip -s link} read near it prints what the kernel prints more often (reads 8 to
     * 9 ms after a peer's link-up saw its report in 1 of 8 quiet kernel runs, 9 to 10 ms after in 5 of 10) whatever
     * phase the commands' durations give the simulated tick.
     */
    private void startWork(final Timer work, final long delayJiffies, final long now)
    {
        final long random = delayJiffies <= 1 ? 0 : device.namespace.typicalBelow(delayJiffies);
        final long jiffies = random + 2;
        device.namespace.scheduleAt(work,
            now + jiffies * KernelTimers.NS_PER_JIFFY + KernelTimers.meanBucketWaitNs(jiffies));
    }

    /** mld_ifc_work. */
    private void interfaceChangeWorkRuns(final long now)
    {
        sendChangeReport(now);
        if (interfaceChangeCount > 0)
        {
            interfaceChangeCount--;
            if (interfaceChangeCount > 0)
            {
                startWork(interfaceChangeWork, device.namespace.unsolicitedReportInterval(device), now);
            }
        }
    }

    /** mld_dad_work. */
    private void dadWorkRuns(final long now)
    {
        sendStateReport(now);
        if (dadCount > 0)
        {
            dadCount--;
            if (dadCount > 0)
            {
                startWork(dadWork, device.namespace.unsolicitedReportInterval(device), now);
            }
        }
    }

    /** mld_send_cr: the tomb's leaves, then the joins still owing reports; nothing when nothing is owed. */
    private void sendChangeReport(final long now)
    {
        final MldReport report = device.namespace.output().mldReport();
        for (int i = 0; tomb != null && i < tomb.size();)
        {
            final MulticastGroup left = tomb.get(i);
            if (left.changeReportsLeft > 0)
            {
                report.add(RECORD_CHANGE_TO_INCLUDE, left.high, left.low);
                left.changeReportsLeft--;
            }
            if (left.changeReportsLeft == 0)
            {
                tomb.remove(i);
            }
            else
            {
                i++;
            }
        }
        for (final MulticastGroup group : groups)
        {
            if (group.changeReportsLeft > 0 && !group.noReport)
            {
                report.add(RECORD_CHANGE_TO_EXCLUDE, group.high, group.low);
                group.changeReportsLeft--;
            }
        }
        report.send(device, now);
    }

    /** mld_send_initial_cr: a CHANGE_TO_EXCLUDE record for every reported group. */
    private void sendStateReport(final long now)
    {
        final MldReport report = device.namespace.output().mldReport();
        for (final MulticastGroup group : groups)
        {
            if (!group.noReport && Ipv6Address.multicastScope(group.high) >= 2)
            {
                report.add(RECORD_CHANGE_TO_EXCLUDE, group.high, group.low);
            }
        }
        report.send(device, now);
    }

    /** igmp6_group_added's MAF_LOADED part: dev_mc_add for a group of link scope or wider. */
    private void load(final MulticastGroup group)
    {
        if (!group.loaded && !group.heldByLink && Ipv6Address.multicastScope(group.high) >= 2)
        {
            group.loaded = true;
            device.device.multicast().add(Ipv6Address.multicastMac(group.low));
        }
    }

    /** igmp6_group_dropped's MAF_LOADED part: dev_mc_del. */
    private void unload(final MulticastGroup group)
    {
        if (group.loaded)
        {
            group.loaded = false;
            device.device.multicast().delete(Ipv6Address.multicastMac(group.low));
        }
    }

    private void removeFromTomb(final long high, final long low)
    {
        if (tomb != null)
        {
            tomb.removeIf(left -> left.is(high, low));
        }
    }
}
