package dev.nslab.core.time;

/**
 * When a kernel {@code timer_list} armed now for a delay really fires: jiffies at HZ=250 and the timer wheel's
 * rounding (kernel/time/timer.c calc_index: a timer in level n expires at the next multiple of 8^n jiffies after
 * its due time). This is why the kernel's 1 s ARP retransmissions come 1.016–1.024 s apart and a neighbour turns
 * FAILED about 3.06 s after the first request, and why the simulation's timings match the kernel's transcripts.
 */
public final class KernelTimers
{
    /** The test machine's CONFIG_HZ. */
    public static final int HZ = 250;
    public static final long NS_PER_JIFFY = 1_000_000_000L / HZ;
    private static final int LVL_CLK_SHIFT = 3;
    private static final int LVL_BITS = 6;
    private static final int LVL_DEPTH = 9;

    /** Jiffies at virtual time 0 (booted machines are not at jiffy 0; the phase changes the rounding). */
    private final long jiffiesAtZero;

    public KernelTimers(final long jiffiesAtZero)
    {
        this.jiffiesAtZero = jiffiesAtZero;
    }

    /** @return the jiffies counter at virtual time {@code nowNs}. */
    public long jiffies(final long nowNs)
    {
        return jiffiesAtZero + nowNs / NS_PER_JIFFY;
    }

    /** @return a duration in jiffies, rounded up as msecs_to_jiffies does. */
    public static long toJiffies(final long durationNs)
    {
        return (durationNs + NS_PER_JIFFY - 1) / NS_PER_JIFFY;
    }

    /** The clock_t tick of /proc interfaces (USER_HZ). */
    public static final int USER_HZ = 100;

    /**
     * @return milliseconds as a sysctl of proc_dointvec_ms_jiffies keeps them: msecs_to_jiffies rounds up to a
     *         jiffy, read back as jiffies_to_msecs (1 ms is kept as 4 ms at HZ=250).
     */
    public static long msAsKept(final long milliseconds)
    {
        final long jiffies = (milliseconds * HZ + 999) / 1000;
        return jiffies * 1000 / HZ;
    }

    /**
     * @return USER_HZ ticks written to a proc_dointvec_userhz_jiffies sysctl, in milliseconds as kept:
     *         clock_t_to_jiffies rounds down (1 tick, 10 ms, is kept as 2 jiffies, 8 ms).
     */
    public static long clockTicksToMsAsKept(final long ticks)
    {
        final long jiffies = ticks * HZ / USER_HZ;
        return jiffies * 1000 / HZ;
    }

    /** @return jiffies_to_clock_t: jiffies in USER_HZ ticks, rounded down. */
    public static long jiffiesToClockTicks(final long jiffies)
    {
        return jiffies * NS_PER_JIFFY / (1_000_000_000L / USER_HZ);
    }

    /** @return milliseconds (a whole number of jiffies) read back in USER_HZ ticks, as jiffies_to_clock_t rounds. */
    public static long msToClockTicks(final long milliseconds)
    {
        final long jiffies = milliseconds * HZ / 1000;
        return jiffies * NS_PER_JIFFY / (1_000_000_000L / USER_HZ);
    }

    /**
     * @param nowNs         the virtual time the timer is armed at.
     * @param expiresJiffies the absolute jiffies value passed to mod_timer.
     * @return the virtual time at which the timer callback runs.
     */
    public long fireTime(final long nowNs, final long expiresJiffies)
    {
        final long clk = jiffies(nowNs);
        final long expires = Math.max(expiresJiffies, clk);
        final int shift = levelOf(expires - clk) * LVL_CLK_SHIFT;
        final long bucketExpiry = ((expires >> shift) + 1) << shift;
        return (bucketExpiry - jiffiesAtZero) * NS_PER_JIFFY;
    }

    /**
     * @param deltaJiffies how far ahead a timer is armed.
     * @return how long after its expiry, on average, the timer wheel runs it: half its level's granularity (a timer
     *         runs at the end of its bucket, 1 jiffy wide up to 63 jiffies ahead, 8 up to 504, ...), averaged over
     *         where the expiry falls in its bucket and the tick in its jiffy, which a scenario cannot know of the
     *         kernel's clock.
     */
    public static long meanBucketWaitNs(final long deltaJiffies)
    {
        return (NS_PER_JIFFY << (levelOf(deltaJiffies) * LVL_CLK_SHIFT)) / 2;
    }

    /** calc_wheel_index: the wheel level of a timer armed {@code deltaJiffies} ahead. */
    private static int levelOf(final long deltaJiffies)
    {
        int level = 0;
        while (level < LVL_DEPTH - 1 && deltaJiffies >= levelStart(level + 1))
        {
            level++;
        }
        return level;
    }

    /** @return the virtual time a timer armed now with {@code delayNs} fires. */
    public long fireTimeAfter(final long nowNs, final long delayNs)
    {
        return fireTime(nowNs, jiffies(nowNs) + toJiffies(delayNs));
    }

    private static long levelStart(final int level)
    {
        // LVL_START(n) = (LVL_SIZE - 1) << ((n - 1) * LVL_CLK_SHIFT), LVL_SIZE = 64
        return ((1L << LVL_BITS) - 1) << ((level - 1) * LVL_CLK_SHIFT);
    }
}
