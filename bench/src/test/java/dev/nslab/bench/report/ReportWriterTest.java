package dev.nslab.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The report writers on made-up figures: no benchmark runs here. */
class ReportWriterTest
{
    @Test
    void shouldWriteTheTableTheJsonAndThePlotAndReadPingsSummary()
    {
        final List<Figure> figures = List.of(
            new Figure("echo.off", "echo", 4_030_000, 120_000, 3_900_000, 4_100_000, "ops/s", 3),
            Figure.single("kernel.echo", "kernel echo", 50_000, "ops/s"),
            new Figure("fib.1000000.uniform", "fib", 61.5, Double.NaN, 60, 63, "ns/op", 2),
            Figure.single("echo.off.steady.alloc", "bytes", 0, "B/op"));
        final Rounds rounds = new Rounds();
        rounds.record(1, "echo.off", "echo", 4_030_000, "ops/s");
        rounds.record(1, "ns3.echo", "ns-3 echo", 50_000, "ops/s");
        final Report report = new Report("2026-11-29T10:00:00", "quick", Map.of("cpu", "test \"cpu\""), 95.2,
            figures, 1, SideBySideRows.workloads(rounds), SideBySideRows.ratios(rounds), ReportRows.build(figures),
            List.of("kernel runs skipped: not root"));

        final String markdown = MarkdownReport.render(report, "x.json", "latency.svg");
        assertTrue(markdown.contains("| Echo round trips, veth, capture off | 4.03 M/s ± 120 k/s | 50.0 k/s | 80.6× | ≥ 3 M/s | ✔ |"),
            markdown);
        assertTrue(markdown.contains("| FIB lookup, 1M routes, random destination | 61.5 ns (60.0 ns to 63.0 ns) | — | — | < 50 ns | ✘ |"), markdown);
        assertTrue(markdown.contains("| Bytes per echo, capture off (steady state) | 0 B | — | — | ≈ 0 B (< 1) | ✔ |"),
            markdown);
        assertTrue(markdown.contains("- kernel runs skipped: not root"), markdown);
        assertEquals(3, ReportRows.build(figures).size(), "rows without figures are left out");

        final String json = JsonReport.render(report);
        assertTrue(json.contains("{\"id\": \"fib.1000000.uniform\", \"label\": \"fib\", \"value\": 61.5000, "
            + "\"error\": null, \"min\": 60.0000, \"max\": 63.0000, \"unit\": \"ns/op\", \"samples\": 2}"), json);
        assertTrue(json.contains("\"cpu\": \"test \\\"cpu\\\"\""), json);
        assertTrue(json.contains("\"met\": false"), json);
        assertTrue(json.contains("\"rounds\": 1,"), json);
        assertTrue(json.contains("{\"workload\": \"Echo round trips, two hosts over one link\", \"bare\": null, "
            + "\"nslab\": \"echo.off\", \"ns3\": \"ns3.echo\", \"kernel\": null}"), json);
        assertTrue(json.contains("{\"ratio\": \"nslab echo / ns-3 echo\", \"figure\": \"echo.off.per.ns3.echo\", "
            + "\"value\": 80.6000, \"error\": null, \"target\": \"≥ 80\", \"met\": true}"), json);

        final Histogram histogram = new Histogram(1_000_000_000L, 3);
        for (int i = 1; i <= 1000; i++)
        {
            histogram.recordValue(100L * i);
        }
        final Map<String, Histogram> series = new LinkedHashMap<>();
        series.put("ring <a>", histogram);
        final String svg = LatencyPlot.render("t", series);
        assertTrue(svg.startsWith("<svg") && svg.trim().endsWith("</svg>"), svg);
        assertTrue(svg.contains("<polyline") && svg.contains("ring &lt;a&gt;") && svg.contains("99.9%"), svg);

        final PingSummary summary = PingSummary.parse("PING 10.0.1.2 (10.0.1.2) 56(84) bytes of data.\n\n"
            + "--- 10.0.1.2 ping statistics ---\n"
            + "20000 packets transmitted, 20000 received, 0% packet loss, time 800ms\n"
            + "rtt min/avg/max/mdev = 0.010/0.025/0.150/0.005 ms, ipg/ewma 0.040/0.021 ms\n");
        assertEquals(25_000, summary.roundTripsPerSecond(), 1e-9);
        assertEquals(0.025, summary.averageRttMs(), 1e-12);
    }
}
