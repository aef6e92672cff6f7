package dev.nslab.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nslab.bench.echo.EchoAllocation;
import dev.nslab.bench.echo.EchoLatency;
import dev.nslab.bench.namespace.NamespaceFootprint;
import dev.nslab.bench.ring.TapRingLatency;

import org.HdrHistogram.Histogram;

/**
 * {@code nslab bench [--quick] [--out DIR]}: the JMH suite, the in-process measurements (heap per namespace,
 * latency distributions, steady-state allocation), the same work on the kernel where it can run, and the report:
 * {@code DIR/<date>.json}, {@code DIR/latest.md}, {@code DIR/*.hgrm} and {@code DIR/latency.svg}.
 */
public final class BenchMain
{
    private static final String USAGE = "usage: nslab bench [--quick] [--out DIR]  (DIR defaults to bench/results)";
    private static final int[] NAMESPACE_SCALES = {1_000, 10_000, 100_000};
    private static final double[] PERCENTILES = {50, 99, 99.9};

    private final RunMode mode;
    private final Path out;
    private final PrintStream console;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Histogram> latencies = new LinkedHashMap<>();

    private BenchMain(final RunMode mode, final Path out, final PrintStream console)
    {
        this.mode = mode;
        this.out = out;
        this.console = console;
    }

    public static void main(final String[] args) throws Exception
    {
        RunMode mode = RunMode.FULL;
        Path out = Path.of("bench", "results");
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    mode = RunMode.QUICK;
                    break;
                case "--out":
                    if (i + 1 == args.length)
                    {
                        System.err.println(USAGE);
                        System.exit(2);
                    }
                    out = Path.of(args[++i]);
                    break;
                case "-h":
                case "--help":
                    System.out.println(USAGE);
                    return;
                default:
                    System.err.println("nslab bench: unknown argument '" + args[i] + "'\n" + USAGE);
                    System.exit(2);
            }
        }
        new BenchMain(mode, out, System.out).run();
    }

    private void run() throws Exception
    {
        final long start = System.nanoTime();
        final LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Files.createDirectories(out.resolve("scratch"));
        final String jmhLog = out.resolve("scratch").resolve("jmh.log").toString();
        console.println("nslab bench (" + name(mode) + "): JMH suite, JMH's output in " + jmhLog);
        figures.addAll(new JmhSuite(mode, jmhLog, console::println).run());
        console.println("in-process measurements");
        measureFootprint();
        measureEcho();
        measureRingLatency();
        console.println("the same on the kernel");
        final KernelRuns kernel = new KernelRuns(mode, console::println);
        kernel.run();
        figures.addAll(kernel.figures());
        notes.addAll(kernel.notes());
        notes.add("Namespace creation: nslab makes each namespace with lo up and one veth end with an address; the "
            + "kernel row is bare `ip netns add`, one ip process each, sandbox start subtracted.");
        notes.add("JMH gc.alloc.rate.norm counts each iteration's setup (a fresh topology; with pcapng a 4 MiB capture "
            + "ring) spread over its round trips; the steady-state rows count the round trips alone.");
        final double wallSeconds = (System.nanoTime() - start) / 1e9;
        final Report report = new Report(startedAt.toString(), name(mode), environment(), wallSeconds,
            List.copyOf(figures), ReportRows.build(figures), List.copyOf(notes));
        write(report, startedAt);
    }

    private void measureFootprint()
    {
        for (final int count : NAMESPACE_SCALES)
        {
            final String scale = count / 1000 + "k";
            final double perNamespace = (double) NamespaceFootprint.heapBytes(count) / count;
            figures.add(Figure.single("ns.heap." + scale, "heap bytes per namespace, " + scale, perNamespace,
                "B"));
            console.printf("  %-60s %s%n", "heap per namespace, " + scale, Format.figure(perNamespace, "B"));
        }
    }

    private void measureEcho() throws Exception
    {
        final Histogram echo = EchoLatency.measure(mode.echoLatencyRoundTrips);
        latencies.put("echo round trip, veth (nslab)", echo);
        addPercentiles("echo.latency", "echo round trip, wall", echo);
        figures.add(new Figure("echo.latency.mean", "echo round trip, wall, mean", echo.getMean(),
            Double.NaN, echo.getMinValue(), echo.getMaxValue(), "ns", echo.getTotalCount()));
        for (final String capture : new String[] {"off", "pcapng"})
        {
            final double bytes = EchoAllocation.bytesPerRoundTrip(capture, mode.echoLatencyRoundTrips * 10);
            figures.add(Figure.single("echo." + capture + ".steady.alloc",
                "bytes allocated per round trip, steady state, capture " + capture, bytes, "B/op"));
            console.printf("  %-60s %s%n", "bytes per echo, steady state, capture " + capture,
                Format.figure(bytes, "B/op"));
        }
    }

    private void measureRingLatency() throws InterruptedException
    {
        for (final String variant : TapRingLatency.VARIANTS)
        {
            final Histogram[] histograms = TapRingLatency.measure(variant, mode.ringLatencyRoundTrips);
            latencies.put("tap ring one-way, " + variant, histograms[0]);
            addPercentiles("ring.latency." + variant, "tap ring one-way, " + variant, histograms[0]);
            console.printf("  %-60s p50 %s, p99 %s%n", "tap ring one-way latency, " + variant,
                Format.figure(histograms[0].getValueAtPercentile(50), "ns"),
                Format.figure(histograms[0].getValueAtPercentile(99), "ns"));
        }
    }

    private void addPercentiles(final String id, final String label, final Histogram histogram)
    {
        for (final double percentile : PERCENTILES)
        {
            final String suffix = "p" + (percentile == Math.rint(percentile)
                ? String.valueOf((int) percentile) : String.valueOf(percentile));
            figures.add(new Figure(id + "." + suffix, label + " " + suffix, histogram.getValueAtPercentile(percentile),
                Double.NaN, histogram.getMinValue(), histogram.getMaxValue(), "ns", histogram.getTotalCount()));
        }
    }

    private void write(final Report report, final LocalDateTime startedAt) throws IOException
    {
        final String jsonName = startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")) + ".json";
        Files.writeString(out.resolve(jsonName), JsonReport.render(report), StandardCharsets.UTF_8);
        for (final Map.Entry<String, Histogram> entry : latencies.entrySet())
        {
            final String file = entry.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".hgrm";
            TapRingLatency.write(out.resolve(file), entry.getValue());
        }
        Files.writeString(out.resolve("latency.svg"),
            LatencyPlot.render("nslab latency distributions (" + report.mode() + ", " + report.startedAt() + ")",
                latencies), StandardCharsets.UTF_8);
        final String markdown = MarkdownReport.render(report, jsonName, "latency.svg");
        Files.writeString(out.resolve("latest.md"), markdown, StandardCharsets.UTF_8);
        console.println();
        console.print(markdown);
        console.println("\nwrote " + out.resolve(jsonName) + ", " + out.resolve("latest.md") + ", "
            + out.resolve("latency.svg") + " and " + latencies.size() + " .hgrm files");
    }

    private Map<String, String> environment()
    {
        final Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cpu", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available");
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("jmh", "forks 1, warm-up " + mode.warmupIterations + " x " + mode.warmupTime + ", measurement "
            + mode.measurementIterations + " x " + mode.measurementTime);
        return facts;
    }

    private static String cpuModel()
    {
        try
        {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse("unknown CPU");
        }
        catch (final IOException e)
        {
            return "unknown CPU";
        }
    }

    private static String name(final RunMode mode)
    {
        return mode == RunMode.QUICK ? "quick" : "full";
    }
}
