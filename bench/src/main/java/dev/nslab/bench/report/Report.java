package dev.nslab.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Everything one {@code nslab bench} run found.
 *
 * @param startedAt   ISO-8601 local date and time of the start.
 * @param mode        {@code quick} or {@code full}.
 * @param environment machine and JVM facts, by name.
 * @param wallSeconds how long the whole run took.
 * @param figures     every figure, in the order measured.
 * @param rounds      how many interleaved rounds the side-by-side figures come from.
 * @param workloads   the side-by-side table: each workload by engine.
 * @param ratios      the side-by-side ratios, taken in each round.
 * @param rows        the table of every other figure, with the kernel's where measured.
 * @param notes       skipped parts and their reasons, and caveats.
 */
public record Report(String startedAt, String mode, Map<String, String> environment, double wallSeconds,
    List<Figure> figures, int rounds, List<WorkloadRow> workloads, List<ReportRow> ratios, List<ReportRow> rows,
    List<String> notes)
{
}
