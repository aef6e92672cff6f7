package dev.nslab.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nslab bench}: listed here so that {@code nslab --help} shows every command, but run by the launcher
 * ({@code ./nslab bench}), which builds the benchmark jar (JMH and everything it measures) and starts it; this jar
 * does not hold the benchmarks.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Runs the JMH suite and, where the kernel backend can run, the same work on the kernel; writes "
        + "bench/results/latest.md, a dated JSON, HdrHistogram files and a plot. Run it as ./nslab bench [--quick] "
        + "[--out DIR]: the launcher builds the benchmark jar first.")
final class BenchCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The benchmark suite's own options ({@code --quick}, {@code --out DIR}), only repeated in the hint. */
    @CommandLine.Unmatched
    private List<String> options;

    @Override
    public Integer call()
    {
        spec.commandLine().getErr().println("nslab: bench runs through the launcher, which builds the benchmark jar: "
            + "./nslab bench" + (null == options || options.isEmpty() ? "" : " " + String.join(" ", options)));
        return ExitCodes.CANNOT_RUN;
    }
}
