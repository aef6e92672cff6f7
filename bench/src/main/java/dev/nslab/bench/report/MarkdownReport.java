package dev.nslab.bench.report;

import java.util.Map;

/** {@code latest.md}: the table first, then what was skipped and the run's facts. */
final class MarkdownReport
{
    private MarkdownReport()
    {
    }

    static String render(final Report report, final String jsonName, final String plotName)
    {
        final StringBuilder md = new StringBuilder();
        md.append("# nslab bench (").append(report.mode()).append(") — ").append(report.startedAt()).append("\n\n");
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
        md.append("nslab figures are JMH means ± 99.9% error where JMH gives one; `--quick` runs few, short iterations, "
            + "so error bars are wide (a range in brackets is the lowest and highest iteration). A ratio above 1 means nslab does more per second than the kernel; for a time, below 1 means nslab is faster.\n");
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
        md.append("- every figure with its error: `").append(jsonName).append("`; latency plot: `").append(plotName)
            .append("`\n");
        return md.toString();
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
