package dev.nslab.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the figures a person wants to see first, pairs them with the kernel's and with issue 6's targets (issue
 * 15's ratios are {@link SideBySideRows}').
 */
final class ReportRows
{
    private ReportRows()
    {
    }

    static List<ReportRow> build(final List<Figure> all)
    {
        final Map<String, Figure> figures = new LinkedHashMap<>();
        for (final Figure figure : all)
        {
            figures.put(figure.id(), figure);
        }
        final List<ReportRow> rows = new ArrayList<>();
        rows.add(row(figures, "Echo round trips, veth, capture off", "echo.off", "kernel.echo",
            Target.atLeast("≥ 3 M/s", 3e6)));
        rows.add(row(figures, "Echo round trips, veth, pcapng on", "echo.pcapng", null,
            Target.atLeast("≥ 1 M/s", 1e6)));
        rows.add(row(figures, "Echo round trips through 8 routers", "chain.8", "kernel.chain.8",
            Target.atLeast("≥ 400 k/s", 4e5)));
        rows.add(row(figures, "Echo round-trip time, mean, capture off (wall clock)", "echo.latency.mean",
            "kernel.echo.rtt.mean", null));
        rows.add(row(figures, "Echo round-trip time, p99, capture off (wall clock)", "echo.latency.p99", null, null));
        rows.add(row(figures, "Bytes per echo, capture off (steady state)", "echo.off.steady.alloc", null,
            Target.below("≈ 0 B (< 1)", 1)));
        rows.add(row(figures, "Bytes per echo, pcapng (steady state)", "echo.pcapng.steady.alloc", null,
            Target.below("≈ 0 B (< 1)", 1)));
        rows.add(row(figures, "Bytes per echo, capture off (JMH gc.alloc.rate.norm)", "echo.off.alloc", null,
            Target.below("≈ 0 B (< 1)", 1)));
        rows.add(row(figures, "Bytes per echo, pcapng (JMH gc.alloc.rate.norm)", "echo.pcapng.alloc", null, null));
        rows.add(row(figures, "Bytes per echo, 8 routers (JMH gc.alloc.rate.norm)", "chain.8.alloc", null, null));
        rows.add(row(figures, "Bytes per ICMPv6 echo, capture off (JMH gc.alloc.rate.norm)", "echo6.off.alloc", null,
            Target.below("≈ 0 B (< 1)", 1)));
        for (final String scale : new String[] {"1k", "10k", "100k"})
        {
            rows.add(row(figures, "Namespaces created, " + scale, "ns.create." + scale,
                "1k".equals(scale) ? "kernel.netns.add" : null, Target.atLeast("≥ 100 k/s", 1e5)));
        }
        for (final String scale : new String[] {"1k", "10k", "100k"})
        {
            rows.add(row(figures, "Heap per namespace, " + scale, "ns.heap." + scale, null, null));
        }
        for (final String destinations : new String[] {"uniform", "covered"})
        {
            final String[][] scales = {{"10", "10"}, {"10000", "10k"}, {"1000000", "1M"}};
            for (final String[] scale : scales)
            {
                final String routes = scale[0];
                final Target target = "1000000".equals(routes) ? Target.below("< 50 ns", 50) : null;
                final String label = "FIB lookup, " + scale[1] + " routes"
                    + ("covered".equals(destinations) ? ", destination inside a route" : ", random destination");
                if (figures.containsKey("fib." + routes + "." + destinations))
                {
                    rows.add(row(figures, label, "fib." + routes + "." + destinations, null, target));
                }
            }
        }
        rows.add(row(figures, "Tap ring hop, FrameRing (JCTools SPSC)", "ring.frameRing", null, null));
        rows.add(row(figures, "Tap ring hop, ArrayBlockingQueue + same backoff", "ring.blockingQueue", null, null));
        rows.add(row(figures, "Tap ring hop, ArrayBlockingQueue blocking", "ring.blockingQueueWait", null, null));
        for (final String variant : new String[] {"frameRing", "blockingQueue", "blockingQueueWait"})
        {
            for (final String percentile : new String[] {"p50", "p99"})
            {
                rows.add(row(figures, "Tap ring one-way latency " + percentile + ", " + variant,
                    "ring.latency." + variant + "." + percentile, null, null));
            }
        }
        rows.removeIf(row -> row.nslab() == null && row.kernel() == null);
        return rows;
    }

    private static ReportRow row(final Map<String, Figure> figures, final String benchmark, final String nslabId,
        final String kernelId, final Target target)
    {
        return new ReportRow(benchmark, figures.get(nslabId), kernelId == null ? null : figures.get(kernelId), target);
    }
}
