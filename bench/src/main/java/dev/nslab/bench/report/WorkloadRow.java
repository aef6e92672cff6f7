package dev.nslab.bench.report;

/**
 * One workload of the side-by-side table, measured by each engine in the same rounds; a figure is null where that
 * engine was not measured (ns-3 or the kernel absent) or has no such workload (the bare loop has no routers).
 *
 * @param workload what one operation is.
 * @param bare     the bare Java loop, bench's baseline.
 * @param nslab    nslab's JMH figure.
 * @param ns3      ns-3's program.
 * @param kernel   the kernel's {@code ping -f}.
 */
public record WorkloadRow(String workload, Figure bare, Figure nslab, Figure ns3, Figure kernel)
{
}
