package dev.nslab.bench.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs nslab's JMH benchmarks through JMH's API (one forked JVM per benchmark and parameter set) and turns their
 * results into {@link Figure}s with stable ids. JMH's own output goes to a log file so the console stays readable.
 */
final class JmhSuite
{
    private static final String PACKAGE = "dev.nslab.bench.";
    private static final String GC_NORM = "gc.alloc.rate.norm";
    private static final String BIG_HEAP = "-Xmx4g";

    /** What JMH's message says when another run holds its lock. */
    private static final String LOCK_HELD = "Unable to acquire the JMH lock";
    private static final long LOCK_WAIT_MS = 30 * 60 * 1000;

    private final RunMode mode;
    private final String logFile;
    private final Consumer<String> progress;
    private long lockWaitMs;

    /**
     * @param logFile  where JMH writes its usual console output.
     * @param progress receives one line per finished benchmark.
     */
    JmhSuite(final RunMode mode, final String logFile, final Consumer<String> progress)
    {
        this.mode = mode;
        this.logFile = logFile;
        this.progress = progress;
    }

    /**
     * One round of the side-by-side figures, each benchmark in its own fork: the bare loop ({@code echo.bare}), the
     * echo with capture off ({@code echo.off}), its IPv6 twin ({@code echo6.off}) and the chain of 8 routers
     * ({@code chain.8}), each with its JMH allocation figure ({@code .alloc}).
     */
    List<Figure> sideBySideRound() throws RunnerException
    {
        final List<Figure> figures = new ArrayList<>();
        for (final RunResult result : run(options("echo.BareEchoBenchmark", true)))
        {
            addWithAllocation(figures, result, "echo.bare", "echo round trips, bare two-host loop (baseline)");
        }
        for (final RunResult result : run(options("echo.EchoBenchmark", true).param("capture", "off")))
        {
            addWithAllocation(figures, result, "echo.off", "echo round trips, veth, capture off");
        }
        for (final RunResult result : run(options("echo.Echo6Benchmark", true)))
        {
            addWithAllocation(figures, result, "echo6.off", "ICMPv6 echo round trips, veth, capture off");
        }
        for (final RunResult result : run(options("echo.RouterChainBenchmark", true).param("routers", "8")))
        {
            addWithAllocation(figures, result, "chain.8", "echo round trips through 8 routers");
        }
        return figures;
    }

    /** @return the figures of every other benchmark (those not in {@link #sideBySideRound()}), in a fixed order. */
    List<Figure> run() throws RunnerException
    {
        final List<Figure> figures = new ArrayList<>();
        for (final RunResult result : run(options("echo.EchoBenchmark", true).param("capture", "pcapng")))
        {
            addWithAllocation(figures, result, "echo.pcapng", "echo round trips, veth, capture pcapng");
        }
        // The 100k build holds about 600 MB and must not be collected mid-build for want of room.
        for (final RunResult result : run(options("namespace.NamespaceCreationBenchmark", false)
            .jvmArgsAppend("-Xms4g", BIG_HEAP)))
        {
            final String scale = method(result.getParams()).replace("namespaces", "");
            figures.add(figure("ns.create." + scale, "namespaces created, " + scale + " per simulation",
                result.getPrimaryResult()));
        }
        final ChainedOptionsBuilder fib = options("fib.FibLookupBenchmark", false).jvmArgsAppend(BIG_HEAP);
        if (!mode.coveredFibDestinations)
        {
            fib.param("destinations", "uniform");
        }
        for (final RunResult result : run(fib))
        {
            final String routes = result.getParams().getParam("routes");
            final String destinations = result.getParams().getParam("destinations");
            figures.add(figure("fib." + routes + "." + destinations,
                "FIB lookup, " + routes + " routes, " + destinations + " destinations", result.getPrimaryResult()));
        }
        for (final RunResult result : run(options("ring.TapRingBenchmark", false)))
        {
            final String group = method(result.getParams());
            figures.add(figure("ring." + group, "tap ring hop throughput, " + group, consumerSide(result)));
        }
        return figures;
    }

