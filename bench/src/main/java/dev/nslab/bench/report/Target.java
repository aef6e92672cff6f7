package dev.nslab.bench.report;

/**
 * A goal from issue 6: a figure must be at least, or below, a bound.
 *
 * @param text       how the report states it, e.g. "≥ 3 M/s".
 * @param bound      the bound, in the figure's unit.
 * @param atLeast    true when the figure must reach the bound, false when it must stay under it.
 */
public record Target(String text, double bound, boolean atLeast)
{
    public static Target atLeast(final String text, final double bound)
    {
        return new Target(text, bound, true);
    }

    public static Target below(final String text, final double bound)
    {
        return new Target(text, bound, false);
    }

    public boolean isMetBy(final double value)
    {
        return atLeast ? value >= bound : value < bound;
    }
}
