package dev.nslab.cli.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The namespaces whose filter table can stop a probe, and their counters as the last probe left them: after each
 * probe the matrix lists each of them again ({@link #commands()}) and {@link #judge} tells from what grew whether a
 * rule dropped or rejected it. Rules do not change while the matrix probes, so the namespaces are chosen once.
 * Without any, probes cost nothing more than their ping.
 */
final class FirewallWatch
{
    private final Map<String, FirewallCounters> last = new LinkedHashMap<>();

    /** @param initial each namespace's counters after the scenario. */
    FirewallWatch(final Map<String, FirewallCounters> initial)
    {
        initial.forEach((namespace, counters) ->
        {
            if (counters.stops())
            {
                last.put(namespace, counters);
            }
        });
    }

    /** @return the namespaces watched, in the order given. */
    List<String> namespaces()
    {
        return List.copyOf(last.keySet());
    }

    /** @return the listing commands to run after each probe, one per watched namespace. */
    List<String> commands()
    {
        final List<String> commands = new ArrayList<>();
        for (final String namespace : last.keySet())
        {
            commands.add(FirewallCounters.command(namespace));
        }
        return commands;
    }

    /**
     * @param exitCode  the probe's exit code.
     * @param pingLines what it printed.
     * @param listings  what {@link #commands()} printed after it, in their order.
     */
    Reachability judge(final int exitCode, final List<String> pingLines, final List<List<String>> listings)
    {
        boolean dropped = false;
        boolean rejected = false;
        int i = 0;
        for (final Map.Entry<String, FirewallCounters> entry : last.entrySet())
        {
            final FirewallCounters now = FirewallCounters.parse(listings.get(i++));
            dropped |= now.dropped() > entry.getValue().dropped();
            rejected |= now.rejected() > entry.getValue().rejected();
            entry.setValue(now);
        }
        return Reachability.of(exitCode, pingLines, dropped, rejected);
    }
}
