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
 * @param rows        the table a person reads.
 * @param notes       skipped parts and their reasons, and caveats.
 */
public record Report(String startedAt, String mode, Map<String, String> environment, double wallSeconds,
    List<Figure> figures, List<ReportRow> rows, List<String> notes)
{
}
