package dev.nslab.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Latency distributions as an SVG line chart in the manner of HdrHistogram's plotter: x is the percentile on a log
 * scale of 1 / (1 - p) (so 90%, 99%, 99.9% ... are evenly spaced and the tail gets the room), y the latency on a
 * log scale (the variants differ by orders of magnitude). Values are in ns.
 */
final class LatencyPlot
{
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;
    private static final int LEFT = 80;
    private static final int RIGHT = 330;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    /** Up to 99.9999%: beyond that, 1e6-sample runs have no data. */
    private static final int NINES = 6;
    private static final String[] COLOURS =
        {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};

    private LatencyPlot()
    {
    }

    /** @param series name to histogram (ns), in legend order. */
    static String render(final String title, final Map<String, Histogram> series)
    {
        double lowest = Double.MAX_VALUE;
        double highest = 1;
        for (final Histogram histogram : series.values())
        {
            lowest = Math.min(lowest, Math.max(1, histogram.getMinValue()));
            highest = Math.max(highest, histogram.getMaxValue());
        }
        final int lowDecade = (int) Math.floor(Math.log10(lowest == Double.MAX_VALUE ? 1 : lowest));
        final int highDecade = Math.max(lowDecade + 1, (int) Math.ceil(Math.log10(highest)));
        final StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" font-size=\"16\">%s</text>%n", LEFT, escape(title)));
        axes(svg, lowDecade, highDecade);
        int colour = 0;
        int legendY = TOP + 10;
        for (final Map.Entry<String, Histogram> entry : series.entrySet())
        {
            final String stroke = COLOURS[colour++ % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(stroke).append("\" points=\"");
            for (final double[] point : points(entry.getValue()))
            {
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(point[0]), y(point[1], lowDecade, highDecade)));
            }
            svg.append("\"/>\n");
            final int legendX = WIDTH - RIGHT + 20;
            svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n",
                legendX, legendY, legendX + 24, legendY, stroke, legendX + 30, legendY + 4, escape(entry.getKey())));
            legendY += 20;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** @return (percentile, value) pairs, percentile in [0, 100). */
    private static List<double[]> points(final Histogram histogram)
    {
        final List<double[]> points = new ArrayList<>();
        final double last = 100 - Math.pow(10, 2 - NINES);
        for (final HistogramIterationValue value : histogram.percentiles(5))
        {
            final double percentile = Math.min(value.getPercentileLevelIteratedTo(), last);
            points.add(new double[] {percentile, Math.max(1, value.getValueIteratedTo())});
            if (percentile >= last)
            {
                break;
            }
        }
        return points;
    }

    private static void axes(final StringBuilder svg, final int lowDecade, final int highDecade)
    {
        final int plotRight = WIDTH - RIGHT;
        final int plotBottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
            LEFT, TOP, plotRight - LEFT, plotBottom - TOP));
        final String[] percentileLabels = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%", "99.9999%"};
        for (int nines = 0; nines <= NINES; nines++)
        {
            final double px = LEFT + (plotRight - LEFT) * nines / (double) NINES;
            svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                px, TOP, px, plotBottom, px, plotBottom + 18, percentileLabels[nines]));
        }
        for (int decade = lowDecade; decade <= highDecade; decade++)
        {
            final double py = y(Math.pow(10, decade), lowDecade, highDecade);
            svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                LEFT, py, plotRight, py, LEFT - 6, py + 4, duration(decade)));
        }
        svg.append(String.format(Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">percentile</text>%n", (LEFT + plotRight) / 2, HEIGHT - 15));
        svg.append(String.format(Locale.ROOT,
            "<text x=\"18\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 18 %d)\">latency</text>%n",
            (TOP + plotBottom) / 2, (TOP + plotBottom) / 2));
    }

    private static double x(final double percentile)
    {
        final double nines = Math.log10(100 / Math.max(100 - percentile, 1e-9));
        return LEFT + (WIDTH - RIGHT - LEFT) * Math.min(nines, NINES) / NINES;
    }

    private static double y(final double valueNs, final int lowDecade, final int highDecade)
    {
        final double fraction = (Math.log10(valueNs) - lowDecade) / (highDecade - lowDecade);
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * fraction;
    }

    private static String duration(final int decade)
    {
        final String[] units = {"ns", "µs", "ms", "s"};
        final int unit = Math.min(decade / 3, units.length - 1);
        final long shown = (long) Math.pow(10, decade - 3 * unit);
        return shown + " " + units[unit];
    }

    private static String escape(final String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
