package dev.nslab.cli.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.CommandVerdict;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.core.scenario.TranscriptSink;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * The reachability matrix on the real kernel, in the backend's sandbox: one run of the scenario asks the kernel
 * for its namespaces, addresses and firewall listings, a second one appends the probes (each followed by the
 * listings of the namespaces whose rules can stop a packet) and reads what they printed.
 */
public final class KernelMatrix
{
    private static final Pattern ADDRESS = Pattern.compile("^\\d+: \\S+\\s+inet (\\d+\\.\\d+\\.\\d+\\.\\d+)/");
    /** A global IPv6 address of {@code ip -o addr}: the ones a ping reaches without a scope. */
    private static final Pattern ADDRESS6 = Pattern.compile("^\\d+: \\S+\\s+inet6 ([0-9a-f:.]+)/\\d+ scope global");
    private static final Pattern EXIT = Pattern.compile("^\\[exit (\\d+)]$");

    /**
     * What the matrix itself runs after the scenario on the kernel to find every namespace's addresses. Not
     * emulated ({@code -o}, {@code -all netns exec}), so not a scenario line; see {@link #gate}.
     */
    private static final List<String> DISCOVERY = List.of("ip -o addr show", "ip -all netns exec ip -o addr show",
        FirewallCounters.LISTING, "ip -all netns exec " + FirewallCounters.LISTING);

    private KernelMatrix()
    {
    }

    /**
     * @return the gate for a kernel backend that computes matrices: the matrix's own discovery commands pass as
     *         they are, every other line is vetted by {@code scenarioGate}.
     */
    public static CommandGate gate(final CommandGate scenarioGate)
    {
        final List<List<String>> discovery = DISCOVERY.stream().map(command -> List.of(command.split(" "))).toList();
        return words -> discovery.contains(words) ? CommandVerdict.accepted(false) : scenarioGate.vet(words);
    }

    public static ReachabilityMatrix compute(final Scenario scenario, final String scenarioText,
        final KernelBackend backend) throws KernelBackendException
    {
        final List<CommandOutput> discovery =
            lastOutputs(backend, extend(scenario.name(), scenarioText, DISCOVERY), DISCOVERY.size());
        final ReachabilityMatrix matrix = layout(discovery);
        final List<String> watched = new ArrayList<>();
        final Map<String, List<String>> listings = byNamespace(discovery.get(3).lines());
        listings.put("host", discovery.get(2).lines());
        for (final String namespace : matrix.namespaces())
        {
            if (listings.containsKey(namespace) && FirewallCounters.parse(listings.get(namespace)).stops())
            {
                watched.add(namespace);
            }
        }
        return probe(scenario.name(), scenarioText, matrix, watched, backend);
    }

    /**
     * Runs the given matrix's probes after the scenario and fills it in: first the firewall listings of the
     * {@code watched} namespaces, then each probe followed by them again ({@link FirewallWatch}).
     */
    static ReachabilityMatrix probe(final String name, final String scenarioText, final ReachabilityMatrix matrix,
        final List<String> watched, final KernelBackend backend) throws KernelBackendException
    {
        final List<ReachabilityMatrix.Probe> probes = matrix.probes();
        final List<String> commands = new ArrayList<>();
        for (final String namespace : watched)
        {
            commands.add(FirewallCounters.command(namespace));
        }
        for (final ReachabilityMatrix.Probe probe : probes)
        {
            commands.add(probe.command());
            for (final String namespace : watched)
            {
                commands.add(FirewallCounters.command(namespace));
            }
        }
        final List<CommandOutput> outputs = lastOutputs(backend, extend(name, scenarioText, commands),
            commands.size());
        final Map<String, FirewallCounters> initial = new LinkedHashMap<>();
        int next = 0;
        for (final String namespace : watched)
        {
            initial.put(namespace, FirewallCounters.parse(outputs.get(next++).lines()));
        }
        final FirewallWatch firewall = new FirewallWatch(initial);
        for (final ReachabilityMatrix.Probe probe : probes)
        {
            final CommandOutput ping = outputs.get(next++);
            final List<List<String>> counted = new ArrayList<>();
            for (int k = 0; k < watched.size(); k++)
            {
                counted.add(outputs.get(next++).lines());
            }
            matrix.set(probe, firewall.judge(ping.exitCode(), ping.lines(), counted));
        }
        return matrix;
    }

