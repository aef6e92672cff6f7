package dev.nslab.bench.report;

import java.util.Map;

/** {@code latest.md}: the table first, then what was skipped and the run's facts. */
final class MarkdownReport
{
    /** The side-by-side plot's file name, next to {@code latest.md}. */
    static final String SIDE_BY_SIDE_PLOT = "side-by-side.svg";

    private MarkdownReport()
    {
    }

    static String render(final Report report, final String jsonName, final String plotName)
    {
        final StringBuilder md = new StringBuilder();
        md.append("# nslab bench (").append(report.mode()).append(") — ").append(report.startedAt()).append("\n\n");
        sideBySide(md, report);
        md.append("## Every figure\n\n");
        md.append("| benchmark | nslab | kernel | nslab/kernel | target | met? |\n");
        md.append("|---|---:|---:|---:|---|:-:|\n");
        for (final ReportRow row : report.rows())
        {
            md.append("| ").append(row.benchmark())
                .append(" | ").append(withError(row.nslab()))
                .append(" | ").append(row.kernel() == null ? "—" : Format.figure(row.kernel().value(), row.kernel().unit()))
                .append(" | ").append(Format.ratio(row.ratio()))
                .append(" | ").append(row.target() == null ? "" : row.target().text())
                .append(" | ").append(met(row.met()))
                .append(" |\n");
        }
        md.append('\n');
        md.append("nslab figures are JMH means ± 99.9% error where JMH gives one, except those of the side-by-side "
            + "rounds (echo with capture off, 8 routers, and the kernel's), which are means ± standard deviation over "
            + "rounds; `--quick` runs few, short iterations, so error bars are wide (a range in brackets is the lowest and highest iteration). A ratio above 1 means nslab does more per second than the kernel; for a time, below 1 means nslab is faster.\n");
        if (!report.notes().isEmpty())
        {
            md.append("\n## Notes\n");
            for (final String note : report.notes())
            {
                md.append("- ").append(note.replace("\n", " ")).append('\n');
            }
        }
        md.append("\n## Run\n");
        md.append("- wall time: ").append(String.format(java.util.Locale.ROOT, "%.1f s", report.wallSeconds())).append('\n');
        for (final Map.Entry<String, String> fact : report.environment().entrySet())
        {
            md.append("- ").append(fact.getKey()).append(": ").append(fact.getValue()).append('\n');
        }
        md.append("- every figure with its error: `").append(jsonName).append("`; plots: `").append(plotName)
            .append("` (latency), `").append(SIDE_BY_SIDE_PLOT).append("` (side by side)\n");
        return md.toString();
    }

    /** Issue 15's table: the same workloads on each engine, then the ratios, all from the same interleaved rounds. */
    private static void sideBySide(final StringBuilder md, final Report report)
    {
        md.append("## Side by side: ").append(report.rounds()).append(" interleaved rounds, mean ± standard deviation "
            + "over rounds\n\n");
        md.append("| workload | bare loop (Java) | nslab | ns-3 | kernel |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        for (final WorkloadRow row : report.workloads())
        {
            md.append("| ").append(row.workload())
                .append(" | ").append(withError(row.bare()))
                .append(" | ").append(withError(row.nslab()))
                .append(" | ").append(withError(row.ns3()))
                .append(" | ").append(withError(row.kernel()))
                .append(" |\n");
        }
        md.append('\n');
        md.append("| ratio, taken in each round | mean ± sd | target | met? |\n");
        md.append("|---|---:|---|:-:|\n");
        for (final ReportRow row : report.ratios())
        {
            md.append("| ").append(row.benchmark())
                .append(" | ").append(ratioWithError(row.nslab()))
                .append(" | ").append(row.target() == null ? "" : row.target().text())
                .append(" | ").append(met(row.met()))
                .append(" |\n");
        }
        md.append('\n');
        md.append("One operation is one ICMP echo request and its reply, one request in flight; nslab and ns-3 in "
            + "virtual time, as fast as the CPU allows; the kernel is `ping -f -q` between namespaces in the sandbox. "
            + "A figure missing (—) was not measured here: the notes say why.\n\n");
    }

    private static String ratioWithError(final Figure ratio)
    {
        if (ratio == null)
        {
            return "—";
        }
        if (Double.isNaN(ratio.error()))
        {
            return Format.ratio(ratio.value());
        }
        return Format.ratio(ratio.value()) + " ± " + Format.number(ratio.error());
    }

    private static String withError(final Figure figure)
    {
        if (figure == null)
        {
            return "—";
        }
        final String value = Format.figure(figure.value(), figure.unit());
        if (!Double.isNaN(figure.error()))
        {
            return value + " ± " + Format.figure(figure.error(), figure.unit());
        }
        final boolean jmhFigure = figure.unit().endsWith("/op") || figure.unit().endsWith("/s");
        if (jmhFigure && figure.samples() > 1 && !Double.isNaN(figure.min()))
        {
            // Too few iterations for an error bar: show their range.
            return value + " (" + Format.figure(figure.min(), figure.unit()) + " to "
                + Format.figure(figure.max(), figure.unit()) + ")";
        }
        return value;
    }

    private static String met(final Boolean met)
    {
        if (met == null)
        {
            return "";
        }
        return met ? "✔" : "✘";
    }
}
