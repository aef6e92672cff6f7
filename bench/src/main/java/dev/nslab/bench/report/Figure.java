package dev.nslab.bench.report;

/**
 * One measured figure.
 *
 * @param id      a stable key, e.g. {@code echo.off} (the JSON is read by machines).
 * @param label   what a person calls it.
 * @param value   the score (a mean for JMH or over rounds, a percentile or a single run otherwise).
 * @param error   JMH's 99.9% half-width; for figures measured in rounds ({@link Rounds}) the standard deviation
 *                over rounds; NaN when the figure has none (one run, too few iterations).
 * @param min     the lowest iteration or round, or NaN.
 * @param max     the highest iteration or round, or NaN.
 * @param unit    e.g. {@code ops/s}, {@code ns/op}, {@code B/op}.
 * @param samples how many iterations, rounds or runs the value comes from.
 */
public record Figure(String id, String label, double value, double error, double min, double max, String unit,
    long samples)
{
    /** A figure from one run, with no error bar. */
    public static Figure single(final String id, final String label, final double value, final String unit)
    {
        return new Figure(id, label, value, Double.NaN, Double.NaN, Double.NaN, unit, 1);
    }
}