    private static ReachabilityMatrix layout(final List<CommandOutput> discovery)
    {
        final List<String> names = new ArrayList<>();
        final List<Target> targets = new ArrayList<>();
        names.add("host");
        addTargets("host", discovery.get(0).lines(), targets);
        final TreeMap<String, List<String>> byName = byNamespace(discovery.get(1).lines());
        byName.forEach((name, lines) ->
        {
            names.add(name);
            addTargets(name, lines, targets);
        });
        return new ReachabilityMatrix(names, targets);
    }

    /** ip -all netns exec: "", "netns: NAME", then that namespace's lines; in readdir order, so sorted here. */
    private static TreeMap<String, List<String>> byNamespace(final List<String> lines)
    {
        final TreeMap<String, List<String>> byName = new TreeMap<>();
        List<String> current = null;
        for (final String line : lines)
        {
            if (line.startsWith("netns: "))
            {
                current = new ArrayList<>();
                byName.put(line.substring("netns: ".length()), current);
            }
            else if (current != null)
            {
                current.add(line);
            }
        }
        return byName;
    }

    private static void addTargets(final String namespace, final List<String> lines, final List<Target> targets)
    {
        for (final String line : lines)
        {
            final Matcher matcher = ADDRESS.matcher(line);
            if (matcher.find() && !matcher.group(1).startsWith("127."))
            {
                targets.add(new Target(namespace, matcher.group(1)));
            }
            final Matcher inet6 = ADDRESS6.matcher(line);
            if (inet6.find())
            {
                targets.add(new Target(namespace, inet6.group(1)));
            }
        }
    }

    /**
     * @return the scenario's text with {@code commands} appended, one a line, parsed; the graph's kernel backend
     *         appends its inspection commands the same way.
     */
    public static Scenario extend(final String name, final String scenarioText, final List<String> commands)
    {
        final StringBuilder text = new StringBuilder(scenarioText);
        if (!scenarioText.isEmpty() && !scenarioText.endsWith("\n"))
        {
            text.append('\n');
        }
        for (final String command : commands)
        {
            text.append(command).append('\n');
        }
        try
        {
            return Scenario.parse(name, text.toString());
        }
        catch (final ScenarioException e)
        {
            throw new IllegalStateException("the scenario parsed before: " + e.getMessage(), e);
        }
    }

    /** What one command of a transcript printed and its exit code. */
    public record CommandOutput(List<String> lines, int exitCode)
    {
    }

    /**
     * Runs the scenario and keeps the outputs of its last {@code count} commands only: the scenario's own commands
     * may print without bound, the probes after them print a line or two.
     */
    private static List<CommandOutput> lastOutputs(final KernelBackend backend, final Scenario scenario,
        final int count) throws KernelBackendException
    {
        final int skipped = scenario.lines().size() - count;
        final StringBuilder kept = new StringBuilder();
        backend.run(scenario, new TranscriptSink()
        {
            private int ended;

            @Override
            public void print(final String text)
            {
                if (ended >= skipped)
                {
                    kept.append(text);
                }
            }

            @Override
            public void commandEnded()
            {
                ended++;
            }
        });
        return lastOutputs(kept.toString(), count);
    }

    /** @return the outputs of the last {@code count} commands of a transcript. */
    public static List<CommandOutput> lastOutputs(final String transcript, final int count)
    {
        final List<CommandOutput> outputs = new ArrayList<>();
        List<String> lines = null;
        int exit = 0;
        for (final String line : transcript.split("\n", -1))
        {
            if (line.startsWith("$ "))
            {
                if (lines != null)
                {
                    outputs.add(new CommandOutput(lines, exit));
                }
                lines = new ArrayList<>();
                exit = 0;
                continue;
            }
            if (lines == null)
            {
                continue;
            }
            final Matcher matcher = EXIT.matcher(line);
            if (matcher.matches())
            {
                exit = Integer.parseInt(matcher.group(1));
            }
            else
            {
                lines.add(line);
            }
        }
        if (lines != null)
        {
            outputs.add(new CommandOutput(lines, exit));
        }
        return outputs.subList(Math.max(0, outputs.size() - count), outputs.size());
    }
}
