package dev.nslab.cli.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reaches whom after a scenario: rows are the namespaces a ping starts from ({@code host} first), columns the
 * IPv4 addresses of the other namespaces; a namespace's own addresses are not probed (shown as {@code -}).
 */
public final class ReachabilityMatrix
{
    private final List<String> namespaces;
    private final List<Target> targets;
    private final Map<String, Reachability> cells = new LinkedHashMap<>();

    public ReachabilityMatrix(final List<String> namespaces, final List<Target> targets)
    {
        this.namespaces = List.copyOf(namespaces);
        this.targets = List.copyOf(targets);
    }

    public List<String> namespaces()
    {
        return namespaces;
    }

    public List<Target> targets()
    {
        return targets;
    }

    /** @return the probes to make: every namespace to every address of every other namespace. */
    public List<Probe> probes()
    {
        final List<Probe> probes = new ArrayList<>();
        for (final String from : namespaces)
        {
            for (final Target target : targets)
            {
                if (!target.namespace().equals(from))
                {
                    probes.add(new Probe(from, target));
                }
            }
        }
        return probes;
    }

    /** One ping of the matrix. */
    public record Probe(String from, Target target)
    {
        /** @return the scenario line that makes this ping. */
        public String command()
        {
            final String ping = "ping -c 1 -W 1 " + target.address();
            return from.equals("host") ? ping : "ip netns exec " + from + " " + ping;
        }
    }

    public void set(final Probe probe, final Reachability reachability)
    {
        cells.put(key(probe.from(), probe.target()), reachability);
    }

    /** @return the cell, or null for a namespace's own address. */
    public Reachability get(final String from, final Target target)
    {
        return cells.get(key(from, target));
    }

    /** @return the matrix as a text table: rows from, columns to. */
    public String render()
    {
        final List<String> header = new ArrayList<>();
        header.add("from \\ to");
        for (final Target target : targets)
        {
            header.add(target.toString());
        }
        final List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (final String from : namespaces)
        {
            final List<String> row = new ArrayList<>();
            row.add(from);
            for (final Target target : targets)
            {
                final Reachability cell = get(from, target);
                row.add(cell == null ? "-" : cell.text());
            }
            rows.add(row);
        }
        return TextTable.render(rows);
    }

    /** @return one line per cell that differs ({@code from -> to: this, other}), in row order. */
    public List<String> differences(final ReachabilityMatrix other, final String thisName, final String otherName)
    {
        final List<String> lines = new ArrayList<>();
        if (!namespaces.equals(other.namespaces))
        {
            lines.add("namespaces: " + thisName + " " + namespaces + ", " + otherName + " " + other.namespaces);
        }
        if (!targets.equals(other.targets))
        {
            lines.add("addresses: " + thisName + " " + targets + ", " + otherName + " " + other.targets);
        }
        for (final Probe probe : probes())
        {
            final Reachability mine = get(probe.from(), probe.target());
            final Reachability theirs = other.get(probe.from(), probe.target());
            if (mine != theirs)
            {
                lines.add(probe.from() + " -> " + probe.target() + ": " + thisName + " " + text(mine) + ", "
                    + otherName + " " + text(theirs));
            }
        }
        return lines;
    }

    private static String text(final Reachability reachability)
    {
        return reachability == null ? "not probed" : reachability.text();
    }

    private static String key(final String from, final Target target)
    {
        return from + "\u0000" + target.namespace() + "\u0000" + target.address();
    }
}
