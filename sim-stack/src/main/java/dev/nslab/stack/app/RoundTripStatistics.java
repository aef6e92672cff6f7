package dev.nslab.stack.app;

/**
 * iputils 20221126's round-trip statistics (gather_statistics and finish()): minimum, maximum, running sums of the
 * times and their squares kept as doubles, the moving average ping's adaptive mode reads, and the average and
 * mean deviation printed at the end, truncated as iputils truncates them.
 */
final class RoundTripStatistics
{
    private long min = Long.MAX_VALUE;
    private long max;
    private double sum;
    private double sumOfSquares;
    /** rts->rtt: the moving average times 8, an int in iputils. */
    private long ewma;

    /** Adds one round trip of {@code tripUs} microseconds (a duplicate counts too). */
    void add(final long tripUs)
    {
        sum += tripUs;
        sumOfSquares += (double) tripUs * tripUs;
        min = Math.min(min, tripUs);
        max = Math.max(max, tripUs);
        ewma = ewma == 0 ? tripUs * 8 : ewma + tripUs - ewma / 8;
    }

    /** @return the least round trip of {@code total}, 0 when there was none. */
    long min(final long total)
    {
        return total == 0 ? 0 : min;
    }

    long max()
    {
        return max;
    }

    long ewma()
    {
        return ewma;
    }

    /** @return finish()'s average over {@code total} replies, in whole microseconds. */
    long average(final long total)
    {
        return total == 0 ? 0 : (long) (sum / total);
    }

    /** @return finish()'s mean deviation: the variance truncated to whole microseconds, then llsqrt. */
    long meanDeviation(final long total)
    {
        if (total == 0)
        {
            return 0;
        }
        final long average = average(total);
        final long variance = sum < Integer.MAX_VALUE
            ? (long) ((sumOfSquares - sum * sum / total) / total)
            : (long) (sumOfSquares / total - (double) (average * average));
        return llsqrt(variance);
    }

    /**
     * iputils 20221126's llsqrt(): Newton's method on integers, returning its last step. That is the square root
     * rounded down, except just below a perfect square, where the steps alternate and the one returned is a
     * step too high ({@code llsqrt(3) = 2}, {@code llsqrt(8) = 3}); 0 and negative values come back as they are.
     */
    static long llsqrt(final long a)
    {
        long previous = Long.MAX_VALUE;
        long x = a;
        if (x > 0)
        {
            while (x < previous)
            {
                previous = x;
                x = (x + a / x) / 2;
            }
        }
        return x;
    }
}
