package dev.nslab.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.nslab.bench.echo.EchoAllocation;
import dev.nslab.bench.echo.EchoLatency;
import dev.nslab.bench.namespace.NamespaceFootprint;
import dev.nslab.bench.ns3.Ns3Program;
import dev.nslab.bench.ns3.Ns3Unavailable;
import dev.nslab.bench.ring.TapRingLatency;

import org.HdrHistogram.Histogram;
import org.openjdk.jmh.runner.RunnerException;

/**
 * {@code nslab bench [--quick] [--dry-run] [--out DIR]}: first the side-by-side rounds (bare loop, nslab, ns-3 where
 * installed, the kernel where it can run; {@link SideBySide}), then the rest of the JMH suite, the in-process
 * measurements (heap per namespace, latency distributions, steady-state allocation), the kernel's namespace
 * creation, and the report: {@code DIR/<date>.json}, {@code DIR/latest.md}, {@code DIR/*.hgrm},
 * {@code DIR/latency.svg} and {@code DIR/side-by-side.svg}. {@code --dry-run} says what would run and measures
 * nothing (CI's check that the bench starts; it builds nothing, ns-3's program included).
 */
public final class BenchMain
{
    private static final String USAGE =
        "usage: nslab bench [--quick] [--dry-run] [--out DIR]  (DIR defaults to bench/results)";
    private static final String COMPILER = "g++";
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
        boolean dryRun = false;
        Path out = Path.of("bench", "results");
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    mode = RunMode.QUICK;
                    break;
                case "--dry-run":
                    dryRun = true;
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
        final BenchMain bench = new BenchMain(mode, out, System.out);
        if (dryRun)
        {
            bench.plan();
            return;
        }
        try
        {
            bench.run();
        }
        catch (final RunnerException e)
        {
            // Most often another JMH run on this machine holding its lock: one line, no stack trace.
            final String message = String.valueOf(e.getMessage()).strip();
            System.err.println("nslab bench: JMH failed: " + message.lines().findFirst().orElse(message));
            System.exit(1);
        }
    }

    /** What a run would do, and which of ns-3 and the kernel it would find, without measuring or building. */
    private void plan()
    {
        console.println("nslab bench (" + name(mode) + ", dry run): nothing is measured or written");
        console.println("  " + mode.rounds + " interleaved rounds of: BareEchoBenchmark, EchoBenchmark capture=off, "
            + "Echo6Benchmark, RouterChainBenchmark routers=" + SideBySide.CHAIN_ROUTERS + ", ns-3 echo and chain ("
            + mode.ns3EchoRoundTrips + " and " + mode.ns3ChainRoundTrips + " round trips), kernel ping -f -q -c "
            + mode.kernelEchoCount + " (veth and chain)");
        console.println("  then: EchoBenchmark capture=pcapng, NamespaceCreationBenchmark, FibLookupBenchmark, "
            + "TapRingBenchmark, in-process latency and allocation, kernel ip netns add x " + KernelRuns.NAMESPACES);
        console.println("  jmh: forks 1, warm-up " + mode.warmupIterations + " x " + mode.warmupTime
            + ", measurement " + mode.measurementIterations + " x " + mode.measurementTime);
        console.println("  ns-3: " + (Ns3Program.onPath(COMPILER)
            ? COMPILER + " found; the program is built (once, into " + ns3CacheDir() + ") when the run starts"
            : COMPILER + " not found: ns-3 would not be measured (apt-get install g++ ns3 libns3-dev)"));
        final String kernel = new KernelRuns(mode, line -> { }).unavailableReason();
        console.println("  kernel: " + (kernel == null ? "the sandbox can run here" : kernel));
        console.println("  report: " + out.resolve("latest.md") + ", a dated JSON, .hgrm files, "
            + out.resolve("latency.svg") + ", " + out.resolve(MarkdownReport.SIDE_BY_SIDE_PLOT));
    }

    private void run() throws Exception
    {
        final long start = System.nanoTime();
        final LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Files.createDirectories(out.resolve("scratch"));
        final String jmhLog = out.resolve("scratch").resolve("jmh.log").toString();
        console.println("nslab bench (" + name(mode) + "): JMH's output in " + jmhLog);
        final JmhSuite jmh = new JmhSuite(mode, jmhLog, console::println);
        final KernelRuns kernel = new KernelRuns(mode, console::println);
        final Ns3Program ns3 = ns3();
        final SideBySide sideBySide = new SideBySide(mode, jmh, ns3, kernel, console::println);
        sideBySide.run();
        notes.addAll(sideBySide.notes());
        final Rounds rounds = sideBySide.rounds();
        figures.addAll(rounds.figures());
        final List<ReportRow> ratios = SideBySideRows.ratios(rounds);
        for (final ReportRow ratio : ratios)
        {
            if (ratio.nslab() != null)
            {
                figures.add(ratio.nslab());
            }
        }
        console.println("the rest of the JMH suite");
        figures.addAll(jmh.run());
        console.println("in-process measurements");
        measureFootprint();
        measureEcho();
        measureRingLatency();
        console.println("namespace creation on the kernel");
        kernel.run();
        figures.addAll(kernel.figures());
        notes.addAll(kernel.notes());
        if (ns3 != null)
        {
            notes.add("ns-3 runs with its defaults (checksums are not computed, which favours ns-3), point-to-point "
                + "links of 100 Gb/s and no delay, static routes, a raw ICMP socket sending the next request from the "
                + "reply's callback; warm-up round trips are not timed.");
        }
        if (jmh.lockWaitMs() > 0)
        {
            notes.add(String.format(Locale.ROOT, "Another JMH run shared this machine: this one waited %.0f s "
                + "in all for JMH's lock, so other benchmarks ran between (and during) these rounds.",
                jmh.lockWaitMs() / 1e3));
        }
        notes.add("Namespace creation: nslab makes each namespace with lo up and one veth end with an address; the "
            + "kernel row is bare `ip netns add`, one ip process each, sandbox start subtracted.");
        notes.add("JMH gc.alloc.rate.norm counts each iteration's setup (a fresh topology; with pcapng a 4 MiB capture "
            + "ring) spread over its round trips; the steady-state rows count the round trips alone.");
        final double wallSeconds = (System.nanoTime() - start) / 1e9;
        final Report report = new Report(startedAt.toString(), name(mode), environment(), wallSeconds,
            List.copyOf(figures), mode.rounds, SideBySideRows.workloads(rounds), ratios, ReportRows.build(figures),
            List.copyOf(notes));
        write(report, startedAt);
    }

    /** @return ns-3's program, built now if need be, or null with the reason in the notes. */
    private Ns3Program ns3()
    {
        try
        {
            console.println("ns-3: its echo program, built with " + COMPILER + " on first use, in " + ns3CacheDir());
            return Ns3Program.build(ns3CacheDir(), COMPILER);
        }
        catch (final Ns3Unavailable e)
        {
            notes.add(e.getMessage());
            console.println("  " + e.getMessage());
            return null;
        }
    }

    /** Next to the bench jar ({@code bench/target/ns3}), or in the temp directory when the jar's place is unknown. */
    private static Path ns3CacheDir()
    {
        try
        {
            final Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getParent() != null)
            {
                return jar.getParent().resolve("ns3");
            }
        }
        catch (final URISyntaxException | SecurityException | IllegalArgumentException e)
        {
            // The temp directory below.
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "nslab-bench-ns3");
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
        Files.writeString(out.resolve(MarkdownReport.SIDE_BY_SIDE_PLOT),
            SideBySidePlot.render("Side by side, " + report.rounds() + " interleaved rounds (" + report.mode() + ", "
                + report.startedAt() + ")", report.workloads()), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("latency.svg"),
            LatencyPlot.render("nslab latency distributions (" + report.mode() + ", " + report.startedAt() + ")",
                latencies), StandardCharsets.UTF_8);
        final String markdown = MarkdownReport.render(report, jsonName, "latency.svg");
        Files.writeString(out.resolve("latest.md"), markdown, StandardCharsets.UTF_8);
        console.println();
        console.print(markdown);
        console.println("\nwrote " + out.resolve(jsonName) + ", " + out.resolve("latest.md") + ", "
            + out.resolve("latency.svg") + ", " + out.resolve(MarkdownReport.SIDE_BY_SIDE_PLOT) + " and " + latencies.size() + " .hgrm files");
    }

    private Map<String, String> environment()
    {
        final Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cpu", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available");
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        final String ns3 = Ns3Program.installedVersion();
        facts.put("ns-3", ns3 == null ? "version unknown (no pkg-config file)" : ns3);
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
