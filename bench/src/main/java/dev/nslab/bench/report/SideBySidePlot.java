package dev.nslab.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * The side-by-side table as an SVG bar chart: one group of horizontal bars per workload, one bar per engine, the
 * rate on a log scale (the engines differ by orders of magnitude), a whisker of ± one standard deviation over the
 * rounds, and the figure written at the bar's end. An engine without a figure (not measured here, or no such
 * workload) gets "no figure" instead of a bar.
 */
final class SideBySidePlot
{
    private static final int WIDTH = 1000;
    private static final int LEFT = 170;
    private static final int RIGHT = 150;
    private static final int TOP = 50;
    private static final int BAR = 22;
    private static final int GAP = 6;
    private static final int GROUP_GAP = 34;
    private static final int BOTTOM = 50;
    private static final String[] ENGINES = {"bare loop (Java)", "nslab", "ns-3", "kernel"};
    private static final String[] COLOURS = {"#7f7f7f", "#1f77b4", "#d62728", "#2ca02c"};

    private SideBySidePlot()
    {
    }

    static String render(final String title, final List<WorkloadRow> rows)
    {
        double lowest = Double.MAX_VALUE;
        double highest = 1;
        for (final WorkloadRow row : rows)
        {
            for (final Figure figure : engines(row))
            {
                if (figure != null && figure.value() > 0)
                {
                    lowest = Math.min(lowest, figure.value());
                    highest = Math.max(highest, figure.value() + (Double.isNaN(figure.error()) ? 0 : figure.error()));
                }
            }
        }
        final int lowDecade = lowest == Double.MAX_VALUE ? 3 : (int) Math.floor(Math.log10(lowest));
        final int highDecade = Math.max(lowDecade + 1, (int) Math.ceil(Math.log10(highest)));
        final int groupHeight = ENGINES.length * (BAR + GAP) + GROUP_GAP;
        final int height = TOP + rows.size() * groupHeight + BOTTOM;
        final int plotBottom = height - BOTTOM;
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" font-size=\"16\">%s</text>%n", LEFT,
            escape(title)));
        for (int decade = lowDecade; decade <= highDecade; decade++)
        {
            final double px = x(Math.pow(10, decade), lowDecade, highDecade);
            svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                px, TOP, px, plotBottom, px, plotBottom + 18, escape(Format.figure(Math.pow(10, decade), "ops/s"))));
        }
        svg.append(String.format(Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">echo round trips per second (log scale)</text>%n",
            (LEFT + WIDTH - RIGHT) / 2, height - 12));
        int y = TOP + 10;
        for (final WorkloadRow row : rows)
        {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", 10,
                y - 2, escape(row.workload())));
            y += 6;
            final Figure[] figures = engines(row);
            for (int engine = 0; engine < ENGINES.length; engine++)
            {
                bar(svg, y, engine, figures[engine], lowDecade, highDecade);
                y += BAR + GAP;
            }
            y += GROUP_GAP - 6;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void bar(final StringBuilder svg, final int y, final int engine, final Figure figure,
        final int lowDecade, final int highDecade)
    {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 8,
            y + BAR / 2 + 4, escape(ENGINES[engine])));
        if (figure == null || !(figure.value() > 0))
        {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#888\">no figure</text>%n",
                LEFT + 6, y + BAR / 2 + 4));
            return;
        }
        final double end = x(figure.value(), lowDecade, highDecade);
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", LEFT, y, end - LEFT, BAR,
            COLOURS[engine]));
        double labelX = end;
        if (!Double.isNaN(figure.error()) && figure.error() > 0)
        {
            final double low = x(Math.max(figure.value() - figure.error(), Math.pow(10, lowDecade)), lowDecade,
                highDecade);
            final double high = x(figure.value() + figure.error(), lowDecade, highDecade);
            final int middle = y + BAR / 2;
            svg.append(String.format(Locale.ROOT,
                "<path d=\"M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d\" stroke=\"black\" fill=\"none\"/>%n", low, middle,
                high, low, middle - 5, middle + 5, high, middle - 5, middle + 5));
            labelX = Math.max(labelX, high);
        }
        final String text = Format.figure(figure.value(), figure.unit())
            + (Double.isNaN(figure.error()) ? "" : " ± " + Format.figure(figure.error(), figure.unit()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", labelX + 6, y + BAR / 2 + 4,
            escape(text)));
    }

    private static Figure[] engines(final WorkloadRow row)
    {
        return new Figure[] {row.bare(), row.nslab(), row.ns3(), row.kernel()};
    }

    private static double x(final double value, final int lowDecade, final int highDecade)
    {
        final double fraction = (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
        return LEFT + (WIDTH - RIGHT - LEFT) * Math.max(0, Math.min(1, fraction));
    }

    private static String escape(final String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
