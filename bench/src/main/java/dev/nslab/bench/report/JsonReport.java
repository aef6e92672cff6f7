package dev.nslab.bench.report;

import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable report: every figure with its unit, error and range, the table's verdicts, the notes and
 * the environment. Written by hand (no JSON library in the jar); NaN becomes null.
 */
final class JsonReport
{
    private JsonReport()
    {
    }

    static String render(final Report report)
    {
        final StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"startedAt\": ").append(string(report.startedAt())).append(",\n");
        json.append("  \"mode\": ").append(string(report.mode())).append(",\n");
        json.append("  \"wallSeconds\": ").append(number(report.wallSeconds())).append(",\n");
        json.append("  \"environment\": {");
        String separator = "\n";
        for (final Map.Entry<String, String> fact : report.environment().entrySet())
        {
            json.append(separator).append("    ").append(string(fact.getKey())).append(": ").append(string(fact.getValue()));
            separator = ",\n";
        }
        json.append("\n  },\n");
        json.append("  \"figures\": [");
        separator = "\n";
        for (final Figure figure : report.figures())
        {
            json.append(separator).append("    {\"id\": ").append(string(figure.id()))
                .append(", \"label\": ").append(string(figure.label()))
                .append(", \"value\": ").append(number(figure.value()))
                .append(", \"error\": ").append(number(figure.error()))
                .append(", \"min\": ").append(number(figure.min()))
                .append(", \"max\": ").append(number(figure.max()))
                .append(", \"unit\": ").append(string(figure.unit()))
                .append(", \"samples\": ").append(figure.samples())
                .append('}');
            separator = ",\n";
        }
        json.append("\n  ],\n");
        json.append("  \"rounds\": ").append(report.rounds()).append(",\n");
        json.append("  \"sideBySide\": [");
        separator = "\n";
        for (final WorkloadRow row : report.workloads())
        {
            json.append(separator).append("    {\"workload\": ").append(string(row.workload()))
                .append(", \"bare\": ").append(id(row.bare()))
                .append(", \"nslab\": ").append(id(row.nslab()))
                .append(", \"ns3\": ").append(id(row.ns3()))
                .append(", \"kernel\": ").append(id(row.kernel()))
                .append('}');
            separator = ",\n";
        }
        json.append("\n  ],\n");
        json.append("  \"ratios\": [");
        separator = "\n";
        for (final ReportRow row : report.ratios())
        {
            json.append(separator).append("    {\"ratio\": ").append(string(row.benchmark()))
                .append(", \"figure\": ").append(id(row.nslab()))
                .append(", \"value\": ").append(number(row.nslab() == null ? Double.NaN : row.nslab().value()))
                .append(", \"error\": ").append(number(row.nslab() == null ? Double.NaN : row.nslab().error()))
                .append(", \"target\": ").append(row.target() == null ? "null" : string(row.target().text()))
                .append(", \"met\": ").append(row.met() == null ? "null" : row.met().toString())
                .append('}');
            separator = ",\n";
        }
        json.append("\n  ],\n");
        json.append("  \"table\": [");
        separator = "\n";
        for (final ReportRow row : report.rows())
        {
            json.append(separator).append("    {\"benchmark\": ").append(string(row.benchmark()))
                .append(", \"nslab\": ").append(row.nslab() == null ? "null" : string(row.nslab().id()))
                .append(", \"kernel\": ").append(row.kernel() == null ? "null" : string(row.kernel().id()))
                .append(", \"ratio\": ").append(number(row.ratio()))
                .append(", \"target\": ").append(row.target() == null ? "null" : string(row.target().text()))
                .append(", \"met\": ").append(row.met() == null ? "null" : row.met().toString())
                .append('}');
            separator = ",\n";
        }
        json.append("\n  ],\n");
        json.append("  \"notes\": [");
        separator = "\n";
        for (final String note : report.notes())
        {
            json.append(separator).append("    ").append(string(note));
            separator = ",\n";
        }
        json.append("\n  ]\n}\n");
        return json.toString();
    }

    /** @return the figure's id as a JSON string (its value is in "figures"), or null. */
    private static String id(final Figure figure)
    {
        return figure == null ? "null" : string(figure.id());
    }

    private static String number(final double value)
    {
        if (Double.isNaN(value) || Double.isInfinite(value))
        {
            return "null";
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }

    private static String string(final String text)
    {
        final StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '"':
                    quoted.append("\\\"");
                    break;
                case '\\':
                    quoted.append("\\\\");
                    break;
                case '\n':
                    quoted.append("\\n");
                    break;
                default:
                    if (c < 0x20)
                    {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                    else
                    {
                        quoted.append(c);
                    }
            }
        }
        return quoted.append('"').toString();
    }
}
