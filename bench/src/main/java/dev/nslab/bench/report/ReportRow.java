package dev.nslab.bench.report;

/**
 * One line of the human table: a benchmark, nslab's figure, the kernel's where it was measured, and the goal.
 *
 * @param benchmark what was measured.
 * @param nslab     nslab's figure, or null when it failed to run.
 * @param kernel    the kernel's figure in the same unit, or null.
 * @param target    the goal, or null when the row only informs.
 */
public record ReportRow(String benchmark, Figure nslab, Figure kernel, Target target)
{
    /** @return nslab / kernel, or NaN without both. */
    public double ratio()
    {
        if (nslab == null || kernel == null || kernel.value() == 0)
        {
            return Double.NaN;
        }
        return nslab.value() / kernel.value();
    }

    /** @return null when there is no target or no figure, else whether the figure meets it. */
    public Boolean met()
    {
        if (target == null || nslab == null)
        {
            return null;
        }
        return target.isMetBy(nslab.value());
    }
}
