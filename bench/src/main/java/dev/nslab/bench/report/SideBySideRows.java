package dev.nslab.bench.report;

import java.util.List;

/**
 * The side-by-side table from the rounds: each workload by engine, and the ratios issue 15 sets targets for, taken
 * in each round. A ratio row stays in the table with no figure when one side was not measured, so the report shows
 * the target it could not check.
 */
final class SideBySideRows
{
    static final String ECHO = "echo.off";
    static final String ECHO6 = "echo6.off";
    static final String BARE = "echo.bare";
    static final String NS3_ECHO = "ns3.echo";
    static final String KERNEL_ECHO = "kernel.echo";
    static final String CHAIN = "chain." + SideBySide.CHAIN_ROUTERS;
    static final String NS3_CHAIN = "ns3.chain." + SideBySide.CHAIN_ROUTERS;
    static final String KERNEL_CHAIN = "kernel.chain." + SideBySide.CHAIN_ROUTERS;

    private SideBySideRows()
    {
    }

    static List<WorkloadRow> workloads(final Rounds rounds)
    {
        return List.of(
            new WorkloadRow("Echo round trips, two hosts over one link", rounds.figure(BARE), rounds.figure(ECHO),
                rounds.figure(NS3_ECHO), rounds.figure(KERNEL_ECHO)),
            new WorkloadRow("Echo round trips through " + SideBySide.CHAIN_ROUTERS + " routers", null,
                rounds.figure(CHAIN), rounds.figure(NS3_CHAIN), rounds.figure(KERNEL_CHAIN)));
    }

    static List<ReportRow> ratios(final Rounds rounds)
    {
        return List.of(
            ratio(rounds, "nslab echo / bare loop echo", ECHO, BARE, Target.atLeast("≥ 0.8", 0.8)),
            ratio(rounds, "nslab echo / ns-3 echo", ECHO, NS3_ECHO, Target.atLeast("≥ 80", 80)),
            ratio(rounds, "nslab IPv6 echo / IPv4 echo", ECHO6, ECHO, Target.atLeast("≥ 0.85", 0.85)),
            ratio(rounds, "nslab chain / ns-3 chain", CHAIN, NS3_CHAIN, Target.atLeast("≥ 100", 100)),
            ratio(rounds, "nslab echo / kernel echo", ECHO, KERNEL_ECHO, null),
            ratio(rounds, "nslab chain / kernel chain", CHAIN, KERNEL_CHAIN, null));
    }

    private static ReportRow ratio(final Rounds rounds, final String label, final String numerator,
        final String denominator, final Target target)
    {
        return new ReportRow(label, rounds.ratio(numerator, denominator), null, target);
    }
}
