package dev.nslab.bench.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.CommandVerdict;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * The same work on the real kernel, each in a private sandbox of {@link KernelBackend} (never the machine's own
 * network): echo round trips with {@code ping -f -q -c N} between two namespaces over a veth pair, and
 * {@code ip netns add} for 1,000 namespaces. Where the backend is unavailable (not root, no namespaces), nothing
 * runs and the reason becomes a note.
 */
final class KernelRuns
{
    static final int NAMESPACES = 1_000;

    private final RunMode mode;
    private final Consumer<String> progress;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    KernelRuns(final RunMode mode, final Consumer<String> progress)
    {
        this.mode = mode;
        this.progress = progress;
    }

    List<Figure> figures()
    {
        return figures;
    }

    List<String> notes()
    {
        return notes;
    }

    /** Runs both comparisons, or records why they were skipped. */
    void run()
    {
        try
        {
            KernelBackend.checkAvailable();
        }
        catch (final KernelBackendException e)
        {
            skip("kernel runs skipped: " + e.getMessage());
            return;
        }
        // The bench runs only the fixed lines it writes itself (ping -f among them, which the emulation's gate would
        // refuse as not emulated), never a scenario file: its own gate lets exactly those through.
        final CommandGate ownLines = words -> CommandVerdict.accepted(false);
        final KernelBackend backend = new KernelBackend(ownLines, Duration.ofSeconds(3), Duration.ofSeconds(120));
        try
        {
            echo(backend);
        }
        catch (final KernelBackendException | ScenarioException | IllegalArgumentException e)
        {
            skip("kernel echo failed: " + e.getMessage());
        }
        try
        {
            namespaces(backend);
        }
        catch (final KernelBackendException | ScenarioException e)
        {
            skip("kernel namespace creation failed: " + e.getMessage());
        }
    }

    private void echo(final KernelBackend backend) throws KernelBackendException, ScenarioException
    {
        final String text = String.join("\n",
            "ip netns add a",
            "ip netns add b",
            "ip link add va type veth peer name vb",
            "ip link set va netns a",
            "ip link set vb netns b",
            "ip -n a address add 10.0.1.1/24 dev va",
            "ip -n b address add 10.0.1.2/24 dev vb",
            "ip -n a link set lo up",
            "ip -n b link set lo up",
            "ip -n a link set va up",
            "ip -n b link set vb up",
            "ip netns exec a ping -f -q -c " + mode.kernelEchoCount + " 10.0.1.2",
            "");
        final String transcript = backend.run(Scenario.parse("kernel-echo", text));
        final PingSummary summary = PingSummary.parse(transcript);
        figures.add(Figure.single("kernel.echo", "kernel: ping -f -q -c " + mode.kernelEchoCount + ", veth",
            summary.roundTripsPerSecond(), "ops/s"));
        figures.add(Figure.single("kernel.echo.rtt.mean", "kernel: ping's mean round trip",
            summary.averageRttMs() * 1e6, "ns"));
        progress.accept(String.format("  %-60s %s", "kernel ping -f -q -c " + mode.kernelEchoCount,
            Format.figure(summary.roundTripsPerSecond(), "ops/s")));
    }

    /** Wall time of the scenario minus that of an empty one (the sandbox's own start and stop). */
    private void namespaces(final KernelBackend backend) throws KernelBackendException, ScenarioException
    {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < NAMESPACES; i++)
        {
            text.append("ip netns add ns").append(i).append('\n');
        }
        final Scenario adds = Scenario.parse("kernel-netns-add", text.toString());
        final Scenario empty = Scenario.parse("kernel-empty", "");
        final long baselineNs = Math.min(timed(backend, empty), timed(backend, empty));
        final long addsNs = timed(backend, adds);
        final double seconds = Math.max(1, addsNs - baselineNs) / 1e9;
        final double perSecond = NAMESPACES / seconds;
        figures.add(Figure.single("kernel.netns.add", "kernel: ip netns add x " + NAMESPACES + " (one ip process each)",
            perSecond, "ops/s"));
        progress.accept(String.format("  %-60s %s", "kernel ip netns add x " + NAMESPACES,
            Format.figure(perSecond, "ops/s")));
    }

    private static long timed(final KernelBackend backend, final Scenario scenario) throws KernelBackendException
    {
        final long start = System.nanoTime();
        final String transcript = backend.run(scenario);
        final long elapsed = System.nanoTime() - start;
        if (transcript.contains("[exit "))
        {
            throw new KernelBackendException(KernelBackendException.Reason.UNAVAILABLE,
                "a command failed:\n" + transcript.lines().filter(l -> !l.startsWith("$ ")).limit(5)
                    .reduce("", (a, b) -> a + b + "\n"));
        }
        return elapsed;
    }

    private void skip(final String reason)
    {
        notes.add(reason);
        progress.accept("  " + reason);
    }
}