    private ChainedOptionsBuilder options(final String benchmarkClass, final boolean countAllocation)
    {
        final ChainedOptionsBuilder builder = new OptionsBuilder()
            .include("^" + (PACKAGE + benchmarkClass).replace(".", "\\.") + "\\.")
            .forks(1)
            .warmupIterations(mode.warmupIterations)
            .warmupTime(mode.warmupTime)
            .measurementIterations(mode.measurementIterations)
            .measurementTime(mode.measurementTime)
            .shouldFailOnError(true)
            .output(logFile);
        if (countAllocation)
        {
            builder.addProfiler(GCProfiler.class);
        }
        return builder;
    }

    /** @return how long this suite waited for other JMH runs on the machine to let go of JMH's lock, in ms. */
    long lockWaitMs()
    {
        return lockWaitMs;
    }

    private Collection<RunResult> run(final ChainedOptionsBuilder options) throws RunnerException
    {
        final Collection<RunResult> results = runWhenLockFree(options.build());
        for (final RunResult result : results)
        {
            final Result<?> primary = result.getPrimaryResult();
            progress.accept(String.format("  %-60s %s", describe(result.getParams()),
                Format.figure(primary.getScore(), primary.getScoreUnit())));
        }
        return results;
    }

    /**
     * JMH lets one run at a time hold {@code /tmp/jmh.lock}, taken for each benchmark: on a shared machine another
     * run may hold it between two of ours, so wait for it (backing off to 10 s, at most {@link #LOCK_WAIT_MS} in all)
     * instead of stopping halfway.
     */
    private Collection<RunResult> runWhenLockFree(final Options options) throws RunnerException
    {
        long pauseMs = 500;
        while (true)
        {
            try
            {
                return new Runner(options).run();
            }
            catch (final RunnerException e)
            {
                if (!String.valueOf(e.getMessage()).contains(LOCK_HELD) || lockWaitMs >= LOCK_WAIT_MS)
                {
                    throw e;
                }
                if (lockWaitMs == 0)
                {
                    progress.accept("  another JMH run holds its lock: waiting for it to end");
                }
                try
                {
                    Thread.sleep(pauseMs);
                }
                catch (final InterruptedException interrupted)
                {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                lockWaitMs += pauseMs;
                pauseMs = Math.min(pauseMs * 2, 10_000);
            }
        }
    }

    private static void addWithAllocation(final List<Figure> figures, final RunResult result, final String id,
        final String label)
    {
        figures.add(figure(id, label, result.getPrimaryResult()));
        // JMH's map holds raw Results: read them by key into a wildcard type, which needs no unchecked conversion.
        for (final String name : result.getSecondaryResults().keySet())
        {
            if (name.endsWith(GC_NORM))
            {
                final Result<?> allocation = result.getSecondaryResults().get(name);
                figures.add(figure(id + ".alloc", "bytes allocated per round trip, " + label, allocation));
            }
        }
    }

    /** A group's rate is what its consumer thread takes out of the ring. */
    private static Result<?> consumerSide(final RunResult result)
    {
        for (final String name : result.getSecondaryResults().keySet())
        {
            if (name.startsWith("consume"))
            {
                final Result<?> consumer = result.getSecondaryResults().get(name);
                return consumer;
            }
        }
        return result.getPrimaryResult();
    }

    private static Figure figure(final String id, final String label, final Result<?> result)
    {
        final Statistics statistics = result.getStatistics();
        return new Figure(id, label, result.getScore(), result.getScoreError(), statistics.getMin(),
            statistics.getMax(), result.getScoreUnit(), statistics.getN());
    }

    private static String method(final BenchmarkParams params)
    {
        final String benchmark = params.getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String describe(final BenchmarkParams params)
    {
        final StringBuilder text = new StringBuilder(params.getBenchmark().substring(PACKAGE.length()));
        for (final String key : params.getParamsKeys())
        {
            text.append(' ').append(key).append('=').append(params.getParam(key));
        }
        return text.toString();
    }
}
