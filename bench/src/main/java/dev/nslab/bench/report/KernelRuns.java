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
 * network): echo round trips with {@code ping -f -q -c N} between two namespaces over a veth pair or through a
 * chain of routers (run in {@link SideBySide}'s rounds), and {@code ip netns add} for 1,000 namespaces. Where the backend is unavailable (not root, no namespaces), nothing
 * runs and the reason becomes a note.
 */
final class KernelRuns
{
    static final int NAMESPACES = 1_000;

    private final RunMode mode;
    private final Consumer<String> progress;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean checked;
    private String unavailable;
    private KernelBackend backend;

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

    /**
     * Checks once whether the sandbox can run here.
     *
     * @return null when it can, else the reason (already a note).
     */
    String unavailableReason()
    {
        if (checked)
        {
            return unavailable;
        }
        checked = true;
        try
        {
            KernelBackend.checkAvailable();
            // The bench runs only the fixed lines it writes itself (ping -f among them, which the emulation's gate
            // would refuse as not emulated), never a scenario file: its own gate lets exactly those through.
            final CommandGate ownLines = words -> CommandVerdict.accepted(false);
            backend = new KernelBackend(ownLines, Duration.ofSeconds(3), Duration.ofSeconds(120));
        }
        catch (final KernelBackendException e)
        {
            unavailable = "kernel runs skipped: " + e.getMessage();
            skip(unavailable);
        }
        return unavailable;
    }

    /** Creates 1,000 namespaces with {@code ip netns add} (the echo runs are {@link SideBySide}'s), or says why not. */
    void run()
    {
        if (unavailableReason() != null)
        {
            return;
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

    /**
     * One {@code ping -f -q -c N} in a fresh sandbox, through {@code routers} forwarding namespaces (0: two
     * namespaces over one veth pair).
     *
     * @throws IllegalStateException when the sandbox is unavailable ({@link #unavailableReason()} says why).
     */
    PingSummary echo(final int routers) throws KernelBackendException, ScenarioException
    {
        if (unavailableReason() != null)
        {
            throw new IllegalStateException(unavailable);
        }
        final String name = routers == 0 ? "kernel-echo" : "kernel-chain-" + routers;
        final String transcript = backend.run(Scenario.parse(name, echoScenario(routers, mode.kernelEchoCount)));
        return PingSummary.parse(transcript);
    }

    /**
     * The same line as nslab's {@code RouterChain} and ns-3's program: link k is 10.1.k.0/24, .1 on its left end
     * and .2 on its right; hosts have a default route to their neighbour, routers forward and have static routes to
     * the two hosts' subnets. With no routers it is the two-host veth of nslab's {@code EchoPair}.
     */
    static String echoScenario(final int routers, final int count)
    {
        final int links = routers + 1;
        final List<String> lines = new ArrayList<>();
        for (int i = 0; i < routers + 2; i++)
        {
            lines.add("ip netns add " + node(i, routers));
        }
        for (int k = 0; k < links; k++)
        {
            final String left = node(k, routers);
            final String right = node(k + 1, routers);
            lines.add("ip link add l" + k + " type veth peer name r" + k);
            lines.add("ip link set l" + k + " netns " + left);
            lines.add("ip link set r" + k + " netns " + right);
            lines.add("ip -n " + left + " address add 10.1." + k + ".1/24 dev l" + k);
            lines.add("ip -n " + right + " address add 10.1." + k + ".2/24 dev r" + k);
            lines.add("ip -n " + left + " link set l" + k + " up");
            lines.add("ip -n " + right + " link set r" + k + " up");
        }
        for (int i = 0; i < routers + 2; i++)
        {
            lines.add("ip -n " + node(i, routers) + " link set lo up");
        }
        if (routers > 0)
        {
            lines.add("ip -n client route add default via 10.1.0.2");
            lines.add("ip -n server route add default via 10.1." + (links - 1) + ".1");
        }
        for (int i = 1; i <= routers; i++)
        {
            lines.add("ip netns exec r" + i + " sysctl -q -w net.ipv4.ip_forward=1");
            if (i - 1 > 0)
            {
                lines.add("ip -n r" + i + " route add 10.1.0.0/24 via 10.1." + (i - 1) + ".1");
            }
            if (i < links - 1)
            {
                lines.add("ip -n r" + i + " route add 10.1." + (links - 1) + ".0/24 via 10.1." + i + ".2");
            }
        }
        lines.add("ip netns exec client ping -f -q -c " + count + " 10.1." + (links - 1) + ".2");
        return String.join("\n", lines) + "\n";
    }

    private static String node(final int index, final int routers)
    {
        return index == 0 ? "client" : index == routers + 1 ? "server" : "r" + index;
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
