package dev.nslab.bench.report;

import java.util.Locale;

/** How the report writes numbers for people: three significant digits and an SI prefix. */
final class Format
{
    private Format()
    {
    }

    /** @return e.g. "4.03 M/s", "43.7 ns", "3,605 B", "n/a" for NaN. */
    static String figure(final double value, final String unit)
    {
        if ("ns".equals(unit) || "ns/op".equals(unit))
        {
            return duration(value);
        }
        final String shown = shownUnit(unit);
        final String number = number(value);
        if (shown.startsWith("/"))
        {
            // "4.03 M/s", but "950/s" rather than "950 /s".
            return number.endsWith(" G") || number.endsWith(" M") || number.endsWith(" k")
                ? number.substring(0, number.length() - 2) + " " + number.substring(number.length() - 1) + shown
                : number + shown;
        }
        return number + (shown.isEmpty() ? "" : " " + shown);
    }

    /** JMH's per-operation units read better without the "op": ops/s is a rate, ns/op and B/op are per item. */
    private static String shownUnit(final String unit)
    {
        switch (unit)
        {
            case "ops/s":
                return "/s";
            case "ns/op":
                return "ns";
            case "B/op":
                return "B";
            default:
                return unit;
        }
    }

    /** @return three significant digits with k/M/G above 10,000 and thousands separators below. */
    static String number(final double value)
    {
        if (Double.isNaN(value))
        {
            return "n/a";
        }
        final double magnitude = Math.abs(value);
        if (magnitude >= 1e9)
        {
            return significant(value / 1e9) + " G";
        }
        if (magnitude >= 1e6)
        {
            return significant(value / 1e6) + " M";
        }
        if (magnitude >= 1e4)
        {
            return significant(value / 1e3) + " k";
        }
        if (magnitude >= 100)
        {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return significant(value);
    }

    /** @return ns as "43.7 ns", "3.13 µs", "1.20 ms". */
    static String duration(final double ns)
    {
        if (Double.isNaN(ns))
        {
            return "n/a";
        }
        if (ns >= 1e6)
        {
            return significant(ns / 1e6) + " ms";
        }
        if (ns >= 1e3)
        {
            return significant(ns / 1e3) + " µs";
        }
        return significant(ns) + " ns";
    }

    /** @return a ratio as "12.3×", or "—" for NaN. */
    static String ratio(final double ratio)
    {
        return Double.isNaN(ratio) ? "—" : significant(ratio) + "×";
    }

    private static String significant(final double value)
    {
        final double magnitude = Math.abs(value);
        if (magnitude >= 100 || magnitude == 0)
        {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10)
        {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1)
        {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
