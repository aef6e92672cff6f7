package dev.nslab.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Issue 15's table and ratios from made-up rounds, with every engine and with ns-3 and the kernel absent. */
class SideBySideRowsTest
{
    @Test
    void shouldSetEachRatioAgainstItsTarget()
    {
        final Rounds rounds = new Rounds();
        for (int round = 1; round <= 2; round++)
        {
            rounds.record(round, "echo.bare", "bare", 5e6, "ops/s");
            rounds.record(round, "echo.off", "nslab", 4.5e6, "ops/s");
            rounds.record(round, "echo6.off", "nslab IPv6", round == 1 ? 3.6e6 : 4.05e6, "ops/s");
            rounds.record(round, "ns3.echo", "ns-3", 50e3, "ops/s");
            rounds.record(round, "kernel.echo", "kernel", 200e3, "ops/s");
            rounds.record(round, "chain.8", "nslab chain", round == 1 ? 0.6e6 : 0.8e6, "ops/s");
            rounds.record(round, "ns3.chain.8", "ns-3 chain", 8e3, "ops/s");
            rounds.record(round, "kernel.chain.8", "kernel chain", 100e3, "ops/s");
        }

        final List<ReportRow> ratios = SideBySideRows.ratios(rounds);
        assertEquals(List.of("nslab echo / bare loop echo", "nslab echo / ns-3 echo", "nslab IPv6 echo / IPv4 echo",
            "nslab chain / ns-3 chain", "nslab echo / kernel echo", "nslab chain / kernel chain"),
            ratios.stream().map(ReportRow::benchmark).toList());
        assertEquals(0.9, ratios.get(0).nslab().value(), 1e-12);
        assertTrue(ratios.get(0).met());
        assertEquals(90, ratios.get(1).nslab().value(), 1e-9);
        assertTrue(ratios.get(1).met());
        // (0.8 + 0.9) / 2 = 0.85 of IPv4's echo, within 15%.
        assertEquals(0.85, ratios.get(2).nslab().value(), 1e-9);
        assertTrue(ratios.get(2).met());
        // (75 + 100) / 2 = 87.5 against >= 100; the deviation of 75 and 100 is 17.7.
        assertEquals(87.5, ratios.get(3).nslab().value(), 1e-9);
        assertEquals(Math.sqrt(2 * 12.5 * 12.5), ratios.get(3).nslab().error(), 1e-9);
        assertFalse(ratios.get(3).met());
        assertNull(ratios.get(4).met(), "no target");
        assertEquals(22.5, ratios.get(4).nslab().value(), 1e-9);

        final List<WorkloadRow> workloads = SideBySideRows.workloads(rounds);
        assertEquals(5e6, workloads.get(0).bare().value());
        assertNull(workloads.get(1).bare(), "the bare loop has no routers");
        assertEquals(8e3, workloads.get(1).ns3().value());
    }

    @Test
    void shouldKeepTheRatiosItCouldNotMeasureWithoutAVerdict()
    {
        final Rounds rounds = new Rounds();
        rounds.record(1, "echo.bare", "bare", 5e6, "ops/s");
        rounds.record(1, "echo.off", "nslab", 2e6, "ops/s");
        rounds.record(1, "chain.8", "nslab chain", 0.4e6, "ops/s");

        final List<ReportRow> ratios = SideBySideRows.ratios(rounds);
        assertEquals(6, ratios.size());
        assertFalse(ratios.get(0).met(), "0.4 of the bare loop");
        for (final ReportRow absent : ratios.subList(1, 6))
        {
            assertNull(absent.nslab(), absent.benchmark());
            assertNull(absent.met(), absent.benchmark());
        }
        final List<WorkloadRow> workloads = SideBySideRows.workloads(rounds);
        assertNull(workloads.get(0).ns3());
        assertNull(workloads.get(0).kernel());

        final String note = "ns-3 not measured: g++ is not installed (apt-get install g++ ns3 libns3-dev)";
        final Report report = new Report("2026-12-01T10:00:00", "quick", Map.of("cpu", "AMD EPYC"), 60, List.of(), 1,
            workloads, ratios, List.of(), List.of(note));
        final String markdown = MarkdownReport.render(report, "x.json", "latency.svg");
        assertTrue(markdown.contains("## Side by side: 1 interleaved rounds"), markdown);
        assertTrue(markdown.contains("| Echo round trips, two hosts over one link | 5.00 M/s | 2.00 M/s | — | — |"),
            markdown);
        assertTrue(markdown.contains("| nslab echo / bare loop echo | 0.400× | ≥ 0.8 | ✘ |"), markdown);
        assertTrue(markdown.contains("| nslab echo / ns-3 echo | — | ≥ 80 |  |"), markdown);
        assertTrue(markdown.contains("- " + note + "\n"), markdown);

        final String svg = SideBySidePlot.render("t", workloads);
        assertTrue(svg.startsWith("<svg") && svg.trim().endsWith("</svg>"), svg);
        assertTrue(svg.contains("no figure") && svg.contains("2.00 M/s"), svg);
    }
}
